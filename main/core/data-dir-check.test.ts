import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkDataDir, DataDirError, type DataDirProbe } from './data-dir-check'
import { makeTempDir } from './notes/testing/note-fixtures'

let dir = ''
let cleanup: () => Promise<void> = async () => {}

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir('foc-data-dir-'))
})

afterEach(async () => {
  await cleanup()
})

/** Refuses access to `denied` with `code` (tests run as root, which passes every real permission check). */
function denying(denied: string, code: string): DataDirProbe {
  return {
    access: async (file) => {
      if (file === denied) throw Object.assign(new Error(`${code}: denied`), { code })
    },
  }
}

async function failure(dataDir: string, probe?: DataDirProbe): Promise<DataDirError> {
  const error: unknown = await checkDataDir(dataDir, probe).then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof DataDirError)) throw new Error(`expected a DataDirError, got ${String(error)}`)
  return error
}

describe('checkDataDir', () => {
  it('creates a missing folder and accepts it', async () => {
    const dataDir = path.join(dir, 'new', 'FOC Reader')
    await checkDataDir(dataDir)
    expect((await stat(dataDir)).isDirectory()).toBe(true)
  })

  it('accepts a folder holding a readable notes.json', async () => {
    await writeFile(path.join(dir, 'notes.json'), '{}')
    await expect(checkDataDir(dir)).resolves.toBeUndefined()
  })

  it('says the data folder is a file, and what to do', async () => {
    const file = path.join(dir, 'data')
    await writeFile(file, 'x')
    const error = await failure(file)
    expect(error.message).toBe(`FOC Reader cannot use ${file} as its data folder: it is a file, not a folder.\nMove that file away, or start FOC Reader with --data-dir and a folder you can write to.`)
    expect(error.path).toBe(file)
  })

  it('says when part of the path is a file', async () => {
    await writeFile(path.join(dir, 'data'), 'x')
    expect((await failure(path.join(dir, 'data', 'inner'))).problem).toMatch(/part of that path is a file, not a folder\.$/)
  })

  it('says notes.json is a folder', async () => {
    const notes = path.join(dir, 'notes.json')
    await mkdir(notes)
    const error = await failure(dir)
    expect(error.problem).toBe(`FOC Reader cannot read your notes: ${notes} is a folder, not a file.`)
    expect(error.remedy).toMatch(/^Move or rename that folder/)
  })

  it.each([
    ['EACCES', 'permission denied'],
    ['EROFS', 'the disk is read-only'],
  ])('says the folder is not writable (%s)', async (code, reason) => {
    const error = await failure(dir, denying(dir, code))
    expect(error.problem).toBe(`FOC Reader cannot write to its data folder ${dir} (${reason}).`)
    expect(error.remedy).toContain('--data-dir')
  })

  it('says notes.json cannot be read', async () => {
    const notes = path.join(dir, 'notes.json')
    await writeFile(notes, '{}')
    const error = await failure(dir, denying(notes, 'EACCES'))
    expect(error.message).toBe(`FOC Reader cannot read your notes file ${notes} (permission denied).\nGive yourself read and write permission on it, then start FOC Reader again.`)
  })
})
