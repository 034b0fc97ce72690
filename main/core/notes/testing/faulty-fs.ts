/**
 * For the write-failure tests: the real file system, except that a chosen
 * step fails with a chosen error code (ENOSPC, EIO, EACCES …) until cleared,
 * or a write comes out short, as on a full disk.
 */
import path from 'node:path'
import { nodeStoreFs, type StoreFileHandle, type StoreFs } from '../store-fs'

/** The steps a test can make fail. */
export type FaultStep = 'journal-create' | 'journal-append' | 'journal-fsync' | 'temp-write' | 'temp-fsync' | 'backup-link' | 'rename' | 'v1-backup'

/** A fault: `code` fails the step; `short` makes a temp or journal write stop half-way (then fail, or, with `silent`, report success). */
export interface Fault {
  readonly step: FaultStep
  readonly code: string
  readonly short?: boolean
  readonly silent?: boolean
}

/** A file system with a switchable fault. */
export interface FaultyFs {
  readonly fs: StoreFs
  fail(fault: Fault): void
  clear(): void
  /** How many times the fault fired. */
  readonly fired: number
}

function failure(code: string, step: string): Error {
  return Object.assign(new Error(`${code}: simulated failure (${step})`), { code })
}

const isJournal = (file: string): boolean => /^notes\.journal\.\d+$/.test(path.basename(file))
const isTemp = (file: string): boolean => /^notes\.json\.\d+$/.test(path.basename(file))

/** A fault-injecting wrapper over the real store file system. */
export function faultyFs(): FaultyFs {
  let fault: Fault | null = null
  let fired = 0
  /** Throws when `step` is the one to fail. */
  const check = (step: FaultStep): void => {
    if (fault?.step !== step || fault.short) return
    fired += 1
    throw failure(fault.code, step)
  }
  const wrap = (file: string, handle: StoreFileHandle, created: boolean): StoreFileHandle => {
    // A new journal's first write is its header: creating it.
    const stepOfWrite = (): FaultStep | null => (isJournal(file) ? (created ? 'journal-create' : 'journal-append') : isTemp(file) ? 'temp-write' : null)
    const syncStep: FaultStep | null = isJournal(file) ? 'journal-fsync' : isTemp(file) ? 'temp-fsync' : null
    return {
      ...handle,
      async writeAll(data) {
        const writeStep = stepOfWrite()
        if (writeStep !== null && fault?.step === writeStep && fault.short) {
          fired += 1
          await handle.writeAll(data.subarray(0, data.length >> 1))
          if (fault.silent) return
          throw failure(fault.code, writeStep)
        }
        if (writeStep !== null) check(writeStep)
        created = false
        return handle.writeAll(data)
      },
      async sync() {
        if (syncStep !== null) check(syncStep)
        return handle.sync()
      },
    }
  }
  const fs: StoreFs = {
    ...nodeStoreFs,
    async open(file, mode) {
      const existed = await nodeStoreFs.exists(file)
      return wrap(file, await nodeStoreFs.open(file, mode), !existed)
    },
    async link(existing, created) {
      check('backup-link')
      return nodeStoreFs.link(existing, created)
    },
    async rename(from, to) {
      if (path.basename(to) === 'notes.json') check('rename')
      // Keeping a version 1 notes.json before migrating it: its copy is renamed into place last.
      if (/^notes\.v1-backup/.test(path.basename(to))) check('v1-backup')
      return nodeStoreFs.rename(from, to)
    },
  }
  return {
    fs,
    fail(next) {
      fault = next
    },
    clear() {
      fault = null
    },
    get fired() {
      return fired
    },
  }
}
