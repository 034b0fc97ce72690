import { describe, expect, it } from 'vitest'
import { revisionAddedStatus } from './revision-added-status'

const document = {
  id: 'my-draft-abcdef',
  title: 'Draft',
  kind: 'draft' as const,
  date: '2026-12-06',
  issuingBody: 'Added by you',
  version: '0123456789abcdef',
  added: { addedAt: '2026-12-06T01:00:00.000Z', fileName: 'rev2.md', format: 'markdown' as const, revision: { number: 2, label: 'Rev. 2' } },
}
const previous = { number: 1, label: 'Rev. 1', id: 'my-draft-abcdef--rev-1', addedAt: '2026-12-06T01:00:00.000Z' }

describe('revisionAddedStatus', () => {
  it('counts the notes and links to the comparison with the previous revision', () => {
    const status = revisionAddedStatus({ document, previous, notes: { unchanged: 2, needsReview: 1, lost: 0 } })
    expect(status.message).toBe('Rev. 2 added: 2 of your notes are on unchanged text, 1 needs review, 0 lost their passage.')
    expect(status.link).toEqual({ href: '#/compare/my-draft-abcdef--rev-1/my-draft-abcdef', text: 'Compare with Rev. 1' })
  })

  it('speaks of one note in the singular', () => {
    const status = revisionAddedStatus({ document, previous, notes: { unchanged: 1, needsReview: 2, lost: 1 } })
    expect(status.message).toBe('Rev. 2 added: 1 of your notes is on unchanged text, 2 need review, 1 lost its passage.')
  })
})
