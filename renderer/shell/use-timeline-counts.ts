/** What the timeline shows beside its entries: the user's notes per document, titles, and the statement. */
import { useMemo } from 'react'
import type { NoteView } from '../../shared/api-contract'
import type { DocumentSummary } from '../../shared/document-model'
import { documentIdFromUrn } from '../../shared/notes/note-model'

/** The timeline's view of the library and the notes. */
export interface TimelineCounts {
  readonly noteCounts: ReadonlyMap<string, number>
  readonly documentTitles: ReadonlyMap<string, string>
  readonly statementId: string | null
}

/** Counts notes per document and names the library's documents. */
export function useTimelineCounts(documents: readonly DocumentSummary[], views: readonly NoteView[]): TimelineCounts {
  const noteCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const view of views) {
      const id = documentIdFromUrn(view.note.target.source)
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    return counts
  }, [views])
  const documentTitles = useMemo(() => new Map(documents.map((summary) => [summary.id, summary.title])), [documents])
  const statementId = documents.find((summary) => summary.kind === 'statement')?.id ?? null
  return { noteCounts, documentTitles, statementId }
}
