import { describe, expect, it } from 'vitest'
import type { SearchHit, SearchOutput } from '../../../shared/api-contract'
import { createLibrary } from '../library'
import { NotesService } from '../notes/notes-service'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import { parseTestDocuments, SAMPLE_DOCUMENTS, sampleReference } from '../testing/test-library'
import { blockSearchIndex } from './block-index'
import { COMPACT_AFTER } from './notes-index'
import { SearchService } from './search-service'

function setup() {
  const documents = parseTestDocuments(SAMPLE_DOCUMENTS)
  const reference = sampleReference(documents)
  const library = createLibrary(documents, blockSearchIndex(documents, reference), reference)
  const notes = new NotesService(library, createMemoryNotesStore())
  return { library, notes, search: new SearchService(library, notes) }
}

function hits(output: SearchOutput, kind: SearchHit['kind']): SearchHit[] {
  return output.groups.find((group) => group.kind === kind)?.results ?? []
}

describe('SearchService', () => {
  it('groups hits by kind with totals, in a fixed order', () => {
    const { search } = setup()
    const output = search.search({ query: 'Tallinn' })
    expect(output.groups.map((group) => group.kind)).toEqual(['document', 'timeline', 'glossary', 'note'])
    const [hit] = hits(output, 'document')
    expect(hit).toMatchObject({ kind: 'document', blockId: 'about-the-coalition-p1', matchedTerms: ['Tallinn'] })
    expect(hit?.snippet.highlights.map(({ start, end }) => hit.snippet.text.slice(start, end))).toEqual(['Tallinn'])
    expect(output.total).toBe(output.groups.reduce((sum, group) => sum + group.total, 0))
  })

  it('finds symbols whole and in parts', () => {
    const { search } = setup()
    for (const query of ['20/8', '32/13']) {
      const [hit] = hits(search.search({ query }), 'document')
      expect(hit?.matchedTerms, query).toContain(query)
    }
  })

  it('requires every word, and falls back to any word when nothing has them all', () => {
    const { search } = setup()
    const all = search.search({ query: 'Tallinn privacy' })
    expect(all.match).toBe('any')
    expect(all.total).toBeGreaterThan(0)
    expect(search.search({ query: 'Tallinn Agenda' }).match).toBe('all')
  })

  it('falls back to any word on the kinds asked for alone', async () => {
    const { notes, search } = setup()
    await notes.create({ documentId: 'sample-statement', motivation: 'commenting', text: 'Tallinn follow-up' })
    // The documents hold both words, no note does: asked for notes only, the search falls back.
    expect(search.search({ query: 'Tallinn Agenda' }).match).toBe('all')
    const notesOnly = search.search({ query: 'Tallinn Agenda', kinds: ['note'] })
    expect(notesOnly.match).toBe('any')
    expect(hits(notesOnly, 'note')).toHaveLength(1)
  })

  it('confirms quoted phrases against the text', () => {
    const { search } = setup()
    const found = search.search({ query: '"Tallinn Agenda"' })
    const [hit] = hits(found, 'document')
    expect(hit?.matchedTerms[0]).toBe('Tallinn Agenda')
    expect(search.search({ query: '"Agenda Tallinn"' }).total).toBe(0)
  })

  it('turns a query it cannot read into a user-input failure', () => {
    const { search } = setup()
    expect(() => search.search({ query: 'title:(' })).toThrow(/could not be read/)
  })

  it('keeps the notes index in step with create, edit, delete and restore', async () => {
    const { notes, search } = setup()
    const noteHits = (query: string) => hits(search.search({ query }), 'note')
    const created = await notes.create({ documentId: 'sample-statement', range: { start: 0, end: 20 }, motivation: 'commenting', text: 'Ask about zorblax', tags: ['budget'], category: 'question' })
    const id = created.note.id
    expect(noteHits('zorblax').map((hit) => hit.kind === 'note' && hit.noteId)).toEqual([id])

    await notes.update(id, { text: 'Ask about quibble' })
    expect(noteHits('zorblax')).toEqual([])
    expect(noteHits('quibble')).toHaveLength(1)
    expect(noteHits('tags:budget')).toHaveLength(1)

    const deleted = await notes.delete(id)
    expect(noteHits('quibble')).toEqual([])

    await notes.restore(deleted)
    expect(noteHits('quibble')).toHaveLength(1)
  })

  it('filters notes by category, tag and document', async () => {
    const { notes, search } = setup()
    await notes.create({ documentId: 'sample-statement', motivation: 'commenting', text: 'wibble one', tags: ['Budget'], category: 'question' })
    await notes.create({ documentId: 'sample-statement', motivation: 'commenting', text: 'wibble two', tags: ['travel'], category: 'concern' })
    expect(search.search({ query: 'wibble' }).noteTags).toEqual(['Budget', 'travel'])
    expect(hits(search.search({ query: 'wibble', noteCategory: 'concern' }), 'note')).toHaveLength(1)
    expect(hits(search.search({ query: 'wibble', noteTag: 'budget' }), 'note')).toHaveLength(1)
    expect(hits(search.search({ query: 'wibble', documentId: 'no-such-document' }), 'note')).toHaveLength(0)
    const onlyNotes = search.search({ query: 'wibble', kinds: ['document'] })
    expect(onlyNotes.groups.find((group) => group.kind === 'note')).toMatchObject({ total: 2, results: [] })
  })

  it('counts every match and shows the best `limit` of them, best first, as a full ranking orders them', async () => {
    const { notes, search } = setup()
    for (let index = 1; index <= 30; index++) {
      await notes.create({ documentId: 'sample-statement', motivation: 'commenting', text: `${'wibble '.repeat(index % 7)}note ${index} ${'filler '.repeat(index % 5)}` })
    }
    const few = search.search({ query: 'wibble', limit: 5 })
    const all = search.search({ query: 'wibble', limit: 200 })
    const group = (output: SearchOutput) => output.groups.find((each) => each.kind === 'note')
    expect(group(few)?.total).toBe(group(all)?.total)
    expect(group(all)?.results.length).toBe(group(all)?.total)
    const scores = group(all)?.results.map((hit) => hit.score) ?? []
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(group(few)?.results.map((hit) => hit.score)).toEqual(scores.slice(0, 5))
  })

  it('stays correct across a rebuild of the notes index base', async () => {
    const { notes, search } = setup()
    const first = await notes.create({ documentId: 'sample-statement', motivation: 'commenting', text: 'keeper' })
    const template = search.notesIndex.get(first.note.id)
    if (!template) throw new Error('the note is not indexed')
    for (let index = 0; index <= COMPACT_AFTER; index++) search.notesIndex.put({ ...template, id: `filler-${index}`, text: 'filler' })
    search.notesIndex.compact()
    await notes.update(first.note.id, { text: 'changed' })
    expect(hits(search.search({ query: 'keeper' }), 'note')).toEqual([])
    expect(hits(search.search({ query: 'changed' }), 'note')).toHaveLength(1)
  })
})
