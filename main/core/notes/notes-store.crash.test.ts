/**
 * Kills a writing process at random moments and checks that nothing it was
 * told is saved is ever lost, and that the file always opens without damage.
 *
 * A child process (testing/crash-writer.ts, bundled once with esbuild so each
 * round starts in milliseconds rather than through tsx) changes notes in a
 * loop and prints each change after its promise resolved. The parent SIGKILLs
 * it 5-150 ms after its first acknowledgement, reopens the folder and checks
 * every acknowledged change. Rounds share a folder in runs of ten, so later
 * rounds start from a compacted snapshot, a backup and older journals. Kills
 * that land mid-append leave a torn journal tail, which must be ignored
 * quietly (no notice) and cut away. CRASH_TEST_SEED replays a run.
 *
 * SIGKILL tests atomicity against a process dying mid-write (the page cache
 * survives); power-loss durability rests on the fsyncs, which this cannot see.
 */
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../../scripts/testing/seeded-random'
import { journalGeneration, readJournal } from './journal-file'
import { parseNotesFile } from './notes-file'
import { openNotesStore } from './notes-store'
import { makeTempDir, noteText } from './testing/note-fixtures'

const ROUNDS = 120
const ROUNDS_PER_FOLDER = 10
const LANES = 4
const seed = Number(process.env['CRASH_TEST_SEED'] ?? Date.now() % 2 ** 31)

let workDir = ''
let cleanup: () => Promise<void> = async () => {}
let worker = ''

beforeAll(async () => {
  ;({ dir: workDir, cleanup } = await makeTempDir('foc-notes-crash-'))
  worker = path.join(workDir, 'crash-writer.cjs')
  const source = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing', 'crash-writer.ts')
  await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: worker, minify: true, logLevel: 'warning' })
})

afterAll(async () => {
  await cleanup()
})

interface RoundOutput {
  readonly lines: string[]
  readonly stderr: string
  readonly killed: boolean
}

/** Runs the worker until `delayMs` after its first acknowledgement, then SIGKILLs it. */
function runWorker(dataDir: string, firstIndex: number, workerSeed: number, delayMs: number): Promise<RoundOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, dataDir, String(firstIndex), String(workerSeed)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let timer: NodeJS.Timeout | null = null
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (timer === null && stdout.includes('\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearTimeout(giveUp)
      if (timer) clearTimeout(timer)
      // A line cut off by the kill was never fully acknowledged: drop it.
      const lines = stdout.split('\n').slice(0, -1)
      resolve({ lines, stderr, killed: signal === 'SIGKILL' && timer !== null })
    })
  })
}

function revisionOf(text: string | undefined): number {
  return Number(text?.replace('revision ', '') ?? Number.NaN)
}

interface LaneResult {
  readonly acknowledged: number
  readonly removals: number
  /** Rounds whose kill left a temp file behind: it landed mid-compaction. */
  readonly killedMidWrite: number
  /** Rounds whose kill left a torn journal tail: it landed mid-append. */
  readonly tornTails: number
}

/** Runs `rounds` killed writers one after another, checking the folder after each. */
async function runLane(lane: number, rounds: number, laneSeed: number): Promise<LaneResult> {
  const next = seededRandom(laneSeed)
  let acknowledged = 0
  let removals = 0
  let killedMidWrite = 0
  let tornTails = 0
  const tempFilesSeen = new Set<string>()
  let folder = ''
  /** Each note that must be on disk, with the lowest revision it may have. */
  let floor = new Map<string, number>()
  const gone = new Set<string>()
  const removing = new Set<string>()

  for (let round = 0; round < rounds; round += 1) {
    if (round % ROUNDS_PER_FOLDER === 0) {
      folder = path.join(workDir, `lane-${lane}-folder-${round}`)
      floor = new Map()
      gone.clear()
      removing.clear()
    }
    const delay = 5 + Math.floor(next() * 146)
    const context = `lane ${lane} round ${round} (seed ${seed}, kill after ${delay} ms)`
    const output = await runWorker(folder, (lane * 1_000 + round) * 100_000, Math.floor(next() * 2 ** 31), delay)
    expect(output.stderr, context).toBe('')
    expect(output.killed, context).toBe(true)

    for (const line of output.lines) {
      const [verb, id, revision] = line.split(' ')
      if (!id) throw new Error(`${context}: unexpected line ${JSON.stringify(line)}`)
      if (verb === 'put') {
        acknowledged += 1
        // An edit issued before a removal can be acknowledged after it started; the removal wins.
        if (!removing.has(id)) floor.set(id, Math.max(floor.get(id) ?? 0, Number(revision)))
      } else if (verb === 'rm-start') {
        removing.add(id)
        floor.delete(id)
      } else if (verb === 'rm') {
        acknowledged += 1
        removals += 1
        gone.add(id)
      }
    }

    const names = await readdir(folder)
    const tempFiles = names.filter((name) => /^notes(\.backup)?\.json\.\d+/.test(name) && !tempFilesSeen.has(name))
    if (tempFiles.length > 0) killedMidWrite += 1
    for (const name of tempFiles) tempFilesSeen.add(name)
    const newest = Math.max(-1, ...names.map((name) => journalGeneration(name) ?? -1))
    const journal = newest < 0 ? null : readJournal(await readFile(path.join(folder, `notes.journal.${newest}`)))
    if (journal?.kind === 'ok' && journal.tail !== null) {
      tornTails += 1
      expect(journal.tail.goodRecordsAfter, `${context}: a torn tail, not damage`).toBe(false)
    }

    // With the lock: a killed worker's lock is free at once (its process is gone).
    const store = await openNotesStore({ dataDir: folder, lock: true })
    expect(store.status, context).toEqual({ readOnly: false, notices: [] })
    for (const [id, revision] of floor) {
      const note = store.get(id)
      expect(note, `${context}: acknowledged note ${id} is missing`).toBeDefined()
      expect(revisionOf(noteText(note)), `${context}: ${id} is older than acknowledged`).toBeGreaterThanOrEqual(revision)
    }
    for (const id of gone) expect(store.get(id), `${context}: removed note ${id} came back`).toBeUndefined()
    const backup = await readFile(store.backupPath).catch(() => null)
    if (backup) expect(parseNotesFile(backup).kind, `${context}: backup`).toBe('ok')

    // What is on disk now is the floor for the next round.
    floor = new Map(store.list().map((note) => [note.id, revisionOf(noteText(note))]))
    removing.clear()
    await store.close()
  }
  return { acknowledged, removals, killedMidWrite, tornTails }
}

describe('notes store under SIGKILL', () => {
  it(`loses no acknowledged change over ${ROUNDS} killed writers`, async () => {
    // Lanes run side by side: a round mostly waits on process start-up, not on the CPU.
    const perLane = Math.ceil(ROUNDS / LANES)
    const results = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane, perLane, seed + lane)))
    const acknowledged = results.reduce((sum, result) => sum + result.acknowledged, 0)
    const removals = results.reduce((sum, result) => sum + result.removals, 0)
    const midWrite = results.reduce((sum, result) => sum + result.killedMidWrite, 0)
    const torn = results.reduce((sum, result) => sum + result.tornTails, 0)
    console.info(
      `crash test: ${perLane * LANES} rounds in ${LANES} lanes, ${acknowledged} acknowledged changes (${removals} removals), 0 lost; ${torn} kills left a torn journal tail, ${midWrite} landed mid-compaction; seed ${seed}`,
    )
    expect(acknowledged).toBeGreaterThan(ROUNDS)
  }, 300_000)
})
