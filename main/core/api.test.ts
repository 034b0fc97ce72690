import { afterEach, describe, expect, it, vi } from 'vitest'
import { escapeRegExp } from '../../shared/escape-reg-exp'
import { apiContract, MAX_QUERY_LENGTH, type ApiMethod, type ApiResult, type SearchOutput } from '../../shared/api-contract'
import { ApiFailure } from './api-failure'
import { dispatch, handlers } from './api'
import type { Library } from './library'
import type { ReaderCore } from './reader-core'
import { buildTestCore } from './testing/test-library'
import { SearchService } from './search/search-service'

const core = buildTestCore()

function expectError(result: ApiResult<ApiMethod>, code: string): string {
  if (result.ok) throw new Error(`expected a "${code}" error, got ${JSON.stringify(result.value).slice(0, 200)}`)
  expect(result.error.code).toBe(code)
  expect(result.error.message.length).toBeGreaterThan(0)
  return result.error.message
}

function expectValue<M extends ApiMethod>(method: M, result: ApiResult<ApiMethod>): unknown {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  expect(apiContract[method].output.safeParse(result.value).success).toBe(true)
  return result.value
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('dispatch: successful calls', () => {
  it('has a handler for every contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(apiContract).sort())
  })

  it('app.info returns the core facts', async () => {
    expect(expectValue('app.info', await dispatch(core, 'app.info', {}))).toEqual(core.info)
  })

  it('library.list returns summaries without blocks or text', async () => {
    const value = expectValue('library.list', await dispatch(core, 'library.list', {})) as { documents: Array<Record<string, unknown>> }
    expect(value.documents.map((document) => document['id'])).toEqual(['sample-statement', 'sample-resolution'])
    for (const document of value.documents) {
      expect(document).not.toHaveProperty('blocks')
      expect(document).not.toHaveProperty('plainText')
      expect(document).toHaveProperty('version')
    }
  })

  it('document.get returns the whole document', async () => {
    const value = expectValue('document.get', await dispatch(core, 'document.get', { id: 'sample-statement' })) as {
      document: { id: string; blocks: unknown[] }
    }
    expect(value.document.id).toBe('sample-statement')
    expect(value.document.blocks.length).toBeGreaterThan(0)
  })

  it('search.query returns results grouped by kind, with totals', async () => {
    const value = expectValue('search.query', await dispatch(core, 'search.query', { query: 'Tallinn', limit: 5 })) as SearchOutput
    expect(value.total).toBe(1)
    expect(value.groups.map((group) => group.kind)).toEqual(['document', 'timeline', 'glossary', 'note'])
    const [hit] = value.groups[0]?.results ?? []
    expect(hit?.kind === 'document' && hit.blockId).toBe('about-the-coalition-p1')
  })

  it('search.query fails as user input, with a reason, for a query it cannot read', async () => {
    for (const query of ['title:(', '~~', '"open']) {
      const result = await dispatch(core, 'search.query', { query })
      expect(result.ok, query).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('user-input')
        expect(result.error.message).toContain('could not be read')
      }
    }
  })

  it('accepts a query of exactly the maximum length', async () => {
    const result = await dispatch(core, 'search.query', { query: 'a'.repeat(MAX_QUERY_LENGTH) })
    expect(result.ok).toBe(true)
  })
})

