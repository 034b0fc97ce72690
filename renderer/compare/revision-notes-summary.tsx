/**
 * "Your notes in Rev. N": the notes of a document the user added, listed by
 * where they sit on its current revision (unchanged text, changed text with
 * the old and the new wording marked word by word, or lost their passage).
 * Each opens in the reader; a note on changed or lost text can be kept on
 * the earlier revision it was made on instead.
 */
import { useId, useState, type ReactNode } from 'react'
import type { NoteView } from '../../shared/api-contract'
import { noteContent } from '../../shared/notes/note-model'
import { truncateText } from '../notes/truncate-text'
import { quoteOf, type ChangedNote, type RevisionNotes } from './revision-notes'
import { WordRunsText } from './word-run-marks'
import './revision-notes-summary.css'

/** The earlier revision a note can be kept on instead. */
export interface KeepOnEarlier {
  readonly label: string
  onKeep(view: NoteView): void
}

/** Props of the summary. */
export interface RevisionNotesSummaryProps {
  /** The label of the revision the notes sit on now ("Rev. 2"). */
  readonly label: string
  readonly notes: RevisionNotes
  /** Absent when notes are read-only or no earlier revision is being compared. */
  readonly keepOnEarlier: KeepOnEarlier | null
  onOpenNote(view: NoteView): void
}

/** The summary, as a disclosure (open at first). */
export function RevisionNotesSummary({ label, notes, keepOnEarlier, onOpenNote }: RevisionNotesSummaryProps) {
  const [open, setOpen] = useState(true)
  const total = notes.unchanged.length + notes.changed.length + notes.lost.length
  return (
    <details className="revision-notes" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Your notes in {label}{' '}
        <span className="revision-notes-counts">
          ({notes.unchanged.length} on unchanged text, {notes.changed.length} on changed text, {notes.lost.length} lost {notes.lost.length === 1 ? 'its' : 'their'} passage)
        </span>
      </summary>
      {total === 0 && <p className="revision-notes-empty">You have no notes on passages of this document.</p>}
      <Group title="On changed text" listLabel="Notes on changed text" views={notes.changed.map((changed) => changed.view)} render={(view) => <ChangedWording changed={notes.changed.find((each) => each.view === view)} />} keep={keepOnEarlier} onOpenNote={onOpenNote} />
      <Group title="Lost their passage" listLabel="Notes that lost their passage" views={notes.lost} render={(view) => <blockquote className="revision-notes-quote">{quoteOf(view)}</blockquote>} keep={keepOnEarlier} onOpenNote={onOpenNote} />
      <Group title="On unchanged text" listLabel="Notes on unchanged text" views={notes.unchanged} render={(view) => <blockquote className="revision-notes-quote">{quoteOf(view)}</blockquote>} keep={null} onOpenNote={onOpenNote} />
    </details>
  )
}

function Group({ title, listLabel, views, render, keep, onOpenNote }: { title: string; listLabel: string; views: readonly NoteView[]; render(view: NoteView): ReactNode; keep: KeepOnEarlier | null; onOpenNote(view: NoteView): void }) {
  const headingId = useId()
  if (views.length === 0) return null
  return (
    <section className="revision-notes-group">
      <h3 id={headingId}>
        {title} ({views.length})
      </h3>
      <ul aria-label={listLabel}>
        {views.map((view) => {
          const quote = truncateText(quoteOf(view), 60)
          const text = noteContent(view.note).text
          return (
            <li key={view.note.id} className="revision-notes-item">
              {render(view)}
              {text.trim() !== '' && <p className="revision-notes-text">{truncateText(text, 200)}</p>}
              <p className="revision-notes-actions">
                <button type="button" className="link-button" aria-label={`Open the note on “${quote}”`} onClick={() => onOpenNote(view)}>
                  Open note
                </button>
                {keep && (
                  <button type="button" className="link-button" aria-label={`Keep the note on “${quote}” on ${keep.label}`} onClick={() => keep.onKeep(view)}>
                    Keep on {keep.label}
                  </button>
                )}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function ChangedWording({ changed }: { changed: ChangedNote | undefined }) {
  if (!changed) return null
  return (
    <div className="revision-notes-wording">
      <figure>
        <figcaption>Before</figcaption>
        <blockquote className="revision-notes-quote">
          <WordRunsText runs={changed.runs} show="before" />
        </blockquote>
      </figure>
      <figure>
        <figcaption>Now</figcaption>
        <blockquote className="revision-notes-quote">
          <WordRunsText runs={changed.runs} show="after" />
        </blockquote>
      </figure>
    </div>
  )
}
