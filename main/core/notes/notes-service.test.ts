import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LibraryDocument } from '../../../shared/document-model'
import {
  ANNOTATION_CONTEXT,
  documentUrn,
  MAX_QUOTE_LENGTH,
  noteContent,
  QUOTE_CONTEXT_LENGTH,
  versionUrn,
  type Note,
} from '../../../shared/notes/note-model'
import { ApiFailure } from '../api-failure'
import type { Library } from '../library'
import { buildTestLibrary, SAMPLE_DOCUMENTS, type TestDocumentSpec } from '../testing/test-library'
import { NotesService, type NewNote } from './notes-service'
import { openNotesStore, type NotesStore } from './notes-store'
import { createMemoryNotesStore } from './testing/memory-notes-store'
import { makeNote, makeTempDir } from './testing/note-fixtures'

const STATEMENT = 'sample-statement'
const RESOLUTION = 'sample-resolution'
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** A clock the test moves by hand; it can step back. */
function testClock(start = Date.UTC(2024, 4, 1, 9, 0, 0)) {
  let time = start
  return {
    now: () => new Date(time),
    set: (ms: number) => {
      time = ms
    },
    advance: (ms: number) => {
      time += ms
    },
  }
}

function setup(options: { library?: Library; store?: NotesStore; notes?: readonly Note[] } = {}) {
  const library = options.library ?? buildTestLibrary()
  const store = options.store ?? createMemoryNotesStore(options.notes ?? [])
  const clock = testClock()
  const service = new NotesService(library, store, clock.now)
  return { library, store, clock, service }
}

function documentOf(library: Library, id: string): LibraryDocument {
  const document = library.getDocument(id)
  if (!document) throw new Error(`no document ${id}`)
  return document
}

/** [start, end) in code points of the `occurrence`-th `phrase` in the document's plain text. */
function rangeOf(document: LibraryDocument, phrase: string, occurrence = 0): { start: number; end: number } {
  let at = -1
  for (let i = 0; i <= occurrence; i++) {
    at = document.plainText.indexOf(phrase, at + 1)
    if (at < 0) throw new Error(`"${phrase}" not in ${document.id}`)
  }
  const start = [...document.plainText.slice(0, at)].length
  return { start, end: start + [...phrase].length }
}

/** Runs `action`, expects an ApiFailure with `code`, returns its message. */
async function expectFailure(action: Promise<unknown> | (() => unknown), code: string): Promise<string> {
  let caught: unknown
  try {
    await (typeof action === 'function' ? action() : action)
  } catch (error) {
    caught = error
  }
  expect(caught, `expected an ApiFailure "${code}"`).toBeInstanceOf(ApiFailure)
  const failure = caught as ApiFailure
  expect(failure.code).toBe(code)
  expect(failure.message.trim().length).toBeGreaterThan(10)
  return failure.message
}

