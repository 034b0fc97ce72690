/** Human labels for document facts shown in the library and reader. */
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../shared/document-model'

/** "Joint statement", "Resolution", … */
export function kindLabel(kind: DocumentKind): string {
  return DOCUMENT_KIND_LABELS[kind]
}
