/**
 * The briefing's "Changes in <revision> that touch my notes" and its redline
 * annex, on a draft added and then revised (one paragraph reworded, one
 * deleted, one inserted): which notes are listed, why, with which old and
 * new wording, and which paragraphs the annex holds.
 */
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing-options'
import { sideText } from '../../../shared/revisions/word-runs'
import { buildBriefing, type BriefingContent } from './briefing-content'
import { renderBriefingDocx } from './briefing-docx'
import { renderBriefingHtml } from './briefing-html'
import { renderBriefingMarkdown } from './markdown'
import type { RevisionChanges } from './briefing-revision-changes'
import { changesHeading, changesSummary } from './briefing-revision-changes'
import { selectNotes } from './export-selection'
import { readEarlierTexts } from './note-revision'
import { FIXED_STYLE } from './testing/export-fixtures'
import { revisedDraft, type RevisedDraft } from './testing/revision-fixtures'

let draft: RevisedDraft
beforeAll(async () => {
  draft = await revisedDraft()
})
afterAll(async () => {
  await draft.dispose()
})

async function briefing(options: { revisionChanges: boolean; redlineAnnex: boolean }, withEarlier = true): Promise<BriefingContent> {
  const { core, documentId } = draft
  const groups = selectNotes(core.notes.list(), { scope: 'all' }, core.library)
  const revisions = withEarlier ? await readEarlierTexts([documentId], core.library, (id) => core.documents.revision(id)) : new Map()
  return buildBriefing(groups, core.library, { generated: new Date('2026-03-01T09:30:00Z'), selectionLabel: 'All notes', briefing: { ...DEFAULT_BRIEFING_OPTIONS, ...options }, revisions })
}

function only(content: BriefingContent): RevisionChanges {
  expect(content.revisionChanges).toHaveLength(1)
  return content.revisionChanges[0] as RevisionChanges
}

describe('the changes in the latest revision that touch my notes', () => {
  it('lists the note on the reworded paragraph and the one on the deleted paragraph, with old and new wording', async () => {
    const changes = only(await briefing({ revisionChanges: true, redlineAnnex: false }))
    expect(changesHeading(changes)).toBe('Changes in Rev. 2 (L.7/Rev.1) that touch my notes')
    expect(changesSummary(changes)).toBe('Draft resolution L.7, compared with Rev. 1: 1 paragraph reworded, 3 insertions, 3 deletions.')
    expect(changes.notes.map(({ note, reason }) => [note.content.text, reason])).toEqual([
      ['Watch this one.', 'needs-review'],
      ['Ask who pays.', 'orphaned'],
    ])
    const [reworded, deleted] = changes.notes
    expect(sideText(reworded?.runs ?? [], 'before')).toBe('States shall protect journalists online at all times.')
    expect(sideText(reworded?.runs ?? [], 'after')).toBe('States should protect journalists online at most times.')
    expect(reworded?.runs?.filter((run) => run.kind === 'deleted').map((run) => run.text)).toEqual(['shall', 'all'])
    expect(reworded?.runs?.filter((run) => run.kind === 'inserted').map((run) => run.text)).toEqual(['should', 'most'])
    expect(deleted?.runs).toEqual([{ kind: 'deleted', text: 'Delegations request a report on spectrum auctions by the next session.' }])
    expect(changes.redline).toBeNull()
  })

  it('leaves out the note on unchanged text and the one made on the new revision', async () => {
    const changes = only(await briefing({ revisionChanges: true, redlineAnnex: false }))
    const listed = changes.notes.map(({ note }) => note.view.note.id)
    expect(listed).not.toContain(draft.notes.kept)
    expect(listed).not.toContain(draft.notes.inserted)
  })

  it('annexes every changed paragraph of the revision, with or without notes, when asked', async () => {
    const changes = only(await briefing({ revisionChanges: true, redlineAnnex: true }))
    expect(changes.redline?.map(({ kind, place, runs }) => [kind, place, sideText(runs, kind === 'deleted' ? 'before' : 'after')])).toEqual([
      ['changed', '¶2', 'States should protect journalists online at most times.'],
      ['deleted', '¶3', 'Delegations request a report on spectrum auctions by the next session.'],
      ['inserted', '¶3', 'A new working group will study satellite broadband policy.'],
    ])
  })

  it('is left out when not asked for, or when the earlier revision could not be read', async () => {
    expect((await briefing({ revisionChanges: false, redlineAnnex: true })).revisionChanges).toEqual([])
    expect((await briefing({ revisionChanges: true, redlineAnnex: true }, false)).revisionChanges).toEqual([])
  })
})