function highlight(documentId: string, range: { start: number; end: number }, extra: Partial<NewNote> = {}): NewNote {
  return { documentId, range, motivation: 'highlighting', ...extra }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('create: a highlight on a range', () => {
  it('builds the selectors from the document text, with URNs, a urn:uuid id and equal ISO timestamps', async () => {
    const { service, library, clock, store } = setup()
    const document = documentOf(library, STATEMENT)
    const phrase = 'Tallinn Agenda and San José Statement'
    const range = rangeOf(document, phrase)
    const view = await service.create(highlight(STATEMENT, range, { category: 'key-point' }))
    const { note, anchor } = view

    expect(note['@context']).toBe(ANNOTATION_CONTEXT)
    expect(note.type).toBe('Annotation')
    expect(note.motivation).toBe('highlighting')
    expect(note.id).toMatch(UUID_URN)
    expect(note.created).toMatch(ISO_UTC)
    expect(note.created).toBe(clock.now().toISOString())
    expect(note.modified).toBe(note.created)
    expect(note.target.source).toBe(`urn:foc-reader:document:${STATEMENT}`)
    expect(note.target.source).toBe(documentUrn(STATEMENT))
    expect(note.target.state).toBe(`urn:foc-reader:version:${document.version}`)
    expect(note.target.state).toBe(versionUrn(document.version))

    const text = [...document.plainText]
    expect(note.target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: phrase,
        prefix: text.slice(range.start - QUOTE_CONTEXT_LENGTH, range.start).join(''),
        suffix: text.slice(range.end, range.end + QUOTE_CONTEXT_LENGTH).join(''),
      },
      { type: 'TextPositionSelector', start: range.start, end: range.end },
    ])
    expect(note.target.selector?.[0].prefix.endsWith('Nairobi Terms of Reference, ')).toBe(true)
    expect(note.target.selector?.[0].suffix.startsWith(', and further confirmed')).toBe(true)
    expect(note.body).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'key-point' }])

    expect(anchor).toEqual({ status: 'exact', start: range.start, end: range.end, blockId: 'about-the-coalition-p1' })
    expect(store.get(note.id)).toEqual(note)
    expect(service.list()).toEqual([view])
  })

  it('gives each note its own id', async () => {
    const { service, library } = setup()
    const range = rangeOf(documentOf(library, STATEMENT), 'accountability')
    const first = await service.create(highlight(STATEMENT, range))
    const second = await service.create(highlight(STATEMENT, range))
    expect(first.note.id).not.toBe(second.note.id)
    expect(service.list()).toHaveLength(2)
  })

  it('keeps shorter context at the edges of the text', async () => {
    const { service, library } = setup()
    const document = documentOf(library, RESOLUTION)
    const atStart = await service.create(highlight(RESOLUTION, { start: 0, end: 8 }))
    expect(atStart.note.target.selector?.[0]).toMatchObject({ exact: 'Preamble', prefix: '' })
    const length = [...document.plainText].length
    const atEnd = await service.create(highlight(RESOLUTION, { start: length - 22, end: length }))
    expect(atEnd.note.target.selector?.[0]).toMatchObject({ exact: 'digital communication.', suffix: '' })
    expect(atEnd.anchor).toMatchObject({ status: 'exact', start: length - 22, end: length, blockId: 'operative-part-p1' })
  })

  it('counts positions in code points when astral characters come before the range', async () => {
    const spec: TestDocumentSpec = {
      id: 'astral',
      title: 'Astral characters',
      body: 'Emoji 😀 and script 𝒳𝒴 come first.\n\nThen the passage we highlight ends here.',
    }
    const { service, library } = setup({ library: buildTestLibrary([spec]) })
    const document = documentOf(library, 'astral')
    expect(document.plainText).toBe('Emoji 😀 and script 𝒳𝒴 come first.\n\nThen the passage we highlight ends here.')
    const utf16Start = document.plainText.indexOf('the passage')
    expect(utf16Start).toBe(43)
    // Three astral characters (six UTF-16 code units) come before it.
    const start = utf16Start - 3
    const view = await service.create(highlight('astral', { start, end: start + 'the passage'.length }))
    const [quote, position] = view.note.target.selector ?? []
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 51 })
    expect(quote?.exact).toBe('the passage')
    // 32 code points of prefix reach back over the astral characters (34 UTF-16 code units).
    expect(quote?.prefix).toBe('and script 𝒳𝒴 come first.\n\nThen ')
    expect([...(quote?.prefix ?? '')]).toHaveLength(QUOTE_CONTEXT_LENGTH)
    expect(quote?.prefix).toHaveLength(QUOTE_CONTEXT_LENGTH + 2)
    expect(quote?.suffix).toBe(' we highlight ends here.')
    expect(view.anchor).toMatchObject({ status: 'exact', start: 40, end: 51 })
  })

  it('highlights the astral characters themselves as whole characters', async () => {
    const spec: TestDocumentSpec = { id: 'astral', title: 'Astral', body: 'Emoji 😀 and script 𝒳𝒴 come first.' }
    const { service } = setup({ library: buildTestLibrary([spec]) })
    // Code points 19–21 are 𝒳𝒴.
    const view = await service.create(highlight('astral', { start: 19, end: 21 }))
    expect(view.note.target.selector?.[0].exact).toBe('𝒳𝒴')
    expect(view.note.target.selector?.[0].prefix).toBe('Emoji 😀 and script ')
    expect(view.anchor).toMatchObject({ status: 'exact', start: 19, end: 21 })
  })

  it('accepts a selection across two paragraphs, separator included, and anchors it exactly', async () => {
    const { service, library } = setup()
    const document = documentOf(library, RESOLUTION)
    const from = rangeOf(document, 'the right to privacy.')
    const to = rangeOf(document, 'Operative part')
    const view = await service.create(highlight(RESOLUTION, { start: from.start, end: to.end }))
    expect(view.note.target.selector?.[0].exact).toBe('the right to privacy.\n\nOperative part')
    expect(view.anchor).toEqual({ status: 'exact', start: from.start, end: to.end, blockId: 'preamble-p1' })
    expect(service.list(RESOLUTION)[0]?.anchor.status).toBe('exact')
  })

  it('accepts a selection of exactly the longest quote', async () => {
    const { service } = setup({ library: buildTestLibrary([longDocument()]) })
    const view = await service.create(highlight('long', { start: 5, end: 5 + MAX_QUOTE_LENGTH }))
    expect([...(view.note.target.selector?.[0].exact ?? '')]).toHaveLength(MAX_QUOTE_LENGTH)
    expect(view.anchor).toMatchObject({ status: 'exact', start: 5, end: 5 + MAX_QUOTE_LENGTH })
  })
})

