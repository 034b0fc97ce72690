import { describe, expect, it } from 'vitest'
import { textsWithEarlierRevisions, type DocumentSummary } from './document-model'

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
