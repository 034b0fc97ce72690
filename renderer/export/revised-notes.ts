/**
 * Whether an export's notes touch an added document with more than one
 * revision, so the briefing can offer "Changes in the latest revision that
 * touch my notes". Worked out from the library list and the notes on those
 * documents; a filter by category or tag is not re-applied here, so the
 * choice may show for a filter that holds none of them (the briefing then
 * simply has no such section).
 */
import type { ApiClient } from '../api-client/api-client'
import type { ExportSelection } from '../../shared/export-model'

/** The ids of the notes on each added document that has earlier revisions, by document id. */
export type RevisedNotes = ReadonlyMap<string, readonly string[]>

/** Asks the core for the revised documents and their notes. */
export async function loadRevisedNotes(client: ApiClient): Promise<RevisedNotes> {
  const { documents } = await client.request('library.list', {})
  const revised = documents.filter((document) => (document.added?.earlierRevisions?.length ?? 0) > 0)
  const entries = await Promise.all(
    revised.map(async (document): Promise<[string, string[]]> => {
      const { notes } = await client.request('notes.list', { documentId: document.id })
      return [document.id, notes.map((view) => view.note.id)]
    }),
  )
  return new Map(entries)
}

/** Whether `selection` holds a note on a revised document. */
export function touchesRevisedDocument(selection: ExportSelection, revised: RevisedNotes): boolean {
  const notesOf = (documentId: string | undefined): string[] => (documentId === undefined ? [...revised.values()].flat() : [...(revised.get(documentId) ?? [])])
  switch (selection.scope) {
    case 'all':
      return notesOf(undefined).length > 0
    case 'document':
      return notesOf(selection.documentId).length > 0
    case 'notes': {
      const ids = new Set(notesOf(undefined))
      return selection.noteIds.some((id) => ids.has(id))
    }
    case 'filter': {
      const candidates = notesOf(selection.documentId)
      if (selection.noteIds === undefined) return candidates.length > 0
      const ids = new Set(candidates)
      return selection.noteIds.some((id) => ids.has(id))
    }
  }
}
