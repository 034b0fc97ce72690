import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiContract, type ApiInput, type ApiMethod, type ApiOutput, type ApiResult, type NoteView } from '../../shared/api-contract'
import type { LibraryDocument } from '../../shared/document-model'
import { MAX_IMPORT_CHOICES } from '../../shared/import-model'
import { documentUrn, MAX_NOTE_BODY, MAX_QUOTE_LENGTH, MAX_TAGS, noteContent, versionUrn, type Note } from '../../shared/notes/note-model'
import { dispatch } from './api'
import type { Library } from './library'
import { NotesStoreError, type NotesStore } from './notes/notes-store'
import { createMemoryNotesStore } from './notes/testing/memory-notes-store'
import { makeNote } from './notes/testing/note-fixtures'
import type { ReaderCore } from './reader-core'
import { buildTestCore, buildTestLibrary, type TestDocumentSpec } from './testing/test-library'

const STATEMENT = 'sample-statement'
const RESOLUTION = 'sample-resolution'
const MISSING_ID = 'urn:uuid:00000000-0000-4000-8000-00000000dead'

/** A core over `library` and `store`, with a clock the test moves by hand. */
function makeCore(options: { library?: Library; store?: NotesStore } = {}) {
  const library = options.library ?? buildTestLibrary()
  const store = options.store ?? createMemoryNotesStore()
  let time = Date.UTC(2024, 4, 1, 9, 0, 0)
  const clock = {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms
    },
    set: (ms: number) => {
      time = ms
    },
  }
  const core: ReaderCore = buildTestCore(library, { store, now: clock.now })
  const call = <M extends ApiMethod>(method: M, input: ApiInput<M> | Record<string, unknown>) => dispatch(core, method, input)
  /** Calls `method`, expects success and a value matching the contract's output schema. */
  const ok = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await call(method, input)
    if (!result.ok) throw new Error(`expected ${method} to succeed, got ${result.error.code}: ${result.error.message}`)
    const parsed = apiContract[method].output.safeParse(result.value)
    expect(parsed.success, `${method} output matches the contract`).toBe(true)
    return result.value as ApiOutput<M>
  }
  return { core, library, store, clock, call, ok }
}

/** Expects a failed call with `code` and a message; returns the message. */
function expectError(result: ApiResult<ApiMethod>, code: string): string {
  if (result.ok) throw new Error(`expected a "${code}" error, got ${JSON.stringify(result.value).slice(0, 300)}`)
  expect(result.error.code).toBe(code)
  expect(result.error.message.trim().length).toBeGreaterThan(10)
  return result.error.message
}

function documentOf(library: Library, id: string): LibraryDocument {
  const document = library.getDocument(id)
  if (!document) throw new Error(`no document ${id}`)
  return document
}

/** [start, end) in code points of `phrase` in the document's plain text. */
function rangeOf(document: LibraryDocument, phrase: string): { start: number; end: number } {
  const at = document.plainText.indexOf(phrase)
  if (at < 0) throw new Error(`"${phrase}" not in ${document.id}`)
  const start = [...document.plainText.slice(0, at)].length
  return { start, end: start + [...phrase].length }
}

