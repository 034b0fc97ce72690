import fc from 'fast-check'
import type { Nodes, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { parseNoteText } from '../../../shared/notes/note-text'
import { buildBriefing, type BriefingContent } from './briefing-content'
import { selectNotes } from './export-selection'
import { renderBriefingMarkdown } from './markdown'
import { exportTestLibrary, exportTestViews, FIXED_NOW, FIXED_STYLE, fixtureNote } from './testing/export-fixtures'

const library = exportTestLibrary()
const briefing = buildBriefing(selectNotes(exportTestViews(library), { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: 'All notes' })
const exported = renderBriefingMarkdown(briefing, FIXED_STYLE)
const tree = fromMarkdown(exported)

/** The tree without source positions (and list items' task flag, which note text never has), to compare with trees built in memory. */
function withoutPositions<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' || (key === 'checked' && value === null) ? undefined : value))) as T
}

/** The blocks of a note's section in an exported tree: everything between its heading and the next heading. */
function noteSection(blocks: readonly RootContent[], number: number): RootContent[] {
  const start = blocks.findIndex((block) => block.type === 'heading' && block.depth >= 3 && toString(block).startsWith(`${number}. `))
  if (start === -1) throw new Error(`no note ${number}`)
  const end = blocks.findIndex((block, index) => index > start && block.type === 'heading')
  return blocks.slice(start + 1, end === -1 ? undefined : end)
}

/** A briefing of one note with this body, tags and passage, and a hostile selection label. */
function oneNoteBriefing(text: string, tags: readonly string[] = [], passage = 'importance of'): BriefingContent {
  const views = exportTestViews(library, [fixtureNote(library, 1, { documentId: 'sample-statement', passage, text, tags, category: 'concern', createdAt: 0 })])
  return buildBriefing(selectNotes(views, { scope: 'all' }, library), library, { generated: FIXED_NOW, selectionLabel: '<b>All</b> **notes** [x](javascript:y)' })
}

/** The same briefing with another body on its one note: cheap, for properties. */
function withBody(content: BriefingContent, text: string): BriefingContent {
  const [document] = content.documents
  const [note] = document?.notes ?? []
  const [group] = content.groups
  if (!document || !note || !group) throw new Error('expected one note')
  const changed = { ...document, notes: [{ ...note, content: { ...note.content, text } }] }
  return { ...content, documents: [changed], groups: [{ ...group, documents: [changed] }] }
}

/** Text and formatting of hostile strings, and a few Markdown markers. */
const hostileUnit = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[a](javascript:alert(1))',
  '![i](x.png)',
  '<http://x.org>',
  '**x**',
  '*y*',
  '_z_',
  '`c`',
  '# ',
  '> ',
  '- ',
  '1. ',
  '---',
  '```',
  '    ',
  '&amp;',
  '\\',
  '\n',
  '\n\n',
  ' ',
  'a',
  'Ж',
  'ع',
)

