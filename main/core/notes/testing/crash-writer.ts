/**
 * The crash test's victim: opens the notes store in a folder and changes
 * notes in bursts (new notes, edits of existing ones, removals) until it is
 * killed (compacting every 25 writes). It prints a line only after the store acknowledged a change, so
 * every printed change must survive a SIGKILL at any moment:
 *
 *   put <id> <revision>   the note was saved with text "revision <revision>"
 *   rm-start <id>         a removal was asked for (the note may or may not be gone)
 *   rm <id>               the removal was saved
 *
 * Usage: node crash-writer.cjs <dataDir> <firstIndex> <seed>
 */
import { openNotesStore } from '../notes-store'
import { makeNote, noteText } from './note-fixtures'

/** mulberry32: a small seeded generator, so a failing round can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** Writes a line straight away; stdout to a pipe is synchronous on POSIX, so an acknowledged line is not lost in a buffer. */
function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function run(): Promise<void> {
  const [dataDir, firstIndexArg, seedArg] = process.argv.slice(2)
  if (!dataDir || !firstIndexArg || !seedArg) throw new Error('usage: crash-writer <dataDir> <firstIndex> <seed>')
  const next = random(Number(seedArg))
  let nextIndex = Number(firstIndexArg)
  // Compacts often, so kills land in compactions as well as in appends.
  const store = await openNotesStore({ dataDir, lock: true, compaction: { records: 25, bytes: 1_000_000 } })
  if (store.status.readOnly || store.status.notices.length > 0) {
    throw new Error(`store did not open cleanly: ${JSON.stringify(store.status)}`)
  }
  // A change shows in list() once saved: a note whose removal was asked for is not edited again.
  const removed = new Set<string>()
  for (;;) {
    const burst = 1 + Math.floor(next() * 6)
    const changes: Array<Promise<void>> = []
    for (let step = 0; step < burst; step += 1) {
      const existing = store.list().filter((note) => !removed.has(note.id))
      const choice = next()
      const target = existing[Math.floor(next() * existing.length)]
      if (choice < 0.1 && target) {
        say(`rm-start ${target.id}`)
        removed.add(target.id)
        changes.push(store.remove(target.id).then(() => say(`rm ${target.id}`)))
      } else if (choice < 0.5 && target) {
        const revision = Number(noteText(target)?.replace('revision ', '') ?? 0) + 1
        const edited = makeNote(0, `revision ${revision}`, { id: target.id })
        changes.push(store.put(edited).then(() => say(`put ${target.id} ${revision}`)))
      } else {
        const note = makeNote(nextIndex, 'revision 0')
        nextIndex += 1
        changes.push(store.put(note).then(() => say(`put ${note.id} 0`)))
      }
    }
    await Promise.all(changes)
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`crash-writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(2)
})
