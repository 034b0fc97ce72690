import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from './api'
import { restoreAddedDocuments } from './documents/documents-service'
import { createMemoryNotesStore } from './notes/testing/memory-notes-store'
import { DocumentsStore } from './documents/documents-store'
import type { NotesStore } from './notes/notes-store'
import { assembleReaderCore, type ReaderCore } from './reader-core'
import { buildTestLibrary } from './testing/test-library'
import { expectApiValue } from './testing/api-value'
import { base64Text, documentsCoreOnDisk } from './testing/documents-core'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-revisions-api-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const coreOnDisk = (notes?: NotesStore): ReaderCore => documentsCoreOnDisk(dataDir, notes)

const value = expectApiValue

const base64 = base64Text

const REV1 = '# Draft\n\nAll delegations welcome the open internet.\n\nStates shall protect journalists online at all times.\n\nThis paragraph about quillworts will be deleted.\n'
const REV2 = '# Draft\n\nAll delegations welcome the open internet.\n\nStates should protect journalists online at most times.\n\nA new paragraph on encryption is inserted.\n'

async function draftWithNotes(core: ReaderCore) {
  const { document } = value('documents.add', await dispatch(core, 'documents.add', { fileName: 'draft.md', mediaType: 'text/markdown', bytesBase64: base64(REV1), kind: 'draft' }))
  const full = value('document.get', await dispatch(core, 'document.get', { id: document.id })).document
  for (const block of full.blocks.filter((each) => each.type === 'paragraph')) {
    value('notes.create', await dispatch(core, 'notes.create', { documentId: document.id, range: block.range, motivation: 'commenting', text: block.text.slice(0, 10) }))
  }
  return document
}

