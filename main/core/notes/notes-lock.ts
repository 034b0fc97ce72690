/**
 * The inter-process lock on a notes folder (browser mode; Electron has its
 * single-instance lock). proper-lockfile creates a `notes.lock` directory
 * (mkdir is atomic everywhere) and keeps its mtime fresh; a lock whose mtime
 * is older than the stale time belongs to a process that died (a SIGKILL or a
 * power cut leaves the directory behind) and is taken over.
 */
import path from 'node:path'
import lockfile from 'proper-lockfile'

/** The lock directory's name inside the data folder. */
export const NOTES_LOCK_NAME = 'notes.lock'
/** A lock not refreshed for this long is a dead process's: short, so a crash blocks editing only briefly. */
export const LOCK_STALE_MS = 10_000
/** How often a holder refreshes its lock; well inside the stale time so a busy moment does not lose it. */
export const LOCK_UPDATE_MS = 2_000

/** A held lock. */
export interface NotesLock {
  readonly lockPath: string
  /** Releases the lock; safe to call twice and after the lock was lost. */
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
    }

/**
 * Tries once to lock `dataDir`. `onLost` is called if the lock is later
 * compromised (its directory removed, or not refreshed in time and taken
 * over), so the holder can stop writing; without it proper-lockfile throws
 * from a timer and would crash the process.
 */
export async function acquireNotesLock(dataDir: string, onLost: (reason: string) => void): Promise<NotesLockAttempt> {
  const lockPath = path.join(dataDir, NOTES_LOCK_NAME)
  let released = false
  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: LOCK_STALE_MS,
      update: LOCK_UPDATE_MS,
      retries: 0,
      onCompromised: (error: Error) => {
        released = true
        onLost(error.message)
      },
    })
    return {
      kind: 'acquired',
      lock: {
        lockPath,
        async release() {
          if (released) return
          released = true
          try {
            await release()
          } catch {
            // Already released or compromised: nothing of ours is left to remove.
          }
        },
      },
    }
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
    if (code === 'ELOCKED') {
      return {
        kind: 'refused',
        lockPath,
        reason: 'another FOC Reader window is using this notes folder',
        message: `Another FOC Reader window is using this notes folder (${dataDir}), so your notes are read-only here. Close the other window and reopen FOC Reader to edit them.`,
      }
    }
    const detail = error instanceof Error ? error.message : String(error)
    return {
      kind: 'refused',
      lockPath,
      reason: `the notes folder could not be locked (${detail})`,
      message: `FOC Reader could not lock the notes folder ${dataDir} (${detail}), so your notes are read-only here.`,
    }
  }
}
