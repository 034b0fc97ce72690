import { describe, expect, it } from 'vitest'
import type { ApiMethod, ApiResult, ReaderApi } from '../../shared/api-contract'
import { ApiCallError, ApiClient } from './api-client'

const INFO = { name: 'FOC Reader', version: '1.0.0', mode: 'browser' as const, dataDir: '/tmp/notes' }

/** A transport that answers app.info from `reply` and counts the calls. */
function countingTransport(reply: () => Promise<unknown>): ReaderApi & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    call<M extends ApiMethod>(method: M): Promise<ApiResult<M>> {
      calls.push(method)
      return reply() as Promise<ApiResult<M>>
    },
  }
}

describe('ApiClient', () => {
  it('validates replies and reports the core\'s errors with their code', async () => {
    const good = new ApiClient(countingTransport(() => Promise.resolve({ ok: true, value: INFO })))
    await expect(good.request('app.info', {})).resolves.toEqual(INFO)
    const malformed = new ApiClient(countingTransport(() => Promise.resolve({ ok: true, value: { name: 3 } })))
    await expect(malformed.request('app.info', {})).rejects.toMatchObject({ code: 'transport', message: expect.stringContaining('app.info') })
    const failed = new ApiClient(countingTransport(() => Promise.resolve({ ok: false, error: { code: 'not-found', message: 'No such document.' } })))
    await expect(failed.request('app.info', {})).rejects.toEqual(new ApiCallError('not-found', 'No such document.'))
  })

  it('a prefetched call answers the first identical request without asking the core again', async () => {
    const transport = countingTransport(() => Promise.resolve({ ok: true, value: INFO }))
    const client = new ApiClient(transport)
    client.prefetch('app.info', {})
    client.prefetch('app.info', {})
    expect(transport.calls).toEqual(['app.info'])
    await expect(client.request('app.info', {})).resolves.toEqual(INFO)
    expect(transport.calls).toEqual(['app.info'])
    // Taken once: the next request asks afresh.
    await client.request('app.info', {})
    expect(transport.calls).toEqual(['app.info', 'app.info'])
  })

  it('a prefetch that failed is reported to the request that takes it, not before', async () => {
    const client = new ApiClient(countingTransport(() => Promise.reject(new Error('connection refused'))))
    client.prefetch('app.info', {})
    await new Promise((resolve) => setTimeout(resolve, 0))
    await expect(client.request('app.info', {})).rejects.toMatchObject({ code: 'transport', message: expect.stringContaining('connection refused') })
  })
})
