/**
 * The reading state in memory, written to the data folder after each change.
 * Writes are coalesced: one at a time, and changes made while one runs go
 * out together in the next, so a burst of position updates costs two writes.
 */
import { MAX_POSITIONS, type ReadingPosition, type ReadingSettings, type ReadingState } from '../../../shared/reading-state'
import { loadReadingState, saveReadingState } from './reading-state-file'

/** Saves a state; null keeps it in memory only (tests, or a file from a newer version). */
export type PersistReadingState = ((state: ReadingState) => Promise<void>) | null

/** The reading state: read at once, written behind. */
export class ReadingStateStore {
  private state: ReadingState
  private dirty = false
  private writing: Promise<void> | null = null

  constructor(
    initial: ReadingState,
    private readonly persist: PersistReadingState = null,
  ) {
    this.state = initial
  }

  /** The current state. */
  get(): ReadingState {
    return this.state
  }

  /** Records where `documentId` is read. */
  setPosition(documentId: string, position: ReadingPosition): void {
    // The most recently read last, so trimming drops the longest unread.
    const { [documentId]: _previous, ...others } = this.state.positions
    const kept = Object.entries(others).slice(-(MAX_POSITIONS - 1))
    this.change({ ...this.state, positions: { ...Object.fromEntries(kept), [documentId]: position } })
  }

  /** Records that `documentId` is the document open now, reopened at the next start. */
  setLastDocument(documentId: string): void {
    if (this.state.lastDocumentId !== documentId) this.change({ ...this.state, lastDocumentId: documentId })
  }

  /** Replaces the reading settings. */
  setSettings(settings: ReadingSettings): void {
    this.change({ ...this.state, settings })
  }

  /** Resolves once every change so far is written (or has failed and been logged). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing
  }

  private change(next: ReadingState): void {
    this.state = next
    if (!this.persist) return
    this.dirty = true
    this.writing ??= this.writeAll(this.persist)
  }

  private async writeAll(persist: (state: ReadingState) => Promise<void>): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false
        try {
          await persist(this.state)
        } catch (error) {
          // Losing a reading position is harmless; the next change tries again.
          console.error('[reading-state] saving failed:', error)
        }
      }
    } finally {
      this.writing = null
    }
  }
}

/** Opens the store over reading-state.json in `dataDir`. */
export async function openReadingStateStore(dataDir: string): Promise<ReadingStateStore> {
  const loaded = await loadReadingState(dataDir)
  if (loaded.notice) console.warn(`[reading-state] ${loaded.notice}`)
  return new ReadingStateStore(loaded.state, loaded.readOnly ? null : (state) => saveReadingState(dataDir, state))
}
