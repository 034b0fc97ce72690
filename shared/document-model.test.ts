import { describe, expect, it } from 'vitest'
import { earlierRevisionTitle, parseRevisionDocumentId, revisionDocumentId, textsWithEarlierRevisions, type DocumentSummary } from './document-model'

describe('textsWithEarlierRevisions', () => {
  it('names each earlier revision "<title> (<label>)", before the document it belongs to', () => {
    const added = { addedAt: '2026-01-01T00:00:00.000Z', fileName: 'l7.md', format: 'markdown' } as const
    const documents = [
      { id: 'statement', title: 'Joint Statement' },
      {
        id: 'my-l7',
        title: 'Draft L.7',
        added: { ...added, revision: { number: 2, label: 'Rev. 2' }, earlierRevisions: [{ number: 1, label: 'A/CONF/L.7', id: 'my-l7--rev-1', addedAt: added.addedAt }] },
      },
    ] as unknown as DocumentSummary[]
    expect(textsWithEarlierRevisions(documents)).toEqual([
      { id: 'statement', title: 'Joint Statement' },
      { id: 'my-l7--rev-1', title: 'Draft L.7 (A/CONF/L.7)' },
      { id: 'my-l7', title: 'Draft L.7' },
    ])
  })
})

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

describe('earlierRevisionTitle', () => {
  const draft = {
    id: 'my-draft',
    title: 'Draft L.7',
    added: { earlierRevisions: [{ id: 'my-draft--rev-1', number: 1, label: 'Rev.1 (L.7)', addedAt: '2026-12-01T10:00:00.000Z' }] },
  } as unknown as DocumentSummary
  const lookup = (id: string) => (id === 'my-draft' ? draft : undefined)

  it('names a listed earlier revision "<title> (<label>)"', () => {
    expect(earlierRevisionTitle('my-draft--rev-1', lookup)).toBe('Draft L.7 (Rev.1 (L.7))')
  })

  it('names nothing for a revision not listed, a document not known, or another id', () => {
    expect(earlierRevisionTitle('my-draft--rev-2', lookup)).toBeUndefined()
    expect(earlierRevisionTitle('my-other--rev-1', lookup)).toBeUndefined()
    expect(earlierRevisionTitle('my-draft', lookup)).toBeUndefined()
  })
})
