import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseLockFile, serializeLockFile, type LockOwner } from './lock-file'
import { acquireNotesLock, DAMAGED_LOCK_GRACE_MS, NOTES_LOCK_NAME, type NotesLock, type NotesLockAttempt } from './notes-lock'
import { processStartMark } from './process-identity'
import { makeTempDir } from './testing/note-fixtures'

let dir = ''
let lockPath = ''
let cleanup: () => Promise<void> = async () => {}
const held: NotesLock[] = []
const children: ChildProcess[] = []

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir('foc-lock-'))
  lockPath = path.join(dir, NOTES_LOCK_NAME)
})

afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release()
  for (const child of children.splice(0)) child.kill('SIGKILL')
  await cleanup()
})

async function acquire(onLost?: (reason: string) => void, checkEveryMs?: number): Promise<NotesLockAttempt> {
  const attempt = await acquireNotesLock(dir, onLost, checkEveryMs)
  if (attempt.kind === 'acquired') held.push(attempt.lock)
  return attempt
}

function owner(overrides: Partial<LockOwner> = {}): Omit<LockOwner, 'format' | 'version'> {
  return { pid: process.pid, startMark: null, host: os.hostname(), token: 'a'.repeat(32), since: '2026-01-02T03:04:05.000Z', ...overrides }
}

/** A pid that belonged to a process which has exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', ''])
  expect(result.pid).toBeGreaterThan(0)
  return result.pid
}

/** A live process other than this one. */
function liveChild(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' })
  children.push(child)
  if (child.pid === undefined) throw new Error('could not start a child process')
  return child as ChildProcess & { pid: number }
}

async function ourToken(): Promise<string | undefined> {
  return parseLockFile(await readFile(lockPath))?.token
}

describe('acquireNotesLock', () => {
  it('writes a lock file naming this process, host and a random token', async () => {
    const attempt = await acquire()
    expect(attempt.kind).toBe('acquired')
    const written = parseLockFile(await readFile(lockPath))
    expect(written).toMatchObject({ format: 'foc-reader-notes-lock', version: 1, pid: process.pid, host: os.hostname() })
    expect(written?.token).toMatch(/^[0-9a-f]{32}$/)
    if (process.platform === 'linux') expect(written?.startMark).toBe(await processStartMark(process.pid))
    // No temp file is left beside it.
    expect(await readdir(dir)).toEqual([NOTES_LOCK_NAME])
  })

  it('takes over at once the lock of a process that no longer exists', async () => {
    await writeFile(lockPath, serializeLockFile(owner({ pid: deadPid() })))
    const attempt = await acquire()
    expect(attempt.kind).toBe('acquired')
    expect(await ourToken()).not.toBe('a'.repeat(32))
  })

  it('keeps the lock of a live process, however old, and says who holds it', async () => {
    const child = liveChild()
    await writeFile(lockPath, serializeLockFile(owner({ pid: child.pid, startMark: await processStartMark(child.pid) })))
    const past = new Date(Date.now() - 24 * 3600_000)
    await utimes(lockPath, past, past)
    const attempt = await acquire()
    expect(attempt).toMatchObject({ kind: 'refused', holder: { pid: child.pid }, reason: `another FOC Reader window (process ${child.pid}) is using this notes folder` })
    expect(attempt.kind === 'refused' && attempt.message).toContain(`process ${child.pid} on ${os.hostname()}, since 2 Jan 2026`)
  })

  it.skipIf(process.platform === 'win32')('takes over a lock whose pid now belongs to another process (start mark differs)', async () => {
    const child = liveChild()
    await writeFile(lockPath, serializeLockFile(owner({ pid: child.pid, startMark: 'linux:another-boot:12345' })))
    expect((await acquire()).kind).toBe('acquired')
  })

  it('takes over a lock naming this very pid with a token this process does not hold (a predecessor that had our pid)', async () => {
    await writeFile(lockPath, serializeLockFile(owner()))
    expect((await acquire()).kind).toBe('acquired')
  })

  it('treats a lock from another host as held and says how to free it', async () => {
    await writeFile(lockPath, serializeLockFile(owner({ host: 'conference-laptop.example', pid: deadPid() })))
    const attempt = await acquire()
    expect(attempt).toMatchObject({ kind: 'refused', reason: 'FOC Reader on another computer (conference-laptop.example) is using this notes folder' })
    expect(attempt.kind === 'refused' && attempt.message).toContain(`if it is no longer running, delete ${lockPath} and reopen FOC Reader`)
  })

  it('treats a damaged lock file as being written for a few seconds, then as a crash leftover', async () => {
    await writeFile(lockPath, '{"format": "foc-reader-notes-lock", "pi')
    expect(await acquire()).toMatchObject({ kind: 'refused', reason: 'another FOC Reader is opening this notes folder' })
    const past = new Date(Date.now() - DAMAGED_LOCK_GRACE_MS - 1_000)
    await utimes(lockPath, past, past)
    expect((await acquire()).kind).toBe('acquired')
    expect(await ourToken()).toMatch(/^[0-9a-f]{32}$/)
  })

  it('respects a fresh lock folder of the previous lock (an older version running) and takes over a stale one', async () => {
    await mkdir(lockPath)
    expect(await acquire()).toMatchObject({ kind: 'refused', reason: 'an older version of FOC Reader is using this notes folder' })
    const past = new Date(Date.now() - 60_000)
    await utimes(lockPath, past, past)
    expect((await acquire()).kind).toBe('acquired')
    expect(await ourToken()).toMatch(/^[0-9a-f]{32}$/)
  })

  it('lets exactly one of many simultaneous takeovers of a dead lock win', async () => {
    await writeFile(lockPath, serializeLockFile(owner({ pid: deadPid() })))
    const attempts = await Promise.all(Array.from({ length: 8 }, () => acquireNotesLock(dir)))
    const winners = attempts.flatMap((attempt) => (attempt.kind === 'acquired' ? [attempt.lock] : []))
    held.push(...winners)
    expect(winners).toHaveLength(1)
    await expect(winners[0]?.assertHeld()).resolves.toBeUndefined()
  })
})

describe('a held lock', () => {
  it('assertHeld passes while the file is ours and throws LOCK_LOST once it is not', async () => {
    const attempt = await acquire()
    if (attempt.kind !== 'acquired') throw new Error('not acquired')
    await expect(attempt.lock.assertHeld()).resolves.toBeUndefined()
    await writeFile(lockPath, serializeLockFile(owner({ pid: 4242, token: 'c'.repeat(32) })))
    await expect(attempt.lock.assertHeld()).rejects.toMatchObject({ code: 'LOCK_LOST', message: expect.stringContaining('process 4242') })
    // Release leaves the other owner's file alone.
    await attempt.lock.release()
    expect(await ourToken()).toBe('c'.repeat(32))
  })

  it('tells its holder between writes when the lock file was removed', async () => {
    const onLost = vi.fn()
    const attempt = await acquire(onLost, 20)
    expect(attempt.kind).toBe('acquired')
    await rm(lockPath)
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledWith(`${lockPath} was removed`))
    expect(onLost).toHaveBeenCalledTimes(1)
  })
})
