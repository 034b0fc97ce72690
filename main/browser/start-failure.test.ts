import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DataDirError } from '../core/data-dir-check'
import { makeTempDir } from '../core/notes/testing/note-fixtures'
import { describeStartFailure } from './start-failure'

let dir = ''
let cleanup: () => Promise<void> = async () => {}

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir('foc-start-failure-'))
})

afterEach(async () => {
  await cleanup()
})

function logNamedIn(text: string): string {
  const match = /\(Details: (\S+\.log)\)$/.exec(text)
  if (!match?.[1]) throw new Error(`no log named in ${JSON.stringify(text)}`)
  return match[1]
}

describe('describeStartFailure', () => {
  it('prints the problem and the remedy, and keeps the stack in a log it names', async () => {
    const error = new DataDirError('/x', 'FOC Reader cannot use /x as its data folder: it is a file, not a folder.', 'Move that file away.', { cause: new Error('EEXIST: file already exists, mkdir /x') })
    const text = describeStartFailure(error, dir)
    const lines = text.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(error.problem)
    expect(lines[1]).toMatch(/^Move that file away\. \(Details: /)
    expect(text).not.toMatch(/\n\s+at /)
    const log = await readFile(logNamedIn(text), 'utf8')
    expect(log).toContain('DataDirError')
    expect(log).toMatch(/\n\s+at /)
    expect(log).toContain('Caused by: Error: EEXIST')
  })

  it('says an unexpected error in one line with no stack', () => {
    const text = describeStartFailure(new TypeError('boom'), dir)
    expect(text).toMatch(/^FOC Reader could not start: boom \(Details: .+\.log\)$/)
  })

  it('still says what is wrong when no log can be written', () => {
    expect(describeStartFailure(new Error('boom'), `${dir}/missing/folder`)).toBe('FOC Reader could not start: boom')
  })
})
