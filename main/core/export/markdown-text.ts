/**
 * Text into Markdown for the Markdown export. Plain text (quotes, titles,
 * tags) is escaped just enough that a CommonMark reader shows it literally,
 * leaving ordinary punctuation alone so the file stays readable as text.
 * Note bodies are Markdown already: they are kept as the user typed them,
 * except that constructs the app shows literally (headings, links, code,
 * raw HTML...) are escaped so they look the same in any other viewer, and
 * single line breaks become hard breaks, as the app shows them.
 */
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'

/** Entity and character references, which a Markdown reader would decode. */
const ENTITY = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g

/**
 * One line of plain text, escaped for Markdown. Characters that open
 * inline constructs are escaped anywhere (`\ * [ ] < ` and `~` for
 * strikethrough in GitHub's dialect); `_` only where it could open or close
 * emphasis (not inside snake_case); block markers only at the start of the
 * line (`#`, `>`, `-`, `+`, `=`, "1."); and a trailing run of `#`, which
 * a heading would swallow.
 */
function escapeLine(line: string, atLineStart = true): string {
  let out = line
    .replace(/[\\`*[\]<~]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(ENTITY, '\\&')
    .replace(/\s#+\s*$/u, (tail) => tail.replace(/#/g, '\\#'))
  if (atLineStart) out = out.replace(/^[#>+=-]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2')
  return out
}

/**
 * Plain text as Markdown that renders as exactly this text (white space at
 * the start and end of lines aside, which Markdown does not keep). Line
 * breaks become hard breaks ("\" at the end of the line); a blank line stays
 * a paragraph break. Each line of the result can be prefixed with "> " to
 * quote it.
 */
export function escapeMarkdownText(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => escapeLine(line)),
    )
    .filter((lines) => lines.length > 0)
  return paragraphs.map((lines) => lines.join('\\\n')).join('\n\n')
}

/**
 * Plain text on one line (a heading, a fact in a line of facts): line breaks
 * become spaces. `atLineStart` false for text that follows other text on its
 * line, where block markers mean nothing and stay unescaped.
 */
export function escapeMarkdownInline(text: string, atLineStart = true): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim(), atLineStart)
}

/** Characters a backslash escapes in CommonMark. */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/

/** Node types the app's note renderer formats; everything else it shows as typed. */
const FORMATTED = new Set(['root', 'paragraph', 'text', 'emphasis', 'strong', 'break', 'list', 'listItem'])

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * A note body for the Markdown export: the user's Markdown with every
 * construct the app does not format escaped to literal text, and soft line
 * breaks inside paragraphs turned into hard ones. Rendered by any
 * CommonMark viewer it reads as the note reads in the app.
 */
export function noteBodyMarkdown(markdown: string): string {
  const source = markdown.replace(/\r\n?/g, '\n')
  if (source.trim() === '') return ''
  const edits: Edit[] = []
  collectEdits(fromMarkdown(source), source, edits)
  edits.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const edit of edits) {
    if (edit.start < at) continue
    out += source.slice(at, edit.start) + edit.text
    at = edit.end
  }
  // Blank lines added around literal blocks may double up; one blank line means the same.
  return (out + source.slice(at)).replace(/\n{3,}/g, '\n\n').trim()
}

function collectEdits(node: Nodes | Root, source: string, edits: Edit[], topLevel = false): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  if (!FORMATTED.has(node.type)) {
    // Shown literally by the app: make it literal here too, keeping the line
    // structure. At the top level it is a block of its own, so blank lines
    // keep it from running into the paragraph next to it once it is plain text.
    const literal = escapeLiteralSource(source.slice(start, end))
    edits.push({ start, end, text: topLevel ? `\n${literal}\n` : literal })
    return
  }
  if (node.type === 'text') {
    for (let index = start; index < end; index += 1) {
      const char = source.charAt(index)
      if (char === '\\' && ASCII_PUNCTUATION.test(source.charAt(index + 1))) {
        index += 1
      } else if (atLineStart(source, index) && /[#>+\-*=_~]/.test(char)) {
        // Plain text here, but with the blank lines added around literal blocks a marker at the
        // start of a line could begin a heading, quote or list: escaped. A run of * or _ is
        // escaped whole, or what is left of it could pair with a marker further on.
        edits.push({ start: index, end: index, text: '\\' })
        while ('*_'.includes(char) && source.charAt(index + 1) === char && index + 1 < end) {
          index += 1
          edits.push({ start: index, end: index, text: '\\' })
        }
      } else if (atLineStart(source, index) && /\d/.test(char)) {
        const marker = /^\d{1,9}[.)]/.exec(source.slice(index, Math.min(end, index + 11)))
        if (marker) edits.push({ start: index + marker[0].length - 1, end: index + marker[0].length - 1, text: '\\' })
      } else if (char === '`' || char === '<' || char === '[') {
        // Literal here, but escaped backticks and "<" written next to it could pair with it, and
        // once a neighbour is escaped "[label]:" can turn into a link definition: escaped too.
        edits.push({ start: index, end: index, text: '\\' })
      } else if (char === '\n') {
        // A soft break: the app keeps it, a Markdown viewer would join the lines. After an emphasis
        // marker a backslash would change what the marker can open or close, so there the hard
        // break is two trailing spaces.
        edits.push({ start: index, end: index, text: '*_'.includes(source.charAt(index - 1)) ? '  ' : '\\' })
      }
    }
    return
  }
  if ('children' in node) for (const child of node.children) collectEdits(child, source, edits, node.type === 'root')
}

/** True if only spaces and tabs stand between the start of the line and `index`. */
function atLineStart(source: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && (source.charAt(at) === ' ' || source.charAt(at) === '\t')) at -= 1
  return at < 0 || source.charAt(at) === '\n'
}

/** Typed source of an unformatted construct, escaped line by line so it reads literally. */
function escapeLiteralSource(text: string): string {
  const lines = text.split('\n').map((line) => line.trim())
  return lines.map((line, index) => (line === '' ? '' : escapeLine(line) + (index < lines.length - 1 && lines[index + 1] !== '' ? '\\' : ''))).join('\n')
}