describe('the changes in the briefing page, the Word file and the Markdown', () => {
  it('sets the old wording struck through and the new underlined, each change with its word, in the page', async () => {
    const content = await briefing({ revisionChanges: true, redlineAnnex: true })
    const html = renderBriefingHtml(content, FIXED_STYLE)
    const section = sectionOf(html, 'revision-changes')
    expect(section).toContain('Changes in Rev. 2 (L.7/Rev.1) that touch my notes</h2>')
    expect(section).toContain('<del><span class="cue">[deleted: </span>shall<span class="cue">]</span></del>')
    expect(section).toContain('<ins><span class="cue">[inserted: </span>should<span class="cue">]</span></ins>')
    expect(section).toContain('Watch this one.')
    expect(section).not.toContain('Good.')
    // Each note in the notes part names its revision, as the Markdown does.
    expect(html).toContain('<span class="ref">Rev. 2 (L.7/Rev.1) (made on Rev. 1)</span>')
    expect(html).toContain('<span class="ref">Rev. 2 (L.7/Rev.1)</span>')
    const annex = sectionOf(html, 'redline-annex')
    expect(annex).toContain('Annex: redline of Rev. 2 (L.7/Rev.1)</h2>')
    expect(annex).toContain('<span class="cue">[inserted: </span>A new working group will study satellite broadband policy.')
    expect(annex).toContain('<span class="cue">[deleted: </span>Delegations request a report on spectrum auctions by the next session.')
  })

  it('leaves both out of the page when not asked for', async () => {
    const html = renderBriefingHtml(await briefing({ revisionChanges: false, redlineAnnex: false }), FIXED_STYLE)
    expect(html).not.toContain('class="revision-changes"')
    expect(html).not.toContain('class="redline-annex"')
  })
})

/** The HTML of the first <section> with this class. */
function sectionOf(html: string, className: string): string {
  const start = html.indexOf(`<section class="${className}"`)
  expect(start).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf('</section>', start))
}

describe('the changes in the Word file and the Markdown', () => {
  it('strikes deleted words and underlines inserted ones in Word, after a heading of their own', async () => {
    const bytes = await renderBriefingDocx(await briefing({ revisionChanges: true, redlineAnnex: true }), FIXED_STYLE)
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array())
    expect(xml).toContain('Changes in Rev. 2 (L.7/Rev.1) that touch my notes')
    expect(xml).toContain('Annex: redline of Rev. 2 (L.7/Rev.1)')
    expect(xml).toMatch(/<w:r><w:rPr><w:strike\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">shall<\/w:t><\/w:r>/)
    expect(xml).toMatch(/<w:r><w:rPr>(?:(?!<\/w:r>).)*<w:u w:val="single"\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">should<\/w:t><\/w:r>/)
  })

  it('writes each change in words in the Markdown', async () => {
    const markdown = renderBriefingMarkdown(await briefing({ revisionChanges: true, redlineAnnex: true }), FIXED_STYLE)
    const section = markdown.slice(markdown.indexOf('## Changes in Rev. 2'))
    expect(section).toContain('**Rev. 1:** States \\[deleted: shall] protect journalists online at \\[deleted: all] times.')
    expect(section).toContain('**Rev. 2 (L.7/Rev.1):** States \\[inserted: should] protect journalists online at \\[inserted: most] times.')
    expect(section).toContain('## Annex: redline of Rev. 2 (L.7/Rev.1)')
    expect(section).toContain('**¶3 Inserted:** \\[inserted: A new working group will study satellite broadband policy.]')
  })
})
