import { afterEach, describe, expect, it, vi } from 'vitest'
import { documentUrn, noteContent, type Note } from '../../../shared/notes/note-model'
import { createMemoryNotesStore } from './testing/memory-notes-store'
import { makeNote } from './testing/note-fixtures'
import { STATEMENT, RESOLUTION, ISO_UTC, setup, documentOf, rangeOf, expectFailure, highlight } from './testing/notes-service-harness'

afterEach(() => {
  vi.restoreAllMocks()
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