describe('documents.addRevision', () => {
  it('makes the file the current text under the same id, carries the notes across and keeps the previous text readable', async () => {
    const core = coreOnDisk()
    const document = await draftWithNotes(core)
    const added = value('documents.addRevision', await dispatch(core, 'documents.addRevision', { documentId: document.id, fileName: 'draft-rev2.md', mediaType: 'text/markdown', bytesBase64: base64(REV2) }))
    expect(added.notes).toEqual({ unchanged: 1, needsReview: 1, lost: 1 })
    expect(added.previous).toMatchObject({ number: 1, label: 'Rev. 1', id: `${document.id}--rev-1` })
    expect(added.document).toMatchObject({ id: document.id, added: { fileName: 'draft-rev2.md', revision: { number: 2, label: 'Rev. 2' } } })

    const listed = value('library.list', await dispatch(core, 'library.list', {})).documents.filter((each) => each.added)
    expect(listed.map((each) => each.id)).toEqual([document.id])
    expect(listed[0]?.added?.earlierRevisions?.map(({ number, label, id }) => ({ number, label, id }))).toEqual([{ number: 1, label: 'Rev. 1', id: `${document.id}--rev-1` }])

    const current = value('document.get', await dispatch(core, 'document.get', { id: document.id })).document
    expect(current.plainText).toContain('encryption')
    const previous = value('document.get', await dispatch(core, 'document.get', { id: `${document.id}--rev-1` })).document
    expect(previous.plainText).toContain('quillworts')
    expect(previous.title).toBe('Draft (Rev. 1)')
    expect(value('notes.list', await dispatch(core, 'notes.list', { documentId: document.id })).notes).toHaveLength(3)

    const onDisk = path.join(dataDir, 'documents', document.id)
    expect(await readFile(path.join(onDisk, 'revisions', '1', 'original.md'), 'utf8')).toBe(REV1)
    expect(await readFile(path.join(onDisk, 'original.md'), 'utf8')).toBe(REV2)
  })

  it('numbers the next revisions and takes the label the user gives', async () => {
    const core = coreOnDisk()
    const document = await draftWithNotes(core)
    const revise = async (text: string, label?: string) =>
      value('documents.addRevision', await dispatch(core, 'documents.addRevision', { documentId: document.id, fileName: 'next.txt', mediaType: 'text/plain', bytesBase64: base64(text), ...(label ? { label } : {}) }))
    await revise(REV2)
    const third = await revise('Only one paragraph now.', '  Rev.2 (L.3/Rev.2) ')
    expect(third.previous).toMatchObject({ number: 2, label: 'Rev. 2' })
    expect(third.document.added?.revision).toMatchObject({ number: 3, label: 'Rev.2 (L.3/Rev.2)' })
    expect(third.document.added?.earlierRevisions?.map((each) => each.id)).toEqual([`${document.id}--rev-1`, `${document.id}--rev-2`])
    expect(third.notes).toEqual({ unchanged: 0, needsReview: 0, lost: 3 })
    const second = value('document.get', await dispatch(core, 'document.get', { id: `${document.id}--rev-2` })).document
    expect(second.plainText).toContain('encryption')
  })

  it('loads revisions again at the next start; a damaged one is skipped with a notice and left on disk', async () => {
    const notes = createMemoryNotesStore()
    const first = coreOnDisk(notes)
    const document = await draftWithNotes(first)
    for (const text of [REV2, 'Third text.']) {
      value('documents.addRevision', await dispatch(first, 'documents.addRevision', { documentId: document.id, fileName: 'n.md', mediaType: 'text/markdown', bytesBase64: base64(text) }))
    }
    const damaged = path.join(dataDir, 'documents', document.id, 'revisions', '1', 'document.json')
    await writeFile(damaged, '{ not json')

    const library = buildTestLibrary()
    const notices = await restoreAddedDocuments(library, new DocumentsStore(dataDir))
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/Revision 1 of “Draft” could not be read/)
    const again = assembleReaderCore(library, notes, { info: { name: 'FOC Reader', version: '0', mode: 'browser', dataDir } })
    const listed = value('library.list', await dispatch(again, 'library.list', {})).documents.find((each) => each.id === document.id)
    expect(listed?.added?.revision?.number).toBe(3)
    expect(listed?.added?.earlierRevisions?.map((each) => each.number)).toEqual([2])
    expect(value('document.get', await dispatch(again, 'document.get', { id: `${document.id}--rev-2` })).document.plainText).toContain('encryption')
    expect((await dispatch(again, 'document.get', { id: `${document.id}--rev-1` })).ok).toBe(false)
    expect(await readdir(path.join(dataDir, 'documents', document.id, 'revisions'))).toEqual(['1', '2'])
    expect(value('notes.list', await dispatch(again, 'notes.list', { documentId: document.id })).notes).toHaveLength(3)
  })

  it('refuses a file that cannot be read, a bundled document and a revision id, changing nothing', async () => {
    const core = coreOnDisk()
    const document = await draftWithNotes(core)
    const empty = await dispatch(core, 'documents.addRevision', { documentId: document.id, fileName: 'empty.md', mediaType: 'text/markdown', bytesBase64: '' })
    expect(empty.ok ? null : empty.error.code).toBe('user-input')
    const bundled = value('library.list', await dispatch(core, 'library.list', {})).documents.find((each) => !each.added)
    const refused = await dispatch(core, 'documents.addRevision', { documentId: bundled?.id ?? '', fileName: 'a.md', mediaType: 'text/markdown', bytesBase64: base64(REV2) })
    expect(refused.ok ? null : refused.error.code).toBe('not-found')
    const onRevision = await dispatch(core, 'documents.addRevision', { documentId: `${document.id}--rev-1`, fileName: 'a.md', mediaType: 'text/markdown', bytesBase64: base64(REV2) })
    expect(onRevision.ok ? null : onRevision.error.code).toBe('not-found')
    const listed = value('library.list', await dispatch(core, 'library.list', {})).documents.find((each) => each.id === document.id)
    expect(listed?.added?.revision).toBeUndefined()
    expect(await readdir(path.join(dataDir, 'documents', document.id))).toEqual(['document.json', 'original.md'])
  })
})
