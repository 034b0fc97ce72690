import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHttpTransport, KEEPALIVE_MAX_BODY } from './http-transport'

function answering(): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: {} }), { status: 200 }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function initOf(fetchMock: ReturnType<typeof vi.fn>): RequestInit {
  return (fetchMock.mock.calls[0] as [string, RequestInit])[1]
}

describe('createHttpTransport', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('sends a small write with keepalive, so the place saved as the tab closes still arrives', async () => {
    const fetchMock = answering()
    await createHttpTransport('token').call('reading.setPosition', { documentId: 'statement', position: { blockId: 'p-2', offset: 40 } })
    expect(initOf(fetchMock)).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' })
    expect(fetchMock.mock.calls[0]?.[0]).toBe('./api/reading.setPosition')
  })

  it('sends a large body without keepalive, which browsers cap at 64 KB in flight', async () => {
    const fetchMock = answering()
    await createHttpTransport('token').call('documents.add', { fileName: 'draft.md', mediaType: 'text/markdown', bytesBase64: 'A'.repeat(KEEPALIVE_MAX_BODY), kind: 'draft' })
    expect(initOf(fetchMock).keepalive).toBe(false)
  })
})
