/** Human labels for document facts shown in the library and reader. */
import type { DocumentKind } from '../../shared/document-model'

const KIND_LABELS: Record<DocumentKind, string> = {
  statement: 'Joint statement',
  declaration: 'Declaration',
  resolution: 'Resolution',
  reference: 'Reference',
}

/** "Joint statement", "Resolution", … */
export function kindLabel(kind: DocumentKind): string {
  return KIND_LABELS[kind]
}
