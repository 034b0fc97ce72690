import fc from 'fast-check'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { parseNoteText } from './note-text'
import { NoteTextBlocks } from './note-text-view'

const markup = (markdown: string) => renderToStaticMarkup(createElement(NoteTextBlocks, { tree: parseNoteText(markdown) }))
/** The markup without the direction attribute every paragraph and item carries (tested on its own below). */
const html = (markdown: string) => markup(markdown).replaceAll(' dir="auto"', '')

describe('NoteTextBlocks', () => {
  it('renders the Markdown subset: paragraphs, line breaks, emphasis, strong, lists', () => {
    expect(html('**Key** and *soft*\nnext line\n\n- one\n- two\n\n1. first\n\nthen\n\n3. third')).toBe(
      '<p><strong>Key</strong> and <em>soft</em><br/>next line</p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><p>then</p><ol start="3"><li>third</li></ol>',
    )
  })

  it('keeps nested lists, and the paragraphs of a loose item apart', () => {
    expect(html('- a\n  - b')).toBe('<ul><li>a<ul><li>b</li></ul></li></ul>')
    expect(html('- a\n\n  b')).toBe('<ul><li><p>a</p><p>b</p></li></ul>')
  })

  it('shows everything else as the literal text typed, escaped', () => {
    expect(html('# Heading')).toBe('<p># Heading</p>')
    expect(html('see [link](http://example.org) and `code`')).toBe('<p>see [link](http://example.org) and `code`</p>')
    expect(html('[a](javascript:alert(1))')).toBe('<p>[a](javascript:alert(1))</p>')
    expect(html('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
    expect(html('a <b>bold</b> & "q"')).toBe('<p>a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</p>')
  })

  it('lets each paragraph and list item take its direction from its own text', () => {
    expect(markup('مرحبا\n\n- one')).toBe('<p dir="auto">مرحبا</p><ul><li dir="auto">one</li></ul>')
  })

  it('is empty for an empty body', () => {
    expect(html('  \n ')).toBe('')
  })

  it('never emits a tag or attribute other than the subset it builds (property)', () => {
    const markdownish = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '*', '_', '`', '[', ']', '(', ')', '#', '-', '\n', ' ', 'a', 'img', 'script', '=', '/', '!', '1', '3', '.') })
    fc.assert(
      fc.property(markdownish, (text) => {
        const tags = markup(text).match(/<\/?[a-z]+[^>]*>/g) ?? []
        for (const tag of tags) expect(tag).toMatch(/^<\/?(br\/|em|strong|ul|ol)>$|^<(p|li) dir="auto">$|^<\/(p|li)>$|^<ol start="\d+">$/)
      }),
      { numRuns: 300 },
    )
  })
})
