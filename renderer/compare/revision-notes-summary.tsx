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
      <Group title="On changed text" listLabel="Notes on changed text" items={notes.changed} viewOf={(changed) => changed.view} render={(changed) => <ChangedWording changed={changed} />} keep={keepOnEarlier} onOpenNote={onOpenNote} />
      <Group title="Lost their passage" listLabel="Notes that lost their passage" items={notes.lost} viewOf={(view) => view} render={(view) => <blockquote className="revision-notes-quote">{quoteOf(view)}</blockquote>} keep={keepOnEarlier} onOpenNote={onOpenNote} />
      <Group title="On unchanged text" listLabel="Notes on unchanged text" items={notes.unchanged} viewOf={(view) => view} render={(view) => <blockquote className="revision-notes-quote">{quoteOf(view)}</blockquote>} keep={null} onOpenNote={onOpenNote} />
    </details>
  )
}

/** Props of one group: its items, the note each is about, and what each shows above the note's text. */
interface GroupProps<T> {
  readonly title: string
  readonly listLabel: string
  readonly items: readonly T[]
  viewOf(item: T): NoteView
  render(item: T): ReactNode
  readonly keep: KeepOnEarlier | null
  onOpenNote(view: NoteView): void
}

function Group<T>({ title, listLabel, items, viewOf, render, keep, onOpenNote }: GroupProps<T>) {
  const headingId = useId()
  if (items.length === 0) return null
  return (
    <section className="revision-notes-group">
      <h3 id={headingId}>
        {title} ({items.length})
      </h3>
      <ul aria-label={listLabel}>
        {items.map((item) => {
          const view = viewOf(item)
          const quote = truncateText(quoteOf(view), 60)
          const text = noteContent(view.note).text
          return (
            <li key={view.note.id} className="revision-notes-item">
              {render(item)}
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

function ChangedWording({ changed }: { changed: ChangedNote }) {
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