function ids(views: readonly NoteView[]): string[] {
  return views.map((view) => view.note.id)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('notes.create', () => {
  it('creates a highlight whose selectors come from the document text', async () => {
    const { ok, library, clock } = makeCore()
    const document = documentOf(library, STATEMENT)
    const range = rangeOf(document, 'accountability and transparency')
    const { note } = await ok('notes.create', { documentId: STATEMENT, range, motivation: 'highlighting', category: 'key-point' })
    expect(note.note.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(note.note.created).toBe(clock.now().toISOString())
    expect(note.note.modified).toBe(note.note.created)
    expect(note.note.motivation).toBe('highlighting')
    expect(note.note.target).toEqual({
      source: documentUrn(STATEMENT),
      state: versionUrn(document.version),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'accountability and transparency',
          prefix: 'sting\n\nWe recognise the importance of '.slice(-32),
          suffix: '.\n\nAbout the Coalition\n\nThe mission'.slice(0, 32),
        },
        { type: 'TextPositionSelector', ...range },
      ],
    })
    expect(note.anchor).toEqual({ status: 'exact', ...range, blockId: 'intro-p1', place: expect.stringMatching(/¶\d+$/) })
  })

  it('counts the range in code points past astral characters', async () => {
    const spec: TestDocumentSpec = { id: 'astral', title: 'Astral', body: '😀😀😀 first.\n\nThe passage follows.' }
    const { ok } = makeCore({ library: buildTestLibrary([spec]) })
    // "The passage" starts at code point 12 (UTF-16 offset 15).
    const { note } = await ok('notes.create', { documentId: 'astral', range: { start: 12, end: 23 }, motivation: 'highlighting' })
    expect(note.note.target.selector?.[0]).toMatchObject({ exact: 'The passage', prefix: '😀😀😀 first.\n\n', suffix: ' follows.' })
    expect(note.anchor).toMatchObject({ status: 'exact', start: 12, end: 23 })
  })

  it('creates a note on the whole document: no selector, anchor "document"', async () => {
    const { ok } = makeCore()
    const { note } = await ok('notes.create', { documentId: RESOLUTION, motivation: 'commenting', text: 'Overall view' })
    expect(note.note.target.selector).toBeUndefined()
    expect(note.anchor).toEqual({ status: 'document' })
  })

  it('accepts a selection across two paragraphs and anchors it exactly', async () => {
    const { ok, library } = makeCore()
    const document = documentOf(library, RESOLUTION)
    const range = { start: rangeOf(document, 'including the right').start, end: rangeOf(document, 'Operative').end }
    const { note } = await ok('notes.create', { documentId: RESOLUTION, range, motivation: 'highlighting' })
    expect(note.note.target.selector?.[0].exact).toBe('including the right to privacy.\n\nOperative')
    expect(note.anchor).toEqual({ status: 'exact', ...range, blockId: 'preamble-p1', place: expect.stringMatching(/¶\d+$/) })
  })

  it('cleans the text (CRLF, control characters) and keeps markup verbatim', async () => {
    const { ok } = makeCore()
    const text = 'a\r\nb\u0000c\u001bd\te\n<img src=x onerror=alert(1)>'
    const { note } = await ok('notes.create', { documentId: STATEMENT, motivation: 'commenting', text })
    expect(noteContent(note.note).text).toBe('a\nbcd\te\n<img src=x onerror=alert(1)>')
  })

  it('cleans the tags: trimmed, case-insensitive duplicates and empty ones dropped', async () => {
    const { ok } = makeCore()
    const { note } = await ok('notes.create', { documentId: STATEMENT, motivation: 'commenting', tags: [' ITU ', 'itu', '', '  ', 'Rights', 'RIGHTS '] })
    expect(noteContent(note.note).tags).toEqual(['ITU', 'Rights'])
  })

  it('accepts exactly the most tags and the longest body', async () => {
    const { ok } = makeCore()
    const tags = Array.from({ length: MAX_TAGS }, (_, i) => `tag ${i}`)
    const { note } = await ok('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'x'.repeat(MAX_NOTE_BODY), tags, category: 'concern' })
    expect(noteContent(note.note).tags).toHaveLength(MAX_TAGS)
    expect(noteContent(note.note).text).toHaveLength(MAX_NOTE_BODY)
  })

  it('refuses a range past the end of the document as user input', async () => {
    const { call, library, core } = makeCore()
    const length = [...documentOf(library, RESOLUTION).plainText].length
    const message = expectError(await call('notes.create', { documentId: RESOLUTION, range: { start: 5, end: length + 1 }, motivation: 'highlighting' }), 'user-input')
    expect(message).toContain(`${length} characters`)
    expect(core.notes.list()).toEqual([])
  })

  it('refuses a whitespace-only selection as user input', async () => {
    const { call, library, core } = makeCore()
    const document = documentOf(library, RESOLUTION)
    const heading = rangeOf(document, 'Preamble')
    const separator = { start: heading.end, end: heading.end + 2 }
    expectError(await call('notes.create', { documentId: RESOLUTION, range: separator, motivation: 'highlighting' }), 'user-input')
    expect(core.notes.list()).toEqual([])
  })

  it('refuses an empty or inverted range as a bad request naming the field', async () => {
    const { call } = makeCore()
    const empty = expectError(await call('notes.create', { documentId: RESOLUTION, range: { start: 4, end: 4 }, motivation: 'highlighting' }), 'bad-request')
    expect(empty).toContain('range.end')
    expectError(await call('notes.create', { documentId: RESOLUTION, range: { start: 9, end: 4 }, motivation: 'highlighting' }), 'bad-request')
    const negative = expectError(await call('notes.create', { documentId: RESOLUTION, range: { start: -1, end: 4 }, motivation: 'highlighting' }), 'bad-request')
    expect(negative).toContain('range.start')
    expectError(await call('notes.create', { documentId: RESOLUTION, range: { start: 0.5, end: 4 }, motivation: 'highlighting' }), 'bad-request')
  })

  it('refuses a selection over 20,000 characters as user input', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}. ${'Words about internet freedom and the coalition. '.repeat(12).trim()}`)
    const { call, ok } = makeCore({ library: buildTestLibrary([{ id: 'long', title: 'Long', body: paragraphs.join('\n\n') }]) })
    const message = expectError(await call('notes.create', { documentId: 'long', range: { start: 0, end: MAX_QUOTE_LENGTH + 1 }, motivation: 'highlighting' }), 'user-input')
    expect(message).toContain('20,000')
    const { note } = await ok('notes.create', { documentId: 'long', range: { start: 1, end: MAX_QUOTE_LENGTH + 1 }, motivation: 'highlighting' })
    expect(note.anchor.status).toBe('exact')
  })

  it('refuses a 1 MB note body as a bad request naming `text`', async () => {
    const { call, core } = makeCore()
    const message = expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'x'.repeat(1024 * 1024) }), 'bad-request')
    expect(message).toMatch(/\btext\b/)
    expect(message).toContain('100,000')
    expect(message.length).toBeLessThan(500)
    expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'x'.repeat(MAX_NOTE_BODY + 1) }), 'bad-request')
    expect(core.notes.list()).toEqual([])
  })

  it('refuses more than 30 tags, or an over-long tag, as a bad request naming `tags`', async () => {
    const { call, core } = makeCore()
    const tags = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`)
    const message = expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', tags }), 'bad-request')
    expect(message).toContain('tags')
    expect(message).toContain('30')
    const long = expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', tags: ['ok', 'y'.repeat(61)] }), 'bad-request')
    expect(long).toContain('tags.1')
    expect(core.notes.list()).toEqual([])
  })

  it('refuses an unknown document as not-found', async () => {
    const { call } = makeCore()
    const message = expectError(await call('notes.create', { documentId: 'no-such-document', range: { start: 0, end: 3 }, motivation: 'highlighting' }), 'not-found')
    expect(message).toContain('no-such-document')
    expectError(await call('notes.create', { documentId: 'no-such-document', motivation: 'commenting' }), 'not-found')
  })

  it('refuses selectors or ids from the renderer, unknown fields and bad enums as bad requests', async () => {
    const { call, core } = makeCore()
    const selector = [{ type: 'TextQuoteSelector', exact: 'forged', prefix: '', suffix: '' }]
    expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'highlighting', selector }), 'bad-request')
    expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', id: MISSING_ID }), 'bad-request')
    expectError(await call('notes.create', { documentId: STATEMENT, range: { start: 0, end: 3, exact: 'x' }, motivation: 'highlighting' }), 'bad-request')
    expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'bookmarking' }), 'bad-request')
    expectError(await call('notes.create', { documentId: STATEMENT }), 'bad-request')
    expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', category: 'purple' }), 'bad-request')
    expectError(await call('notes.create', { documentId: '', motivation: 'commenting' }), 'bad-request')
    expectError(await dispatch(core, 'notes.create', null), 'bad-request')
    expect(core.notes.list()).toEqual([])
  })
})

