import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../shared/reading-state'
import { dispatch } from './api'
import { openReadingStateStore } from './reading/reading-state-store'
import { expectApiValue } from './testing/api-value'
import { buildTestCore, buildTestLibrary } from './testing/test-library'

const STATEMENT = 'sample-statement'
const RESOLUTION = 'sample-resolution'
const library = buildTestLibrary()
const firstParagraph = (documentId: string): string => {
  const block = library.getDocument(documentId)?.blocks.find((candidate) => candidate.type === 'paragraph')
  if (!block) throw new Error(`${documentId} has no paragraph`)
  return block.id
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'foc-reading-api-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A core whose reading state lives in the test's data folder. */
async function coreOnDisk() {
  return buildTestCore(library, { reading: await openReadingStateStore(dir) })
}

const value = expectApiValue

describe('reading state through the API', () => {
  it('reading.get starts with no document, no positions and the default settings', async () => {
    const core = await coreOnDisk()
    expect(value('reading.get', await dispatch(core, 'reading.get', {}))).toEqual({ lastDocumentId: null, positions: {}, settings: DEFAULT_SETTINGS })
  })

  it('what reading.setPosition and reading.setSettings store comes back after a restart', async () => {
    const core = await coreOnDisk()
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark' as const, textSize: 'large' as const, columnWidth: 'wide' as const }
    value('reading.setSettings', await dispatch(core, 'reading.setSettings', { settings }))
    const position = { blockId: firstParagraph(RESOLUTION), offset: 42 }
    value('reading.setPosition', await dispatch(core, 'reading.setPosition', { documentId: RESOLUTION, position }))
    value('reading.setLastDocument', await dispatch(core, 'reading.setLastDocument', { documentId: STATEMENT }))
    await core.close()

    const restarted = await coreOnDisk()
    expect(value('reading.get', await dispatch(restarted, 'reading.get', {}))).toEqual({
      lastDocumentId: STATEMENT,
      positions: { [RESOLUTION]: position },
      settings,
    })
  })

  it('refuses a document or paragraph the library does not have, and keeps the state', async () => {
    const core = await coreOnDisk()
    const unknownDocument = await dispatch(core, 'reading.setLastDocument', { documentId: 'no-such-document' })
    expect(unknownDocument.ok ? null : unknownDocument.error.code).toBe('not-found')
    const unknownBlock = await dispatch(core, 'reading.setPosition', { documentId: STATEMENT, position: { blockId: 'no-such-block', offset: 0 } })
    expect(unknownBlock.ok ? null : unknownBlock.error.code).toBe('not-found')
    expect(core.reading.get()).toEqual({ lastDocumentId: null, positions: {}, settings: DEFAULT_SETTINGS })
  })

  it('refuses malformed input: an unknown theme, a negative offset, a missing setting', async () => {
    const core = await coreOnDisk()
    const bad = [
      dispatch(core, 'reading.setSettings', { settings: { ...DEFAULT_SETTINGS, theme: 'neon' } }),
      dispatch(core, 'reading.setSettings', { settings: { theme: 'dark' } }),
      dispatch(core, 'reading.setPosition', { documentId: STATEMENT, position: { blockId: firstParagraph(STATEMENT), offset: -1 } }),
    ]
    for (const result of await Promise.all(bad)) expect(result.ok ? null : result.error.code).toBe('bad-request')
    expect(core.reading.get().settings).toEqual(DEFAULT_SETTINGS)
  })
})
