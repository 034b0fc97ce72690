import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, EMPTY_READING_STATE, MAX_POSITIONS, type ReadingState } from '../../../shared/reading-state'
import { READING_STATE_FILE } from './reading-state-file'
import { openReadingStateStore, ReadingStateStore } from './reading-state-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'foc-reading-state-'))
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

const file = () => path.join(dir, READING_STATE_FILE)

describe('reading state in the data folder', () => {
  it('starts empty with the default settings when there is no file', async () => {
    const store = await openReadingStateStore(dir)
    expect(store.get()).toEqual(EMPTY_READING_STATE)
  })

  it('keeps settings, positions and the last document across a restart', async () => {
    const store = await openReadingStateStore(dir)
    store.setSettings({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large', showParagraphNumbers: false })
    store.setLastDocument('hrc-20-8')
    store.setPosition('statement', { blockId: 'p-4', offset: 120 })
    store.setPosition('hrc-20-8', { blockId: 'p-2', offset: 0 })
    store.setLastDocument('statement')
    await store.flush()

    const reopened = await openReadingStateStore(dir)
    expect(reopened.get()).toEqual({
      lastDocumentId: 'statement',
      positions: { statement: { blockId: 'p-4', offset: 120 }, 'hrc-20-8': { blockId: 'p-2', offset: 0 } },
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large', showParagraphNumbers: false },
    })
    const written = JSON.parse(await readFile(file(), 'utf8')) as Record<string, unknown>
    expect(written['schemaVersion']).toBe(1)
  })

  it('moves a damaged file aside and uses the defaults', async () => {
    for (const damaged of ['{"format":"foc-reader-reading-state",', '[1,2]', '{"format":"foc-reader-reading-state","schemaVersion":1,"lastDocumentId":5}']) {
      await writeFile(file(), damaged)
      const store = await openReadingStateStore(dir)
      expect(store.get()).toEqual(EMPTY_READING_STATE)
      const names = await readdir(dir)
      expect(names).not.toContain(READING_STATE_FILE)
      const aside = names.filter((name) => name.startsWith('reading-state.damaged-'))
      expect(aside.length).toBeGreaterThan(0)
      // The damaged bytes are kept, not rewritten.
      const contents = await Promise.all(aside.map((name) => readFile(path.join(dir, name), 'utf8')))
      expect(contents).toContain(damaged)
      // And the store writes a fresh file again.
      store.setLastDocument('statement')
      await store.flush()
      expect((await openReadingStateStore(dir)).get().lastDocumentId).toBe('statement')
      await rm(file())
    }
  })

  it('keeps valid settings when one field holds a value it does not know', async () => {
    await writeFile(
      file(),
      JSON.stringify({ format: 'foc-reader-reading-state', schemaVersion: 1, lastDocumentId: null, positions: {}, settings: { theme: 'neon', textSize: 'large' } }),
    )
    expect((await openReadingStateStore(dir)).get().settings).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large' })
  })

  it('leaves a file from a newer version untouched and keeps this run in memory', async () => {
    const newer = JSON.stringify({ format: 'foc-reader-reading-state', schemaVersion: 2, somethingNew: true })
    await writeFile(file(), newer)
    const store = await openReadingStateStore(dir)
    expect(store.get()).toEqual(EMPTY_READING_STATE)
    store.setSettings({ ...DEFAULT_SETTINGS, theme: 'sepia' })
    await store.flush()
    expect(store.get().settings.theme).toBe('sepia')
    expect(await readFile(file(), 'utf8')).toBe(newer)
  })

  it('coalesces a burst of changes into few writes, the last state winning', async () => {
    const written: ReadingState[] = []
    let release: () => void = () => undefined
    const store = new ReadingStateStore(EMPTY_READING_STATE, async (state) => {
      written.push(state)
      await new Promise<void>((resolve) => (release = resolve))
    })
    for (let offset = 0; offset < 50; offset += 1) store.setPosition('statement', { blockId: 'p-1', offset })
    release()
    await Promise.resolve()
    await new Promise((resolve) => setImmediate(resolve))
    release()
    await store.flush()
    expect(written).toHaveLength(2)
    expect(written.at(-1)?.positions['statement']).toEqual({ blockId: 'p-1', offset: 49 })
  })

  it('keeps the positions of the most recently read documents only', () => {
    const store = new ReadingStateStore(EMPTY_READING_STATE)
    for (let index = 0; index <= MAX_POSITIONS; index += 1) store.setPosition(`doc-${index}`, { blockId: 'p-1', offset: 0 })
    store.setPosition('doc-1', { blockId: 'p-1', offset: 5 })
    const ids = Object.keys(store.get().positions)
    expect(ids).toHaveLength(MAX_POSITIONS)
    expect(ids).not.toContain('doc-0')
    expect(ids.at(-1)).toBe('doc-1')
  })

  it('survives a failed write and saves on the next change', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let fail = true
    const saved: ReadingState[] = []
    const store = new ReadingStateStore(EMPTY_READING_STATE, (state) => {
      if (fail) return Promise.reject(new Error('ENOSPC'))
      saved.push(state)
      return Promise.resolve()
    })
    store.setLastDocument('statement')
    await store.flush()
    fail = false
    store.setLastDocument('other')
    await store.flush()
    expect(saved.at(-1)?.lastDocumentId).toBe('other')
  })
})