describe('notes.update', () => {
  async function withNote() {
    const context = makeCore()
    const range = rangeOf(documentOf(context.library, STATEMENT), 'meets every year')
    const { note } = await context.ok('notes.create', {
      documentId: STATEMENT,
      range,
      motivation: 'highlighting',
      text: 'First',
      tags: ['a', 'b'],
      category: 'question',
    })
    context.clock.advance(1000)
    return { ...context, created: note }
  }

  it('changes the text alone', async () => {
    const { ok, created } = await withNote()
    const { note } = await ok('notes.update', { id: created.note.id, text: 'Second\r\n' })
    expect(noteContent(note.note)).toEqual({ text: 'Second\n', tags: ['a', 'b'], category: 'question' })
    expect(note.note.target).toEqual(created.note.target)
    expect(note.note.created).toBe(created.note.created)
    expect(Date.parse(note.note.modified)).toBeGreaterThan(Date.parse(created.note.modified))
  })

  it('changes the tags alone', async () => {
    const { ok, created } = await withNote()
    const { note } = await ok('notes.update', { id: created.note.id, tags: ['C', ' c '] })
    expect(noteContent(note.note)).toEqual({ text: 'First', tags: ['C'], category: 'question' })
  })

  it('changes the category alone, and null clears it', async () => {
    const { ok, created } = await withNote()
    const changed = await ok('notes.update', { id: created.note.id, category: 'reference' })
    expect(noteContent(changed.note.note)).toEqual({ text: 'First', tags: ['a', 'b'], category: 'reference' })
    const cleared = await ok('notes.update', { id: created.note.id, category: null })
    expect(noteContent(cleared.note.note)).toEqual({ text: 'First', tags: ['a', 'b'], category: null })
    expect(Date.parse(cleared.note.note.modified)).toBeGreaterThan(Date.parse(changed.note.note.modified))
  })

  it('keeps modified increasing when the clock steps back', async () => {
    const { ok, created, clock } = await withNote()
    clock.set(Date.UTC(2001, 0, 1))
    const first = await ok('notes.update', { id: created.note.id, text: 'x' })
    const second = await ok('notes.update', { id: created.note.id, text: 'y' })
    expect(Date.parse(first.note.note.modified)).toBeGreaterThan(Date.parse(created.note.modified))
    expect(Date.parse(second.note.note.modified)).toBeGreaterThan(Date.parse(first.note.note.modified))
  })

  it('refuses a missing note as not-found', async () => {
    const { call } = makeCore()
    expectError(await call('notes.update', { id: MISSING_ID, text: 'x' }), 'not-found')
  })

  it('refuses a 1 MB text, too many tags or unknown fields as bad requests', async () => {
    const { call, created, store } = await withNote()
    const message = expectError(await call('notes.update', { id: created.note.id, text: 'x'.repeat(1024 * 1024) }), 'bad-request')
    expect(message).toMatch(/\btext\b/)
    expect(expectError(await call('notes.update', { id: created.note.id, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }), 'bad-request')).toContain('tags')
    expectError(await call('notes.update', { id: created.note.id, target: created.note.target }), 'bad-request')
    expectError(await call('notes.update', { text: 'no id' }), 'bad-request')
    expect(store.get(created.note.id)).toEqual(created.note)
  })
})

