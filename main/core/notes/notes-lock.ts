/**
 * The inter-process lock on a notes folder: a `notes.lock` file naming its
 * holder (pid, process start mark, host, a random token, since when).
 *
 * - It appears whole or not at all: written to a temp file, then hard-linked
 *   to its name (link fails if the name exists, like O_EXCL; where the file
 *   system has no hard links, O_EXCL itself).
 * - A live holder keeps it however long it stalls (sleep, SIGSTOP, a
 *   debugger): there is no staleness by age. A holder that no longer runs on
 *   this host, or whose pid now belongs to another process (its start mark
 *   differs), is taken over at once.
 * - A lock from another host is held: this host cannot tell whether it runs.
 * - A file that does not parse is a crash's leftover once it is a few
 *   seconds old (a live writer fills it in microseconds).
 * - Before each write the holder calls `assertHeld()`, which re-reads the
 *   file: if the token is no longer its own it must not write.
 * Takeovers run one at a time under a `notes.lock.takeover` guard file, so
 * two starting processes cannot both take a dead holder's lock.
 */
import { randomBytes } from 'node:crypto'
import { link, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { errorCode, errorMessage } from './durable-files'
import { parseLockFile, serializeLockFile, type LockOwner } from './lock-file'
import { isSameProcessAlive, processStartMark } from './process-identity'

/** The lock file's name inside the data folder. */
export const NOTES_LOCK_NAME = 'notes.lock'
/** A lock file that does not parse and is older than this is a crash's leftover. */
export const DAMAGED_LOCK_GRACE_MS = 5_000
/** proper-lockfile (before this lock) kept a `notes.lock` folder fresh every 2 s; one untouched this long is dead. */
const OLD_LOCK_FOLDER_STALE_MS = 10_000
/** A takeover guard lives for milliseconds; one this old was left by a crash. */
const GUARD_STALE_MS = 5_000
/** How often a holder checks, between writes, that it still owns the lock (so the UI learns early). */
export const LOCK_CHECK_MS = 3_000

/** Thrown by `assertHeld` when the lock file no longer carries this holder's token. */
export class LockLostError extends Error {
  readonly code = 'LOCK_LOST'
  constructor(message: string) {
    super(message)
    this.name = 'LockLostError'
  }
}

/** True for the error `assertHeld` throws when the lock is no longer ours. */
export function isLockLost(error: unknown): error is LockLostError {
  return errorCode(error) === 'LOCK_LOST'
}

/** A held lock. */
export interface NotesLock {
  readonly lockPath: string
  /** Re-reads the lock file; throws a LockLostError (code 'LOCK_LOST') unless it still carries our token. */
  assertHeld(): Promise<void>
  /** Releases the lock (only if it is still ours); safe to call twice and after the lock was lost. */
  release(): Promise<void>
}

/** The outcome of trying to lock a notes folder. */
export type NotesLockAttempt =
  | { readonly kind: 'acquired'; readonly lock: NotesLock }
  | {
      readonly kind: 'refused'
      readonly lockPath: string
      /** Completes "notes are read-only because ...". */
      readonly reason: string
      /** A plain sentence for the UI. */
      readonly message: string
      /** Who holds it, when the lock file says. */
      readonly holder?: LockOwner
    }

type Refusal = Omit<Extract<NotesLockAttempt, { kind: 'refused' }>, 'kind' | 'lockPath'>

/** Tokens of the locks this process holds: a lock naming our own pid with another token is a dead predecessor's. */
const heldTokens = new Set<string>()

/**
 * Tries to lock `dataDir`. `onLost` is called once if a check between
 * writes finds the lock no longer ours (its file removed or replaced), so
 * the holder can turn read-only before its next write.
 */
export async function acquireNotesLock(dataDir: string, onLost?: (reason: string) => void, checkEveryMs: number = LOCK_CHECK_MS): Promise<NotesLockAttempt> {
  const lockPath = path.join(dataDir, NOTES_LOCK_NAME)
  const token = randomBytes(16).toString('hex')
  const owner = { pid: process.pid, startMark: await processStartMark(process.pid), host: os.hostname(), token, since: new Date().toISOString() }
  const bytes = Buffer.from(serializeLockFile(owner), 'utf8')
  const temp = `${lockPath}.${token}.tmp`
  try {
    await writeSynced(temp, bytes)
    for (let attempt = 0; attempt < 10; attempt += 1) {
      if (await createExclusive(temp, lockPath, bytes)) return acquired(lockPath, token, onLost, checkEveryMs)
      const found = await examine(lockPath)
      if (found.kind === 'missing') continue
      const refusal = await holderRefusal(found, dataDir, lockPath)
      if (refusal !== null) return { kind: 'refused', lockPath, ...refusal }
      const outcome = await takeOver(temp, lockPath, found)
      if (outcome === 'taken') return acquired(lockPath, token, onLost, checkEveryMs)
      if (outcome === 'busy') await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)))
    }
    return { kind: 'refused', lockPath, ...openingElsewhere(dataDir) }
  } catch (error) {
    const detail = errorMessage(error)
    return {
      kind: 'refused',
      lockPath,
      reason: `the notes folder could not be locked (${detail})`,
      message: `FOC Reader could not lock the notes folder ${dataDir} (${detail}), so your notes are read-only here.`,
    }
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

function acquired(lockPath: string, token: string, onLost: ((reason: string) => void) | undefined, checkEveryMs: number): NotesLockAttempt {
  heldTokens.add(token)
  let released = false
  let timer: NodeJS.Timeout | null = null
  const stopChecking = (): void => {
    if (timer !== null) clearInterval(timer)
    timer = null
  }
  const lock: NotesLock = {
    lockPath,
    async assertHeld() {
      if (released) throw new LockLostError('this window released it')
      let owner: LockOwner | null
      try {
        owner = parseLockFile(await readFile(lockPath))
      } catch (error) {
        if (errorCode(error) === 'ENOENT') throw new LockLostError(`${lockPath} was removed`)
        throw error
      }
      if (owner?.token === token) return
      throw new LockLostError(owner ? `${describeOwner(owner)} holds it now` : `${lockPath} was replaced by a damaged file`)
    },
    async release() {
      if (released) return
      released = true
      stopChecking()
      heldTokens.delete(token)
      try {
        if (parseLockFile(await readFile(lockPath))?.token === token) await unlink(lockPath)
      } catch {
        // Gone already, or unreadable: nothing of ours to remove.
      }
    },
  }
  if (onLost) {
    let checking = false
    timer = setInterval(() => {
      if (checking) return
      checking = true
      lock
        .assertHeld()
        .then(
          () => undefined,
          (error: unknown) => {
            if (!isLockLost(error) || released) return
            stopChecking()
            onLost(error.message)
          },
        )
        .finally(() => {
          checking = false
        })
    }, checkEveryMs)
    // The check must never keep a finished process alive.
    timer.unref()
  }
  return { kind: 'acquired', lock }
}

type Found =
  | { readonly kind: 'missing' }
  | { readonly kind: 'owner'; readonly owner: LockOwner; readonly bytes: Buffer }
  | { readonly kind: 'damaged'; readonly bytes: Buffer; readonly ageMs: number }
  | { readonly kind: 'old-folder'; readonly mtimeMs: number; readonly ageMs: number }

async function examine(lockPath: string): Promise<Found> {
  let info
  try {
    info = await stat(lockPath)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  const ageMs = Date.now() - info.mtimeMs
  if (info.isDirectory()) return { kind: 'old-folder', mtimeMs: info.mtimeMs, ageMs }
  let bytes
  try {
    bytes = await readFile(lockPath)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  const owner = parseLockFile(bytes)
  return owner ? { kind: 'owner', owner, bytes } : { kind: 'damaged', bytes, ageMs }
}

/** Null when the lock found may be taken over; else why not. */
async function holderRefusal(found: Exclude<Found, { kind: 'missing' }>, dataDir: string, lockPath: string): Promise<Refusal | null> {
  if (found.kind === 'damaged') return found.ageMs >= DAMAGED_LOCK_GRACE_MS ? null : openingElsewhere(dataDir)
  if (found.kind === 'old-folder') {
    if (found.ageMs >= OLD_LOCK_FOLDER_STALE_MS) return null
    return {
      reason: 'an older version of FOC Reader is using this notes folder',
      message: `An older version of FOC Reader is using this notes folder (${dataDir}), so your notes are read-only here. Close it and reopen FOC Reader to edit them.`,
    }
  }
  const { owner } = found
  if (owner.host !== os.hostname()) {
    return {
      holder: owner,
      reason: `FOC Reader on another computer (${owner.host}) is using this notes folder`,
      message: `FOC Reader on another computer (${describeOwner(owner)}) is using this notes folder (${dataDir}), so your notes are read-only here. Close it there; if it is no longer running, delete ${lockPath} and reopen FOC Reader.`,
    }
  }
  const alive = owner.pid === process.pid ? heldTokens.has(owner.token) : await isSameProcessAlive(owner.pid, owner.startMark)
  if (!alive) return null
  return {
    holder: owner,
    reason: `another FOC Reader window (process ${owner.pid}) is using this notes folder`,
    message: `Another FOC Reader window (${describeOwner(owner)}) is using this notes folder (${dataDir}), so your notes are read-only here. Close it and reopen FOC Reader to edit them.`,
  }
}

function openingElsewhere(dataDir: string): Refusal {
  return {
    reason: 'another FOC Reader is opening this notes folder',
    message: `Another FOC Reader is opening this notes folder (${dataDir}) at this moment, so your notes are read-only here. Reopen FOC Reader to edit them.`,
  }
}

/** "process 123 on host, since 5 Dec 2026, 08:47" */
export function describeOwner(owner: LockOwner): string {
  const since = new Date(owner.since).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
  return `process ${owner.pid} on ${owner.host}, since ${since}`
}

/** Puts `temp`'s content at `lockPath` unless something is there; false when something is. */
async function createExclusive(temp: string, lockPath: string, bytes: Buffer): Promise<boolean> {
  try {
    await link(temp, lockPath)
    return true
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EEXIST') return false
    // FAT and some network file systems have no hard links: O_EXCL, with a moment where the file is short.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error
  }
  try {
    await writeSynced(lockPath, bytes)
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
}

/** Replaces the dead lock `found` with ours, unless another process got there first. */
async function takeOver(temp: string, lockPath: string, found: Exclude<Found, { kind: 'missing' }>): Promise<'taken' | 'changed' | 'busy'> {
  const guard = `${lockPath}.takeover`
  try {
    await (await open(guard, 'wx')).close()
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error
    const age = await stat(guard).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    )
    if (age >= GUARD_STALE_MS) await unlink(guard).catch(() => undefined)
    return 'busy'
  }
  try {
    const now = await examine(lockPath)
    if (!sameLock(now, found)) return 'changed'
    if (found.kind === 'old-folder') {
      await rm(lockPath, { recursive: true, force: true })
      return (await createExclusive(temp, lockPath, await readFile(temp))) ? 'taken' : 'changed'
    }
    // Atomic replace: there is never a moment without a lock file.
    await rename(temp, lockPath)
    return 'taken'
  } finally {
    await unlink(guard).catch(() => undefined)
  }
}

function sameLock(now: Found, before: Found): boolean {
  if (now.kind === 'old-folder' && before.kind === 'old-folder') return now.mtimeMs === before.mtimeMs
  if ((now.kind === 'owner' || now.kind === 'damaged') && (before.kind === 'owner' || before.kind === 'damaged')) return now.bytes.equals(before.bytes)
  return false
}

async function writeSynced(file: string, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}
