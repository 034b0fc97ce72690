import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cssString, escapeHtml, noteBodyHtml, textLanguage } from './html-text'

describe('escapeHtml', () => {
  it('neutralises markup, quotes and ampersands', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeHtml(`"double" 'single'`)).toBe('&quot;double&quot; &#39;single&#39;')
    expect(escapeHtml('Fish & chips &amp; more')).toBe('Fish &amp; chips &amp;amp; more')
    expect(escapeHtml('</style><script>alert(1)</script>')).toBe('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('leaves other text alone, in any script', () => {
    expect(escapeHtml('Préoccupation — Свобода Ελευθερία حرية 自由')).toBe('Préoccupation — Свобода Ελευθερία حرية 自由')
  })

  it('never lets a tag, attribute quote or entity through (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text)
        expect(escaped).not.toMatch(/[<>"']/)
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&')
      }),
    )
  })
})

describe('cssString', () => {
  it('quotes text for a CSS content value, escaping what could end the string or the style element', () => {
    expect(cssString('Notes briefing')).toBe('"Notes briefing"')
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"')
    expect(cssString('</style>')).toBe('"\\3c /style\\3e "')
  })
})

describe('textLanguage', () => {
  it('names the language where the script settles it, and the script otherwise', () => {
    expect(textLanguage('Ελέγξτε τη διατύπωση')).toBe('el')
    expect(textLanguage('יש לבדוק')).toBe('he')
    expect(textLanguage('需要与代表团讨论这一段。')).toBe('zh')
    expect(textLanguage('会議で話し合う必要がある。')).toBe('ja')
    expect(textLanguage('대표단과 논의')).toBe('ko')
    expect(textLanguage('يجب مراجعة هذه الفقرة')).toBe('und-Arab')
    expect(textLanguage('Что означает')).toBe('und-Cyrl')
    expect(textLanguage('Préoccupation')).toBe('und-Latn')
    expect(textLanguage('accountability', 'en')).toBe('en')
    expect(textLanguage('12 345 — !')).toBe('und')
  })
})

describe('noteBodyHtml', () => {
  it('renders the Markdown subset: paragraphs, line breaks, emphasis, strong, lists', () => {
    expect(noteBodyHtml('**Key** and *soft*\nnext line\n\n- one\n- two\n\n1. first')).toBe(
      '<p><strong>Key</strong> and <em>soft</em><br>next line</p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>',
    )
  })

  it('shows everything else as the literal text typed, escaped', () => {
    expect(noteBodyHtml('# Heading')).toBe('<p># Heading</p>')
    expect(noteBodyHtml('see [link](http://example.org) and `code`')).toBe('<p>see [link](http://example.org) and `code`</p>')
    expect(noteBodyHtml('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
    expect(noteBodyHtml('a <b>bold</b> & "q"')).toBe('<p>a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</p>')
  })

  it('is empty for an empty body', () => {
    expect(noteBodyHtml('  \n ')).toBe('')
  })

  it('never emits a tag other than the subset it builds (property)', () => {
    const markdownish = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '*', '_', '`', '[', ']', '(', ')', '#', '-', '\n', ' ', 'a', 'img', 'script', '=', '/', '!', '1', '.') })
    fc.assert(
      fc.property(markdownish, (text) => {
        const tags = noteBodyHtml(text).match(/<\/?[a-z]+[^>]*>/g) ?? []
        for (const tag of tags) expect(tag).toMatch(/^<\/?(p|br|em|strong|ul|ol|li)>$/)
      }),
      { numRuns: 300 },
    )
  })
})
