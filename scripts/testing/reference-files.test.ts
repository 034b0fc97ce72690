import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { locateReference, SEED_FILE, W3C_SUITE } from './reference-files'

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A repository folder with (or without) a ../shared beside it. */
function layout(withShared: boolean): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'foc-refs-'))
  temps.push(root)
  const repo = path.join(root, 'repo')
  mkdirSync(repo)
  if (withShared) {
    mkdirSync(path.join(root, 'shared', 'seeds'), { recursive: true })
    writeFileSync(path.join(root, 'shared', 'seeds', '000_5fa19ccc6a61b026.txt'), 'text')
    mkdirSync(path.join(root, 'shared', 'w3c-annotation-tests', 'definitions'), { recursive: true })
    mkdirSync(path.join(root, 'shared', 'w3c-annotation-tests', 'annotations'))
  }
  return repo
}

describe('locateReference', () => {
  it('finds the references beside the repository', () => {
    const repo = layout(true)
    expect(locateReference(SEED_FILE, repo, {}).skipReason).toBeNull()
    expect(locateReference(W3C_SUITE, repo, {})).toEqual({ path: path.resolve(repo, '..', 'shared', 'w3c-annotation-tests'), skipReason: null })
  })

  it('skips with the reason and the variable to set on a clone with nothing beside it', () => {
    const repo = layout(false)
    const suite = locateReference(W3C_SUITE, repo, {})
    expect(suite.skipReason).toContain('W3C Web Annotation conformance suite is not at')
    expect(suite.skipReason).toContain('FOC_W3C_SUITE_DIR')
    expect(locateReference(SEED_FILE, repo, {}).skipReason).toContain('FOC_SEED_FILE')
  })

  it('treats a folder without the suite in it as missing', () => {
    const repo = layout(false)
    const empty = path.join(repo, 'empty-suite')
    mkdirSync(empty)
    expect(() => locateReference(W3C_SUITE, repo, { FOC_W3C_SUITE_DIR: empty })).toThrow(/required/)
  })

  it('uses the folder a variable names, and fails rather than skip when it is not there', () => {
    const repo = layout(true)
    const named = path.resolve(repo, '..', 'shared', 'seeds', '000_5fa19ccc6a61b026.txt')
    expect(locateReference(SEED_FILE, layout(false), { FOC_SEED_FILE: named })).toEqual({ path: named, skipReason: null })
    expect(() => locateReference(SEED_FILE, repo, { FOC_SEED_FILE: '/nowhere/seed.txt' })).toThrow(/FOC_SEED_FILE names it, so it is required/)
  })
})
