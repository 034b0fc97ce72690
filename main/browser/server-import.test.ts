/**
 * A large import through the browser-mode host, end to end: the file travels
 * as a JSON string in the request body, so the body is larger than the file,
 * and the host's body limit must leave room for any file the importer takes.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../shared/import-model'
import { dispatch } from '../core/api'
import { appExportText } from '../core/import/testing/import-fixtures'
import { makeNote, noteText } from '../core/notes/testing/note-fixtures'
import type { ReaderCore } from '../core/reader-core'
import { buildTestCore } from '../core/testing/test-library'
import { MAX_BODY_BYTES, startBrowserServer, type BrowserServer } from './server'

const TOKEN = 'test-token-import-0123456789'
const MIB = 1024 * 1024

let core: ReaderCore
let server: BrowserServer
let rendererDir: string

beforeAll(async () => {
  rendererDir = await mkdtemp(path.join(os.tmpdir(), 'foc-server-import-'))
  core = buildTestCore()
  server = await startBrowserServer({ rendererDir, token: TOKEN, port: 0, dispatch: (method, payload) => dispatch(core, method, payload) })
})

afterAll(async () => {
  await server.close()
  await core.close()
  await rm(rendererDir, { recursive: true, force: true })
})

/** POSTs `payload` as JSON to /api/<method> with the token; returns the status, the parsed answer and the body's size. */
async function post(method: string, payload: unknown): Promise<{ status: number; answer: { ok: boolean; value?: unknown }; bodyBytes: number }> {
  const body = JSON.stringify(payload)
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body,
  })
  return { status: response.status, answer: (await response.json()) as { ok: boolean; value?: unknown }, bodyBytes: Buffer.byteLength(body) }
}

describe('a 9 MB import in browser mode', () => {
  it('is previewed and imported, although its request body is larger than the file', async () => {
    // Quotes and line breaks are escaped in the file, and escaped again in the body.
    const text = 'He said "yes, online and offline".\n'.repeat(2_700)
    const notes = Array.from({ length: 95 }, (_, index) => makeNote(index, text))
    const file = appExportText(notes)
    const fileBytes = Buffer.byteLength(file)
    expect(fileBytes).toBeGreaterThan(9 * MIB)
    expect(fileBytes).toBeLessThan(MAX_IMPORT_BYTES)

    const preview = await post('notes.importPreview', { text: file })
    expect(preview.bodyBytes).toBeGreaterThan(fileBytes + MIB)
    expect(preview.status).toBe(200)
    expect(preview.answer).toMatchObject({ ok: true, value: { ok: true, summary: { items: 95 } } })

    const confirmed = await post('notes.importConfirm', { text: file })
    expect(confirmed.status).toBe(200)
    expect(confirmed.answer).toMatchObject({ ok: true, value: { ok: true } })
    const listed = core.notes.list()
    expect(listed).toHaveLength(95)
    expect(noteText(listed[0]?.note)).toBe(text)
  })

  it('leaves room in the body limit for any file at the import limit, escaped', () => {
    // Every byte of a valid JSON file escapes to at most two, and the envelope is small.
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(2 * MAX_IMPORT_BYTES + Buffer.byteLength(JSON.stringify({ text: '' })))
  })
})
