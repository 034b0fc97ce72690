import { describe, expect, it } from 'vitest'
import { parseRevisionDocumentId, revisionDocumentId } from './document-model'

describe('revision document ids', () => {
  it('reads back the document and number a revision id was made from', () => {
    expect(parseRevisionDocumentId(revisionDocumentId('my-draft-l7', 2))).toEqual({ documentId: 'my-draft-l7', number: 2 })
    // An id may itself hold "--rev-": only the last one names the revision.
    expect(parseRevisionDocumentId('my-a--rev-b--rev-12')).toEqual({ documentId: 'my-a--rev-b', number: 12 })
  })

  it('names no revision for any other id', () => {
    for (const id of ['my-draft', 'my-draft--rev-0', 'my-draft--rev-', '--rev-3', 'my-draft--rev-3x', 'my-draft--rev-1234567']) {
      expect(parseRevisionDocumentId(id), id).toBeNull()
    }
  })
})