describe('notes.delete and notes.restore', () => {
  it('delete returns the note; list no longer has it; restore puts the identical note back', async () => {
    const { ok, call, library } = makeCore()
    const kept = await ok('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'Kept' })
    const range = rangeOf(documentOf(library, STATEMENT), 'Hague Declaration')
    const { note } = await ok('notes.create', { documentId: STATEMENT, range, motivation: 'highlighting', text: 'Undo me', tags: ['x'], category: 'follow-up' })

    const { deleted } = await ok('notes.delete', { id: note.note.id })
    expect(deleted).toEqual(note.note)
    expect(ids((await ok('notes.list', {})).notes)).toEqual([kept.note.note.id])
    expect(ids((await ok('notes.list', { documentId: STATEMENT })).notes)).toEqual([kept.note.note.id])
    expectError(await call('notes.delete', { id: note.note.id }), 'not-found')

    // The renderer sends back what it got, through JSON.
    const restored = await ok('notes.restore', { note: JSON.parse(JSON.stringify(deleted)) as Note })
    expect(restored.note).toEqual(note)
    expect(restored.note.note).toStrictEqual(deleted)
    expect((await ok('notes.list', { documentId: STATEMENT })).notes).toEqual([kept.note, note])
  })

  it('refuses to restore a note that exists', async () => {
    const { ok, call } = makeCore()
    const { note } = await ok('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'Here' })
    const message = expectError(await call('notes.restore', { note: note.note }), 'user-input')
    expect(message).toMatch(/already exists/)
    expect((await ok('notes.list', {})).notes).toEqual([note])
  })

  it('refuses to restore something that is not a note as a bad request', async () => {
    const { call, core } = makeCore()
    expectError(await call('notes.restore', { note: { ...makeNote(1), id: 'nope' } }), 'bad-request')
    expectError(await call('notes.restore', { note: { ...makeNote(1), target: { source: 'https://example.org/' } } }), 'bad-request')
    expectError(await call('notes.restore', {}), 'bad-request')
    expect(core.notes.list()).toEqual([])
  })

  it('refuses to delete a missing note as not-found', async () => {
    const { call } = makeCore()
    expectError(await call('notes.delete', { id: MISSING_ID }), 'not-found')
    expectError(await call('notes.delete', { id: '' }), 'bad-request')
  })
})

describe('notes.list', () => {
  it('returns the store status with the notes', async () => {
    const { ok } = makeCore()
    expect(await ok('notes.list', {})).toEqual({ notes: [], store: { readOnly: false, notices: [] } })
  })

  it('filters by document and orders by reading position, document notes first, ties by created', async () => {
    const { ok, library, clock } = makeCore()
    const document = documentOf(library, STATEMENT)
    const create = async (input: ApiInput<'notes.create'>) => {
      clock.advance(1000)
      return (await ok('notes.create', input)).note
    }
    const late = await create({ documentId: STATEMENT, range: rangeOf(document, 'every year'), motivation: 'highlighting' })
    const early = await create({ documentId: STATEMENT, range: rangeOf(document, 'Joint Statement'), motivation: 'highlighting' })
    const earlyTwin = await create({ documentId: STATEMENT, range: rangeOf(document, 'Joint Statement'), motivation: 'highlighting', text: 'twin' })
    const whole = await create({ documentId: STATEMENT, motivation: 'commenting', text: 'whole' })
    const other = await create({ documentId: RESOLUTION, motivation: 'commenting', text: 'other' })
    expect(ids((await ok('notes.list', { documentId: STATEMENT })).notes)).toEqual(ids([whole, early, earlyTwin, late]))
    expect(ids((await ok('notes.list', { documentId: RESOLUTION })).notes)).toEqual(ids([other]))
    expect((await ok('notes.list', { documentId: 'no-such-document' })).notes).toEqual([])
  })

  it('without a document, orders by library document order', async () => {
    const { ok, library } = makeCore()
    const resolution = (await ok('notes.create', { documentId: RESOLUTION, motivation: 'commenting', text: 'r' })).note
    const statement = (await ok('notes.create', { documentId: STATEMENT, range: rangeOf(documentOf(library, STATEMENT), 'coalition meets'), motivation: 'highlighting' })).note
    expect(ids((await ok('notes.list', {})).notes)).toEqual(ids([statement, resolution]))
  })

  it('refuses unknown fields and bad ids as bad requests', async () => {
    const { call } = makeCore()
    expectError(await call('notes.list', { documentId: 'x', limit: 3 }), 'bad-request')
    expectError(await call('notes.list', { documentId: '' }), 'bad-request')
    expectError(await call('notes.list', { documentId: 'x'.repeat(201) }), 'bad-request')
  })

  it('reports moved, needs-review and orphaned anchors after the text changed, and acceptAnchor fixes a needs-review note', async () => {
    const before: TestDocumentSpec = {
      id: 'policy',
      title: 'Policy',
      body: 'Governments should refrain from shutting down the internet during electoins and protests in every case.\n\nThey should publish transparency reports every year about requests to remove content.\n\nThis sentence will be deleted from the later version of the policy text entirely.',
    }
    const after: TestDocumentSpec = {
      ...before,
      body: 'Indeed, governments should refrain from shutting down the internet during elections and protests in every case.\n\nThey should publish transparency reports every year about requests to remove content.',
    }
    const store = createMemoryNotesStore()
    const first = makeCore({ library: buildTestLibrary([before]), store })
    const original = documentOf(first.library, 'policy')
    const create = async (phrase: string) =>
      (await first.ok('notes.create', { documentId: 'policy', range: rangeOf(original, phrase), motivation: 'highlighting' })).note
    const typo = await create('shutting down the internet during electoins and protests')
    const moved = await create('publish transparency reports every year')
    const deleted = await create('deleted from the later version of the policy text')
    const goneDocument = makeNote(7, 'On a withdrawn document', { target: { ...makeNote(7).target, source: documentUrn('withdrawn') } })
    await store.put(goneDocument)

    const second = makeCore({ library: buildTestLibrary([after]), store })
    const current = documentOf(second.library, 'policy')
    const { notes } = await second.ok('notes.list', {})
    const byId = new Map(notes.map((view) => [view.note.id, view]))
    expect(byId.get(moved.note.id)?.anchor).toEqual({ status: 'moved', ...rangeOf(current, 'publish transparency reports every year'), blockId: 'intro-p2', place: expect.stringMatching(/¶\d+$/) })
    const review = byId.get(typo.note.id)?.anchor
    expect(review).toMatchObject({ status: 'needs-review', currentText: 'shutting down the internet during elections and protests' })
    expect(review).toMatchObject(rangeOf(current, 'shutting down the internet during elections and protests'))
    expect(byId.get(deleted.note.id)?.anchor).toMatchObject({ status: 'orphaned', reason: expect.stringMatching(/no longer in the text/) })
    expect(byId.get(goneDocument.id)?.anchor).toMatchObject({ status: 'orphaned', reason: expect.stringMatching(/document .*no longer in the library/) })

    const accepted = (await second.ok('notes.update', { id: typo.note.id, acceptAnchor: true })).note
    expect(accepted.anchor).toMatchObject({ status: 'exact', ...rangeOf(current, 'shutting down the internet during elections and protests') })
    expect(accepted.note.target.selector?.[0].exact).toBe('shutting down the internet during elections and protests')
    expect(accepted.note.target.state).toBe(versionUrn(current.version))
    expect(accepted.note.target.selector?.[1]).toEqual({ type: 'TextPositionSelector', ...rangeOf(current, 'shutting down the internet during elections and protests') })

    const orphanMessage = expectError(await second.call('notes.update', { id: deleted.note.id, acceptAnchor: true }), 'user-input')
    expect(orphanMessage).toMatch(/no passage/)
    expectError(await second.call('notes.update', { id: goneDocument.id, acceptAnchor: true }), 'user-input')
    expect(store.get(deleted.note.id)).toEqual(deleted.note)
  })
})

describe('a read-only store', () => {
  it('fails every write with user-input and a message; list still works and reports read-only', async () => {
    const existing = makeNote(1, 'Kept', { target: { source: documentUrn(STATEMENT) } })
    const { call, ok } = makeCore({ store: createMemoryNotesStore([existing], true) })
    const results = [
      await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'x' }),
      await call('notes.create', { documentId: STATEMENT, range: { start: 0, end: 3 }, motivation: 'highlighting' }),
      await call('notes.update', { id: existing.id, text: 'y' }),
      await call('notes.update', { id: existing.id, acceptAnchor: true }),
      await call('notes.delete', { id: existing.id }),
      await call('notes.restore', { note: makeNote(2) }),
    ]
    for (const result of results) expect(expectError(result, 'user-input')).toMatch(/read-only/i)
    const listed = await ok('notes.list', {})
    expect(listed.notes).toEqual([{ note: existing, anchor: { status: 'document' } }])
    expect(listed.store.readOnly).toBe(true)
    expect(listed.store.notices).toEqual([{ kind: 'newer-version', message: 'Read-only test store.' }])
  })
})

