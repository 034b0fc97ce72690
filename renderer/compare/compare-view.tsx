/**
 * Compare two texts: choose an earlier and a later text (two revisions of a
 * draft, say), and read what changed, as a redline or side by side, with a
 * change list that counts insertions, deletions, rewordings and moves and
 * steps from one change to the next (buttons, or N and P).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { NoteView } from '../../shared/api-contract'
import { defaultRevisionLabel, type DocumentSummary, type LibraryDocument } from '../../shared/document-model'
import { formatShortcut, matchesShortcut } from '../../shared/keyboard-shortcuts'
import { paragraphLabel, paragraphPlaces } from '../../shared/paragraph-numbers'
import { compareRevisions, type ChangeCounts, type ParagraphChange } from '../../shared/revisions/compare-revisions'
import type { ApiClient } from '../api-client/api-client'
import { compareRoute, readRoute } from '../routing/route'
import { revealInPane } from '../shell/reveal-in-pane'
import { ErrorNotice } from '../ui/error-notice'
import { isMac, isTextField } from '../ui/platform'
import { CompareRow, type RowText } from './compare-row'
import { revisionNotes } from './revision-notes'
import { RevisionNotesSummary } from './revision-notes-summary'
import { textTitle } from './text-title'
import { useDocumentPair } from './use-document-pair'
import './compare-view.css'

/** Props of the view. */
export interface CompareViewProps {
  readonly client: ApiClient
  readonly documents: readonly DocumentSummary[]
  readonly beforeId: string | null
  readonly afterId: string | null
  /** The user's notes, for "Your notes in Rev. N" when the later text is a document the user added. */
  readonly notes: readonly NoteView[]
  /** Opens a note in the reader. */
  onOpenNote(view: NoteView): void
  /** The notes changed in the core (a note kept on an earlier revision): loads them again. */
  onNotesChanged(): void
}

type Layout = 'redline' | 'side-by-side'

