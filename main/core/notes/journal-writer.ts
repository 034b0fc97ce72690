/**
 * Appends change records to the current journal, each batch with one fsync,
 * and starts a new journal generation when the store compacts. After a
 * failed append the file may hold part of a record (or whole records that
 * were never acknowledged): the next append first cuts the file back to the
 * last acknowledged byte, so a failed change never comes back and a bad
 * record never sits before good ones.
 */
import path from 'node:path'
import { journalFileName, journalHeader } from './journal-file'
import type { OpenJournal } from './journal-replay'
import type { StoreFileHandle, StoreFs } from './store-fs'

/** The journal being appended to. */
export class JournalWriter {
  private handle: StoreFileHandle | null = null
  /** Bytes acknowledged so far: header and complete records. */
  private goodLength = 0
  /** True when the file may hold bytes past `goodLength` (a failed append). */
  private dirty = false
  private recordCount = 0

  private constructor(
    private readonly fs: StoreFs,
    private readonly dir: string,
    private currentGeneration: number,
    private readonly existing: OpenJournal | null,
  ) {}

  /** A writer that continues `existing` (cutting off a torn tail on the first append) or creates `generation`. */
  static resume(fs: StoreFs, dir: string, existing: OpenJournal | null, generation: number): JournalWriter {
    const writer = new JournalWriter(fs, dir, existing?.generation ?? generation, existing)
    writer.recordCount = existing?.records ?? 0
    // Its size counts from the start, not from the first append: the compaction check may ask before then.
    writer.goodLength = existing?.validLength ?? 0
    return writer
  }

  /** The generation appended to. */
  get generation(): number {
    return this.currentGeneration
  }

  /** Records in the current journal, and its size in bytes. */
  get size(): { readonly records: number; readonly bytes: number } {
    return { records: this.recordCount, bytes: this.goodLength }
  }

  /** Appends one record (from `encodeRecord`) and fsyncs; on failure the journal is as before and the next append repairs it. */
  async append(data: Buffer): Promise<void> {
    const handle = await this.ready()
    await this.cutBack()
    this.dirty = true
    await handle.writeAll(data)
    await handle.sync()
    this.dirty = false
    this.goodLength += data.length
    this.recordCount += 1
  }

  /**
   * Starts journal `generation` (created with its header, fsynced, and the
   * folder fsynced) and appends there from now on. On failure nothing changes:
   * appends go on to the old journal.
   */
  async rotate(generation: number): Promise<void> {
    // A failed record left in the old journal would be replayed, as if it had been saved, by a start that needs that journal.
    await this.cutBack()
    const file = path.join(this.dir, journalFileName(generation))
    const header = journalHeader(generation)
    // A file of this generation can only be left by a rotation that failed before any record: it holds none.
    await this.fs.remove(file)
    const handle = await this.fs.open(file, 'a')
    try {
      await handle.writeAll(header)
      await handle.sync()
      await this.fs.syncDirectory(this.dir)
    } catch (error) {
      await handle.close().catch(() => {})
      await this.fs.remove(file).catch(() => {})
      throw error
    }
    await this.handle?.close().catch(() => {})
    this.handle = handle
    this.currentGeneration = generation
    this.goodLength = header.length
    this.recordCount = 0
    this.dirty = false
  }

  /**
   * Closes the journal, first cutting away a failed record, which the next
   * start would otherwise replay; with `mayWrite` false (the folder may no
   * longer be ours) the file is left as it is.
   */
  async close(mayWrite = true): Promise<void> {
    if (mayWrite) await this.cutBack().catch(() => {})
    const handle = this.handle
    this.handle = null
    await handle?.close()
  }

  /** Cuts the open journal back to its last acknowledged byte, if a failed append may have left more. */
  private async cutBack(): Promise<void> {
    if (!this.handle || !this.dirty) return
    await this.handle.truncate(this.goodLength)
    await this.handle.sync()
    this.dirty = false
  }

  /** The open journal: the existing one (torn tail cut away) or a new one. */
  private async ready(): Promise<StoreFileHandle> {
    if (this.handle) return this.handle
    const existing = this.existing
    if (existing === null || existing.validLength === 0 || existing.generation !== this.currentGeneration) {
      await this.rotate(this.currentGeneration)
      if (!this.handle) throw new Error('the journal could not be opened')
      return this.handle
    }
    const handle = await this.fs.open(existing.file, 'a')
    let size: number
    try {
      size = await handle.size()
    } catch (error) {
      await handle.close().catch(() => {})
      throw error
    }
    this.handle = handle
    this.goodLength = existing.validLength
    // Whatever follows the last good record (a torn tail) goes on the first append.
    this.dirty = size !== existing.validLength
    return handle
  }
}
