import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentUrn } from '../../shared/notes/note-model'
import { dispatch } from './api'
import { restoreAddedDocuments } from './documents/documents-service'
import { DocumentsStore } from './documents/documents-store'
import { createParseRunner } from './documents/parse-runner'
import { createMemoryNotesStore } from './notes/testing/memory-notes-store'
import { assembleReaderCore } from './reader-core'
import { expectApiValue } from './testing/api-value'
import { base64Text, documentsCoreOnDisk } from './testing/documents-core'
import { buildTestLibrary } from './testing/test-library'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-keep-on-revision-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const value = expectApiValue

const base64 = base64Text
const REV1 = '# Draft\n\nAll delegations welcome the open internet.\n\nStates shall protect journalists online at all times.\n'
const REV2 = '# Draft\n\nAll delegations welcome the open internet.\n\nStates should protect journalists online at most times.\n\nA new paragraph on encryption.\n'

describe('notes.keepOnRevision', () => {
  it('moves a reworded note onto the earlier revision, where it stays after a restart and after the document is removed', async () => {
    const notes = createMemoryNotesStore()
    const core = documentsCoreOnDisk(dataDir, notes)
    const { document } = value('documents.add', await dispatch(core, 'documents.add', { fileName: 'd.md', mediaType: 'text/markdown', bytesBase64: base64(REV1), kind: 'draft' }))
    const text = value('document.get', await dispatch(core, 'document.get', { id: document.id })).document.plainText
    const start = [...text].join('').indexOf('States shall')
    const { note } = value('notes.create', await dispatch(core, 'notes.create', { documentId: document.id, range: { start, end: start + 'States shall protect journalists'.length }, motivation: 'commenting', text: 'Watch this.' }))
    value('documents.addRevision', await dispatch(core, 'documents.addRevision', { documentId: document.id, fileName: 'd2.md', mediaType: 'text/markdown', bytesBase64: base64(REV2) }))
    expect(value('notes.list', await dispatch(core, 'notes.list', { documentId: document.id })).notes[0]?.anchor.status).toBe('needs-review')

    const revisionId = `${document.id}--rev-1`
    const kept = value('notes.keepOnRevision', await dispatch(core, 'notes.keepOnRevision', { id: note.note.id, revisionId }))
    expect(kept.note.note.target.source).toBe(documentUrn(revisionId))
    expect(kept.note.anchor).toMatchObject({ status: 'exact', start })
    expect(kept.note.note.target.selector?.[0].exact).toBe('States shall protect journalists')
    expect(value('notes.list', await dispatch(core, 'notes.list', { documentId: document.id })).notes).toHaveLength(0)
    expect(value('notes.list', await dispatch(core, 'notes.list', { documentId: revisionId })).notes).toHaveLength(1)
    const found = value('search.query', await dispatch(core, 'search.query', { query: 'watch', kinds: ['note'] }))
    expect(found.groups.find((group) => group.kind === 'note')?.results.map((hit) => hit.kind === 'note' && hit.documentId)).toEqual([revisionId])
    expect(found.groups.find((group) => group.kind === 'note')?.results.map((hit) => hit.title)).toEqual(['Draft (Rev. 1)'])

    // Exports keep it, under the earlier revision's title with its passage.
    for (const format of ['markdown', 'json'] as const) {
      const exported = value('notes.export', await dispatch(core, 'notes.export', { selection: { scope: 'all' }, format }))
      expect(exported.noteCount).toBe(1)
      expect(exported.content).toContain('Watch this.')
      if (format === 'markdown') {
        expect(exported.content).toContain('Draft (Rev. 1)')
        expect(exported.content).not.toContain('No longer in the library')
      }
    }

    // The next start reads the revision again, so the note finds its passage there.
    const library = buildTestLibrary()
    await restoreAddedDocuments(library, new DocumentsStore(dataDir))
    const again = assembleReaderCore(library, notes, { info: { name: 'FOC Reader', version: '0', mode: 'browser', dataDir }, documents: { store: new DocumentsStore(dataDir), parse: createParseRunner() } })
    expect(await again.documents.loadRevisions(notes.list())).toEqual([revisionId])
    expect(value('notes.list', await dispatch(again, 'notes.list', {})).notes.map((each) => each.anchor.status)).toEqual(['exact'])

    value('documents.remove', await dispatch(again, 'documents.remove', { documentId: document.id }))
    const left = value('notes.list', await dispatch(again, 'notes.list', {})).notes
    expect(left.map((each) => [each.note.id, each.anchor.status])).toEqual([[note.note.id, 'orphaned']])
    expect(value('search.query', await dispatch(again, 'search.query', { query: 'watch', kinds: ['note'] })).total).toBe(1)
    const afterRemoval = value('notes.export', await dispatch(again, 'notes.export', { selection: { scope: 'all' }, format: 'markdown' }))
    expect(afterRemoval.content).toContain('Watch this.')
  })

  it('refuses a revision of another document and a passage the earlier text does not have, changing nothing', async () => {
    const core = documentsCoreOnDisk(dataDir)
    const { document } = value('documents.add', await dispatch(core, 'documents.add', { fileName: 'd.md', mediaType: 'text/markdown', bytesBase64: base64(REV1), kind: 'draft' }))
    value('documents.addRevision', await dispatch(core, 'documents.addRevision', { documentId: document.id, fileName: 'd2.md', mediaType: 'text/markdown', bytesBase64: base64(REV2) }))
    const text = value('document.get', await dispatch(core, 'document.get', { id: document.id })).document.plainText
    const start = text.indexOf('encryption')
    const { note } = value('notes.create', await dispatch(core, 'notes.create', { documentId: document.id, range: { start, end: start + 'encryption'.length }, motivation: 'highlighting' }))
    const absent = await dispatch(core, 'notes.keepOnRevision', { id: note.note.id, revisionId: `${document.id}--rev-1` })
    expect(absent.ok ? null : absent.error).toMatchObject({ code: 'user-input', message: 'The passage this note quotes is not in “Draft (Rev. 1)”; the note stays where it is.' })
    const unknown = await dispatch(core, 'notes.keepOnRevision', { id: note.note.id, revisionId: `${document.id}--rev-7` })
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found')
    expect(value('notes.list', await dispatch(core, 'notes.list', { documentId: document.id })).notes[0]?.note).toEqual(note.note)
  })
})
