import { describe, expect, it } from 'vitest'
import { touchesRevisedDocument, type RevisedNotes } from './revised-notes'

const revised: RevisedNotes = new Map([
  ['my-draft-a1', ['n1', 'n2']],
  ['my-empty-b2', []],
])

describe('whether an export touches a revised document', () => {
  it('holds for all notes, and for one document, only when a revised document has notes', () => {
    expect(touchesRevisedDocument({ scope: 'all' }, revised)).toBe(true)
    expect(touchesRevisedDocument({ scope: 'all' }, new Map([['my-empty-b2', []]]))).toBe(false)
    expect(touchesRevisedDocument({ scope: 'document', documentId: 'my-draft-a1' }, revised)).toBe(true)
    expect(touchesRevisedDocument({ scope: 'document', documentId: 'my-empty-b2' }, revised)).toBe(false)
    expect(touchesRevisedDocument({ scope: 'document', documentId: 'sample-statement' }, revised)).toBe(false)
  })

  it('holds for chosen notes and filters only when one of their notes is on a revised document', () => {
    expect(touchesRevisedDocument({ scope: 'notes', noteIds: ['x', 'n2'] }, revised)).toBe(true)
    expect(touchesRevisedDocument({ scope: 'notes', noteIds: ['x'] }, revised)).toBe(false)
    expect(touchesRevisedDocument({ scope: 'filter', documentId: 'my-draft-a1' }, revised)).toBe(true)
    expect(touchesRevisedDocument({ scope: 'filter', documentId: 'sample-statement' }, revised)).toBe(false)
    expect(touchesRevisedDocument({ scope: 'filter', noteIds: ['n1'] }, revised)).toBe(true)
    expect(touchesRevisedDocument({ scope: 'filter', noteIds: ['y'] }, revised)).toBe(false)
  })
})
