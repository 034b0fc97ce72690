import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReadingPosition } from '../../shared/reading-state'
import { PositionMemory, type PositionSink } from './position-memory'

function recordingSink(fail = false) {
  const calls: string[] = []
  const sink: PositionSink = {
    setPosition: (documentId: string, position: ReadingPosition) => {
      calls.push(`position ${documentId} ${position.blockId}:${position.offset}`)
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve()
    },
    setLastDocument: (documentId: string) => {
      calls.push(`open ${documentId}`)
      return Promise.resolve()
    },
  }
  return { sink, calls }
}

/** Lets the queued writes run. */
async function settle() {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve()
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('position memory', () => {
  it('answers with the positions the core returned at start', () => {
    const memory = new PositionMemory({ statement: { blockId: 'p-3', offset: 10 } }, recordingSink().sink)
    expect(memory.get('statement')).toEqual({ blockId: 'p-3', offset: 10 })
    expect(memory.get('other')).toBeUndefined()
  })

  it('writes only the last of a burst of scroll positions, once it has rested', async () => {
    const { sink, calls } = recordingSink()
    const memory = new PositionMemory({}, sink)
    for (let offset = 0; offset < 30; offset += 1) memory.remember('statement', { blockId: 'p-1', offset })
    await settle()
    expect(calls).toEqual([])
    expect(memory.get('statement')).toEqual({ blockId: 'p-1', offset: 29 })
    vi.runAllTimers()
    await settle()
    expect(calls).toEqual(['position statement p-1:29'])
  })

  it('does not write a position it already holds', async () => {
    const { sink, calls } = recordingSink()
    const memory = new PositionMemory({ statement: { blockId: 'p-1', offset: 4 } }, sink)
    memory.remember('statement', { blockId: 'p-1', offset: 4 })
    vi.runAllTimers()
    await settle()
    expect(calls).toEqual([])
  })

  it('writes a pending position before recording that another document is open', async () => {
    const { sink, calls } = recordingSink()
    const memory = new PositionMemory({}, sink)
    memory.remember('statement', { blockId: 'p-2', offset: 7 })
    memory.opened('resolution')
    await settle()
    expect(calls).toEqual(['position statement p-2:7', 'open resolution'])
  })

  it('keeps writing after a write fails', async () => {
    const { sink, calls } = recordingSink(true)
    const memory = new PositionMemory({}, sink)
    memory.remember('statement', { blockId: 'p-2', offset: 7 })
    memory.flush()
    memory.opened('statement')
    await settle()
    expect(calls).toEqual(['position statement p-2:7', 'open statement'])
  })
})
