/**
 * Notes the user is writing before the core has created them. "Add note"
 * opens a focused editor at once, while the create call is still on its
 * way, so that nothing typed in that moment is lost; the draft then becomes
 * the note. A draft keeps its key for the rest of the session, so the card
 * the user is typing in stays the same card before and after.
 */
import type { ApiInput, NoteView } from '../../shared/api-contract'

/** Where a draft's create call stands. */
export type NoteDraftState =
  | { readonly phase: 'creating' }
  | { readonly phase: 'failed'; readonly error: string }
  | { readonly phase: 'created'; readonly noteId: string }

/** A note the user asked to add. */
export interface NoteDraft {
  /** Names the draft's card from the first keystroke on, before and after the note exists. */
  readonly key: string
  /** What is asked of the core, kept to try again after a failure. */
  readonly input: ApiInput<'notes.create'>
  /** The passage the note is on, as the user selected it; null for a note on the whole document. */
  readonly quote: string | null
  readonly state: NoteDraftState
}

/** A change to the drafts. */
export type NoteDraftAction =
  | { readonly type: 'start'; readonly draft: NoteDraft }
  | { readonly type: 'created'; readonly key: string; readonly noteId: string }
  | { readonly type: 'failed'; readonly key: string; readonly error: string }
  | { readonly type: 'retry'; readonly key: string }
  | { readonly type: 'discard'; readonly key: string }

/** Applies `action`; answers that arrive for a draft in another phase (or one discarded) change nothing. */
export function noteDraftsReducer(drafts: readonly NoteDraft[], action: NoteDraftAction): readonly NoteDraft[] {
  switch (action.type) {
    case 'start':
      return drafts.some((draft) => draft.key === action.draft.key) ? drafts : [...drafts, action.draft]
    case 'created':
      return replace(drafts, action.key, (draft) => (draft.state.phase === 'creating' ? { ...draft, state: { phase: 'created', noteId: action.noteId } } : draft))
    case 'failed':
      return replace(drafts, action.key, (draft) => (draft.state.phase === 'creating' ? { ...draft, state: { phase: 'failed', error: action.error } } : draft))
    case 'retry':
      return replace(drafts, action.key, (draft) => (draft.state.phase === 'failed' ? { ...draft, state: { phase: 'creating' } } : draft))
    case 'discard':
      // Only a draft whose create failed can go: one on its way may still become a note.
      return drafts.some((draft) => draft.key === action.key && draft.state.phase === 'failed') ? drafts.filter((draft) => draft.key !== action.key) : drafts
  }
}

function replace(drafts: readonly NoteDraft[], key: string, change: (draft: NoteDraft) => NoteDraft): readonly NoteDraft[] {
  let changed = false
  const next = drafts.map((draft) => {
    if (draft.key !== key) return draft
    const updated = change(draft)
    changed ||= updated !== draft
    return updated
  })
  return changed ? next : drafts
}

/** The drafts of one document whose note does not exist yet (being created, or failed), oldest first. */
export function unconfirmedDrafts(drafts: readonly NoteDraft[], documentId: string): NoteDraft[] {
  return drafts.filter((draft) => draft.input.documentId === documentId && draft.state.phase !== 'created')
}

/** The draft each created note came from, by note id. */
export function draftsByNoteId(drafts: readonly NoteDraft[]): ReadonlyMap<string, NoteDraft> {
  const byNote = new Map<string, NoteDraft>()
  for (const draft of drafts) if (draft.state.phase === 'created') byNote.set(draft.state.noteId, draft)
  return byNote
}

/** The note the draft `key` has become, if it has. */
export function draftNoteId(drafts: readonly NoteDraft[], key: string | null): string | null {
  const draft = key === null ? undefined : drafts.find((candidate) => candidate.key === key)
  return draft?.state.phase === 'created' ? draft.state.noteId : null
}

/** The note a draft became, if it did; any other id (or a draft not created yet) is returned as it is. */
export function resolveDraftKey(drafts: readonly NoteDraft[], id: string | null): string | null {
  return draftNoteId(drafts, id) ?? id
}

/**
 * The notes to list: those a filter shows, plus the note being written if
 * the filter would hide it (a new note rarely matches a search yet, and its
 * card must not vanish under the user's typing). Keeps the order of `views`.
 */
export function withNoteBeingWritten(views: readonly NoteView[], shown: readonly NoteView[], noteId: string | null): readonly NoteView[] {
  if (noteId === null || shown.some((view) => view.note.id === noteId)) return shown
  const listed = new Set(shown.map((view) => view.note.id))
  listed.add(noteId)
  return views.filter((view) => listed.has(view.note.id))
}
