import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { noteBodyHtml } from './html-text'
import { escapeMarkdownInline, escapeMarkdownText, noteBodyMarkdown } from './markdown-text'

/** Characters Markdown gives meaning to, plus letters, digits, white space and other scripts. */
const markdownUnit = fc.constantFrom(
  ...'\\`*_[]()<>#-+=~!&;|:.1 0\t\n'.split(''),
  'a',
  'Z',
  'é',
  'Ж',
  'λ',
  'ع',
  '中',
  '&amp;',
  '&#65;',
  'http://x.org',
  '    ',
  '---',
  '```',
)
const markdownish = fc.string({ unit: markdownUnit, maxLength: 60 })

/** The text a Markdown tree shows, or null if it holds anything but paragraphs, text and line breaks. */
function plainTextOf(markdown: string): string | null {
  const tree = fromMarkdown(markdown)
  const paragraphs: string[] = []
  for (const block of tree.children) {
    if (block.type !== 'paragraph') return null
    let text = ''
    for (const inline of block.children) {
      if (inline.type === 'text') text += inline.value
      else if (inline.type === 'break') text += '\n'
      else return null
    }
    paragraphs.push(text)
  }
  return paragraphs.join('\n\n')
}

/** What escapeMarkdownText promises to keep: the text, less white space at the edges of lines and extra blank lines. */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n')
}

describe('escapeMarkdownText', () => {
  it('escapes markup but leaves ordinary punctuation readable', () => {
    expect(escapeMarkdownText('# Title')).toBe('\\# Title')
    expect(escapeMarkdownText('1. first')).toBe('1\\. first')
    expect(escapeMarkdownText('- item')).toBe('\\- item')
    expect(escapeMarkdownText('> quoted')).toBe('\\> quoted')
    expect(escapeMarkdownText('*bold* [link](x) <b> `code` ~~s~~')).toBe('\\*bold\\* \\[link\\](x) \\<b> \\`code\\` \\~\\~s\\~\\~')
    expect(escapeMarkdownText('snake_case and _under_')).toBe('snake_case and \\_under\\_')
    expect(escapeMarkdownText('&amp; & &#65;')).toBe('\\&amp; & \\&#65;')
    expect(escapeMarkdownText('Resolutions 20/8, 26/13 (2012). Fine: yes!')).toBe('Resolutions 20/8, 26/13 (2012). Fine: yes!')
  })

  it('keeps line breaks as hard breaks and blank lines as paragraphs', () => {
    expect(escapeMarkdownText('one\ntwo\n\nthree')).toBe('one\\\ntwo\n\nthree')
  })

  it('renders as exactly the text given (property)', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(plainTextOf(escapeMarkdownText(text))).toBe(normalise(text))
      }),
      { numRuns: 1000 },
    )
  })

  it('gives one line for headings and list items', () => {
    expect(escapeMarkdownInline('Title with #\nnew line #')).toBe('Title with # new line \\#')
  })
})

describe('noteBodyMarkdown', () => {
  it('keeps the Markdown the app formats as the user typed it', () => {
    expect(noteBodyMarkdown('**Key** point, *soft*\n\n- one\n- two')).toBe('**Key** point, *soft*\n\n- one\n- two')
  })

  it('turns soft line breaks into hard ones, as the app shows them', () => {
    expect(noteBodyMarkdown('line one\nline two')).toBe('line one\\\nline two')
  })

  it('escapes what the app shows literally', () => {
    expect(noteBodyMarkdown('# not a heading')).toBe('\\# not a heading')
    expect(noteBodyMarkdown('see [a link](http://example.org)')).toBe('see \\[a link\\](http://example.org)')
    expect(noteBodyMarkdown('<div>html</div>')).toBe('\\<div>html\\</div>')
    expect(noteBodyMarkdown('text\n---')).toBe('text\\\n\\---')
  })

  it('reads in a Markdown viewer as it reads in the app (property)', () => {
    const textOf = (html: string) =>
      html
        .replace(/<br>|<\/(p|li)>/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim()
    fc.assert(
      fc.property(markdownish, (body) => {
        expect(textOf(noteBodyHtml(noteBodyMarkdown(body)))).toBe(textOf(noteBodyHtml(body)))
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps the cases the property once caught reading the same', () => {
    const textOf = (markdown: string) => noteBodyHtml(markdown).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
    for (const body of ['_\n;_', '`Ж```\\```', '    \\\n*', '__---_\\', '[λ]:<']) expect(textOf(noteBodyMarkdown(body))).toBe(textOf(body))
  })

  it('parses back to the same kinds of node the app formats', () => {
    const kinds = (markdown: string) => {
      const found = new Set<string>()
      const walk = (node: Nodes) => {
        found.add(node.type)
        if ('children' in node) for (const child of node.children) walk(child)
      }
      walk(fromMarkdown(markdown))
      return found
    }
    const exported = noteBodyMarkdown('# h\n\n> q\n\n`c`\n\n    indented\n\n<b>x</b>\n\n*e* **s**\n- l')
    for (const kind of kinds(exported)) expect(['root', 'paragraph', 'text', 'emphasis', 'strong', 'break', 'list', 'listItem']).toContain(kind)
  })
})
