/**
 * Where each document was left, in this window, sent to the core behind the
 * reader: a position is written once it has rested for a second (scrolling
 * produces hundreds), and at once when the document is left. Writes go out
 * one after another, so the core sees them in the order they were made.
 */
import type { ReadingPosition } from '../../shared/reading-state'

/** What the memory sends to the core. */
export interface PositionSink {
  setPosition(documentId: string, position: ReadingPosition): Promise<unknown>
  setLastDocument(documentId: string): Promise<unknown>
}

/** How long a position rests before it is written. */
export const POSITION_WRITE_DELAY_MS = 1000

/** Positions by document, written behind. */
export class PositionMemory {
  private readonly positions: Map<string, ReadingPosition>
  private readonly pending = new Map<string, ReadingPosition>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    initial: Readonly<Record<string, ReadingPosition>>,
    private readonly sink: PositionSink,
    private readonly delayMs = POSITION_WRITE_DELAY_MS,
  ) {
    this.positions = new Map(Object.entries(initial))
  }

  /** Where `documentId` was left, if known. */
  get(documentId: string): ReadingPosition | undefined {
    return this.positions.get(documentId)
  }

  /** Records that `documentId` is open now (after writing what is pending, so it stays the last). */
  opened(documentId: string): void {
    this.flush()
    this.enqueue(() => this.sink.setLastDocument(documentId))
  }

  /** Records where `documentId` is read; written once it rests. */
  remember(documentId: string, position: ReadingPosition): void {
    const known = this.positions.get(documentId)
    if (known && known.blockId === position.blockId && known.offset === position.offset) return
    this.positions.set(documentId, position)
    this.pending.set(documentId, position)
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.flush(), this.delayMs)
  }

  /** Writes every pending position now. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    for (const [documentId, position] of this.pending) this.enqueue(() => this.sink.setPosition(documentId, position))
    this.pending.clear()
  }

  private enqueue(write: () => Promise<unknown>): void {
    // A failed write loses one position, which the next scroll replaces; it must not stop the queue.
    this.queue = this.queue.then(write).catch(() => undefined)
  }
}