describe('create: a note on the whole document', () => {
  it('has no selector and anchors as "document"', async () => {
    const { service, library } = setup()
    const view = await service.create({ documentId: RESOLUTION, motivation: 'commenting', text: 'Read this first.' })
    expect(view.note.motivation).toBe('commenting')
    expect(view.note.target).toEqual({ source: documentUrn(RESOLUTION), state: versionUrn(documentOf(library, RESOLUTION).version) })
    expect(view.note.target).not.toHaveProperty('selector')
    expect(view.anchor).toEqual({ status: 'document' })
    expect(noteContent(view.note)).toEqual({ text: 'Read this first.', tags: [], category: null })
  })

  it('omits empty text from the bodies', async () => {
    const { service } = setup()
    const view = await service.create({ documentId: RESOLUTION, motivation: 'commenting', text: '' })
    expect(view.note.body).toEqual([])
  })
})

describe('create: text and tag cleaning', () => {
  it('turns CRLF and lone CR into LF and removes control characters other than tab and newline', async () => {
    const { service } = setup()
    const text = 'line one\r\nline two\rline three\n\tindented\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f end'
    const view = await service.create({ documentId: STATEMENT, motivation: 'commenting', text })
    expect(noteContent(view.note).text).toBe('line one\nline two\nline three\n\tindented end')
  })

  it('keeps markup verbatim: it is text, escaped when shown, never stripped or run', async () => {
    const { service } = setup()
    const text = '<img src=x onerror=alert(1)> and <script>alert(2)</script> **bold**'
    const view = await service.create({ documentId: STATEMENT, motivation: 'commenting', text, tags: ['<b>tag</b>'] })
    expect(noteContent(view.note)).toMatchObject({ text, tags: ['<b>tag</b>'] })
  })

  it('keeps non-ASCII and astral characters in the text', async () => {
    const { service } = setup()
    const text = 'San José — Zürich 😀 𝒳 \u00a0 done'
    const view = await service.create({ documentId: STATEMENT, motivation: 'commenting', text })
    expect(noteContent(view.note).text).toBe(text)
  })

  it('trims tags, collapses their white space, drops empty ones and duplicates (case-insensitively, first spelling wins)', async () => {
    const { service } = setup()
    const tags = ['  ITU  ', 'itu', 'Human   rights', '', '   ', 'human rights', 'Itu', 'PP-18', '\u0000', 'pp-18 ', 'Ünïcode', 'ünïcode']
    const view = await service.create({ documentId: STATEMENT, motivation: 'commenting', tags })
    expect(noteContent(view.note).tags).toEqual(['ITU', 'Human rights', 'PP-18', 'Ünïcode'])
    expect(view.note.body.every((body) => body.purpose === 'tagging')).toBe(true)
  })

  it('stores text, tags and category as W3C TextualBodies', async () => {
    const { service } = setup()
    const view = await service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'Why?', tags: ['a'], category: 'question' })
    expect(view.note.body).toEqual([
      { type: 'TextualBody', purpose: 'describing', value: 'Why?', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'a' },
      { type: 'TextualBody', purpose: 'classifying', value: 'question' },
    ])
  })
})

