/**
 * The file-system steps the notes store is built from, each durable on its
 * own: atomic replace, folder fsync, zero-copy backup by hard link, renaming
 * a damaged file aside without ever overwriting anything.
 */
import { link, lstat, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import writeFileAtomic from 'write-file-atomic'

/** What identifies one version of a file on disk: its inode, size and modification time. */
export interface FileStamp {
  readonly ino: number
  readonly size: number
  readonly mtimeMs: number
}

/** Reads a whole file and the stamp of exactly what was read (fstat on the same handle); null when it does not exist. */
export async function readWithStamp(file: string): Promise<{ bytes: Buffer; stamp: FileStamp } | null> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  try {
    const info = await handle.stat()
    const bytes = await handle.readFile()
    return { bytes, stamp: { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs } }
  } finally {
    await handle.close()
  }
}

/**
 * Replaces `file` with `data`: write-file-atomic writes a temp file, fsyncs
 * it and renames it over `file`. It issues a single write() and does not
 * check how many bytes it took, so on a full disk a short file could be
 * renamed into place; the size check afterwards turns that into an error.
 * Call `syncDirectory` afterwards to make the rename itself durable.
 */
export async function atomicWrite(file: string, data: Buffer): Promise<FileStamp> {
  await writeFileAtomic(file, data, { fsync: true })
  const info = await stat(file)
  if (info.size !== data.length) throw new Error(`${file} holds ${info.size} of ${data.length} bytes after writing (is the disk full?)`)
  return { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs }
}

const UNSUPPORTED_DIRECTORY_SYNC = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF', 'EACCES'])

/** Fsyncs a folder so renames in it survive a power cut; a no-op where the platform cannot. */
export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  let handle
  try {
    handle = await open(dir, 'r')
  } catch (error) {
    if (UNSUPPORTED_DIRECTORY_SYNC.has(errorCode(error) ?? '')) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!UNSUPPORTED_DIRECTORY_SYNC.has(errorCode(error) ?? '')) throw error
  } finally {
    await handle.close()
  }
}

/** Suffix of the temporary hard link `linkAsBackup` makes; `removeStaleTempFiles` knows it. */
const LINK_SUFFIX = '.link'

/**
 * Makes `backup` another name for the file `source` names now, if `source`
 * still has `expected` as its stamp: a hard link to a temp name, renamed over
 * the backup. No bytes are copied, and the backup is exactly the complete,
 * already fsynced file. Returns false (and changes nothing) where the stamp
 * differs or the file system has no hard links (FAT, some network shares);
 * the caller then writes the backup from memory.
 */
export async function linkAsBackup(source: string, backup: string, expected: FileStamp): Promise<boolean> {
  const temp = `${backup}.${process.pid}${LINK_SUFFIX}`
  try {
    // lstat: a symlinked notes file must not be linked, or the backup would follow it to the new content.
    const now = await lstat(source)
    if (!now.isFile() || now.ino !== expected.ino || now.size !== expected.size || now.mtimeMs !== expected.mtimeMs) return false
    await rm(temp, { force: true })
    await link(source, temp)
    await rename(temp, backup)
    // rename() between two names of one file does nothing (after a crash between link and replace, backup and
    // notes.json can be one file): the temp name would stay.
    await rm(temp, { force: true })
    return true
  } catch {
    await rm(temp, { force: true }).catch(() => {})
    return false
  }
}

/** Renames a damaged file to `<stem>-<timestamp>.json` beside it, never over an existing file, and returns the new path. */
export async function moveAside(file: string, stem: string, now: Date = new Date()): Promise<string> {
  const dir = path.dirname(file)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const candidate = await freePath(dir, (attempt) => `${stem}-${stamp}${attempt === 0 ? '' : `-${attempt}`}.json`)
  await rename(file, candidate)
  await syncDirectory(dir)
  return candidate
}

/** The first path `dir/nameFor(0)`, `dir/nameFor(1)`, … that nothing occupies, so a new file never replaces an old one. */
export async function freePath(dir: string, nameFor: (attempt: number) => string): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const candidate = path.join(dir, nameFor(attempt))
    if (!(await exists(candidate))) return candidate
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

/** Temp files a process that died mid-write leaves: write-file-atomic's `notes.json.<number>` and our `.link`s. */
const TEMP_FILE = /^notes(?:\.backup)?\.json\.\d+(?:\.link)?$/
/** Old enough that no live write can still own it. */
const TEMP_FILE_MIN_AGE_MS = 60_000

/** Deletes old temp files in `dir`. They never held an acknowledged state (their rename never happened). */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  try {
    for (const name of await readdir(dir)) {
      if (!TEMP_FILE.test(name)) continue
      const file = path.join(dir, name)
      const info = await stat(file)
      if (Date.now() - info.mtimeMs > TEMP_FILE_MIN_AGE_MS) await unlink(file)
    }
  } catch {
    // Tidying up is optional; a leftover temp file harms nothing.
  }
}

/** The `code` of a Node system error, if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** An error's message, for sentences shown to the user. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