/** The view labelled "Compare two texts". */
export function CompareView({ client, documents, beforeId, afterId, notes, onOpenNote, onNotesChanged }: CompareViewProps) {
  const [chosen, setChosen] = useState({ before: beforeId ?? '', after: afterId ?? '' })
  const [hideMinor, setHideMinor] = useState(false)
  const [layout, setLayout] = useState<Layout>(() => (window.innerWidth >= 1100 ? 'side-by-side' : 'redline'))
  // A label edited in the rail while the comparison is open fetches the pair again, so the headings follow.
  const labels = useMemo(() => revisionLabels(documents, afterId), [documents, afterId])
  const pair = useDocumentPair(client, beforeId, afterId, labels)
  const later = documents.find((document) => document.id === afterId)
  const laterNotes = useMemo(() => (later?.added ? revisionNotes(notes, later.id) : null), [later, notes])
  // The earlier text compared, when it is a revision of the later one: notes can be kept on it instead.
  const earlier = later?.added?.earlierRevisions?.find((revision) => revision.id === beforeId) ?? null
  const [keepMessage, setKeepMessage] = useState<{ readonly text: string; readonly failed: boolean } | null>(null)
  const keepOnEarlier = useMemo(
    () =>
      earlier && {
        label: earlier.label,
        onKeep: (view: NoteView) => {
          client.request('notes.keepOnRevision', { id: view.note.id, revisionId: earlier.id }).then(
            () => {
              setKeepMessage({ text: `The note is kept on ${earlier.label}; it shows there in the reader.`, failed: false })
              onNotesChanged()
            },
            (error: unknown) => setKeepMessage({ text: error instanceof Error ? error.message : String(error), failed: true }),
          )
        },
      },
    [client, earlier, onNotesChanged],
  )
  const comparison = useMemo(() => (pair.state === 'ready' ? compareRevisions(pair.before.blocks, pair.after.blocks, { hideMinor }) : null), [pair, hideMinor])
  const listRef = useRef<HTMLOListElement>(null)
  const rows = useMemo(() => (comparison ? displayRows(comparison.paragraphs, layout) : []), [comparison, layout])
  const stops = useMemo(() => rows.flatMap((row, index) => (isStop(row.change) ? [index] : [])), [rows])
  // The change last stepped to, for this comparison: a new one starts before its first change.
  const [stepped, setStepped] = useState<{ readonly stops: readonly number[]; readonly index: number } | null>(null)
  const current = stepped?.stops === stops ? stepped.index : -1

  const choose = (side: 'before' | 'after', id: string) => {
    const next = { ...chosen, [side]: id }
    setChosen(next)
    if (next.before !== '' && next.after !== '' && next.before !== next.after) window.location.hash = compareRoute(next.before, next.after)
  }

  const go = useCallback(
    (step: 1 | -1) => {
      if (stops.length === 0) return
      const next = current === -1 ? (step === 1 ? 0 : stops.length - 1) : Math.min(stops.length - 1, Math.max(0, current + step))
      setStepped({ stops, index: next })
      const row = listRef.current?.querySelectorAll<HTMLElement>('[data-change-stop]')[next]
      if (!row) return
      revealInPane(row, 'center')
      row.focus({ preventScroll: true })
    },
    [stops, current],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return
      const step = matchesShortcut(event, 'next-change') ? 1 : matchesShortcut(event, 'previous-change') ? -1 : 0
      if (step === 0) return
      event.preventDefault()
      go(step)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])

  return (
    <section className="compare" aria-labelledby="compare-title">
      <header className="compare-header">
        <h1 id="compare-title">Compare two texts</h1>
        <p className="compare-intro">Choose an earlier and a later text, such as two revisions of a draft, to see what changed.</p>
        <div className="compare-choice">
          <TextChoice label="Earlier text" value={chosen.before} documents={documents} onChange={(id) => choose('before', id)} />
          <TextChoice label="Later text" value={chosen.after} documents={documents} onChange={(id) => choose('after', id)} />
        </div>
        {chosen.before !== '' && chosen.before === chosen.after && <p className="compare-hint">Choose two different texts.</p>}
        <div className="compare-options">
          <label>
            <input type="checkbox" checked={hideMinor} onChange={(event) => setHideMinor(event.target.checked)} /> Hide changes of spacing and punctuation
          </label>
          <fieldset className="compare-layout">
            <legend className="visually-hidden">Layout</legend>
            {(['side-by-side', 'redline'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name="compare-layout" checked={layout === value} onChange={() => setLayout(value)} /> {value === 'redline' ? 'Redline' : 'Side by side'}
              </label>
            ))}
          </fieldset>
        </div>
      </header>
      {later?.added && laterNotes && (
        <RevisionNotesSummary label={later.added.revision?.label ?? defaultRevisionLabel(1)} notes={laterNotes} keepOnEarlier={keepOnEarlier} onOpenNote={onOpenNote} />
      )}
      {keepMessage && (
        <p className="compare-hint" role={keepMessage.failed ? 'alert' : 'status'}>
          {keepMessage.text}{' '}
          {!keepMessage.failed && earlier && <a href={readRoute(earlier.id)}>Open {earlier.label}</a>}
        </p>
      )}
      {pair.state === 'loading' && (
        <p className="lazy-loading" role="status">
          Comparing…
        </p>
      )}
      {pair.state === 'failed' && <ErrorNotice message={pair.message} />}
      {pair.state === 'ready' && comparison && (
        <>
          <div className="compare-summary">
            <p role="status">{describeCounts(comparison.counts)}</p>
            <div className="compare-steps">
              <button type="button" className="button button-small" disabled={stops.length === 0} onClick={() => go(-1)} title={`Previous change (${formatShortcut('previous-change', isMac())})`}>
                ↑ Previous change
              </button>
              <button type="button" className="button button-small" disabled={stops.length === 0} onClick={() => go(1)} title={`Next change (${formatShortcut('next-change', isMac())})`}>
                ↓ Next change
              </button>
              {current >= 0 && stops.length > 0 && (
                <span className="compare-position">
                  Change {current + 1} of {stops.length}
                </span>
              )}
            </div>
          </div>
          {layout === 'side-by-side' && (
            <div className="compare-sides compare-titles" aria-hidden="true">
              <p>{textTitle(pair.before)}</p>
              <p>{textTitle(pair.after)}</p>
            </div>
          )}
          <ol ref={listRef} className={`compare-list is-${layout}`} aria-label={`Changes from “${textTitle(pair.before)}” to “${textTitle(pair.after)}”`}>
            {rows.map(({ change, replacement }, index) => (
              <CompareRow
                key={index}
                change={change}
                layout={layout}
                stop={isStop(change)}
                replacement={replacement ? rowText(pair.after, replacement.after) : null}
                {...rowTexts(change, pair.before, pair.after)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

function TextChoice({ label, value, documents, onChange }: { label: string; value: string; documents: readonly DocumentSummary[]; onChange(id: string): void }) {
  return (
    <label className="compare-text-choice">
      <span>{label}</span>
      <select className="field" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a text…</option>
        {documents.map((document) => [
          // An added document's earlier revisions come before it, each under its own id.
          ...(document.added?.earlierRevisions ?? []).map((revision) => (
            <option key={revision.id} value={revision.id}>
              {document.title} ({revision.label})
            </option>
          )),
          <option key={document.id} value={document.id}>
            {textTitle(document)}
          </option>,
        ])}
      </select>
    </label>
  )
}

/** The labels of the later text's revisions, which the headings show. */
function revisionLabels(documents: readonly DocumentSummary[], afterId: string | null): string {
  const added = documents.find((document) => document.id === afterId)?.added
  return [added?.revision?.label ?? '', ...(added?.earlierRevisions ?? []).map((revision) => revision.label)].join('\n')
}

/** A row as shown: side by side, a deleted paragraph and the one inserted right after it share a row. */
interface DisplayRow {
  readonly change: ParagraphChange
  readonly replacement: Extract<ParagraphChange, { kind: 'inserted' }> | null
}

function displayRows(paragraphs: readonly ParagraphChange[], layout: Layout): DisplayRow[] {
  const rows: DisplayRow[] = []
  for (let index = 0; index < paragraphs.length; index += 1) {
    const change = paragraphs[index]
    if (!change) continue
    const next = paragraphs[index + 1]
    if (layout === 'side-by-side' && change.kind === 'deleted' && next?.kind === 'inserted') {
      rows.push({ change, replacement: next })
      index += 1
    } else {
      rows.push({ change, replacement: null })
    }
  }
  return rows
}

/** Moved-away rows only point at the move; every other change is a stop. */
function isStop(change: ParagraphChange): boolean {
  return change.kind !== 'same' && change.kind !== 'moved-away'
}

/** "3 insertions, 2 deletions, 1 paragraph reworded, 1 moved", or that nothing changed. */
export function describeCounts(counts: ChangeCounts): string {
  const parts = [
    plural(counts.insertions, 'insertion'),
    plural(counts.deletions, 'deletion'),
    `${plural(counts.changedParagraphs, 'paragraph')} reworded`,
    ...(counts.movedParagraphs > 0 ? [`${plural(counts.movedParagraphs, 'paragraph')} moved`] : []),
  ]
  const none = counts.insertions + counts.deletions + counts.changedParagraphs + counts.movedParagraphs === 0
  return none ? 'No changes: the two texts say the same.' : parts.join(', ')
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`
}

/** The two blocks a row shows, with their places, and where the other end of a move is. */
function rowTexts(change: ParagraphChange, before: LibraryDocument, after: LibraryDocument): { before: RowText | null; after: RowText | null; movePlace: string | null } {
  const from = 'before' in change ? rowText(before, change.before) : null
  const to = 'after' in change ? rowText(after, change.after) : null
  const movePlace = change.kind === 'moved' ? (from?.place ?? null) : change.kind === 'moved-away' ? (to?.place ?? null) : null
  return { before: change.kind === 'moved' ? null : from, after: change.kind === 'moved-away' ? null : to, movePlace }
}

function rowText(document: LibraryDocument, index: number): RowText | null {
  const block = document.blocks[index]
  if (!block) return null
  const place = paragraphPlaces(document.blocks).get(block.id)
  return { text: block.text, heading: block.type === 'heading', place: place !== undefined && place.number !== null ? paragraphLabel(place.number) : '' }
}