describe('create: refused input', () => {
  it('refuses a range past the end of the document with a message giving its length', async () => {
    const { service, library, store } = setup()
    const length = [...documentOf(library, RESOLUTION).plainText].length
    const message = await expectFailure(service.create(highlight(RESOLUTION, { start: length - 3, end: length + 1 })), 'user-input')
    expect(message).toContain(String(length))
    await expectFailure(service.create(highlight(RESOLUTION, { start: length + 10, end: length + 20 })), 'user-input')
    expect(store.list()).toEqual([])
  })

  it('refuses a whitespace-only selection', async () => {
    const { service, library, store } = setup()
    const document = documentOf(library, RESOLUTION)
    // The paragraph separator between "Preamble" and the paragraph after it.
    const separator = { start: 8, end: 10 }
    expect([...document.plainText].slice(separator.start, separator.end).join('')).toBe('\n\n')
    const message = await expectFailure(service.create(highlight(RESOLUTION, separator)), 'user-input')
    expect(message).toMatch(/no text/i)
    const space = rangeOf(document, ' ')
    await expectFailure(service.create(highlight(RESOLUTION, space)), 'user-input')
    expect(store.list()).toEqual([])
  })

  it('refuses an empty or inverted selection as user input, not as a crash', async () => {
    const { service, store } = setup()
    await expectFailure(service.create(highlight(RESOLUTION, { start: 12, end: 12 })), 'user-input')
    await expectFailure(service.create(highlight(RESOLUTION, { start: 20, end: 12 })), 'user-input')
    await expectFailure(service.create(highlight(RESOLUTION, { start: -1, end: 4 })), 'user-input')
    expect(store.list()).toEqual([])
  })

  it('refuses a selection over 20,000 characters with a message giving the limit', async () => {
    const { service, store } = setup({ library: buildTestLibrary([longDocument()]) })
    const message = await expectFailure(service.create(highlight('long', { start: 0, end: MAX_QUOTE_LENGTH + 1 })), 'user-input')
    expect(message).toContain('20,000')
    expect(store.list()).toEqual([])
  })

  it('refuses an unknown document as not-found, naming it', async () => {
    const { service, store } = setup()
    const message = await expectFailure(service.create(highlight('no-such-document', { start: 0, end: 4 })), 'not-found')
    expect(message).toContain('no-such-document')
    await expectFailure(service.create({ documentId: 'no-such-document', motivation: 'commenting' }), 'not-found')
    expect(store.list()).toEqual([])
  })

  it('turns a note the store refuses (a body over the limit) into a user-input failure', async () => {
    const { service, store } = setup()
    await expectFailure(service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'x'.repeat(100_001) }), 'user-input')
    expect(store.list()).toEqual([])
  })
})

describe('update', () => {
  async function withNote() {
    const context = setup()
    const document = documentOf(context.library, STATEMENT)
    const created = await context.service.create(
      highlight(STATEMENT, rangeOf(document, 'accountability and transparency'), { text: 'Original', tags: ['one', 'two'], category: 'concern' }),
    )
    return { ...context, created }
  }

  it('changes only the text', async () => {
    const { service, clock, created } = await withNote()
    clock.advance(60_000)
    const updated = await service.update(created.note.id, { text: 'New\r\ntext\u0007' })
    expect(noteContent(updated.note)).toEqual({ text: 'New\ntext', tags: ['one', 'two'], category: 'concern' })
    expect(updated.note.target).toEqual(created.note.target)
    expect(updated.note.created).toBe(created.note.created)
    expect(updated.note.id).toBe(created.note.id)
    expect(updated.note.modified).toBe(clock.now().toISOString())
    expect(updated.note.modified > created.note.modified).toBe(true)
    expect(updated.anchor).toEqual(created.anchor)
  })

  it('changes only the tags, cleaning them', async () => {
    const { service, clock, created } = await withNote()
    clock.advance(1000)
    const updated = await service.update(created.note.id, { tags: [' Three ', 'three', ''] })
    expect(noteContent(updated.note)).toEqual({ text: 'Original', tags: ['Three'], category: 'concern' })
    expect(updated.note.target).toEqual(created.note.target)
  })

  it('changes only the category, and null clears it', async () => {
    const { service, clock, created } = await withNote()
    clock.advance(1000)
    const recategorised = await service.update(created.note.id, { category: 'follow-up' })
    expect(noteContent(recategorised.note)).toEqual({ text: 'Original', tags: ['one', 'two'], category: 'follow-up' })
    clock.advance(1000)
    const cleared = await service.update(created.note.id, { category: null })
    expect(noteContent(cleared.note)).toEqual({ text: 'Original', tags: ['one', 'two'], category: null })
  })

  it('empties the text and the tags when asked to', async () => {
    const { service, created } = await withNote()
    const updated = await service.update(created.note.id, { text: '', tags: [] })
    expect(noteContent(updated.note)).toEqual({ text: '', tags: [], category: 'concern' })
    expect(updated.note.body).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'concern' }])
  })

  it('with no changes keeps the content and still bumps modified', async () => {
    const { service, clock, created } = await withNote()
    clock.advance(5)
    const updated = await service.update(created.note.id, {})
    expect(updated.note.body).toEqual(created.note.body)
    expect(updated.note.modified > created.note.modified).toBe(true)
  })

  it('saves the change in the store and list shows it', async () => {
    const { service, store, created } = await withNote()
    const updated = await service.update(created.note.id, { text: 'Saved' })
    expect(store.get(created.note.id)).toEqual(updated.note)
    expect(service.list()).toEqual([updated])
  })

  it('never moves modified backwards, even when the clock steps back or stands still', async () => {
    const { service, clock, created } = await withNote()
    const seen = [created.note.modified]
    clock.advance(10_000)
    seen.push((await service.update(created.note.id, { text: 'a' })).note.modified)
    clock.set(Date.UTC(2020, 0, 1))
    seen.push((await service.update(created.note.id, { text: 'b' })).note.modified)
    seen.push((await service.update(created.note.id, { text: 'c' })).note.modified)
    clock.set(Date.UTC(2024, 4, 1, 9, 0, 10))
    seen.push((await service.update(created.note.id, { text: 'd' })).note.modified)
    const times = seen.map((iso) => Date.parse(iso))
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? Infinity)
    for (const iso of seen) expect(iso).toMatch(ISO_UTC)
    // After the step back, one millisecond past the last modified time.
    expect(seen[2]).toBe(new Date(Date.UTC(2024, 4, 1, 9, 0, 10, 1)).toISOString())
  })

  it('compares times, not strings, with a modified time written with an offset', async () => {
    const note = makeNote(1, 'Imported', {
      created: '2024-05-01T12:00:00+05:00',
      modified: '2024-05-01T12:00:00+05:00',
      target: { source: documentUrn(STATEMENT) },
    })
    const { service, clock } = setup({ notes: [note] })
    // 07:00Z is the stored time; 10:00Z is later, though as a string it sorts earlier.
    clock.set(Date.UTC(2024, 4, 1, 10, 0, 0))
    const updated = await service.update(note.id, { text: 'Edited' })
    expect(updated.note.modified).toBe('2024-05-01T10:00:00.000Z')
    clock.set(Date.UTC(2024, 4, 1, 6, 0, 0))
    const again = await service.update(note.id, { text: 'Again' })
    expect(again.note.modified).toBe('2024-05-01T10:00:00.001Z')
  })

  it('refuses a note that does not exist as not-found', async () => {
    const { service, store } = setup()
    await expectFailure(service.update('urn:uuid:00000000-0000-4000-8000-000000000000', { text: 'x' }), 'not-found')
    expect(store.list()).toEqual([])
  })

  it('refuses a deleted note as not-found', async () => {
    const { service, created } = await withNote()
    await service.delete(created.note.id)
    await expectFailure(service.update(created.note.id, { text: 'x' }), 'not-found')
  })
})

