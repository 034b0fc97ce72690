import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_BRIEFING_OPTIONS } from '../../../shared/briefing-options'
import { dispatch } from '../api'
import { buildTestCore, buildTestLibrary } from '../testing/test-library'
import { assembleReaderCore } from '../reader-core'
import { createMemoryNotesStore } from '../notes/testing/memory-notes-store'
import { BRIEFING_OPTIONS_FILE, BriefingOptionsStore } from './briefing-options-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'foc-briefing-options-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const chosen = { ...DEFAULT_BRIEFING_OPTIONS, title: 'Delegation briefing 7731', preparedBy: 'Test Delegate', marking: 'official' as const, structure: 'category' as const, includeDates: true }

describe('BriefingOptionsStore', () => {
  it('starts from the defaults, and remembers what was set in a versioned file', async () => {
    const store = new BriefingOptionsStore(dir)
    expect(await store.get()).toEqual(DEFAULT_BRIEFING_OPTIONS)
    expect(await store.set({ ...chosen, occasion: '  PP-18\n Dubai ' })).toEqual({ ...chosen, occasion: 'PP-18 Dubai' })
    expect(await new BriefingOptionsStore(dir).get()).toEqual({ ...chosen, occasion: 'PP-18 Dubai' })
    expect(JSON.parse(await readFile(path.join(dir, BRIEFING_OPTIONS_FILE), 'utf8'))).toMatchObject({ version: 1, options: { title: 'Delegation briefing 7731' } })
  })

  it('reads options remembered before the statement annex existed, with the annex off', async () => {
    const { statementAnnex, ...older } = chosen
    expect(statementAnnex).toBe(false)
    await writeFile(path.join(dir, BRIEFING_OPTIONS_FILE), JSON.stringify({ version: 1, options: older }))
    expect(await new BriefingOptionsStore(dir).get()).toEqual({ ...chosen, statementAnnex: false })
    const store = new BriefingOptionsStore(dir)
    await store.set({ ...older, statementAnnex: true })
    expect(await store.get()).toEqual({ ...chosen, statementAnnex: true })
  })

  it('gives the defaults, without throwing, for a damaged, foreign or newer file', async () => {
    const store = new BriefingOptionsStore(dir)
    for (const text of ['{"version":1,"options":{"title":', '[]', JSON.stringify({ version: 2, options: chosen }), JSON.stringify({ version: 1, options: { ...chosen, structure: 'by colour' } })]) {
      await writeFile(path.join(dir, BRIEFING_OPTIONS_FILE), text)
      expect(await store.get()).toEqual(DEFAULT_BRIEFING_OPTIONS)
    }
  })

  it('says why when it cannot write', async () => {
    const store = new BriefingOptionsStore(path.join(dir, 'no', 'such', 'folder'))
    await expect(store.set(chosen)).rejects.toMatchObject({ code: 'io-error' })
  })
})

describe('briefing.getOptions / briefing.setOptions', () => {
  it('read and write the data folder’s options through the API, refusing bad input', async () => {
    const core = assembleReaderCore(buildTestLibrary(), createMemoryNotesStore(), { info: { ...buildTestCore().info, dataDir: dir } })
    expect(await dispatch(core, 'briefing.getOptions', {})).toEqual({ ok: true, value: { options: DEFAULT_BRIEFING_OPTIONS } })
    expect(await dispatch(core, 'briefing.setOptions', { options: chosen })).toEqual({ ok: true, value: { options: chosen } })
    expect(await dispatch(core, 'briefing.getOptions', {})).toEqual({ ok: true, value: { options: chosen } })
    const refused = await dispatch(core, 'briefing.setOptions', { options: { ...chosen, title: 'x'.repeat(201) } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    const export_ = await dispatch(core, 'notes.export', { selection: { scope: 'all' }, format: 'docx', briefing: chosen })
    expect(export_).toMatchObject({ ok: true, value: { format: 'docx', fileName: 'Delegation briefing 7731.docx' } })
  })
})
