/** How the Compare view names a text: an added document that has earlier revisions says which revision its current text is. */
import type { DocumentSummary } from '../../shared/document-model'

/** "<title> (<label>)" for the current text of a document with earlier revisions; otherwise its title (an earlier revision's title already names its label). */
export function textTitle(document: Pick<DocumentSummary, 'title' | 'added'>): string {
  const added = document.added
  return added?.earlierRevisions?.length ? `${document.title} (${added.revision?.label ?? 'current'})` : document.title
}
