/**
 * Bounded work per search: adversarial notes (a 99k-character base64 word,
 * repeated letters, punctuation runs, huge compounds, many distinct terms)
 * and queries (inner wildcards, edit distances on long words, queries as
 * long as the contract allows) each answer, saying when they stopped early,
 * and app.info answers while a heavy search runs, through the real dispatch.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiContract, MAX_QUERY_LENGTH, type SearchOutput } from '../../../shared/api-contract'
import { dispatch } from '../api'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import type { ReaderCore } from '../reader-core'
import { buildTestCore, buildTestLibrary } from '../testing/test-library'
import { MAX_PATTERN_WORDS, SEARCH_TIME_BUDGET_MS, SearchBudget } from './search-budget'
import { SearchService } from './search-service'
import { ADVERSARIAL_QUERIES, adversarialNotes, base64Word } from './testing/adversarial-notes'

/** A generous bound: the budget plus what is built after it, on a loaded two-core machine. */
const ANSWER_BOUND_MS = 5 * SEARCH_TIME_BUDGET_MS

let core: ReaderCore

beforeAll(async () => {
  const library = buildTestLibrary()
  core = buildTestCore(library, { store: createMemoryNotesStore(adversarialNotes(4)) })
  // The notes index is built on the first search.
  await dispatch(core, 'search.query', { query: 'warm' })
}, 120_000)

/** Runs a search through dispatch; returns its output (or null for a query it explains it cannot read) and how long it took. */
async function search(query: string): Promise<{ output: SearchOutput | null; ms: number }> {
  const started = performance.now()
  const result = await dispatch(core, 'search.query', { query })
  const ms = performance.now() - started
  if (!result.ok) {
    expect(result.error.code, `${query.slice(0, 40)}: ${result.error.message}`).toBe('user-input')
    return { output: null, ms }
  }
  expect(apiContract['search.query'].output.safeParse(result.value).success).toBe(true)
  return { output: result.value as SearchOutput, ms }
}

describe('bounded search', () => {
  it('answers every adversarial query, within a few budgets', async () => {
    for (const query of ADVERSARIAL_QUERIES) {
      const { ms } = await search(query)
      expect(ms, query.slice(0, 40)).toBeLessThan(ANSWER_BOUND_MS)
    }
  }, 60_000)

  it('answers any mix of adversarial words', async () => {
    const word = fc.constantFrom('*e*', '*x*', 'e*', '*a*a*a*b', 'ab~2', `${'e'.repeat(64)}~2`, `${base64Word(50)}~1`, 'iVBOR*', '-*o*', 'tags:*a*', '"e e"', 'p1/p2', 'x')
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 12 }), async (words) => {
        const query = words.join(' ').slice(0, MAX_QUERY_LENGTH)
        const { ms } = await search(query)
        expect(ms, query).toBeLessThan(ANSWER_BOUND_MS)
      }),
      { numRuns: 15 },
    )
  }, 120_000)

  it('answers app.info while a heavy search runs', async () => {
    // Words no other test asks for, so no expansion is cached yet.
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    const query = Array.from({ length: 60 }, (_, at) => `*${letters[at % 26]}${letters[(at * 5 + 3) % 26]}*`).join(' ')
    const order: string[] = []
    const heavy = dispatch(core, 'search.query', { query }).then((result) => {
      order.push('search')
      return result
    })
    const info = await dispatch(core, 'app.info', {})
    order.push('app.info')
    const result = await heavy
    expect(info.ok).toBe(true)
    expect(result.ok).toBe(true)
    expect(order).toEqual(['app.info', 'search'])
  }, 30_000)

  it('finds the note holding a 99k-character word by the word’s start, and keeps the text whole', async () => {
    const { output } = await search('iVBORw0KGgo*')
    const note = output?.groups.find((group) => group.kind === 'note')?.results[0]
    expect(note?.kind).toBe('note')
    expect(note?.snippet.text.startsWith('pasted image iVBORw0KGgo')).toBe(true)
    expect(core.notes.list().some((view) => view.note.body.some((body) => body.value.length > 99_000))).toBe(true)
  })
})

describe('SearchBudget in a search', () => {
  const service = () => new SearchService(core.library, core.notes)

  it('says the answer is partial when wildcard words examine more terms than allowed', () => {
    const output = service().search({ query: '*e*' }, new SearchBudget({ timeMs: Number.POSITIVE_INFINITY, maxTermsExamined: 100 }))
    expect(output.partial).toEqual({ reason: 'work' })
  })

  it('leaves out wildcard words past MAX_PATTERN_WORDS, and says so', () => {
    const query = Array.from({ length: MAX_PATTERN_WORDS + 1 }, (_, at) => `q${at}*`).join(' ')
    expect(service().search({ query }, SearchBudget.unlimited()).partial).toEqual({ reason: 'work' })
  })

  it('says the answer is partial when the time budget is spent', () => {
    let now = 0
    // Each look at the clock moves it on, so the budget runs out mid-search.
    const budget = new SearchBudget({ timeMs: 5, maxTermsExamined: Number.POSITIVE_INFINITY, now: () => (now += 1) })
    expect(service().search({ query: '*e* *a*' }, budget).partial).toEqual({ reason: 'time' })
  })

  it('still shows a few results of every kind when the time budget is spent', () => {
    // A clock that moves on at every look, so the budget is spent after its first check (a fixed clock never spends it).
    let now = 0
    const spent = new SearchBudget({ timeMs: 0, maxTermsExamined: Number.POSITIVE_INFINITY, now: () => (now += 1) })
    const whole = service().search({ query: 'Intern*' }, SearchBudget.unlimited())
    const cut = service().search({ query: 'Intern*' }, spent)
    // A prefix query, so the search looks at the clock; the budget was really spent, else this compared two whole answers.
    expect(cut.partial).toEqual({ reason: 'time' })
    for (const group of whole.groups) {
      const shown = cut.groups.find((each) => each.kind === group.kind)?.results.length ?? 0
      expect(shown, `${group.kind} results shown in a cut-short search`).toBeGreaterThanOrEqual(Math.min(3, group.total))
    }
  })

  it('gives a whole answer, without the notice, for an ordinary query', () => {
    const output = service().search({ query: 'Tallinn' })
    expect(output.partial).toBeUndefined()
    expect(output.total).toBeGreaterThan(0)
  })
})
