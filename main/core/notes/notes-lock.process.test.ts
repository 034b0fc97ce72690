/**
 * The lock between real processes (testing/lock-writer.ts, bundled once with
 * esbuild): a writer stopped for 15 s keeps its folder, and one killed with
 * SIGKILL frees it at once.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openNotesStore } from './notes-store'
import { makeNote, makeTempDir } from './testing/note-fixtures'

const STALL_MS = Number(process.env['LOCK_STALL_MS'] ?? 15_000)
const KILL_ROUNDS = 20

let workDir = ''
let cleanup: () => Promise<void> = async () => {}
let worker = ''
const running: Writer[] = []

beforeAll(async () => {
  ;({ dir: workDir, cleanup } = await makeTempDir('foc-lock-process-'))
  worker = path.join(workDir, 'lock-writer.cjs')
  const source = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing', 'lock-writer.ts')
  await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: worker, logLevel: 'warning' })
})

afterEach(() => {
  for (const writer of running.splice(0)) {
    writer.child.kill('SIGCONT')
    writer.child.kill('SIGKILL')
  }
})

afterAll(async () => {
  await cleanup()
})

/** A lock-writer child and the lines it printed. */
class Writer {
  readonly lines: string[] = []
  readonly exited: Promise<void>
  private stderr = ''
  private waiting: Array<() => void> = []

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    let buffer = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk
      const parts = buffer.split('\n')
      buffer = parts.pop() ?? ''
      this.lines.push(...parts)
      for (const wake of this.waiting.splice(0)) wake()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk
    })
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        for (const wake of this.waiting.splice(0)) wake()
        resolve()
      }),
    )
  }

  static start(dataDir: string): Writer {
    const writer = new Writer(spawn(process.execPath, [worker, dataDir]))
    running.push(writer)
    return writer
  }

  /** Resolves with the first line starting with `prefix`. */
  async line(prefix: string): Promise<string> {
    for (;;) {
      const found = this.lines.find((line) => line.startsWith(prefix))
      if (found !== undefined) return found
      if (this.child.exitCode !== null) throw new Error(`lock-writer exited without printing "${prefix}": ${this.stderr}`)
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
  }

  async status(): Promise<{ readOnly: boolean; notices: Array<{ kind: string; message: string }> }> {
    return JSON.parse((await this.line('ready ')).slice('ready '.length)) as { readOnly: boolean; notices: Array<{ kind: string; message: string }> }
  }

  /** Asks for note `index` to be saved; resolves with "ok" or the refusal's code. */
  async put(index: number): Promise<string> {
    this.child.stdin.write(`put ${index}\n`)
    const answer = await Promise.race([this.line(`ok ${index}`), this.line(`refused ${index} `)])
    return answer.startsWith('ok') ? 'ok' : answer.split(' ')[2] ?? ''
  }

  async quit(): Promise<void> {
    this.child.stdin.write('quit\n')
    await this.exited
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

describe.skipIf(process.platform === 'win32')('the notes lock between processes', () => {
  it(`keeps a writer stopped for ${STALL_MS / 1000} s the owner: a second instance is read-only and names it, no acknowledged note is lost`, async () => {
    const { dir, cleanup: done } = await makeTempDir('foc-lock-stall-')
    try {
      const first = Writer.start(dir)
      expect((await first.status()).readOnly).toBe(false)
      const acknowledged: number[] = []
      for (const index of [1, 2, 3]) if ((await first.put(index)) === 'ok') acknowledged.push(index)

      first.child.kill('SIGSTOP')
      await new Promise((resolve) => setTimeout(resolve, STALL_MS))
      const second = Writer.start(dir)
      const status = await second.status()
      expect(status.readOnly).toBe(true)
      expect(status.notices[0]?.message).toContain(`process ${first.child.pid} on ${os.hostname()}, since `)
      expect(await second.put(100)).toBe('read-only')

      first.child.kill('SIGCONT')
      for (const index of [4, 5, 6]) if ((await first.put(index)) === 'ok') acknowledged.push(index)
      expect(acknowledged).toEqual([1, 2, 3, 4, 5, 6])
      expect(await second.put(101)).toBe('read-only')
      await second.quit()
      await first.quit()

      const reopened = await openNotesStore({ dataDir: dir, lock: true })
      expect(reopened.status).toEqual({ readOnly: false, notices: [] })
      const lost = acknowledged.filter((index) => reopened.get(makeNote(index).id) === undefined)
      expect(lost).toEqual([])
      expect(reopened.list()).toHaveLength(6)
      await reopened.close()
    } finally {
      await done()
    }
  }, STALL_MS + 30_000)

  it(`is writable on the first try right after its writer was killed (${KILL_ROUNDS} rounds)`, async () => {
    const { dir, cleanup: done } = await makeTempDir('foc-lock-kill-')
    const times: number[] = []
    try {
      for (let round = 0; round < KILL_ROUNDS; round += 1) {
        const writer = Writer.start(dir)
        expect((await writer.status()).readOnly, `round ${round}`).toBe(false)
        expect(await writer.put(round)).toBe('ok')
        writer.child.kill('SIGKILL')
        await writer.exited

        const started = performance.now()
        const store = await openNotesStore({ dataDir: dir, lock: true })
        times.push(performance.now() - started)
        expect(store.status, `round ${round}`).toEqual({ readOnly: false, notices: [] })
        expect(store.list(), `round ${round}`).toHaveLength(round + 1)
        await store.close()
      }
      console.info(`lock: writable ${median(times).toFixed(1)} ms (median over ${KILL_ROUNDS} restarts right after SIGKILL; max ${Math.max(...times).toFixed(1)} ms)`)
    } finally {
      await done()
    }
  }, 120_000)
})