describe('dispatch: bad requests name what is wrong', () => {
  it('rejects an unknown method, including inherited property names', async () => {
    expect(expectError(await dispatch(core, 'no.such.method', {}), 'bad-request')).toBe('Unknown API method "no.such.method".')
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', '']) {
      expectError(await dispatch(core, name, {}), 'bad-request')
    }
  })

  it('cuts a very long unknown method name in its message', async () => {
    const message = expectError(await dispatch(core, 'x'.repeat(10_000), {}), 'bad-request')
    expect(message.length).toBeLessThan(200)
  })

  it('rejects a payload that is not an object', async () => {
    for (const payload of [null, undefined, 'text', 42, true, ['Tallinn']]) {
      const message = expectError(await dispatch(core, 'search.query', payload), 'bad-request')
      expect(message, JSON.stringify(payload)).toContain('Invalid input for search.query: (payload): ')
    }
  })

  it('rejects extra keys', async () => {
    const message = expectError(await dispatch(core, 'search.query', { query: 'Tallinn', sort: 'date' }), 'bad-request')
    expect(message).toContain('sort')
    expect(expectError(await dispatch(core, 'app.info', { verbose: true }), 'bad-request')).toContain('verbose')
  })

  it('rejects wrong types and names the field', async () => {
    const cases: Array<[method: string, payload: unknown, field: string]> = [
      ['search.query', { query: 42 }, 'query'],
      ['search.query', {}, 'query'],
      ['search.query', { query: 'x', limit: '5' }, 'limit'],
      ['search.query', { query: 'x', limit: 0 }, 'limit'],
      ['search.query', { query: 'x', limit: 2.5 }, 'limit'],
      ['search.query', { query: 'x', limit: 201 }, 'limit'],
      ['document.get', { id: 7 }, 'id'],
      ['document.get', { id: '' }, 'id'],
      ['document.get', { id: 'x'.repeat(201) }, 'id'],
    ]
    for (const [method, payload, field] of cases) {
      const message = expectError(await dispatch(core, method, payload), 'bad-request')
      expect(message, JSON.stringify(payload)).toMatch(new RegExp(`^Invalid input for ${escapeRegExp(method)}: ${field}: `))
    }
  })

  it('rejects a query longer than the maximum with a message naming the field and the limit', async () => {
    const message = expectError(await dispatch(core, 'search.query', { query: 'a'.repeat(MAX_QUERY_LENGTH + 1) }), 'bad-request')
    expect(message).toBe(`Invalid input for search.query: query: a search can be at most ${MAX_QUERY_LENGTH} characters`)
  })
})

describe('dispatch: failures from the core', () => {
  it('document.get of an unknown id is not-found', async () => {
    expect(expectError(await dispatch(core, 'document.get', { id: 'no-such-document' }), 'not-found')).toContain('"no-such-document"')
  })

  it('an unreadable query is user-input', async () => {
    expect(expectError(await dispatch(core, 'search.query', { query: '~~' }), 'user-input')).toContain('could not be read')
    expect(expectError(await dispatch(core, 'search.query', { query: 'title:(' }), 'user-input')).toContain('could not be read')
  })

  it('an ApiFailure thrown by a handler keeps its code and message', async () => {
    const failing: ReaderCore = {
      ...core,
      library: { ...core.library, getDocument: () => { throw new ApiFailure('user-input', 'Nope.') } },
    }
    expect(await dispatch(failing, 'document.get', { id: 'x' })).toEqual({ ok: false, error: { code: 'user-input', message: 'Nope.' } })
  })

  it('turns an unexpected error into "internal", logs it and never throws', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const broken: Library = {
      ...core.library,
      getDocument: () => {
        throw new TypeError('disk on fire')
      },
      get documents(): never {
        throw new Error('documents unavailable')
      },
    }
    const failing: ReaderCore = { ...core, library: broken }
    for (const [method, payload] of [
      ['document.get', { id: 'sample-statement' }],
      ['library.list', {}],
    ] as const) {
      const result = await dispatch(failing, method, payload)
      const message = expectError(result, 'internal')
      expect(message).toBe(`${method} failed unexpectedly; the details are in the app's log.`)
      expect(message).not.toContain('disk on fire')
    }
    expect(log).toHaveBeenCalledTimes(2)
    expect(String(log.mock.calls[0]?.[0])).toContain('document.get')
  })

  it('turns an error raised inside a search into "internal" too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const library = {
      ...core.library,
      get index(): never {
        throw new RangeError('index gone')
      },
    }
    const failing: ReaderCore = { ...core, library, search: new SearchService(library, core.notes) }
    await expect(dispatch(failing, 'search.query', { query: 'Tallinn' })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
