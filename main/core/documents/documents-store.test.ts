import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LibraryDocument } from '../../../shared/document-model'
import { DOCUMENT_FILE, DocumentsStore } from './documents-store'
import { parseUserFile } from './parse-file'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-documents-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

async function sampleDocument(id: string, addedAt = '2026-12-06T01:00:00.000Z'): Promise<{ document: LibraryDocument; bytes: Uint8Array }> {
  const bytes = new TextEncoder().encode(`# Draft ${id}\n\nText of ${id}.\n`)
  const { format, ...parsed } = await parseUserFile({ fileName: 'draft.md', bytes })
  const document: LibraryDocument = {
    ...parsed,
    id,
    kind: 'draft',
    date: addedAt.slice(0, 10),
    issuingBody: 'Added by you',
    added: { addedAt, fileName: 'draft.md', format },
  }
  return { document, bytes }
}

describe('DocumentsStore', () => {
  it('keeps the original byte for byte beside document.json, and loads what it wrote, oldest first', async () => {
    const store = new DocumentsStore(dataDir)
    const first = await sampleDocument('my-first-aaaaaa', '2026-12-06T01:00:00.000Z')
    const second = await sampleDocument('my-second-bbbbbb', '2026-12-06T02:00:00.000Z')
    await store.add(second.document, second.bytes)
    await store.add(first.document, first.bytes)
    expect(new Uint8Array(await readFile(path.join(dataDir, 'documents', 'my-first-aaaaaa', 'original.md')))).toEqual(first.bytes)
    const loaded = await new DocumentsStore(dataDir).load()
    expect(loaded.notices).toEqual([])
    expect(loaded.documents).toEqual([first.document, second.document])
  })

  it('never writes over an existing folder', async () => {
    const store = new DocumentsStore(dataDir)
    const { document, bytes } = await sampleDocument('my-same-cccccc')
    await store.add(document, bytes)
    await expect(store.add({ ...document, title: 'Other' }, new Uint8Array([1]))).rejects.toThrow()
    expect((await store.load()).documents).toEqual([document])
  })

  it('skips a damaged document.json with a notice and leaves it exactly as it was', async () => {
    const store = new DocumentsStore(dataDir)
    const good = await sampleDocument('my-good-dddddd')
    await store.add(good.document, good.bytes)
    const damagedDir = path.join(dataDir, 'documents', 'my-bad-eeeeee')
    await mkdir(damagedDir)
    await writeFile(path.join(damagedDir, DOCUMENT_FILE), '{"formatVersion": 1, "docu')
    await writeFile(path.join(damagedDir, 'original.md'), 'keep me')
    const loaded = await store.load()
    expect(loaded.documents.map((document) => document.id)).toEqual(['my-good-dddddd'])
    expect(loaded.notices).toHaveLength(1)
    expect(loaded.notices[0]).toContain('my-bad-eeeeee')
    expect(loaded.notices[0]).toContain('skipped and left as it is')
    expect(await readFile(path.join(damagedDir, DOCUMENT_FILE), 'utf8')).toBe('{"formatVersion": 1, "docu')
    expect(await readFile(path.join(damagedDir, 'original.md'), 'utf8')).toBe('keep me')
  })

  it('skips a document.json whose id is not its folder, or that is not an added document', async () => {
    const store = new DocumentsStore(dataDir)
    const { document, bytes } = await sampleDocument('my-moved-ffffff')
    await store.add(document, bytes)
    await mkdir(path.join(dataDir, 'documents', 'my-copy-000000'))
    const text = await readFile(path.join(dataDir, 'documents', 'my-moved-ffffff', DOCUMENT_FILE), 'utf8')
    await writeFile(path.join(dataDir, 'documents', 'my-copy-000000', DOCUMENT_FILE), text)
    const loaded = await store.load()
    expect(loaded.documents.map((each) => each.id)).toEqual(['my-moved-ffffff'])
    expect(loaded.notices[0]).toContain('my-copy-000000')
  })

  it('renames in place and moves a removed document aside, never deleting it', async () => {
    const store = new DocumentsStore(dataDir)
    const { document, bytes } = await sampleDocument('my-gone-111111')
    await store.add(document, bytes)
    await store.update({ ...document, title: 'New title' })
    expect((await store.load()).documents[0]?.title).toBe('New title')
    const where = await store.remove(document.id, new Date('2026-12-06T03:00:00Z'))
    expect(path.dirname(where)).toBe(path.join(dataDir, 'documents', '.removed'))
    expect(new Uint8Array(await readFile(path.join(where, 'original.md')))).toEqual(bytes)
    expect((await store.load()).documents).toEqual([])
    expect(await readdir(path.join(dataDir, 'documents'))).toEqual(['.removed'])
  })

  it('keeps the replaced text and its original in revisions/<n>/, and never writes over a revision already there', async () => {
    const store = new DocumentsStore(dataDir)
    const { document, bytes } = await sampleDocument('my-revised-222222')
    await store.add(document, bytes)
    const previous: LibraryDocument = { ...document, id: 'my-revised-222222--rev-1', added: { addedAt: document.added?.addedAt ?? '', fileName: 'draft.md', format: 'markdown', revision: { number: 1, label: 'Rev. 1' } } }
    const next = await sampleDocument('my-revised-222222')
    const current: LibraryDocument = { ...next.document, plainText: 'changed', added: { addedAt: document.added?.addedAt ?? '', fileName: 'rev2.txt', format: 'text', revision: { number: 2, label: 'Rev. 2' } } }
    const newBytes = new TextEncoder().encode('rev 2 bytes')
    await store.addRevision(previous, current, newBytes)
    const folder = path.join(dataDir, 'documents', 'my-revised-222222')
    expect((await readdir(folder)).sort()).toEqual(['document.json', 'original.txt', 'revisions'])
    expect(new Uint8Array(await readFile(path.join(folder, 'revisions', '1', 'original.md')))).toEqual(bytes)
    expect(await store.readRevision('my-revised-222222', 1)).toEqual(previous)
    const loaded = await store.load()
    expect(loaded.documents[0]?.plainText).toBe('changed')
    expect(loaded.documents[0]?.added?.earlierRevisions).toEqual([{ number: 1, label: 'Rev. 1', id: 'my-revised-222222--rev-1', addedAt: document.added?.addedAt }])

    // A second revision numbered 1 again (say, from a stale window) is refused and changes nothing.
    await expect(store.addRevision(previous, { ...current, plainText: 'other' }, new Uint8Array([1]))).rejects.toThrow(/revision 2, not 1/)
    expect((await store.load()).documents[0]?.plainText).toBe('changed')
    expect(await readFile(path.join(folder, 'original.txt'), 'utf8')).toBe('rev 2 bytes')
    expect(await readdir(path.join(folder, 'revisions'))).toEqual(['1'])
  })

  it('moves a revision folder left half written by a crash aside, keeping it, and adds the revision', async () => {
    const store = new DocumentsStore(dataDir)
    const { document, bytes } = await sampleDocument('my-crashed-333333')
    await store.add(document, bytes)
    const revisions = path.join(dataDir, 'documents', 'my-crashed-333333', 'revisions')
    await mkdir(path.join(revisions, '1'), { recursive: true })
    await writeFile(path.join(revisions, '1', 'original.md'), 'half')
    const previous: LibraryDocument = { ...document, id: 'my-crashed-333333--rev-1', added: { addedAt: document.added?.addedAt ?? '', fileName: 'draft.md', format: 'markdown', revision: { number: 1, label: 'Rev. 1' } } }
    const current: LibraryDocument = { ...document, added: { addedAt: document.added?.addedAt ?? '', fileName: 'draft.md', format: 'markdown', revision: { number: 2, label: 'Rev. 2' } } }
    await store.addRevision(previous, current, bytes)
    const names = await readdir(revisions)
    expect(names).toHaveLength(2)
    const aside = names.find((name) => name.startsWith('.unfinished-1-'))
    expect(await readFile(path.join(revisions, aside ?? '', 'original.md'), 'utf8')).toBe('half')
    expect(await store.readRevision('my-crashed-333333', 1)).toEqual(previous)
    expect((await store.load()).notices).toEqual([])
  })

  it('loads nothing, with no notice, when the folder does not exist yet', async () => {
    expect(await new DocumentsStore(path.join(dataDir, 'missing')).load()).toEqual({ documents: [], notices: [] })
  })
})
