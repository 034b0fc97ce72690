/**
 * A document's notes as they sit on its current revision, from their
 * re-anchoring statuses: on unchanged text (found exactly, or the same
 * words elsewhere), on changed text (similar words found: the note's quote
 * is the old wording, the passage found now the new), or lost their passage.
 * Notes on the whole document sit on no passage and are left out.
 */
import type { NoteView } from '../../shared/api-contract'
import { documentIdFromUrn } from '../../shared/notes/note-model'
import { wordRuns, type WordRun } from '../../shared/revisions/word-runs'

/** A note on changed text, with the words that changed under it. */
export interface ChangedNote {
  readonly view: NoteView
  /** What the note quotes: the passage as it read when the note was made (or last accepted). */
  readonly before: string
  /** The passage found in its place now. */
  readonly after: string
  /** The words deleted and inserted between the two. */
  readonly runs: readonly WordRun[]
}

/** The notes of one document, grouped by where they sit now. */
export interface RevisionNotes {
  readonly unchanged: readonly NoteView[]
  readonly changed: readonly ChangedNote[]
  readonly lost: readonly NoteView[]
}

/** Groups the notes of `documentId` among `views` (any order kept). */
export function revisionNotes(views: readonly NoteView[], documentId: string): RevisionNotes {
  const unchanged: NoteView[] = []
  const changed: ChangedNote[] = []
  const lost: NoteView[] = []
  for (const view of views) {
    if (documentIdFromUrn(view.note.target.source) !== documentId) continue
    const status = view.anchor.status
    if (status === 'exact' || status === 'moved') unchanged.push(view)
    else if (status === 'orphaned') lost.push(view)
    else if (status === 'needs-review') {
      const before = quoteOf(view)
      const after = view.anchor.currentText ?? ''
      changed.push({ view, before, after, runs: wordRuns(before, after) })
    }
  }
  return { unchanged, changed, lost }
}

/** The passage a note quotes ('' for a note on the whole document). */
export function quoteOf(view: NoteView): string {
  return view.note.target.selector?.[0].exact ?? ''
}
