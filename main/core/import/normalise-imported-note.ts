/**
 * The last step of reading an imported note, whichever shape it came in:
 * text and tags cleaned like typed input, and times in the future brought
 * back to now. A note "modified" next year would win every later merge
 * against the user's own edits and sort above everything written since, so
 * its times are clamped, and the preview says which notes had them. A
 * source naming a revision (`…:rev:<n>`, as the JSON export writes for
 * documents with revisions) is stored in its plain form, so a re-imported
 * export matches the notes it came from instead of adding copies.
 */
import { cleanNote } from '../../../shared/notes/note-hygiene'
import { plainDocumentUrn, type Note } from '../../../shared/notes/note-model'

/** A note as it will be imported, and the future time the file gave it, if it did. */
export interface NormalisedNote {
  readonly note: Note
  /** The file's modified (or created) time when it was after `now`; the note now carries `now` instead. */
  readonly futureTime?: string
}

/** Cleans `note`, drops a revision part from its source, and clamps its created and modified times to `now`. */
export function normaliseImportedNote(note: Note, now: Date): NormalisedNote {
  const cleaned = cleanNote(note)
  const source = plainDocumentUrn(cleaned.target.source)
  const clean = source === cleaned.target.source ? cleaned : { ...cleaned, target: { ...cleaned.target, source } }
  const limit = now.getTime()
  const modifiedInFuture = Date.parse(clean.modified) > limit
  const createdInFuture = Date.parse(clean.created) > limit
  if (!modifiedInFuture && !createdInFuture) return { note: clean }
  const stamp = now.toISOString()
  // A created time brought back to now must not leave the note modified before it was created.
  const modified = modifiedInFuture || createdInFuture ? stamp : clean.modified
  return {
    note: { ...clean, created: createdInFuture ? stamp : clean.created, modified },
    futureTime: modifiedInFuture ? clean.modified : clean.created,
  }
}
