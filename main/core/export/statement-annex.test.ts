import { describe, expect, it } from 'vitest'
import type { LibraryDocument } from '../../../shared/document-model'
import { NOTE_CATEGORIES } from '../../../shared/notes/categories'
import { blockPlaceLabel } from '../../../shared/paragraph-numbers'
import { parseTestDocuments } from '../testing/test-library'
import { annexIntro, buildStatementAnnex, highlightMark, runTint, type HighlightSource, type StatementRun } from './statement-annex'

const statement = parseTestDocuments([
  {
    id: 'annex-statement',
    title: 'Annex Test Statement',
    body: [
      '**The Coalition**  ',
      '**Joint Statement**',
      '',
      'We recognise the importance of accountability and transparency.',
      '',
      'Engagement 🌍 with experts matters.  ',
      'A second line of the same paragraph.',
      '',
      '## About the Coalition',
      '',
      '- First item on rights.',
      '- Second item on *open* networks.',
      '',
      'The coalition meets every year.',
    ].join('\n'),
  },
])[0] as LibraryDocument

/** A highlight on the first occurrence of `passage` (code points, as anchors count). */
function on(passage: string, number: number, category: keyof typeof NOTE_CATEGORIES | null = 'key-point'): HighlightSource {
  const at = statement.plainText.indexOf(passage)
  if (at === -1) throw new Error(`"${passage}" not in the statement`)
  const start = [...statement.plainText.slice(0, at)].length
  return { number, category: category ? NOTE_CATEGORIES[category] : null, start, end: start + [...passage].length }
}

/** A block's runs as "text" or "[marks|text]" with the covering notes' numbers. */
function outline(runs: readonly StatementRun[]): string[] {
  return runs.map((run) => (run.highlights.length === 0 ? run.text : `[${run.starts.map(highlightMark).join(' ')}|${run.text}|${run.highlights.map((h) => h.number).join(',')}]`))
}

describe('buildStatementAnnex', () => {
  it('numbers paragraphs and lists as the reader does, headings not at all', () => {
    const annex = buildStatementAnnex(statement, [])
    expect(annex.blocks.map((block) => [block.type, block.label])).toEqual([
      ['heading', null],
      ['paragraph', '¶1'],
      ['paragraph', '¶2'],
      ['heading', null],
      ['list', '¶3'],
      ['paragraph', '¶4'],
    ])
    for (const block of annex.blocks) if (block.label !== null) expect(blockPlaceLabel(statement.blocks, block.id)).toContain(block.label)
    expect(annex.blocks[4]?.items.map((runs) => runs.map((run) => run.text).join(''))).toEqual(['First item on rights.', 'Second item on open networks.'])
    expect(annex.blocks[0]?.items[0]?.map((run) => run.text).join('')).toBe('The Coalition\nJoint Statement')
    expect(annex.highlightCount).toBe(0)
  })

  it('cuts out the highlighted words, with the glyph and number where the passage starts', () => {
    const annex = buildStatementAnnex(statement, [on('accountability and transparency', 3, 'concern')])
    expect(outline(annex.blocks[1]?.items[0] ?? [])).toEqual(['We recognise the importance of ', '[!3|accountability and transparency|3]', '.'])
    expect(runTint(annex.blocks[1]?.items[0]?.[1] as StatementRun)).toEqual({ tint: 'fbe6e4', ink: '9a2a20' })
    expect(annex.highlightCount).toBe(1)
  })

  it('counts characters as anchors do (code points), past an emoji, and keeps line breaks in the text', () => {
    const annex = buildStatementAnnex(statement, [on('experts matters.\nA second', 2, 'question')])
    expect(outline(annex.blocks[2]?.items[0] ?? [])).toEqual(['Engagement 🌍 with ', '[?2|experts matters.\nA second|2]', ' line of the same paragraph.'])
  })

  it('tints a passage across blocks in each, marking it only where it starts', () => {
    const annex = buildStatementAnnex(statement, [on('transparency.\n\nEngagement', 5, null)])
    expect(outline(annex.blocks[1]?.items[0] ?? []).at(-1)).toBe('[•5|transparency.|5]')
    expect(outline(annex.blocks[2]?.items[0] ?? [])[0]).toBe('[|Engagement|5]')
  })

  it('lists every note over overlapping passages, the innermost last, each marked once', () => {
    const annex = buildStatementAnnex(statement, [on('importance of accountability', 7, 'follow-up'), on('the importance of accountability and transparency', 6, 'reference')])
    expect(outline(annex.blocks[1]?.items[0] ?? [])).toEqual(['We recognise ', '[§6|the |6]', '[→7|importance of accountability|6,7]', '[| and transparency|6]', '.'])
    expect(runTint(annex.blocks[1]?.items[0]?.[2] as StatementRun)?.tint).toBe('e5f2e8')
  })

  it('finds a highlight in a list item, and leaves out passages outside the text', () => {
    const annex = buildStatementAnnex(statement, [on('open networks', 4), { number: 9, category: null, start: 100_000, end: 100_010 }, { number: 8, category: null, start: 5, end: 5 }])
    expect(outline(annex.blocks[4]?.items[1] ?? [])).toEqual(['Second item on ', '[★4|open networks|4]', '.'])
    expect(outline(annex.blocks[4]?.items[0] ?? [])).toEqual(['First item on rights.'])
    expect(annex.highlightCount).toBe(1)
  })

  it('says in a sentence what is marked, and how', () => {
    expect(annexIntro(0, 'tinted')).toBe('No passage of it is highlighted by the notes in this briefing. Paragraph numbers (¶) as in the reader.')
    expect(annexIntro(1, 'shaded')).toMatch(/^The passage the notes in this briefing are on is shaded by category/)
    expect(annexIntro(1200, 'tinted')).toMatch(/^The 1,200 passages .* are tinted by category, with the category's glyph and the note's number before it\./)
  })
})
