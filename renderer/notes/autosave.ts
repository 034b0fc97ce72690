/**
 * Saving a text as it is typed: after a pause, at once when asked (leaving
 * the field, the card going away), one save at a time, and never dropping
 * the text when a save fails. Plain TypeScript, so the timing rules are
 * tested without a DOM; `useAutosave` binds it to a component.
 */

/** Where the typed text stands. */
export type AutosaveStatus = 'idle' | 'waiting' | 'saving' | 'failed'

/** What a card shows about its unsaved text. */
export interface AutosaveState {
  readonly status: AutosaveStatus
  /** The latest text not yet confirmed saved; null when everything typed is saved. */
  readonly unsaved: string | null
  /** Why the last save failed, for people; null unless `status` is failed. */
  readonly error: string | null
}

/** How an {@link Autosaver} saves and reports. */
export interface AutosaverOptions {
  /** Resolves once `text` is durable; rejects (with a message for people) if it is not. */
  save(text: string): Promise<void>
  /** Whether `text` is what is stored already (nothing to save). */
  isSaved(text: string): boolean
  /** How long typing must pause before a save. */
  readonly delayMs: number
  /** Told every change of state. */
  onState(state: AutosaveState): void
  /** Where to start: unsaved text kept from before, or nothing (the default). */
  readonly initial?: AutosaveState
}

/** The state of a text with nothing to save. */
export const AUTOSAVE_IDLE: AutosaveState = { status: 'idle', unsaved: null, error: null }

/** Debounces, serialises and retries the saves of one text. */
export class Autosaver {
  private state: AutosaveState
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: string | null = null

  constructor(private options: AutosaverOptions) {
    this.state = options.initial ?? AUTOSAVE_IDLE
  }

  /** Replaces how it saves and what is stored (they change as the note does). */
  reconfigure(options: Pick<AutosaverOptions, 'save' | 'isSaved'>): void {
    this.options = { ...this.options, ...options }
  }

  /** The current state. */
  get current(): AutosaveState {
    return this.state
  }

  /**
   * Records typed `text`; saves it once typing pauses, unless `schedule` is
   * false (nothing to save into yet: the text is only held).
   */
  edit(text: string, schedule = true): void {
    this.cancelTimer()
    if (this.inFlight === null && this.options.isSaved(text)) {
      this.set(AUTOSAVE_IDLE)
      return
    }
    this.set({ status: this.inFlight === null ? 'waiting' : 'saving', unsaved: text, error: null })
    if (schedule) this.timer = setTimeout(() => this.flush(), this.options.delayMs)
  }

  /** Saves the unsaved text now (leaving the field, going away, or trying again after a failure). */
  flush(): void {
    this.cancelTimer()
    const text = this.state.unsaved
    // A save on its way sends the newest text when it returns.
    if (text === null || this.inFlight !== null) return
    if (this.options.isSaved(text)) {
      this.set(AUTOSAVE_IDLE)
      return
    }
    this.inFlight = text
    this.set({ status: 'saving', unsaved: text, error: null })
    this.options.save(text).then(
      () => this.settled(text, null),
      (error: unknown) => this.settled(text, error instanceof Error ? error.message : String(error)),
    )
  }

  /** Tries a failed save again. */
  retry(): void {
    this.flush()
  }

  /** The stored text changed (this save or another one): unsaved text equal to it is saved. */
  confirm(): void {
    const text = this.state.unsaved
    if (text !== null && this.inFlight === null && this.timer === null && this.options.isSaved(text)) this.set(AUTOSAVE_IDLE)
  }

  private settled(text: string, error: string | null): void {
    this.inFlight = null
    const latest = this.state.unsaved
    if (error !== null) {
      this.set({ status: 'failed', unsaved: latest ?? text, error })
      return
    }
    if (latest === null || latest === text) {
      this.set(AUTOSAVE_IDLE)
      return
    }
    // Typed on while saving: the newer text goes next, after its pause if one is running.
    if (this.timer === null) this.flush()
    else this.set({ status: 'waiting', unsaved: latest, error: null })
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private set(state: AutosaveState): void {
    if (state.status === this.state.status && state.unsaved === this.state.unsaved && state.error === this.state.error) return
    this.state = state
    this.options.onState(state)
  }
}
