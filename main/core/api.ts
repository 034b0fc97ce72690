/**
 * The dispatch table: one entry per API method, mapping validated input to a
 * core function. Both transports (IPC and HTTP) call {@link dispatch} and
 * nothing else, so validation and error handling exist once.
 */
import {
  apiContract,
  describeIssues,
  isApiMethod,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
} from '../../shared/api-contract'
import { ADDED_DOCUMENT_ID_PREFIX, parseRevisionDocumentId, type LibraryDocument } from '../../shared/document-model'
import { ApiFailure } from './api-failure'
import { countRevisionNotes } from './documents/revision-note-counts'
import type { ReaderCore } from './reader-core'

type Handler<M extends ApiMethod> = (core: ReaderCore, input: ApiInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>

/** Every method's implementation; the type forces one entry per contract method. */
export const handlers: { [M in ApiMethod]: Handler<M> } = {
  'app.info': (core) => core.info,
  'library.list': (core) => ({
    documents: core.library.documents.map(({ blocks: _blocks, plainText: _plainText, ...summary }) => summary),
  }),
  'document.get': async (core, { id }) => {
    const document = core.library.getDocument(id) ?? (await core.documents.revision(id))
    if (!document) throw new ApiFailure('not-found', `There is no document "${id}" in the library.`)
    return { document }
  },
  'search.query': (core, input) => core.search.searchInSlices(input),
  'reference.get': (core) => ({ timeline: [...core.library.timeline], glossary: [...core.library.glossary] }),
  'editorial.list': async (core, { documentId }) => {
    // An earlier revision the user's document had carries no publisher's annotations (read here if not yet read:
    // the reader asks for these beside document.get).
    if (await core.documents.revision(documentId)) return { annotations: [] }
    const document = core.library.getDocument(documentId)
    if (!document) throw new ApiFailure('not-found', `There is no document "${documentId}" in the library.`)
    return {
      annotations: core.library.editorialFor(documentId).map((annotation) => ({
        annotation,
        anchor: core.passages.anchor(document, ...annotation.selector),
      })),
    }
  },
  'notes.export': async (core, { selection, format, paper, briefing }) => {
    const file = await core.exports.exportFile({ selection, format, ...(paper ? { paper } : {}), ...(briefing ? { briefing } : {}) })
    return {
      format: file.format,
      fileName: file.fileName,
      mediaType: file.mediaType,
      noteCount: file.noteCount,
      content: file.content,
      ...(file.format === 'pdf' ? { briefingPath: core.briefings.add(file.content) } : {}),
    }
  },
  'notes.importPreview': (core, { text }) => core.imports.previewImport(text),
  'notes.importConfirm': (core, { text, ids }) => core.imports.confirmImport(text, ids),
  'export.save': async (core, request) => {
    if (!core.host.saveExport) return { saved: false, reason: 'This window saves files through the browser.' }
    if (request.format === 'pdf' ? !request.briefingPath || !core.briefings.get(request.briefingPath) : request.content === undefined) {
      throw new ApiFailure('user-input', 'Nothing to save: export the notes again.')
    }
    return core.host.saveExport(request)
  },
  'reading.get': (core) => core.reading.get(),
  'reading.setPosition': (core, { documentId, position }) => {
    if (removedAddedDocument(core, documentId)) return {}
    const document = knownDocument(core, documentId)
    if (!document.blocks.some((block) => block.id === position.blockId)) {
      throw new ApiFailure('not-found', `The document "${documentId}" has no paragraph "${position.blockId}".`)
    }
    core.reading.setPosition(documentId, position)
    return {}
  },
  'reading.setLastDocument': (core, { documentId }) => {
    if (removedAddedDocument(core, documentId)) return {}
    core.reading.setLastDocument(knownDocument(core, documentId).id)
    return {}
  },
  'reading.setSettings': (core, { settings }) => {
    core.reading.setSettings(settings)
    return {}
  },
  'notes.list': (core, { documentId }) => ({ notes: core.notes.list(documentId), store: core.notes.status }),
  'notes.create': async (core, input) => ({ note: await core.notes.create(input) }),
  'notes.update': async (core, { id, ...changes }) => ({ note: await core.notes.update(id, changes) }),
  'notes.delete': async (core, { id }) => ({ deleted: await core.notes.delete(id) }),
  'notes.restore': async (core, { note }) => ({ note: await core.notes.restore(note) }),
  'notes.updateMany': async (core, { updates }) => ({ notes: await core.notes.updateMany(updates) }),
  'notes.deleteMany': async (core, { ids }) => ({ deleted: await core.notes.deleteMany(ids) }),
  'notes.keepOnRevision': async (core, { id, revisionId }) => {
    const revision = await core.documents.revision(revisionId)
    if (!revision) throw new ApiFailure('not-found', `There is no earlier revision "${revisionId}" in the library.`)
    return { note: await core.notes.keepOnRevision(id, revision) }
  },
  'notes.restoreMany': async (core, { notes }) => ({ notes: await core.notes.restoreMany(notes) }),
  'documents.add': async (core, { fileName, bytesBase64, kind }) => ({
    document: await core.documents.add({ fileName, kind, bytes: Buffer.from(bytesBase64, 'base64') }),
  }),
  'documents.addRevision': async (core, { documentId, fileName, bytesBase64, label }) => {
    const added = await core.documents.addRevision({ documentId, fileName, bytes: Buffer.from(bytesBase64, 'base64'), ...(label === undefined ? {} : { label }) })
    return { ...added, notes: countRevisionNotes(core.notes.list(documentId)) }
  },
  'documents.rename': async (core, { documentId, title }) => ({ document: await core.documents.rename(documentId, title) }),
  'documents.setRevisionLabel': async (core, { documentId, number, label }) => ({ document: await core.documents.setRevisionLabel(documentId, number, label) }),
  'documents.remove': (core, { documentId }) => core.documents.remove(documentId),
  'documents.notices': (core) => ({ notices: [...core.documentNotices] }),
  'briefing.getOptions': async (core) => ({ options: await core.briefingOptions.get() }),
  'briefing.setOptions': async (core, { options }) => ({ options: await core.briefingOptions.set(options) }),
}

/**
 * Whether `id` names a document the user added that is no longer in the
 * library: a window's last place in it, written just after the removal, is
 * let go quietly rather than refused.
 */
function removedAddedDocument(core: ReaderCore, id: string): boolean {
  // An earlier revision is read-only and not remembered as a place to reopen.
  return id.startsWith(ADDED_DOCUMENT_ID_PREFIX) && (!core.library.getDocument(id) || parseRevisionDocumentId(id) !== null)
}

/** The library's document `id`, or a not-found failure. */
function knownDocument(core: ReaderCore, id: string): LibraryDocument {
  const document = core.library.getDocument(id)
  if (!document) throw new ApiFailure('not-found', `There is no document "${id}" in the library.`)
  return document
}

/**
 * Validates `payload` for `method`, runs it, and returns a result envelope.
 * Never throws: unexpected errors become an "internal" error and are logged.
 */
export async function dispatch(core: ReaderCore, method: string, payload: unknown): Promise<ApiResult<ApiMethod>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'bad-request', message: `Unknown API method "${method.slice(0, 100)}".` } }
  }
  const parsed = apiContract[method].input.safeParse(payload)
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad-request', message: `Invalid input for ${method}: ${describeIssues(parsed.error.issues)}` } }
  }
  try {
    const handler = handlers[method] as Handler<typeof method>
    const value = await handler(core, parsed.data as ApiInput<typeof method>)
    return { ok: true, value }
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: { code: error.code, message: error.message } }
    console.error(`[api] ${method} failed:`, error)
    return { ok: false, error: { code: 'internal', message: `${method} failed unexpectedly; the details are in the app's log.` } }
  }
}
