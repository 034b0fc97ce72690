/**
 * Text into HTML for the briefing. Every piece of user text (note bodies,
 * tags, quotes, titles, filter words) reaches the page through
 * {@link escapeHtml}; note bodies are parsed as the app's Markdown subset and
 * rebuilt element by element, so no HTML the user typed is ever interpreted.
 */
import type { Nodes, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML element content and for quoted attribute values
 * alike (one function, so no call site can pick the weaker one).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

/**
 * A CSS string literal for `content:` in the print stylesheet. Quotes,
 * backslashes and line breaks are hex-escaped, and `<` too, so the text
 * cannot close the surrounding <style> element.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/["\\<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)
  return `"${escaped}"`
}

/** How many characters {@link textLanguage} looks at: enough to tell the script, cheap on a 100,000-character note. */
const LANGUAGE_SAMPLE = 2_000

const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Arabic}/gu, 'und-Arab'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Han}/gu, 'zh'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Cyrillic}/gu, 'und-Cyrl'],
  [/\p{Script=Latin}/gu, 'und-Latn'],
]

/**
 * A BCP 47 tag for user text, from its dominant script. A note's language is
 * not recorded, so this names the language only where the script settles it
 * (Greek, Hebrew, Japanese kana, Korean) and otherwise the script alone
 * ("und-Cyrl"): enough for the browser to pick fonts (Chinese versus
 * Japanese forms of Han characters) and never a wrong guess such as
 * marking a Ukrainian note as Russian. Latin text gets `latinLanguage`
 * (the documents' "en" for quoted passages). Han with any kana is Japanese.
 */
export function textLanguage(text: string, latinLanguage = 'und-Latn'): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE)
  let best = 'und'
  let bestCount = 0
  const counts = new Map<string, number>()
  for (const [pattern, tag] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0
    counts.set(tag, count)
    if (count > bestCount) {
      best = tag
      bestCount = count
    }
  }
  if (best === 'zh' && (counts.get('ja') ?? 0) > 0) best = 'ja'
  if (best === 'und-Latn') return latinLanguage
  return best
}

/**
 * A note body (the app's Markdown subset: paragraphs, line breaks, *em*,
 * **strong**, lists) as HTML. Anything else (headings, links, images, code,
 * raw HTML) shows as the literal characters the user typed, as in the
 * reader's Notes panel.
 */
export function noteBodyHtml(markdown: string): string {
  if (markdown.trim() === '') return ''
  const tree = fromMarkdown(markdown)
  return tree.children.map((node) => blockHtml(node, markdown)).join('')
}

function blockHtml(node: RootContent, source: string): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${inlinesHtml(node.children, source)}</p>`
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      return `<${tag}>${node.children.map((item) => blockHtml(item, source)).join('')}</${tag}>`
    }
    case 'listItem':
      // A tight item's paragraph is its text; a nested list stays a block.
      return `<li>${node.children.map((child) => (child.type === 'paragraph' ? inlinesHtml(child.children, source) : blockHtml(child, source))).join('')}</li>`
    default:
      return `<p>${literalHtml(sourceOf(node, source))}</p>`
  }
}

function inlinesHtml(nodes: readonly RootContent[], source: string): string {
  return nodes.map((node) => inlineHtml(node, source)).join('')
}

function inlineHtml(node: RootContent, source: string): string {
  switch (node.type) {
    case 'text':
      return literalHtml(node.value)
    case 'emphasis':
      return `<em>${inlinesHtml(node.children, source)}</em>`
    case 'strong':
      return `<strong>${inlinesHtml(node.children, source)}</strong>`
    case 'break':
      return '<br>'
    default:
      return literalHtml(sourceOf(node, source))
  }
}

/** Escaped text whose line breaks stay line breaks: people type notes line by line. */
function literalHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>')
}

/** The exact characters the user typed for a construct the app does not format. */
function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start !== undefined && end !== undefined ? source.slice(start, end) : ''
}