describe('store failures', () => {
  function failingStore(error: Error): NotesStore {
    const store = createMemoryNotesStore()
    return { ...store, put: () => Promise.reject(error), remove: () => Promise.reject(error) }
  }

  it.each([
    ['disk-full', 'Not saved: the disk is full.'],
    ['permission-denied', 'Not saved: FOC Reader is not allowed to write there.'],
    ['io-error', 'Not saved: the disk reported an error.'],
  ] as const)('a write that failed with %s fails the call with that code and the store\u2019s message', async (failure, text) => {
    const { call } = makeCore({ store: failingStore(new NotesStoreError('write-failed', text, { failure })) })
    const message = expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'x' }), failure)
    expect(message).toBe(text)
  })

  it('a closed store is an internal error carrying its message', async () => {
    const { call } = makeCore({ store: failingStore(new NotesStoreError('closed', 'Note not saved: the notes store is closed.')) })
    expect(expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting' }), 'internal')).toContain('closed')
  })

  it('an unexpected error is logged and reported without its details', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { call } = makeCore({ store: failingStore(new Error('EIO secret /home/user/path')) })
    const message = expectError(await call('notes.create', { documentId: STATEMENT, motivation: 'commenting' }), 'internal')
    expect(message).not.toContain('secret')
    expect(message).toContain('notes.create')
    expect(log).toHaveBeenCalledTimes(1)
  })
})