describe('delete and restore', () => {
  it('delete returns the note and list no longer has it', async () => {
    const { service, library, store } = setup()
    const keep = await service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'Keep' })
    const gone = await service.create(highlight(STATEMENT, rangeOf(documentOf(library, STATEMENT), 'transparency'), { text: 'Gone' }))
    const deleted = await service.delete(gone.note.id)
    expect(deleted).toEqual(gone.note)
    expect(service.list().map((view) => view.note.id)).toEqual([keep.note.id])
    expect(service.list(STATEMENT).map((view) => view.note.id)).toEqual([keep.note.id])
    expect(store.get(gone.note.id)).toBeUndefined()
  })

  it('delete of a missing note is not-found', async () => {
    const { service } = setup()
    await expectFailure(service.delete('urn:uuid:00000000-0000-4000-8000-000000000009'), 'not-found')
  })

  it('restore puts the identical note back, anchor and all', async () => {
    const { service, library, clock } = setup()
    const created = await service.create(
      highlight(STATEMENT, rangeOf(documentOf(library, STATEMENT), 'meets every year'), { text: 'Hi', tags: ['t'], category: 'reference' }),
    )
    clock.advance(1000)
    const edited = await service.update(created.note.id, { text: 'Edited' })
    const deleted = await service.delete(created.note.id)
    expect(deleted).toEqual(edited.note)
    clock.advance(1000)
    const restored = await service.restore(deleted)
    expect(restored.note).toEqual(deleted)
    expect(restored.note.modified).toBe(edited.note.modified)
    expect(restored.anchor).toEqual(edited.anchor)
    expect(service.list()).toEqual([restored])
  })

  it('refuses to restore a note that still exists', async () => {
    const { service, store } = setup()
    const created = await service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'Here' })
    const message = await expectFailure(service.restore(created.note), 'user-input')
    expect(message).toMatch(/already exists/)
    expect(store.list()).toEqual([created.note])
  })

  it('restore of an invalid note is refused as user input and stores nothing', async () => {
    const { service, store } = setup()
    const broken = { ...makeNote(2), id: 'not-a-uuid' } as Note
    await expectFailure(service.restore(broken), 'user-input')
    expect(store.list()).toEqual([])
  })
})

