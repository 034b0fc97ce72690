import { describe, expect, it } from 'vitest'
import { parseLockFile, serializeLockFile } from './lock-file'
import { parseProcStat } from './process-identity'

const owner = { pid: 123, startMark: 'linux:boot:456', host: 'desk', token: '0123456789abcdef0123456789abcdef', since: '2026-12-05T08:00:00.000Z' }

describe('the lock file', () => {
  it('reads back what was written', () => {
    expect(parseLockFile(serializeLockFile(owner))).toEqual({ format: 'foc-reader-notes-lock', version: 1, ...owner })
  })

  it('still names the holder of a lock written by a newer version with more fields', () => {
    const newer = JSON.stringify({ format: 'foc-reader-notes-lock', version: 2, ...owner, session: 'x' })
    expect(parseLockFile(newer)).toMatchObject({ pid: 123, host: 'desk', version: 2 })
  })

  it.each([
    ['cut short', serializeLockFile(owner).slice(0, 40)],
    ['empty', ''],
    ['not a lock file', JSON.stringify({ ...owner, format: 'something-else', version: 1 })],
    ['a token that is not ours to check', JSON.stringify({ format: 'foc-reader-notes-lock', version: 1, ...owner, token: 'short' })],
    ['no pid', JSON.stringify({ format: 'foc-reader-notes-lock', version: 1, ...owner, pid: undefined })],
    ['a negative pid', JSON.stringify({ format: 'foc-reader-notes-lock', version: 1, ...owner, pid: -1 })],
    ['bytes that are not text', Buffer.from([0xff, 0xfe, 0x00])],
  ])('reads a damaged file (%s) as no owner', (_case, text) => {
    expect(parseLockFile(text)).toBeNull()
  })
})

describe('parseProcStat', () => {
  it('finds state and start time after a command name holding spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, index) => String(index + 3))
    fields[0] = 'S'
    fields[19] = '987654'
    expect(parseProcStat(`42 (a (b) c) ${fields.join(' ')}`)).toEqual({ state: 'S', startTicks: '987654' })
  })

  it('gives null for text that is not a stat line', () => {
    expect(parseProcStat('no parentheses here')).toBeNull()
  })
})
