/**
 * Checks a library file's cross-references, which its schema cannot: ids
 * unique within their kind, every id that is referred to present, and every
 * editorial annotation's selectors matching its document's text. The content
 * pipeline runs this on what it builds, and the app on what it loads.
 */
import { CodePointIndex } from './anchoring/code-points'
import type { LibraryFile } from './document-model'

/** Every problem found, one sentence each; empty when the file is consistent. */
export function findLibraryProblems(file: LibraryFile): string[] {
  const problems: string[] = []
  const duplicates = (kind: string, ids: readonly string[]): void => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${kind} id "${id}" is used more than once`)
      seen.add(id)
    }
  }
  duplicates('document', file.documents.map((document) => document.id))
  duplicates('timeline entry', file.timeline.map((entry) => entry.id))
  duplicates('glossary term', file.glossary.map((term) => term.id))
  duplicates('editorial annotation', file.editorial.map((annotation) => annotation.id))

  const documents = new Map(file.documents.map((document) => [document.id, document]))
  const entryIds = new Set(file.timeline.map((entry) => entry.id))
  const termIds = new Set(file.glossary.map((term) => term.id))
  const annotations = new Map(file.editorial.map((annotation) => [annotation.id, annotation]))
  const texts = new Map<string, CodePointIndex>()
  const textOf = (documentId: string): CodePointIndex | undefined => {
    const document = documents.get(documentId)
    if (!document) return undefined
    let index = texts.get(documentId)
    if (!index) texts.set(documentId, (index = new CodePointIndex(document.plainText)))
    return index
  }

  for (const entry of file.timeline) {
    if (!documents.has(entry.documentId)) {
      problems.push(`timeline entry "${entry.id}": its document "${entry.documentId}" is not in the library`)
    }
    for (const citation of entry.citedIn) {
      const annotation = annotations.get(citation.annotationId)
      if (!annotation || annotation.kind !== 'citation' || annotation.entryId !== entry.id) {
        problems.push(`timeline entry "${entry.id}": cited-in annotation "${citation.annotationId}" is not a citation of this entry`)
      } else if (annotation.documentId !== citation.documentId || annotation.blockId !== citation.blockId || annotation.selector[0].exact !== citation.quote) {
        problems.push(`timeline entry "${entry.id}": cited-in passage differs from annotation "${citation.annotationId}"`)
      }
    }
  }
  for (const term of file.glossary) {
    for (const id of term.seeAlso ?? []) {
      if (!entryIds.has(id)) problems.push(`glossary term "${term.id}": see-also entry "${id}" does not exist`)
    }
  }
  for (const annotation of file.editorial) {
    const where = `editorial annotation "${annotation.id}"`
    if (annotation.kind === 'citation' && !entryIds.has(annotation.entryId)) {
      problems.push(`${where}: timeline entry "${annotation.entryId}" does not exist`)
    }
    if (annotation.kind === 'glossary' && !termIds.has(annotation.termId)) {
      problems.push(`${where}: glossary term "${annotation.termId}" does not exist`)
    }
    const document = documents.get(annotation.documentId)
    const index = textOf(annotation.documentId)
    if (!document || !index) {
      problems.push(`${where}: document "${annotation.documentId}" is not in the library`)
      continue
    }
    const block = document.blocks.find((each) => each.id === annotation.blockId)
    const [quote, position] = annotation.selector
    if (!block) {
      problems.push(`${where}: block "${annotation.blockId}" is not in document "${annotation.documentId}"`)
    } else if (position.start < block.range.start || position.end > block.range.end) {
      problems.push(`${where}: its position is outside block "${annotation.blockId}"`)
    }
    if (index.slice(position.start, position.end) !== quote.exact) {
      problems.push(`${where}: the text at its position is not its quote "${quote.exact}"`)
    }
  }
  return problems
}
