/**
 * The briefing page's "Changes in <revision> that touch my notes" and the
 * redline annex (see briefing-revision-changes). Deleted words are struck
 * through (<del>) and inserted ones underlined (<ins>), each with the words
 * "deleted:" / "inserted:" as text that prints nowhere but stays in the
 * page and the PDF's text, so the change reads without colour or lines, and
 * to a screen reader. Text is rendered by React, never as markup.
 */
import type { WordRun } from '../../../shared/revisions/word-runs'
import type { RevisionChanges, ChangedNote } from './briefing-revision-changes'
import { CHANGE_REASON_LABELS, changesHeading, changesSummary, REDLINE_KIND_LABELS, redlineHeading, sideRuns } from './briefing-revision-changes'
import { redlineAnnexId, revisionChangesId } from './briefing-contents'
import { summaryLine } from './briefing-groups'
import { formatPlace } from '../../../shared/paragraph-numbers'

/** One document's changes that touch the notes. */
export function RevisionChangesSection({ changes }: { changes: RevisionChanges }) {
  const id = revisionChangesId(changes)
  return (
    <section className="revision-changes" aria-labelledby={id}>
      <h2 id={id} dir="auto">
        {changesHeading(changes)}
      </h2>
      <p className="revision-changes-intro" dir="auto">
        {changesSummary(changes)}
      </p>
      {changes.notes.length === 0 ? (
        <p className="empty">None of these notes sit on text that changed.</p>
      ) : (
        changes.notes.map((changed) => <ChangedNoteEntry key={changed.note.number} changed={changed} changes={changes} />)
      )}
    </section>
  )
}

function ChangedNoteEntry({ changed, changes }: { changed: ChangedNote; changes: RevisionChanges }) {
  const { note, reason, runs } = changed
  const where = note.reference === null ? '' : formatPlace(note.reference)
  const line = summaryLine(note.content.text, note.quote)
  return (
    <article className="changed-note">
      <p className="note-head">
        <a className="note-number" href={`#note-${note.number}`}>
          Note {note.number}
        </a>{' '}
        {where !== '' ? <span className="ref">{where}</span> : null} <span className={`flag flag-${reason}`}>{CHANGE_REASON_LABELS[reason]}</span>
      </p>
      {line !== '' ? (
        <p className="changed-note-line" dir="auto">
          {line}
        </p>
      ) : null}
      {runs !== null ? (
        <dl className="wording">
          <div>
            <dt>{changes.previous.label}</dt>
            <dd dir="auto">
              <Redline runs={sideRuns(runs, 'before')} />
            </dd>
          </div>
          <div>
            <dt>{changes.revision.label}</dt>
            <dd dir="auto">{sideRuns(runs, 'after').length > 0 ? <Redline runs={sideRuns(runs, 'after')} /> : <em>(no longer in the text)</em>}</dd>
          </div>
        </dl>
      ) : note.quote !== null ? (
        <p className="changed-note-quote" dir="auto">
          {note.quote}
        </p>
      ) : null}
    </article>
  )
}

/** One document's redline annex: every changed paragraph of the revision. */
export function RedlineAnnexSection({ changes }: { changes: RevisionChanges }) {
  const id = redlineAnnexId(changes)
  return (
    <section className="redline-annex" aria-labelledby={id}>
      <h2 id={id} dir="auto">
        {redlineHeading(changes)}
      </h2>
      <p className="revision-changes-intro" dir="auto">
        {changesSummary(changes)}
      </p>
      {(changes.redline ?? []).map((paragraph, index) => (
        <div key={index} className="redline-paragraph">
          <span className="statement-number">{paragraph.place}</span>
          <p dir="auto">
            <span className="redline-kind">{REDLINE_KIND_LABELS[paragraph.kind]}:</span> <Redline runs={paragraph.runs} />
          </p>
        </div>
      ))}
    </section>
  )
}

/** Runs as text: deleted struck through, inserted underlined, each with its word for people who cannot see the line. */
function Redline({ runs }: { runs: readonly WordRun[] }) {
  return runs.map((run, index) => {
    if (run.kind === 'same') return <span key={index}>{run.text}</span>
    const Mark = run.kind === 'deleted' ? 'del' : 'ins'
    return (
      <Mark key={index}>
        <span className="cue">[{run.kind}: </span>
        {run.text}
        <span className="cue">]</span>
      </Mark>
    )
  })
}

/** The print styles of both parts. */
export function revisionChangesStyles(labelFonts: string): string {
  return `
.revision-changes, .redline-annex { margin-top: 18pt; border-top: 0.75pt solid #1a1a1a; padding-top: 8pt; }
.revision-changes > h2, .redline-annex > h2 { font-size: 14pt; margin: 0 0 4pt; }
.revision-changes-intro { font-size: 8.5pt; color: #444; margin: 0 0 10pt; }
.changed-note { margin: 0 0 10pt; padding: 0 0 8pt; border-bottom: 0.25pt solid #ccc; break-inside: avoid; page-break-inside: avoid; }
.changed-note .note-number { text-decoration: none; }
.flag-changed { border-style: dotted; }
.changed-note-line { margin: 0 0 4pt; }
.changed-note-quote { margin: 0; font-size: 10pt; color: #2b2b2b; }
.wording { margin: 0; font-size: 10pt; }
.wording > div { display: grid; grid-template-columns: 7em 1fr; gap: 0 6pt; margin: 0 0 2pt; }
.wording dt { font-family: ${labelFonts}; font-size: 8pt; color: #555; padding-top: 1.5pt; }
.wording dd { margin: 0; }
.redline-paragraph { display: grid; grid-template-columns: 2.6em 1fr; margin: 0 0 6pt; break-inside: avoid; page-break-inside: avoid; }
.redline-paragraph p { margin: 0; }
.redline-kind { font-family: ${labelFonts}; font-size: 8pt; font-weight: 600; color: #444; }
del { text-decoration: line-through; text-decoration-thickness: 1pt; color: #8a1c12; }
ins { text-decoration: underline; text-decoration-thickness: 1pt; color: #1f5a2e; }
.cue { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`
}
