/**
 * Writes a new snapshot (notes.json) during compaction: a temp file, written
 * whole, fsynced, then verified (its size, and a parse of what it holds read
 * back from disk) before the old snapshot becomes the backup and the temp file
 * is renamed over notes.json. Any failure, at any step, leaves notes.json and
 * the backup as they were, and removes the temp file.
 */
import path from 'node:path'
import { parseNotesFile } from './notes-file'
import { NOTES_BACKUP_FILE_NAME, NOTES_FILE_NAME } from './notes-recovery'
import type { StoreFs } from './store-fs'

/** A snapshot to write. */
export interface SnapshotJob {
  readonly fs: StoreFs
  readonly dir: string
  readonly bytes: Buffer
  readonly generation: number
  readonly noteCount: number
  /** Runs before each step that changes a file others may read (the lock check). */
  readonly beforeWrite: () => Promise<void>
}

/** Writes, verifies and installs the snapshot; the old one becomes notes.backup.json. */
export async function writeSnapshot(job: SnapshotJob): Promise<void> {
  const { fs, dir, bytes } = job
  const notesPath = path.join(dir, NOTES_FILE_NAME)
  // write-file-atomic's temp-name pattern, so a crash's leftover is tidied up by removeStaleTempFiles.
  const temp = `${notesPath}.${process.pid}`
  await fs.remove(temp)
  try {
    await job.beforeWrite()
    await writeWhole(fs, temp, bytes)
    await verify(job, temp)
    if (await fs.exists(notesPath)) await replaceByCopy(fs, notesPath, path.join(dir, NOTES_BACKUP_FILE_NAME), job.beforeWrite)
    await job.beforeWrite()
    await fs.rename(temp, notesPath)
    await fs.syncDirectory(dir)
  } catch (error) {
    await fs.remove(temp).catch(() => {})
    throw error
  }
}

/**
 * Makes `target` a copy of `source`: a hard link when the file system has
 * them (no bytes copied, and the copy is the very file, already fsynced),
 * else a fsynced copy of its bytes; either way through a temp name and a
 * rename, so `target` is never half written.
 */
export async function replaceByCopy(fs: StoreFs, source: string, target: string, beforeWrite: () => Promise<void>): Promise<void> {
  const temp = `${target}.${process.pid}.link`
  await fs.remove(temp)
  await beforeWrite()
  try {
    await fs.link(source, temp)
  } catch {
    // No hard links here (FAT, some network shares): copy the bytes.
    await writeWhole(fs, temp, await fs.readFile(source))
  }
  try {
    await beforeWrite()
    await fs.rename(temp, target)
    await fs.syncDirectory(path.dirname(target))
  } finally {
    // After a rename between two names of one file the temp name stays: remove it either way.
    await fs.remove(temp).catch(() => {})
  }
}

async function writeWhole(fs: StoreFs, file: string, bytes: Buffer): Promise<void> {
  const handle = await fs.open(file, 'wx')
  try {
    await handle.writeAll(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function verify(job: SnapshotJob, temp: string): Promise<void> {
  const size = await job.fs.size(temp)
  if (size !== job.bytes.length) throw new Error(`the new notes file holds ${size} of ${job.bytes.length} bytes after writing (is the disk full?)`)
  const result = parseNotesFile(await job.fs.readFile(temp))
  if (result.kind !== 'ok' || result.generation !== job.generation || result.notes.length !== job.noteCount || result.invalid.length > 0) {
    throw new Error(`the new notes file did not read back as written (${result.kind === 'damaged' ? result.reason : result.kind})`)
  }
}