describe('notes.importConfirm and search', () => {
  it('makes imported notes searchable', async () => {
    const source = buildTestCore()
    const core = buildTestCore()
    const statement = source.library.documents[0]
    if (!statement) throw new Error('the test library has a document')
    const created = await dispatch(source, 'notes.create', {
      documentId: statement.id,
      range: { start: 0, end: 5 },
      motivation: 'commenting',
      text: 'zanzibarquux appears only in this imported note',
    })
    expect(created.ok).toBe(true)
    const exported = await dispatch(source, 'notes.export', { selection: { scope: 'all' }, format: 'json' })
    if (!exported.ok) throw new Error(exported.error.message)
    // Search once first, so the notes index exists before the import.
    await dispatch(core, 'search.query', { query: 'zanzibarquux' })
    const imported = await dispatch(core, 'notes.importConfirm', { text: (exported.value as { content: string }).content })
    expect(imported.ok && (imported.value as { ok: boolean }).ok).toBe(true)
    const found = await dispatch(core, 'search.query', { query: 'zanzibarquux' })
    if (!found.ok) throw new Error(found.error.message)
    const notes = (found.value as { groups: Array<{ kind: string; total: number }> }).groups.find((group) => group.kind === 'note')
    expect(notes?.total).toBe(1)
  })
})

