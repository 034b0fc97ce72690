import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from './api'
import { restoreAddedDocuments } from './documents/documents-service'
import { createMemoryNotesStore } from './notes/testing/memory-notes-store'
import { DocumentsStore } from './documents/documents-store'
import { createParseRunner } from './documents/parse-runner'
import type { NotesStore } from './notes/notes-store'
import { assembleReaderCore, type ReaderCore } from './reader-core'
import { buildTestLibrary } from './testing/test-library'
import { expectApiValue } from './testing/api-value'
import { base64Text, documentsCoreOnDisk } from './testing/documents-core'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-documents-api-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const coreOnDisk = (notes?: NotesStore): ReaderCore => documentsCoreOnDisk(dataDir, notes)

const value = expectApiValue

const base64 = base64Text

async function add(core: ReaderCore, fileName: string, text: string) {
  return dispatch(core, 'documents.add', { fileName, mediaType: 'text/markdown', bytesBase64: base64(text), kind: 'draft' })
}

describe('documents.* through the API', () => {
  it('adds a file: listed apart from the bundled documents, readable, searchable, and notes work on it', async () => {
    const core = coreOnDisk()
    const { document } = value('documents.add', await add(core, 'rev1.md', '# Draft on connectivity\n\nThe word xylocarpic appears here.'))
    expect(document.id).toMatch(/^my-draft-on-connectivity-[0-9a-f]{6}$/)
    expect(document).toMatchObject({ title: 'Draft on connectivity', kind: 'draft', added: { fileName: 'rev1.md', format: 'markdown' } })

    const listed = value('library.list', await dispatch(core, 'library.list', {})).documents
    expect(listed.filter((each) => each.added).map((each) => each.id)).toEqual([document.id])
    expect(listed.filter((each) => !each.added)).toHaveLength(2)

    const full = value('document.get', await dispatch(core, 'document.get', { id: document.id })).document
    const paragraph = full.blocks.find((block) => block.type === 'paragraph')
    if (!paragraph) throw new Error('no paragraph')

    const found = value('search.query', await dispatch(core, 'search.query', { query: 'xylocarpic' }))
    expect(found.groups.find((group) => group.kind === 'document')?.results.map((hit) => hit.kind === 'document' && hit.documentId)).toEqual([document.id])

    const note = value('notes.create', await dispatch(core, 'notes.create', { documentId: document.id, range: paragraph.range, motivation: 'commenting', text: 'check this' }))
    expect(note.note.anchor.status).toBe('exact')
  })

  it('loads added documents again at the next start, with the notes on them', async () => {
    const notes = createMemoryNotesStore()
    const first = coreOnDisk(notes)
    const { document } = value('documents.add', await add(first, 'paper.md', 'Only a paragraph of quillwort.'))
    const full = value('document.get', await dispatch(first, 'document.get', { id: document.id })).document
    value('notes.create', await dispatch(first, 'notes.create', { documentId: document.id, range: { start: 0, end: 4 }, motivation: 'highlighting' }))

    const library = buildTestLibrary()
    expect(await restoreAddedDocuments(library, new DocumentsStore(dataDir))).toEqual([])
    expect(value('documents.notices', await dispatch(first, 'documents.notices', {}))).toEqual({ notices: [] })
    const again = assembleReaderCore(library, notes, { info: { name: 'FOC Reader', version: '0', mode: 'browser', dataDir } })
    expect(value('document.get', await dispatch(again, 'document.get', { id: document.id })).document).toEqual(full)
    expect(value('notes.list', await dispatch(again, 'notes.list', { documentId: document.id })).notes.map((view) => view.anchor.status)).toEqual(['exact'])
    const hits = value('search.query', await dispatch(again, 'search.query', { query: 'quillwort' }))
    expect(hits.groups.find((group) => group.kind === 'document')?.total).toBe(1)
  })

  it('reports a damaged added document found at start through documents.notices, and lists the others', async () => {
    const first = coreOnDisk()
    const { document } = value('documents.add', await add(first, 'kept.md', 'Kept words.'))
    await mkdir(path.join(dataDir, 'documents', 'my-broken-000000'))
    await writeFile(path.join(dataDir, 'documents', 'my-broken-000000', 'document.json'), '{"formatVersion": 1,')
    const library = buildTestLibrary()
    const notices = await restoreAddedDocuments(library, new DocumentsStore(dataDir))
    const again = assembleReaderCore(library, createMemoryNotesStore(), {
      info: { name: 'FOC Reader', version: '0', mode: 'browser', dataDir },
      documents: { store: new DocumentsStore(dataDir), parse: createParseRunner(), notices },
    })
    const reported = value('documents.notices', await dispatch(again, 'documents.notices', {})).notices
    expect(reported).toHaveLength(1)
    expect(reported[0]).toContain('my-broken-000000')
    expect(value('library.list', await dispatch(again, 'library.list', {})).documents.filter((each) => each.added).map((each) => each.id)).toEqual([document.id])
  })

  it('renames a document, and refuses an empty title or a bundled document', async () => {
    const core = coreOnDisk()
    const { document } = value('documents.add', await add(core, 'a.md', 'Words.'))
    const renamed = value('documents.rename', await dispatch(core, 'documents.rename', { documentId: document.id, title: '  Rev. 1 (L.3/Rev.1) ' }))
    expect(renamed.document.title).toBe('Rev. 1 (L.3/Rev.1)')
    expect((await new DocumentsStore(dataDir).load()).documents[0]?.title).toBe('Rev. 1 (L.3/Rev.1)')
    expect(await dispatch(core, 'documents.rename', { documentId: document.id, title: '   ' })).toMatchObject({ ok: false, error: { code: 'user-input' } })
    expect(await dispatch(core, 'documents.rename', { documentId: 'sample-statement', title: 'Mine' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('removes a document: gone from the library and search, its folder moved aside, its notes kept as "Passage not found"', async () => {
    const core = coreOnDisk()
    const { document } = value('documents.add', await add(core, 'gone.md', 'A paragraph with the word pomegranite.'))
    const full = value('document.get', await dispatch(core, 'document.get', { id: document.id })).document
    const block = full.blocks[0]
    if (!block) throw new Error('no block')
    const made = value('notes.create', await dispatch(core, 'notes.create', { documentId: document.id, range: block.range, motivation: 'highlighting' }))
    // The search index is made before the removal, so the removal must take the document out of it.
    expect(value('search.query', await dispatch(core, 'search.query', { query: 'pomegranite' })).total).toBeGreaterThan(0)

    value('documents.remove', await dispatch(core, 'documents.remove', { documentId: document.id }))
    expect(value('library.list', await dispatch(core, 'library.list', {})).documents.some((each) => each.id === document.id)).toBe(false)
    const search = value('search.query', await dispatch(core, 'search.query', { query: 'pomegranite' }))
    expect(search.groups.find((group) => group.kind === 'document')?.total).toBe(0)
    const notes = value('notes.list', await dispatch(core, 'notes.list', {})).notes
    expect(notes.map((view) => [view.note.id, view.anchor.status])).toEqual([[made.note.note.id, 'orphaned']])
    expect(await readdir(path.join(dataDir, 'documents'))).toEqual(['.removed'])
    expect(await dispatch(core, 'documents.remove', { documentId: 'sample-statement' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    // A window's last place in the removed document, written just after, is let go quietly.
    expect(await dispatch(core, 'reading.setPosition', { documentId: document.id, position: { blockId: block.id, offset: 0 } })).toEqual({ ok: true, value: {} })
    expect(value('reading.get', await dispatch(core, 'reading.get', {})).positions[document.id]).toBeUndefined()
  })

  it('refuses a file it cannot read with a sentence naming it, and changes nothing', async () => {
    const core = coreOnDisk()
    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]).toString('base64')
    const refused = await dispatch(core, 'documents.add', { fileName: 'setup.docx', mediaType: '', bytesBase64: exe, kind: 'other' })
    expect(refused).toEqual({ ok: false, error: { code: 'user-input', message: '“setup.docx” is a program, not a document: it was not added.' } })
    expect(await add(core, 'empty.md', '')).toEqual({ ok: false, error: { code: 'user-input', message: '“empty.md” is empty: there is nothing to add.' } })
    expect(await dispatch(core, 'documents.add', { fileName: 'x.md', mediaType: '', bytesBase64: 'not base64!', kind: 'draft' })).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(value('library.list', await dispatch(core, 'library.list', {})).documents.some((each) => each.added)).toBe(false)
    await expect(readdir(path.join(dataDir, 'documents'))).rejects.toThrow()
  })
})
