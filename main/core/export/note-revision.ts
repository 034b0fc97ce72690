/**
 * Which revision of an added document a note belongs to, for the exports.
 * A note's target.state names the content version of the text it was made
 * (or last accepted) on; that version is matched against the document's
 * current text and its earlier revisions. A note made on an earlier
 * revision and carried to the current one says both; a note whose source
 * names an earlier revision itself ("<id>--rev-<n>", kept on the old text)
 * belongs to that revision alone. Documents without revisions get no mark.
 */
import type { NoteView } from '../../../shared/api-contract'
import { defaultRevisionLabel, parseRevisionDocumentId, type LibraryDocument } from '../../../shared/document-model'
import { documentIdFromUrn, versionFromUrn } from '../../../shared/notes/note-model'
import type { Library } from '../library'

/** The earlier revisions an export has read from disk, by revision id ("<id>--rev-<n>"). */
export type EarlierTexts = ReadonlyMap<string, LibraryDocument>

/** A revision's number and the label the user gave it. */
export interface RevisionName {
  readonly number: number
  readonly label: string
}

/** The revision a note belongs to. */
export interface NoteRevision extends RevisionName {
  /** The current revision a note made on an earlier one was carried to; null when it is on the current text, or kept on an earlier one. */
  readonly carriedTo: RevisionName | null
  /** The added document (its current id) the revision is of. */
  readonly documentId: string
}

/** The current revision of an added document that has earlier ones; null for any other document. */
export function currentRevision(document: LibraryDocument | undefined): RevisionName | null {
  const added = document?.added
  if (!added || (added.earlierRevisions?.length ?? 0) === 0) return null
  const number = added.revision?.number ?? 1
  return { number, label: added.revision?.label ?? defaultRevisionLabel(number) }
}

/** The revision `view`'s note belongs to; null when its document has no revisions (or is not in the library). */
export function noteRevision(view: NoteView, library: Library, earlier: EarlierTexts): NoteRevision | null {
  const id = documentIdFromUrn(view.note.target.source) ?? ''
  const kept = parseRevisionDocumentId(id)
  if (kept) {
    const parent = library.getDocument(kept.documentId)
    const listed = parent?.added?.earlierRevisions?.find((revision) => revision.id === id)
    return listed ? { number: listed.number, label: listed.label, carriedTo: null, documentId: kept.documentId } : null
  }
  const document = library.getDocument(id)
  const current = currentRevision(document)
  if (!document || !current) return null
  const version = versionFromUrn(view.note.target.state)
  if (version === null || version === document.version) return { ...current, carriedTo: null, documentId: id }
  const madeOn = document.added?.earlierRevisions?.find((revision) => earlier.get(revision.id)?.version === version)
  // A version none of the revisions has (one that could not be read): the note is on the current text, as shown.
  if (!madeOn) return { ...current, carriedTo: null, documentId: id }
  return { number: madeOn.number, label: madeOn.label, carriedTo: current, documentId: id }
}

/** The mark an export prints: "Rev. 2", or "Rev. 2 (made on Rev. 1)" for a note carried across. */
export function revisionMark(revision: NoteRevision): string {
  return revision.carriedTo ? `${revision.carriedTo.label} (made on ${revision.label})` : revision.label
}

/**
 * Reads the earlier revisions of the added documents in `documentIds` with
 * `read` (the documents service's revision reader); one that cannot be read
 * is left out, so the export still goes ahead without its marks.
 */
export async function readEarlierTexts(documentIds: Iterable<string>, library: Library, read: (id: string) => Promise<LibraryDocument | undefined>): Promise<EarlierTexts> {
  const texts = new Map<string, LibraryDocument>()
  for (const documentId of new Set(documentIds)) {
    const parentId = parseRevisionDocumentId(documentId)?.documentId ?? documentId
    for (const revision of library.getDocument(parentId)?.added?.earlierRevisions ?? []) {
      if (texts.has(revision.id)) continue
      const text = await read(revision.id).catch(() => undefined)
      if (text) texts.set(revision.id, text)
    }
  }
  return texts
}
