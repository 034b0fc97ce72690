/**
 * The Word briefing's "Changes in <revision> that touch my notes" and the
 * redline annex (see briefing-revision-changes), in Word's own styles:
 * deleted words struck through (w:strike) and inserted ones underlined
 * (w:u), the colours the PDF uses. Each wording is labelled with its
 * revision, so which is the old and which the new never rests on colour.
 */
import { HeadingLevel, Paragraph, Tab, TabStopType, TextRun, UnderlineType } from 'docx'
import type { WordRun } from '../../../shared/revisions/word-runs'
import { formatPlace } from '../../../shared/paragraph-numbers'
import { summaryLine } from './briefing-groups'
import { bookmarked } from './briefing-docx-annex'
import { CHANGE_REASON_LABELS, changesHeading, changesSummary, REDLINE_KIND_LABELS, redlineHeading, sideRuns, type ChangedNote, type RevisionChanges } from './briefing-revision-changes'

/** Where the wording starts after its revision's label, and a redline paragraph after its number: 25 mm and 12 mm in twentieths of a point. */
const LABEL_HANG = 1420
const NUMBER_HANG = 680

const QUIET = '666666'

/** A document's changes that touch the notes: heading (bookmarked when the contents list it), summary, each note with its old and new wording. */
export function revisionChangesParagraphs(changes: RevisionChanges, bookmark: string | null): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: bookmarked(bookmark, [new TextRun(changesHeading(changes))]) }),
    new Paragraph({ children: [new TextRun({ text: changesSummary(changes), color: '444444', size: 18 })] }),
    ...(changes.notes.length === 0
      ? [new Paragraph({ children: [new TextRun({ text: 'None of these notes sit on text that changed.', italics: true })] })]
      : changes.notes.flatMap((changed) => changedNoteParagraphs(changed, changes))),
  ]
}

function changedNoteParagraphs({ note, reason, runs }: ChangedNote, changes: RevisionChanges): Paragraph[] {
  const where = note.reference === null ? '' : formatPlace(note.reference)
  const line = summaryLine(note.content.text, note.quote)
  const head = new Paragraph({
    keepNext: true,
    spacing: { before: 200 },
    children: [
      new TextRun({ text: `Note ${note.number}`, bold: true }),
      ...(where !== '' ? [new TextRun(` · ${where}`)] : []),
      new TextRun({ text: ` · ${CHANGE_REASON_LABELS[reason].toUpperCase()}`, bold: true }),
    ],
  })
  const paragraphs = [head, ...(line !== '' ? [new Paragraph({ keepNext: true, children: [new TextRun(line)] })] : [])]
  if (runs === null) {
    if (note.quote !== null) paragraphs.push(new Paragraph({ style: 'Quote', children: [new TextRun(note.quote)] }))
    return paragraphs
  }
  const after = sideRuns(runs, 'after')
  return [
    ...paragraphs,
    wordingParagraph(changes.previous.label, sideRuns(runs, 'before'), true),
    after.length > 0 ? wordingParagraph(changes.revision.label, after, false) : wordingParagraph(changes.revision.label, [], false, '(no longer in the text)'),
  ]
}

/** "Rev. 1 <tab> the wording", the label hanging. */
function wordingParagraph(label: string, runs: readonly WordRun[], keepNext: boolean, empty?: string): Paragraph {
  return new Paragraph({
    keepNext,
    indent: { left: LABEL_HANG, hanging: LABEL_HANG },
    tabStops: [{ type: TabStopType.LEFT, position: LABEL_HANG }],
    spacing: { after: 40 },
    children: [new TextRun({ children: [label, new Tab()], color: QUIET, size: 16 }), ...(empty !== undefined ? [new TextRun({ text: empty, italics: true })] : redlineRuns(runs))],
  })
}

/** A document's redline annex: every changed paragraph of the revision, its number hanging, what happened to it, then its words. */
export function redlineAnnexParagraphs(changes: RevisionChanges, bookmark: string | null): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: bookmarked(bookmark, [new TextRun(redlineHeading(changes))]) }),
    new Paragraph({ children: [new TextRun({ text: changesSummary(changes), color: '444444', size: 18 })] }),
    ...(changes.redline ?? []).map(
      (paragraph) =>
        new Paragraph({
          indent: { left: NUMBER_HANG, hanging: NUMBER_HANG },
          tabStops: [{ type: TabStopType.LEFT, position: NUMBER_HANG }],
          spacing: { after: 120 },
          children: [
            new TextRun({ children: [paragraph.place, new Tab()], color: QUIET, size: 16 }),
            new TextRun({ text: `${REDLINE_KIND_LABELS[paragraph.kind]}: `, bold: true, color: '444444', size: 16 }),
            ...redlineRuns(paragraph.runs),
          ],
        }),
    ),
  ]
}

/** Runs as Word runs: deleted struck through, inserted underlined. */
function redlineRuns(runs: readonly WordRun[]): TextRun[] {
  return runs.map((run) => {
    if (run.kind === 'deleted') return new TextRun({ text: run.text, strike: true, color: '8A1C12' })
    if (run.kind === 'inserted') return new TextRun({ text: run.text, underline: { type: UnderlineType.SINGLE }, color: '1F5A2E' })
    return new TextRun(run.text)
  })
}
