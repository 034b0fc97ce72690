/**
 * A draft the user added and then revised, with notes, on a real core (the
 * documents service, its store in a temporary folder, the notes service):
 * Rev. 1 has a heading and three paragraphs; Rev. 2 keeps the first,
 * rewords the second, deletes the third and inserts a new one. Notes sit on
 * the kept paragraph (exact), the reworded one (needs review), the deleted
 * one (passage not found), and one is made on Rev. 2's new paragraph.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DocumentsStore } from '../../documents/documents-store'
import { createParseRunner } from '../../documents/parse-runner'
import { createMemoryNotesStore } from '../../notes/testing/memory-notes-store'
import { assembleReaderCore, type ReaderCore } from '../../reader-core'
import { buildTestLibrary } from '../../testing/test-library'

/** Revision 1 of the draft. */
export const DRAFT_REV_1 = [
  '# Draft resolution L.7',
  'The Conference welcomes the open and interoperable internet.',
  'States shall protect journalists online at all times.',
  'Delegations request a report on spectrum auctions by the next session.',
].join('\n\n')

/** Revision 2: the second paragraph reworded, the third deleted, a new one inserted. */
export const DRAFT_REV_2 = [
  '# Draft resolution L.7',
  'The Conference welcomes the open and interoperable internet.',
  'States should protect journalists online at most times.',
  'A new working group will study satellite broadband policy.',
].join('\n\n')

/** The core with the revised draft and its notes, and a way to clean up. */
export interface RevisedDraft {
  readonly core: ReaderCore
  readonly documentId: string
  /** Note ids by what they are on. */
  readonly notes: { readonly kept: string; readonly reworded: string; readonly deleted: string; readonly inserted: string }
  dispose(): Promise<void>
}

/** Builds the revised draft (see the file's comment). */
export async function revisedDraft(): Promise<RevisedDraft> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'foc-revision-export-'))
  const core = assembleReaderCore(buildTestLibrary(), createMemoryNotesStore(), {
    info: { name: 'FOC Reader', version: '0.0.0-test', mode: 'browser', dataDir },
    documents: { store: new DocumentsStore(dataDir), parse: createParseRunner() },
    now: () => new Date('2026-03-01T09:30:00.000Z'),
  })
  const { id: documentId } = await core.documents.add({ fileName: 'l7.md', bytes: Buffer.from(DRAFT_REV_1), kind: 'draft' })
  const noteOn = async (passage: string, text: string) => {
    const plain = core.library.getDocument(documentId)?.plainText ?? ''
    const start = [...plain.slice(0, plain.indexOf(passage))].length
    if (plain.indexOf(passage) === -1) throw new Error(`no passage “${passage}”`)
    return (await core.notes.create({ documentId, range: { start, end: start + [...passage].length }, motivation: 'commenting', text })).note.id
  }
  const kept = await noteOn('open and interoperable internet', 'Good.')
  const reworded = await noteOn('States shall protect journalists online at all times', 'Watch this one.')
  const deleted = await noteOn('report on spectrum auctions', 'Ask who pays.')
  await core.documents.addRevision({ documentId, fileName: 'l7-rev2.md', bytes: Buffer.from(DRAFT_REV_2), label: 'Rev. 2 (L.7/Rev.1)' })
  const inserted = await noteOn('satellite broadband policy', 'New: support.')
  return { core, documentId, notes: { kept, reworded, deleted, inserted }, dispose: () => rm(dataDir, { recursive: true, force: true }) }
}