describe('notes.importConfirm with the notes the user chose', () => {
  it('imports only the chosen ids, and refuses a list of ids beyond the bound', async () => {
    const source = makeCore()
    const target = makeCore()
    const first = await source.ok('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'first' })
    await source.ok('notes.create', { documentId: STATEMENT, motivation: 'commenting', text: 'second' })
    const { content: text } = await source.ok('notes.export', { selection: { scope: 'all' }, format: 'json' })
    const chosen = first.note.note.id
    expectError(await target.call('notes.importConfirm', { text, ids: Array.from({ length: MAX_IMPORT_CHOICES + 1 }, () => chosen) }), 'bad-request')
    const imported = await target.ok('notes.importConfirm', { text, ids: [chosen] })
    expect(imported.ok && imported.result.summary.skipped).toHaveLength(1)
    expect((await target.ok('notes.list', {})).notes.map((view) => view.note.id)).toEqual([chosen])
  })
})

describe('the Notes panel search and its export', () => {
  it('exports exactly the notes search.query found in the document, where plain words would differ', async () => {
    const { ok, library } = makeCore()
    const statement = documentOf(library, STATEMENT)
    const create = (phrase: string, text: string) => ok('notes.create', { documentId: STATEMENT, range: rangeOf(statement, phrase), motivation: 'commenting', text })
    const monitored = await create('Joint Statement on Testing', 'The vote must be monitored closely')
    await create('The Sample Coalition', 'Ask about the budget')
    await ok('notes.create', { documentId: RESOLUTION, motivation: 'commenting', text: 'Monitoring elsewhere' })

    // "monitoring" is not in "monitored", but both stem to "monitor": the index finds the note.
    const found = await ok('search.query', { query: 'monitoring', kinds: ['note'], documentId: STATEMENT, limit: 200 })
    const hits = found.groups.find((group) => group.kind === 'note')?.results ?? []
    const noteIds = hits.flatMap((hit) => (hit.kind === 'note' ? [hit.noteId] : []))
    expect(noteIds).toEqual([monitored.note.note.id])

    const exported = await ok('notes.export', { selection: { scope: 'filter', documentId: STATEMENT, text: 'monitoring', noteIds }, format: 'json' })
    const collection = JSON.parse(exported.content) as { label: string; first: { items: Array<{ id: string }> } }
    expect(collection.first.items.map((item) => item.id)).toEqual(noteIds)
    expect(collection.label).toBe('FOC Reader notes: Notes on “Sample Joint Statement”, matching the search “monitoring”')
  })

  it('refuses a filter naming more notes than a search lists as a bad request', async () => {
    const { call } = makeCore()
    const noteIds = Array.from({ length: 201 }, (_, index) => `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`)
    expectError(await call('notes.export', { selection: { scope: 'filter', noteIds }, format: 'json' }), 'bad-request')
  })
})
