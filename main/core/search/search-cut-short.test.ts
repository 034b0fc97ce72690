/**
 * A search cut short by its time budget, over the real bundled content: the
 * timeline and the glossary (a few dozen entries) are still listed whole, so
 * "privacy" on a loaded laptop still shows all three General Assembly
 * privacy resolutions.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildLibrary } from '../../../scripts/content/build-library'
import { createLibrary, type Library } from '../library'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import { NotesService } from '../notes/notes-service'
import { loadBlockIndex } from './block-index'
import { SearchBudget } from './search-budget'
import { SearchService } from './search-service'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
let library: Library

beforeAll(async () => {
  const built = await buildLibrary(path.join(repoRoot, 'content'), repoRoot)
  const { documents, timeline, glossary, editorial } = built.library
  library = createLibrary(documents, loadBlockIndex(JSON.parse(built.indexText) as unknown, { verified: true }), { timeline, glossary, editorial })
})

describe('a search cut short by its time budget', () => {
  it('still lists every matching timeline entry and glossary term', () => {
    const service = new SearchService(library, new NotesService(library, createMemoryNotesStore([])))
    // A clock that moves on at every look: the budget is spent after its first check.
    const spent = () => {
      let clock = 0
      return new SearchBudget({ timeMs: 0, maxTermsExamined: Number.POSITIVE_INFINITY, now: () => (clock += 1) })
    }
    for (const query of ['privacy', 'Internet', 'human rights']) {
      const whole = service.search({ query }, SearchBudget.unlimited())
      const cut = service.search({ query }, spent())
      for (const kind of ['timeline', 'glossary'] as const) {
        const titles = (output: typeof whole) => output.groups.find((group) => group.kind === kind)?.results.map((result) => result.title) ?? []
        expect(titles(cut), `${kind} results for "${query}"`).toEqual(titles(whole))
      }
    }
    const privacy = service.search({ query: 'privacy' }, spent()).groups.find((group) => group.kind === 'timeline')?.results.map((result) => result.title) ?? []
    expect(privacy.filter((title) => /UNGA (68\/167|69\/166|71\/199)/.test(title))).toHaveLength(3)
  })
})
