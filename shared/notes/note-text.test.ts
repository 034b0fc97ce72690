import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseNoteText, truncateNoteText, type NoteBlock, type NoteInline, type NoteListItem, type NoteTextTree } from './note-text'

/** Characters Markdown gives meaning to, plus letters, digits, white space and other scripts. */
const markdownish = fc.string({
  unit: fc.constantFrom(
    ...'\\`*_[]()<>#-+=~!&;|:.1 0\t\n'.split(''),
    'a',
    'é',
    'Ж',
    'ع',
    '中',
    '&amp;',
    '&#65;',
    'http://x.org',
    'javascript:',
    '<img onerror=x>',
    '<script>',
    '    ',
    '---',
    '```',
  ),
  maxLength: 60,
})

/** The tree as a short string: tags for structure, text as is. */
function outline(tree: NoteTextTree): string {
  const inline = (node: NoteInline): string => (node.type === 'text' ? node.value : node.type === 'break' ? '⏎' : `<${node.type}>${node.children.map(inline).join('')}</${node.type}>`)
  const block = (node: NoteBlock | NoteListItem): string =>
    node.type === 'paragraph' ? `[p ${node.children.map(inline).join('')}]` : `[${node.type === 'list' ? (node.ordered ? 'ol' : 'ul') : 'li'} ${node.children.map(block).join(' ')}]`
  return tree.children.map(block).join(' ')
}

const shown = (markdown: string) => outline(parseNoteText(markdown))

/** What a tree shows, as plain text: its text, and a line break for each break. */
function visible(tree: NoteTextTree): string {
  const walk = (node: NoteTextTree | NoteBlock | NoteListItem | NoteInline): string =>
    node.type === 'text' ? node.value : node.type === 'break' ? '\n' : node.children.map(walk).join('')
  return walk(tree)
}

/** Every node type in a tree. */
function nodeTypes(tree: NoteTextTree): Set<string> {
  const types = new Set<string>()
  const walk = (node: { type: string; children?: unknown }) => {
    types.add(node.type)
    if (Array.isArray(node.children)) for (const child of node.children as Array<{ type: string }>) walk(child)
  }
  walk(tree)
  return types
}

describe('parseNoteText', () => {
  it('keeps the subset: paragraphs, line breaks, emphasis, strong, lists', () => {
    expect(shown('**Key** and *soft*\nnext line\n\n- one\n- two\n\n3. third')).toBe('[p <strong>Key</strong> and <emphasis>soft</emphasis>⏎next line] [ul [li [p one]] [li [p two]]] [ol [li [p third]]]')
    expect(parseNoteText('3. third').children[0]).toMatchObject({ type: 'list', ordered: true, start: 3 })
  })

  it('shows everything else as the literal text typed', () => {
    expect(shown('# Heading')).toBe('[p # Heading]')
    expect(shown('see [link](http://example.org) and `code`')).toBe('[p see [link](http://example.org) and `code`]')
    expect(shown('[a](javascript:alert(1)) ![i](x.png) <http://x.org>')).toBe('[p [a](javascript:alert(1)) ![i](x.png) <http://x.org>]')
    expect(shown('<img src=x onerror=alert(1)>')).toBe('[p <img src=x onerror=alert(1)>]')
    expect(shown('a <b>bold</b> & "q"')).toBe('[p a <b>bold</b> & "q"]')
    expect(shown('> quoted\n\n---')).toBe('[p > quoted] [p ---]')
    expect(shown('- # in a list')).toBe('[ul [li [p # in a list]]]')
  })

  it('keeps the lines and paragraphs of a literal block', () => {
    expect(shown('```\ncode\n\n  more\n```')).toBe('[p ```⏎code] [p more⏎```]')
  })

  it('decodes escapes and entities as Markdown does', () => {
    expect(shown('\\*not emphasis\\* &amp; &#65;')).toBe('[p *not emphasis* & A]')
  })

  it('is empty for an empty body', () => {
    expect(parseNoteText('  \n ').children).toEqual([])
  })

  it('never holds a node outside the subset (property)', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        for (const type of nodeTypes(parseNoteText(text))) expect(['root', 'paragraph', 'text', 'emphasis', 'strong', 'break', 'list', 'listItem']).toContain(type)
      }),
      { numRuns: 500 },
    )
  })
})

describe('truncateNoteText', () => {
  it('leaves a short note as it is', () => {
    const tree = parseNoteText('**short** note')
    expect(truncateNoteText(tree, 20)).toBe(tree)
  })

  it('cuts on the tree, so formatting stays formatting and no marker is left half open', () => {
    expect(outline(truncateNoteText(parseNoteText('**bold words** and more'), 8))).toBe('[p <strong>bold wo…</strong>]')
    expect(outline(truncateNoteText(parseNoteText('one\ntwo\n\n- three\n- four'), 11))).toBe('[p one⏎two] [ul [li [p thr…]]]')
  })

  it('shows at most the length asked for, and says where text was left out (property)', () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const whole = visible(parseNoteText(text))
        const cut = visible(truncateNoteText(parseNoteText(text), max))
        expect(cut.length).toBeLessThanOrEqual(max)
        if (whole.length > max) expect(cut.endsWith('…')).toBe(true)
        else expect(cut).toBe(whole)
      }),
      { numRuns: 300 },
    )
  })
})
