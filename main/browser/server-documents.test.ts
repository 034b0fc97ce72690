import { describe, expect, it } from 'vitest'
import { MAX_DOCUMENT_BYTES } from '../../shared/added-documents'
import { bodyLimitFor, MAX_BODY_BYTES, MAX_DOCUMENT_BODY_BYTES } from './server'

describe('body limits', () => {
  it('lets documents.add carry a 50 MB file as base64 in JSON, and only that method', () => {
    const envelope = JSON.stringify({ fileName: 'x'.repeat(255), mediaType: 'y'.repeat(200), bytesBase64: '', kind: 'position-paper' }).length
    expect(bodyLimitFor('documents.add')).toBe(MAX_DOCUMENT_BODY_BYTES)
    expect(MAX_DOCUMENT_BODY_BYTES).toBeGreaterThanOrEqual(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + envelope)
    expect(bodyLimitFor('notes.importPreview')).toBe(MAX_BODY_BYTES)
    expect(bodyLimitFor('search.query')).toBe(MAX_BODY_BYTES)
  })
})
