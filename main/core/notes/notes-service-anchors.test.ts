import { afterEach, describe, expect, it, vi } from 'vitest'
import { documentUrn, noteContent, QUOTE_CONTEXT_LENGTH, versionUrn } from '../../../shared/notes/note-model'
import { buildTestLibrary, SAMPLE_DOCUMENTS, type TestDocumentSpec } from '../testing/test-library'
import { NotesService } from './notes-service'
import { openNotesStore } from './notes-store'
import { createMemoryNotesStore } from './testing/memory-notes-store'
import { makeNote, makeTempDir } from './testing/note-fixtures'
import { STATEMENT, setup, documentOf, rangeOf, expectFailure, highlight } from './testing/notes-service-harness'

afterEach(() => {
  vi.restoreAllMocks()
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
    expect(view.anchor).toEqual({ status: 'moved', start: expected.start, end: expected.end, blockId: 'means-p1', place: expect.stringMatching(/¶\d+$/) })
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
    expect(accepted.anchor).toEqual({ status: 'exact', ...range, blockId: 'purpose-p1', place: expect.stringMatching(/¶\d+$/) })
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
        expect(views[0]?.anchor).toEqual({ ...rangeOf(documentOf(library, STATEMENT), 'San José Statement'), status: 'exact', blockId: 'about-the-coalition-p1', place: expect.stringMatching(/¶\d+$/) })
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