describe('a read-only store', () => {
  it('refuses every write with user-input and a message, and still lists', async () => {
    const existing = makeNote(1, 'Kept', { target: { source: documentUrn(STATEMENT) } })
    const store = createMemoryNotesStore([existing], true)
    const { service } = setup({ store })
    const failures = [
      await expectFailure(service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'x' }), 'user-input'),
      await expectFailure(service.create(highlight(STATEMENT, { start: 0, end: 3 })), 'user-input'),
      await expectFailure(service.update(existing.id, { text: 'y' }), 'user-input'),
      await expectFailure(service.delete(existing.id), 'user-input'),
      await expectFailure(service.restore(makeNote(2)), 'user-input'),
    ]
    for (const message of failures) {
      expect(message).toMatch(/read-only/i)
      expect(message).toContain('Read-only test store.')
    }
    expect(service.status.readOnly).toBe(true)
    expect(service.list()).toEqual([{ note: existing, anchor: { status: 'document' } }])
    expect(store.list()).toEqual([existing])
  })
})

describe('list', () => {
  it('orders a document\u2019s notes by reading position: document notes first, then by start, ties by created', async () => {
    const { service, library, clock } = setup()
    const document = documentOf(library, STATEMENT)
    const later = await service.create(highlight(STATEMENT, rangeOf(document, 'meets every year')))
    clock.advance(1000)
    const earlier = await service.create(highlight(STATEMENT, rangeOf(document, 'accountability')))
    clock.advance(1000)
    const sameStartSecond = await service.create(highlight(STATEMENT, rangeOf(document, 'accountability and transparency')))
    clock.advance(1000)
    const whole = await service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'About the whole thing' })
    clock.advance(1000)
    const middle = await service.create(highlight(STATEMENT, rangeOf(document, 'Hague Declaration')))
    clock.advance(1000)
    const wholeSecond = await service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'Another' })
    clock.advance(1000)
    await service.create({ documentId: RESOLUTION, motivation: 'commenting', text: 'Elsewhere' })

    expect(service.list(STATEMENT).map((view) => view.note.id)).toEqual(
      [whole, wholeSecond, earlier, sameStartSecond, middle, later].map((view) => view.note.id),
    )
  })

  it('orders notes of all documents by library order, then reading position', async () => {
    const { service, library, clock } = setup()
    const resolutionNote = await service.create(highlight(RESOLUTION, rangeOf(documentOf(library, RESOLUTION), 'right to privacy')))
    clock.advance(1000)
    const statementLate = await service.create(highlight(STATEMENT, rangeOf(documentOf(library, STATEMENT), 'every year')))
    clock.advance(1000)
    const resolutionWhole = await service.create({ documentId: RESOLUTION, motivation: 'commenting', text: 'R' })
    clock.advance(1000)
    const statementEarly = await service.create(highlight(STATEMENT, rangeOf(documentOf(library, STATEMENT), 'Joint Statement')))
    expect(library.documents.map((document) => document.id)).toEqual([STATEMENT, RESOLUTION])
    expect(service.list().map((view) => view.note.id)).toEqual(
      [statementEarly, statementLate, resolutionWhole, resolutionNote].map((view) => view.note.id),
    )
    expect(service.list(RESOLUTION).map((view) => view.note.id)).toEqual([resolutionWhole.note.id, resolutionNote.note.id])
  })

  it('puts notes on documents no longer in the library last, and lists none for an unknown document id', async () => {
    const lost = makeNote(3, 'Lost', { target: { source: documentUrn('withdrawn-document') } })
    const { service } = setup({ notes: [lost] })
    const here = await service.create({ documentId: RESOLUTION, motivation: 'commenting', text: 'Here' })
    expect(service.list().map((view) => view.note.id)).toEqual([here.note.id, lost.id])
    expect(service.list('no-such-document')).toEqual([])
    expect(service.list('withdrawn-document').map((view) => view.note.id)).toEqual([lost.id])
  })

  it('breaks ties by created time, not by how the timestamp is written', () => {
    const whole = { source: documentUrn(STATEMENT) }
    // 08:00Z sorts before 12:00+05:00 as a string, but 12:00+05:00 is 07:00Z.
    const utc = makeNote(5, 'UTC', { created: '2024-05-01T08:00:00.000Z', modified: '2024-05-01T08:00:00.000Z', target: whole })
    const offset = makeNote(6, 'Offset', { created: '2024-05-01T12:00:00+05:00', modified: '2024-05-01T12:00:00+05:00', target: whole })
    const { service } = setup({ notes: [utc, offset] })
    expect(service.list(STATEMENT).map((view) => view.note.id)).toEqual([offset.id, utc.id])
  })

  it('reports the store status', () => {
    const { service } = setup()
    expect(service.status).toEqual({ readOnly: false, notices: [] })
  })
})

