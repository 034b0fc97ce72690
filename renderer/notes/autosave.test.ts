import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Autosaver, type AutosaveState } from './autosave'

/** A store the autosaver writes to, with saves the test resolves or fails by hand. */
function setup(stored = '') {
  const store = { text: stored }
  const calls: { text: string; resolve(): void; reject(message: string): void }[] = []
  const states: AutosaveState[] = []
  const saver = new Autosaver({
    delayMs: 600,
    isSaved: (text) => text === store.text,
    onState: (state) => states.push(state),
    save: (text) =>
      new Promise<void>((resolve, reject) => {
        calls.push({
          text,
          resolve: () => {
            store.text = text
            resolve()
          },
          reject: (message) => reject(new Error(message)),
        })
      }),
  })
  return { saver, store, calls, states }
}

/** Lets settled save promises run their handlers. */
const settle = () => vi.advanceTimersByTimeAsync(0)

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves once, with the last text, after typing pauses', async () => {
    const { saver, calls } = setup()
    saver.edit('H')
    vi.advanceTimersByTime(400)
    saver.edit('He')
    vi.advanceTimersByTime(400)
    saver.edit('Hello')
    expect(calls).toHaveLength(0)
    expect(saver.current).toEqual({ status: 'waiting', unsaved: 'Hello', error: null })
    vi.advanceTimersByTime(600)
    expect(calls.map((call) => call.text)).toEqual(['Hello'])
    expect(saver.current.status).toBe('saving')
    calls[0]?.resolve()
    await settle()
    expect(saver.current).toEqual({ status: 'idle', unsaved: null, error: null })
  })

  it('saves at once on flush (leaving the field, unmounting), and only once', async () => {
    const { saver, calls } = setup()
    saver.edit('Draft')
    saver.flush()
    expect(calls.map((call) => call.text)).toEqual(['Draft'])
    vi.advanceTimersByTime(2000)
    expect(calls).toHaveLength(1)
  })

  it('does not save text equal to what is stored', () => {
    const { saver, calls } = setup('Same')
    saver.edit('Same!')
    saver.edit('Same')
    saver.flush()
    vi.advanceTimersByTime(2000)
    expect(calls).toHaveLength(0)
    expect(saver.current.unsaved).toBeNull()
  })

  it('keeps the text after a failure, reports why, and saves it on retry', async () => {
    const { saver, calls, store } = setup()
    saver.edit('Important')
    saver.flush()
    calls[0]?.reject('the disk is full')
    await settle()
    expect(saver.current).toEqual({ status: 'failed', unsaved: 'Important', error: 'the disk is full' })
    vi.advanceTimersByTime(5000)
    expect(calls).toHaveLength(1)
    saver.retry()
    expect(calls.map((call) => call.text)).toEqual(['Important', 'Important'])
    calls[1]?.resolve()
    await settle()
    expect(store.text).toBe('Important')
    expect(saver.current.status).toBe('idle')
  })

  it('typing after a failure saves the new text after the pause', async () => {
    const { saver, calls } = setup()
    saver.edit('One')
    saver.flush()
    calls[0]?.reject('no')
    await settle()
    saver.edit('One two')
    expect(saver.current).toEqual({ status: 'waiting', unsaved: 'One two', error: null })
    vi.advanceTimersByTime(600)
    expect(calls.map((call) => call.text)).toEqual(['One', 'One two'])
  })

  it('sends one save at a time and the newest text after it', async () => {
    const { saver, calls, store } = setup()
    saver.edit('a')
    saver.flush()
    saver.edit('ab')
    saver.flush()
    expect(calls.map((call) => call.text)).toEqual(['a'])
    calls[0]?.resolve()
    await settle()
    expect(calls.map((call) => call.text)).toEqual(['a', 'ab'])
    calls[1]?.resolve()
    await settle()
    expect(store.text).toBe('ab')
    expect(saver.current.unsaved).toBeNull()
  })

  it('holds text without saving while there is nothing to save into, and saves it on flush', () => {
    const { saver, calls } = setup()
    saver.edit('typed before the note exists', false)
    vi.advanceTimersByTime(5000)
    expect(calls).toHaveLength(0)
    expect(saver.current.unsaved).toBe('typed before the note exists')
    saver.flush()
    expect(calls.map((call) => call.text)).toEqual(['typed before the note exists'])
  })

  it('clears held text once the store has it from elsewhere', () => {
    const { saver, store } = setup()
    saver.edit('sent by the draft', false)
    store.text = 'sent by the draft'
    saver.confirm()
    expect(saver.current.unsaved).toBeNull()
  })
})
