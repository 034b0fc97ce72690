/**
 * How a document's notes sit on its new revision, from their anchors after
 * re-anchoring: on unchanged text (found exactly, or the same words
 * elsewhere), on changed text (similar words: needs review), or lost.
 */
import type { NoteView } from '../../../shared/api-contract'
import type { RevisionNoteCounts } from '../../../shared/added-documents'

/** Counts `notes` by where they sit now; notes on the whole document sit on no passage and are not counted. */
export function countRevisionNotes(notes: readonly NoteView[]): RevisionNoteCounts {
  const counts = { unchanged: 0, needsReview: 0, lost: 0 }
  for (const { anchor } of notes) {
    if (anchor.status === 'exact' || anchor.status === 'moved') counts.unchanged += 1
    else if (anchor.status === 'needs-review') counts.needsReview += 1
    else if (anchor.status === 'orphaned') counts.lost += 1
  }
  return counts
}
