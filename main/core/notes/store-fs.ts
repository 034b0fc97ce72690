/**
 * The few file-system calls the notes store writes through, as an object the
 * store is given: production passes `nodeStoreFs`; tests pass a wrapper that
 * fails a chosen step (temp write, fsync, rename, journal append) with a
 * chosen error, to prove each failure leaves the last good state intact.
 */
import { link, lstat, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises'

/** An open file: only what the store needs. */
export interface StoreFileHandle {
  /** Writes all of `data` at the current end (append) or position 0 onwards, looping over short writes. */
  writeAll(data: Buffer): Promise<void>
  /** fsync: the data is on disk when this resolves. */
  sync(): Promise<void>
  truncate(length: number): Promise<void>
  size(): Promise<number>
  close(): Promise<void>
}

/** Open modes the store uses: 'a' appends to a journal, 'wx' creates a new file that must not exist. */
export type StoreOpenMode = 'a' | 'wx'

/** The store's file system. */
export interface StoreFs {
  open(file: string, mode: StoreOpenMode): Promise<StoreFileHandle>
  readFile(file: string): Promise<Buffer>
  rename(from: string, to: string): Promise<void>
  link(existing: string, created: string): Promise<void>
  remove(file: string): Promise<void>
  size(file: string): Promise<number>
  /** Whether `file` exists (lstat: a symlink counts as existing). */
  exists(file: string): Promise<boolean>
  list(dir: string): Promise<string[]>
  /** Fsyncs a folder so renames in it survive a power cut. */
  syncDirectory(dir: string): Promise<void>
}

/** Wraps a Node file handle. */
function wrapHandle(handle: FileHandle): StoreFileHandle {
  return {
    async writeAll(data) {
      let offset = 0
      while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset)
        // A write that takes nothing would loop forever; the disk is full.
        if (bytesWritten === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
        offset += bytesWritten
      }
    },
    sync: () => handle.sync(),
    truncate: (length) => handle.truncate(length),
    size: async () => (await handle.stat()).size,
    close: () => handle.close(),
  }
}

const UNSUPPORTED_DIRECTORY_SYNC = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF', 'EACCES'])

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

/** The real file system. */
export const nodeStoreFs: StoreFs = {
  open: async (file, mode) => wrapHandle(await open(file, mode)),
  readFile: (file) => readFile(file),
  rename: (from, to) => rename(from, to),
  link: (existing, created) => link(existing, created),
  remove: (file) => rm(file, { force: true }),
  size: async (file) => (await stat(file)).size,
  exists: async (file) => {
    try {
      await lstat(file)
      return true
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return false
      throw error
    }
  },
  list: (dir) => readdir(dir),
  async syncDirectory(dir) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return
    let handle
    try {
      handle = await open(dir, 'r')
    } catch (error) {
      if (UNSUPPORTED_DIRECTORY_SYNC.has(codeOf(error))) return
      throw error
    }
    try {
      await handle.sync()
    } catch (error) {
      if (!UNSUPPORTED_DIRECTORY_SYNC.has(codeOf(error))) throw error
    } finally {
      await handle.close()
    }
  },
}