describe('renderBriefingMarkdown', () => {
  it('has a title, facts, a summary with counts and key points, then each document (its title once) and its notes in reading order', () => {
    expect(exported.endsWith('\n')).toBe(true)
    const headings = tree.children.filter((block) => block.type === 'heading').map((block) => `${block.depth} ${toString(block)}`)
    expect(headings.slice(0, 7)).toEqual(['1 Briefing: All notes', '2 Summary', '3 ★ Key points', '2 Sample Joint Statement', '3 1. On the whole document', '3 2. ¶1', '3 3. ¶1'])
    expect(headings.filter((heading) => heading.startsWith('2 '))).toEqual(['2 Summary', '2 Sample Joint Statement', '2 The right to privacy in the digital age', '2 Déclaration multilingue sur la liberté en ligne', '2 withdrawn-document'])
    expect(headings.filter((heading) => /^3 \d/.test(heading)).map((heading) => Number.parseInt(heading.slice(2), 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(exported.split('Sample Joint Statement').length - 1).toBe(1)
    const [, facts, , counts, , keyPoints] = tree.children
    expect(facts && toString(facts)).toBe('Date: 1 March 2026Selection: All notesContents: 14 notes on 4 documents')
    expect(keyPoints?.type === 'list' && keyPoints.children.map((item) => toString(item))).toEqual(['Key framing for the delegation, with emphasis. (¶1 · note 3)', '需要与代表团讨论这一段。 (Passages, ¶5 · note 13)'])
    expect(facts?.type === 'paragraph' && facts.children.filter((inline) => inline.type === 'break')).toHaveLength(2)
    expect(counts?.type === 'list' && counts.children.map((item) => toString(item))).toEqual([
      '★ Key point: 2',
      '! Concern: 3',
      '→ Follow-up: 2',
      '? Question: 2',
      '§ Reference: 2',
      'No category: 3',
      'On the whole document: 1',
      'Needs review: 1',
      'Passage not found: 2',
    ])
  })

  it('gives each note its passage, what the text says now, its body and a line of facts', () => {
    const five = noteSection(tree.children, 5)
    expect(five.map((block) => block.type)).toEqual(['blockquote', 'paragraph', 'paragraph', 'paragraph'])
    expect(five.map((block) => toString(block))).toEqual([
      'The coalition meets each year.',
      'The text here now reads: “The coalition meets every year.”',
      'Check the date of the next meeting.',
      'Needs review · Category: → Follow-up',
    ])
    const three = noteSection(tree.children, 3)
    expect(withoutPositions(three.slice(1, -1))).toEqual(parseNoteText(briefing.documents[0]?.notes[2]?.content.text ?? '').children)
    expect(toString(three.at(-1) as Nodes)).toBe('Category: ★ Key point · Tags: itu, accountability')
    expect(noteSection(tree.children, 7).map((block) => block.type === 'paragraph' && block.children[0]?.type)).toEqual([false, 'emphasis', 'text', 'strong'])
  })

  it('keeps hostile text literal: it parses back as the text typed, never as HTML, a link or an image', () => {
    const hostile = '<script>alert(1)</script> [a](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](x.png) <http://x.org>'
    const content = oneNoteBriefing(`${hostile}\n**strong** stays strong`, ['<b>bold</b>', '**x**', '[t](javascript:alert(1))'])
    const back = fromMarkdown(renderBriefingMarkdown(content, FIXED_STYLE))
    const types = new Set<string>()
    const walk = (node: Nodes) => {
      types.add(node.type)
      if ('children' in node) for (const child of node.children) walk(child)
    }
    walk(back)
    for (const type of ['html', 'link', 'image', 'linkReference', 'imageReference', 'code', 'inlineCode', 'definition']) expect(types).not.toContain(type)
    const section = noteSection(back.children, 1)
    // A line that opens with <script> is a block of its own in Markdown, in the app as in the export.
    const inlines = section.slice(1, -1).map((block) => (block.type === 'paragraph' ? block.children.map((inline) => (inline.type === 'text' ? inline.value : inline.type)) : block.type))
    expect(inlines).toEqual([[hostile], ['strong', ' stays strong']])
    expect(toString(section.at(-1) as Nodes)).toContain('Tags: <b>bold</b>, **x**, [t](javascript:alert(1))')
    expect(back.children.some((block) => toString(block).includes('Selection: <b>All</b> **notes** [x](javascript:y)'))).toBe(true)
  })

  it('writes a note body so that it parses back to the same note text (property)', () => {
    const content = oneNoteBriefing('placeholder')
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, maxLength: 12 }), (body) => {
        const back = fromMarkdown(renderBriefingMarkdown(withBody(content, body), FIXED_STYLE))
        expect(withoutPositions(noteSection(back.children, 1).slice(1, -1))).toEqual(parseNoteText(body).children)
      }),
      { numRuns: 200 },
    )
  })

  it('keeps a passage literal in its block quote, line by line', () => {
    const back = fromMarkdown(renderBriefingMarkdown(oneNoteBriefing('x', [], 'The coalition meets every year.'), FIXED_STYLE))
    const [quote] = noteSection(back.children, 1)
    expect(quote?.type).toBe('blockquote')
    expect(quote && toString(quote)).toBe('The coalition meets every year.')
  })

  it('keeps a right-to-left override in a note or tag from reordering the lines around it', () => {
    const override = '\u202Egnirts desrever'
    const markdown = renderBriefingMarkdown(oneNoteBriefing(`before ${override}\nafter`, [`tag${override}`]), FIXED_STYLE)
    const lines = markdown.split('\n')
    const bodyLine = lines.find((line) => line.includes('before'))
    expect(bodyLine).toBe(`\u2068before ${override}\u202C\u2069\\`)
    expect(lines.find((line) => line.startsWith('after'))).toBe('after')
    const factsLine = lines.find((line) => line.includes('Tags:'))
    expect(factsLine).toMatch(/^\u2068Category: .* · Tags: tag\u202Egnirts desrever\u202C\u2069$/)
  })

  it('says so when there are no notes', () => {
    const empty = renderBriefingMarkdown(buildBriefing([], library, { generated: FIXED_NOW, selectionLabel: 'Notes tagged “x”' }), FIXED_STYLE)
    expect(empty).toContain('*No notes match this selection.*')
    expect(empty).toContain('Contents: 0 notes on 0 documents')
  })
})
