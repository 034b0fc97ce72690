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
import { writeSync } from 'node:fs'
import { seededRandom } from '../../../../scripts/testing/seeded-random'
import { openNotesStore } from '../notes-store'
import { makeNote, noteText } from './note-fixtures'

/**
 * Writes a line straight into the pipe with one write(2). Not
 * process.stdout.write: once the pipe is full (a parent slow to read, on a
 * loaded machine) Node queues the rest in memory, and a SIGKILL loses it.
 * A lost "rm-start" line made the crash test expect a note that the worker
 * had in fact been asked to remove.
 */
function say(line: string): void {
  writeSync(1, `${line}\n`)
}

async function run(): Promise<void> {
  const [dataDir, firstIndexArg, seedArg] = process.argv.slice(2)
  if (!dataDir || !firstIndexArg || !seedArg) throw new Error('usage: crash-writer <dataDir> <firstIndex> <seed>')
  const next = seededRandom(Number(seedArg))
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
