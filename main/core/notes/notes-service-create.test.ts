import { afterEach, describe, expect, it, vi } from 'vitest'
import { ANNOTATION_CONTEXT, documentUrn, MAX_QUOTE_LENGTH, noteContent, QUOTE_CONTEXT_LENGTH, versionUrn } from '../../../shared/notes/note-model'
import { buildTestLibrary, type TestDocumentSpec } from '../testing/test-library'
import { STATEMENT, RESOLUTION, ISO_UTC, UUID_URN, setup, documentOf, rangeOf, expectFailure, highlight, longDocument } from './testing/notes-service-harness'

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

    expect(anchor).toEqual({ status: 'exact', start: range.start, end: range.end, blockId: 'about-the-coalition-p1', place: expect.stringMatching(/¶\d+$/) })
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
    expect(view.anchor).toEqual({ status: 'exact', start: from.start, end: to.end, blockId: 'preamble-p1', place: expect.stringMatching(/¶\d+$/) })
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

  it('removes C1 controls (a terminal CSI, NEL) from the text and tags, dropping tags left empty', async () => {
    const { service } = setup()
    const view = await service.create({ documentId: STATEMENT, motivation: 'commenting', text: 'red\u009b31m text\u0085', tags: ['a\u0090b', '\u009f', 'AB'] })
    expect(noteContent(view.note)).toMatchObject({ text: 'red31m text', tags: ['ab'] })
    const updated = await service.update(view.note.id, { text: 'x\u0080y', tags: ['\u001bz'] })
    expect(noteContent(updated.note)).toMatchObject({ text: 'xy', tags: ['z'] })
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
