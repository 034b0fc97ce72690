import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from './api'
import { restoreAddedDocuments } from './documents/documents-service'
import { DocumentsStore } from './documents/documents-store'
import type { ReaderCore } from './reader-core'
import { expectApiValue } from './testing/api-value'
import { base64Text, documentsCoreOnDisk } from './testing/documents-core'
import { buildTestLibrary } from './testing/test-library'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-revision-labels-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const coreOnDisk = (): ReaderCore => documentsCoreOnDisk(dataDir)

const value = expectApiValue

const base64 = base64Text

async function draftAtRev2(core: ReaderCore) {
  const { document } = value('documents.add', await dispatch(core, 'documents.add', { fileName: 'draft.md', mediaType: 'text/markdown', bytesBase64: base64('# Draft\n\nFirst text.\n'), kind: 'draft' }))
  value('documents.addRevision', await dispatch(core, 'documents.addRevision', { documentId: document.id, fileName: 'draft2.md', mediaType: 'text/markdown', bytesBase64: base64('# Draft\n\nSecond text.\n') }))
  return document.id
}

describe('an earlier revision after a restart', () => {
  it('has no publisher annotations, asked for before the reader has read the revision itself', async () => {
    const id = await draftAtRev2(coreOnDisk())
    const library = buildTestLibrary()
    await restoreAddedDocuments(library, new DocumentsStore(dataDir))
    const again = documentsCoreOnDisk(dataDir, undefined, library)
    expect(value('editorial.list', await dispatch(again, 'editorial.list', { documentId: `${id}--rev-1` })).annotations).toEqual([])
    const unknown = await dispatch(again, 'editorial.list', { documentId: `${id}--rev-7` })
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found')
  })
})

describe('documents.setRevisionLabel', () => {
  it('an earlier revision takes the title its document has now, after a rename', async () => {
    const core = coreOnDisk()
    const id = await draftAtRev2(core)
    value('documents.rename', await dispatch(core, 'documents.rename', { documentId: id, title: 'Draft L.3' }))
    expect(value('document.get', await dispatch(core, 'document.get', { id: `${id}--rev-1` })).document.title).toBe('Draft L.3 (Rev. 1)')
  })

  it('relabels the current and an earlier revision, on disk too, and the earlier one’s title follows', async () => {
    const core = coreOnDisk()
    const id = await draftAtRev2(core)
    const current = value('documents.setRevisionLabel', await dispatch(core, 'documents.setRevisionLabel', { documentId: id, number: 2, label: '  Rev.1 (A/CONF/L.3/Rev.1) ' }))
    expect(current.document.added?.revision).toMatchObject({ number: 2, label: 'Rev.1 (A/CONF/L.3/Rev.1)' })
    const earlier = value('documents.setRevisionLabel', await dispatch(core, 'documents.setRevisionLabel', { documentId: id, number: 1, label: 'L.3' }))
    expect(earlier.document.added?.earlierRevisions?.map((each) => each.label)).toEqual(['L.3'])
    expect(value('document.get', await dispatch(core, 'document.get', { id: `${id}--rev-1` })).document.title).toBe('Draft (L.3)')
    expect(await readFile(path.join(dataDir, 'documents', id, 'revisions', '1', 'original.md'), 'utf8')).toBe('# Draft\n\nFirst text.\n')

    // The next start reads the labels back from the data folder.
    const library = buildTestLibrary()
    expect(await restoreAddedDocuments(library, new DocumentsStore(dataDir))).toEqual([])
    const again = library.getDocument(id)
    expect(again?.added?.revision?.label).toBe('Rev.1 (A/CONF/L.3/Rev.1)')
    expect(again?.added?.earlierRevisions?.map((each) => each.label)).toEqual(['L.3'])
  })

  it('puts back "Rev. <n>" for a blank label, and refuses a revision there is not or one too long', async () => {
    const core = coreOnDisk()
    const id = await draftAtRev2(core)
    const blank = value('documents.setRevisionLabel', await dispatch(core, 'documents.setRevisionLabel', { documentId: id, number: 1, label: '   ' }))
    expect(blank.document.added?.earlierRevisions?.[0]?.label).toBe('Rev. 1')
    const missing = await dispatch(core, 'documents.setRevisionLabel', { documentId: id, number: 3, label: 'Rev. 3' })
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'not-found', message: '“Draft” has no revision 3.' })
    const long = await dispatch(core, 'documents.setRevisionLabel', { documentId: id, number: 2, label: 'x'.repeat(121) })
    expect(long.ok ? null : long.error.message).toMatch(/at most 120 characters/)
    const bundled = value('library.list', await dispatch(core, 'library.list', {})).documents.find((each) => !each.added)
    const refused = await dispatch(core, 'documents.setRevisionLabel', { documentId: bundled?.id ?? '', number: 1, label: 'A' })
    expect(refused.ok ? null : refused.error.code).toBe('not-found')
  })

  it('labels the first text of a document that has no revision yet', async () => {
    const core = coreOnDisk()
    const { document } = value('documents.add', await dispatch(core, 'documents.add', { fileName: 'a.md', mediaType: 'text/markdown', bytesBase64: base64('# A\n\nText.\n'), kind: 'draft' }))
    const labelled = value('documents.setRevisionLabel', await dispatch(core, 'documents.setRevisionLabel', { documentId: document.id, number: 1, label: 'L.1' }))
    expect(labelled.document.added?.revision).toMatchObject({ number: 1, label: 'L.1' })
    const next = value('documents.addRevision', await dispatch(core, 'documents.addRevision', { documentId: document.id, fileName: 'b.md', mediaType: 'text/markdown', bytesBase64: base64('# A\n\nText two.\n') }))
    expect(next.previous).toMatchObject({ number: 1, label: 'L.1' })
  })
})