describe('anchors when the document text changes', () => {
  /** A note made on `before`, listed by a service over `after` sharing the same store. */
  async function reanchoredIn(before: TestDocumentSpec, after: TestDocumentSpec, phrase: string) {
    const store = createMemoryNotesStore()
    const original = setup({ library: buildTestLibrary([before]), store })
    const document = documentOf(original.library, before.id)
    const created = await original.service.create(highlight(before.id, rangeOf(document, phrase), { text: 'My note' }))
    expect(created.anchor.status).toBe('exact')
    const changed = setup({ library: buildTestLibrary([after]), store })
    const [view] = changed.service.list(before.id)
    if (!view) throw new Error('the note is missing')
    expect(view.note).toEqual(created.note)
    return { created, view, changed, document: documentOf(changed.library, after.id) }
  }

  it('a word inserted before the passage: "moved", with the new offsets', async () => {
    const inserted = 'Today, '
    const after = { ...CHARTER, body: CHARTER.body.replace('The members agree', `${inserted}the members agree`) }
    const phrase = 'coordinate their diplomatic efforts'
    const { created, view, document } = await reanchoredIn(CHARTER, after, phrase)
    const expected = rangeOf(document, phrase)
    expect(expected.start).toBe((created.anchor.start ?? 0) + inserted.length)
    expect(view.anchor).toEqual({ status: 'moved', start: expected.start, end: expected.end, blockId: 'means-p1' })
  })

  it('a typo fixed inside the passage: "needs-review", with the text now there', async () => {
    const after = { ...CHARTER, body: CHARTER.body.replace('expresion', 'expression') }
    const { view, document } = await reanchoredIn(CHARTER, after, 'protect the freedom of expresion online and offline')
    expect(view.anchor.status).toBe('needs-review')
    expect(view.anchor.currentText).toBe('protect the freedom of expression online and offline')
    expect(view.anchor).toMatchObject(rangeOf(document, 'protect the freedom of expression online and offline'))
    expect(view.anchor.blockId).toBe('purpose-p1')
  })

  it('the passage deleted: "orphaned", with a reason, and the note is kept', async () => {
    const after = { ...CHARTER, body: CHARTER.body.replace(/\n\nThey will coordinate[^\n]*/, '') }
    expect(after.body).not.toContain('coordinate')
    const { view, changed } = await reanchoredIn(CHARTER, after, 'coordinate their diplomatic efforts and share information')
    expect(view.anchor.status).toBe('orphaned')
    expect(view.anchor.reason).toMatch(/no longer in the text/)
    expect(view.anchor.start).toBeUndefined()
    expect(view.anchor.end).toBeUndefined()
    expect(changed.service.list()).toHaveLength(1)
  })

  it('the document gone from the library: "orphaned", with a reason naming that', async () => {
    const store = createMemoryNotesStore()
    const original = setup({ library: buildTestLibrary([CHARTER, SAMPLE_DOCUMENTS[1] as TestDocumentSpec]), store })
    const created = await original.service.create(highlight(CHARTER.id, rangeOf(documentOf(original.library, CHARTER.id), 'share information')))
    const whole = await original.service.create({ documentId: CHARTER.id, motivation: 'commenting', text: 'Whole' })
    const without = setup({ library: buildTestLibrary([SAMPLE_DOCUMENTS[1] as TestDocumentSpec]), store })
    const views = without.service.list()
    expect(views.map((view) => view.note.id).sort()).toEqual([created.note.id, whole.note.id].sort())
    for (const view of views) {
      expect(view.anchor.status).toBe('orphaned')
      expect(view.anchor.reason).toMatch(/document .* no longer in the library/)
    }
  })

  it('accepting the anchor of a needs-review note rewrites its selectors to the current text, and it becomes exact', async () => {
    const after = { ...CHARTER, body: CHARTER.body.replace('expresion', 'expression') }
    const { created, changed, document } = await reanchoredIn(CHARTER, after, 'protect the freedom of expresion online and offline')
    changed.clock.advance(1000)
    const accepted = await changed.service.update(created.note.id, { acceptAnchor: true })
    const range = rangeOf(document, 'protect the freedom of expression online and offline')
    const text = [...document.plainText]
    expect(accepted.note.target).toEqual({
      source: documentUrn(CHARTER.id),
      state: versionUrn(document.version),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'protect the freedom of expression online and offline',
          prefix: text.slice(Math.max(0, range.start - QUOTE_CONTEXT_LENGTH), range.start).join(''),
          suffix: text.slice(range.end, range.end + QUOTE_CONTEXT_LENGTH).join(''),
        },
        { type: 'TextPositionSelector', ...range },
      ],
    })
    expect(accepted.note.target.state).not.toBe(created.note.target.state)
    expect(accepted.anchor).toEqual({ status: 'exact', ...range, blockId: 'purpose-p1' })
    expect(noteContent(accepted.note)).toEqual(noteContent(created.note))
    expect(changed.service.list()).toEqual([accepted])
  })

  it('accepting the anchor of a moved note pins it to its new place', async () => {
    const after = { ...CHARTER, body: CHARTER.body.replace('The members agree', 'Today, the members agree') }
    const { created, changed, view } = await reanchoredIn(CHARTER, after, 'share information')
    expect(view.anchor.status).toBe('moved')
    const accepted = await changed.service.update(created.note.id, { acceptAnchor: true })
    expect(accepted.anchor).toMatchObject({ status: 'exact', start: view.anchor.start, end: view.anchor.end })
  })

  it('accepting the anchor of an orphan is refused as user input and changes nothing', async () => {
    const after = { ...CHARTER, body: CHARTER.body.replace(/\n\nThey will coordinate[^\n]*/, '') }
    const { created, changed } = await reanchoredIn(CHARTER, after, 'coordinate their diplomatic efforts and share information')
    const message = await expectFailure(changed.service.update(created.note.id, { acceptAnchor: true, text: 'changed' }), 'user-input')
    expect(message).toMatch(/no passage/)
    expect(changed.store.get(created.note.id)).toEqual(created.note)
  })

  it('accepting the anchor of a note whose document is gone is refused as user input', async () => {
    const lost = makeNote(4, 'Lost', { target: { ...makeNote(4).target, source: documentUrn('withdrawn-document') } })
    const { service } = setup({ notes: [lost] })
    await expectFailure(service.update(lost.id, { acceptAnchor: true }), 'user-input')
  })

  it('accepting the anchor of a whole-document note is refused as user input', async () => {
    const { service } = setup()
    const whole = await service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'Whole' })
    await expectFailure(service.update(whole.note.id, { acceptAnchor: true }), 'user-input')
  })

  it('updating text alone leaves a needs-review note needing review', async () => {
    const after = { ...CHARTER, body: CHARTER.body.replace('expresion', 'expression') }
    const { created, changed } = await reanchoredIn(CHARTER, after, 'protect the freedom of expresion online and offline')
    const updated = await changed.service.update(created.note.id, { text: 'Still to review' })
    expect(updated.note.target).toEqual(created.note.target)
    expect(updated.anchor.status).toBe('needs-review')
  })
})

