/**
 * The lock tests' second process: opens the notes store of a folder with
 * the lock and obeys one command a line on stdin, answering on stdout:
 *
 *   (on start)   ready <status as JSON>
 *   put <n>      ok <n>  once note n is saved, or  refused <n> <error code>
 *   quit         closes the store and exits
 *
 * Usage: node lock-writer.cjs <dataDir>
 */
import { createInterface } from 'node:readline'
import { NotesStoreError, openNotesStore } from '../notes-store'
import { makeNote } from './note-fixtures'

async function run(): Promise<void> {
  const [dataDir] = process.argv.slice(2)
  if (!dataDir) throw new Error('usage: lock-writer <dataDir>')
  const store = await openNotesStore({ dataDir, lock: true })
  process.stdout.write(`ready ${JSON.stringify(store.status)}\n`)
  for await (const line of createInterface({ input: process.stdin })) {
    const [verb, arg] = line.split(' ')
    if (verb === 'quit') break
    if (verb !== 'put') continue
    const index = Number(arg)
    try {
      await store.put(makeNote(index))
      process.stdout.write(`ok ${index}\n`)
    } catch (error) {
      process.stdout.write(`refused ${index} ${error instanceof NotesStoreError ? error.code : String(error)}\n`)
    }
  }
  await store.close().catch(() => undefined)
  // stdin stays open after the loop ends; nothing else is left to do.
  process.exit(0)
}

run().catch((error: unknown) => {
  process.stderr.write(`lock-writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(2)
})