describe('with the durable store', () => {
  it('a note created through the service survives closing and reopening the store, with the same anchor', async () => {
    const { dir, cleanup } = await makeTempDir('foc-notes-service-')
    try {
      const library = buildTestLibrary()
      const first = await openNotesStore({ dataDir: dir, lock: false })
      const service = new NotesService(library, first)
      const created = await service.create(
        highlight(STATEMENT, rangeOf(documentOf(library, STATEMENT), 'San José Statement'), { text: 'Durable\r\nnote', tags: ['Tag'], category: 'key-point' }),
      )
      await first.close()

      const second = await openNotesStore({ dataDir: dir, lock: false })
      try {
        expect(second.status).toEqual({ readOnly: false, notices: [] })
        const reopened = new NotesService(library, second)
        const views = reopened.list()
        expect(views).toEqual([created])
        expect(views[0]?.anchor).toEqual({ ...rangeOf(documentOf(library, STATEMENT), 'San José Statement'), status: 'exact', blockId: 'about-the-coalition-p1' })
        expect(noteContent(views[0]?.note ?? created.note).text).toBe('Durable\nnote')
      } finally {
        await second.close()
      }
    } finally {
      await cleanup()
    }
  })
})

/** A small document for the re-anchoring tests (it has a typo to fix). */
const CHARTER: TestDocumentSpec = {
  id: 'charter',
  title: 'A Charter',
  body: [
    '## Purpose',
    '',
    'The members agree to protect the freedom of expresion online and offline, in every forum where they meet and at every level.',
    '',
    '## Means',
    '',
    'They will coordinate their diplomatic efforts and share information about threats to internet freedom in good time.',
    '',
    'Membership is open to any government that shares these commitments.',
  ].join('\n'),
}

/** A document of well over 20,000 characters. */
function longDocument(): TestDocumentSpec {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}. ${'The coalition works together on internet freedom. '.repeat(12).trim()}`)
  return { id: 'long', title: 'A long document', body: paragraphs.join('\n\n') }
}
