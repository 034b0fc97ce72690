import { link, readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_NOTE_BODY, type Note } from '../../../shared/notes/note-model'
import { parseNotesFile } from './notes-file'
import { NotesStoreError, openNotesStore } from './notes-store'
import { folderBytes, notesOnDisk } from './testing/disk-state'
import { makeNote, noteText } from './testing/note-fixtures'
import { withStoreFolder } from './testing/store-folder'

const folder = withStoreFolder()

/** A store that compacts after every `records` writes, so a test sees many compactions. */
const often = { compaction: { records: 3, bytes: 1_000_000 } }

describe('openNotesStore on a fresh folder', () => {
  it('starts empty and writable with no notices, creating nothing until the first put', async () => {
    const store = await folder.open()
    expect(store.status).toEqual({ readOnly: false, notices: [] })
    expect(store.list()).toEqual([])
    expect(await readdir(folder.dir)).toEqual([])
  })

  it('creates a missing data folder', async () => {
    const nested = path.join(folder.dir, 'a', 'b')
    const store = await folder.open(false, nested)
    await store.put(makeNote(1))
    expect(notesOnDisk(nested)).toEqual([makeNote(1)])
  })
})

describe('put, get, list and remove', () => {
  it('keeps notes in insertion order; a replaced note keeps its place', async () => {
    const store = await folder.open()
    await store.put(makeNote(1))
    await store.put(makeNote(2))
    await store.put(makeNote(3))
    await store.put(makeNote(2, 'edited'))
    expect(store.list().map((note) => noteText(note))).toEqual(['Note 1', 'edited', 'Note 3'])
    expect(noteText(store.get(makeNote(2).id))).toBe('edited')
    expect(store.get('urn:uuid:nope')).toBeUndefined()
  })

  it('persists across reopening', async () => {
    const store = await folder.open()
    await store.put(makeNote(1))
    await store.put(makeNote(2))
    await store.close()
    const again = await folder.open()
    expect(again.list()).toEqual([makeNote(1), makeNote(2)])
    expect(again.status.notices).toEqual([])
  })

  it('stores a copy: changing the object after put changes nothing', async () => {
    const store = await folder.open()
    const note = makeNote(1)
    await store.put(note)
    note.body = []
    expect(noteText(store.get(makeNote(1).id))).toBe('Note 1')
    expect(() => {
      ;(store.list()[0] as { motivation: string }).motivation = 'highlighting'
    }).toThrow(TypeError)
  })

  it('removes durably and returns the note; removing an absent note writes nothing', async () => {
    const store = await folder.open()
    await store.put(makeNote(1))
    await store.put(makeNote(2))
    const removed = await store.remove(makeNote(1).id).then((note) => {
      expect(notesOnDisk(folder.dir)).toEqual([makeNote(2)])
      return note
    })
    expect(removed).toEqual(makeNote(1))
    const before = folderBytes(folder.dir)
    expect(await store.remove(makeNote(1).id)).toBeUndefined()
    expect(folderBytes(folder.dir)).toEqual(before)
  })
})

describe('durability', () => {
  it('resolves each put only once the file on disk holds the note', async () => {
    const store = await folder.open()
    const checks = Array.from({ length: 30 }, (_, index) =>
      store.put(makeNote(index)).then(() => {
        expect(notesOnDisk(folder.dir).map((note) => note.id)).toContain(makeNote(index).id)
        expect(store.get(makeNote(index).id)).toEqual(makeNote(index))
      }),
    )
    await Promise.all(checks)
  })

  it('coalesces 200 unawaited puts of one note, and the last version wins', async () => {
    const store = await folder.open()
    const puts = Array.from({ length: 200 }, (_, revision) =>
      store.put(makeNote(7, `revision ${revision}`)).then(() => {
        // Resolved: the file holds this revision or a later one.
        const onDisk = Number(noteText(notesOnDisk(folder.dir)[0])?.replace('revision ', ''))
        expect(onDisk).toBeGreaterThanOrEqual(revision)
      }),
    )
    await Promise.all(puts)
    await store.close()
    const again = await folder.open()
    expect(again.list()).toHaveLength(1)
    expect(noteText(again.list()[0])).toBe('revision 199')
  })

  it('writes nothing but the journal on a save: the snapshot is left alone', async () => {
    const store = await folder.open()
    await store.put(makeNote(1))
    await store.close()
    const reopened = await folder.open()
    await reopened.flush()
    // Opening after a session compacts in the background; close waits for it.
    await reopened.close()
    const again = await folder.open()
    const snapshot = await readFile(again.notesPath)
    await again.put(makeNote(2))
    await again.remove(makeNote(1).id)
    expect(await readFile(again.notesPath)).toEqual(snapshot)
    expect(notesOnDisk(folder.dir)).toEqual([makeNote(2)])
  })

  it('compacts in the background: every state on disk is a state the store acknowledged, and the backup plus its journals is complete', async () => {
    const store = await folder.open(false, folder.dir, often)
    const acknowledged: string[] = []
    const checks: Array<Promise<void>> = []
    for (let index = 0; index < 40; index += 1) {
      const change = index % 5 === 4 ? store.remove(makeNote(index - 2).id).then(() => undefined) : store.put(makeNote(index))
      checks.push(
        change.then(() => {
          const onDisk = notesOnDisk(folder.dir).map((note) => note.id)
          expect(onDisk).toEqual(store.list().map((note) => note.id))
          acknowledged.push(JSON.stringify(onDisk))
        }),
      )
      if (index % 3 === 0) await change
    }
    await Promise.all(checks)
    await store.close()
    const files = await readdir(folder.dir)
    expect(files).toContain('notes.backup.json')
    // The backup is an earlier snapshot; replaying the journals it needs gives the latest state.
    expect(notesOnDisk(folder.dir, 'notes.backup.json')).toEqual(notesOnDisk(folder.dir))
    expect(files.filter((name) => name.startsWith('notes.journal.')).length).toBeLessThanOrEqual(3)
    const again = await folder.open()
    expect(again.list()).toEqual(notesOnDisk(folder.dir))
    expect(again.status.notices).toEqual([])
  })

  it('makes the backup a hard link to the replaced snapshot, so nothing is copied', async () => {
    const store = await folder.open(false, folder.dir, often)
    for (let index = 0; index < 3; index += 1) await store.put(makeNote(index))
    await store.flush()
    await store.close()
    const before = await stat(store.notesPath)
    const again = await folder.open(false, folder.dir, often)
    for (let index = 3; index < 6; index += 1) await again.put(makeNote(index))
    await again.close()
    const backup = await stat(again.backupPath)
    expect(backup.ino).toBe(before.ino)
    expect((await stat(again.notesPath)).ino).not.toBe(before.ino)
    expect(backup.nlink).toBe(1)
    expect(parseNotesFile(await readFile(again.backupPath)).kind).toBe('ok')
  })

  it('recovers cleanly when a crash left the backup and notes.json as one hard-linked file', async () => {
    const store = await folder.open(false, folder.dir, often)
    for (let index = 0; index < 3; index += 1) await store.put(makeNote(index))
    await store.close()
    await rm(store.backupPath, { force: true })
    await link(store.notesPath, store.backupPath)
    const again = await folder.open(false, folder.dir, often)
    expect(again.status.notices).toEqual([])
    for (let index = 3; index < 6; index += 1) await again.put(makeNote(index))
    await again.close()
    expect(notesOnDisk(folder.dir)).toEqual([0, 1, 2, 3, 4, 5].map((index) => makeNote(index)))
    expect((await readdir(folder.dir)).filter((name) => name.includes('.link') || /\.json\.\d+$/.test(name))).toEqual([])
  })

  it('leaves no temp files behind', async () => {
    const store = await folder.open(false, folder.dir, often)
    await Promise.all(Array.from({ length: 20 }, (_, index) => store.put(makeNote(index))))
    for (let index = 0; index < 20; index += 1) await store.put(makeNote(index, 'again'))
    await store.close()
    const files = await readdir(folder.dir)
    expect(files.filter((name) => !/^notes\.(json|backup\.json|journal\.\d+)$/.test(name))).toEqual([])
  })

  it('flush resolves at once when nothing is pending, and after the pending write otherwise', async () => {
    const store = await folder.open()
    await store.flush()
    const put = store.put(makeNote(1))
    await store.flush()
    expect(notesOnDisk(folder.dir)).toEqual([makeNote(1)])
    await put
    expect(store.unsavedChanges).toBe(false)
  })

  it('refuses changes after close, but close flushes what came before', async () => {
    const store = await folder.open()
    const put = store.put(makeNote(1))
    await store.close()
    await put
    expect(notesOnDisk(folder.dir)).toEqual([makeNote(1)])
    await expect(store.put(makeNote(2))).rejects.toMatchObject({ code: 'closed' })
    await expect(store.remove(makeNote(1).id)).rejects.toBeInstanceOf(NotesStoreError)
    await store.close()
  })
})

describe('against a model', () => {
  it('removes a note whose first save is still being written', async () => {
    const store = await folder.open()
    const put = store.put(makeNote(1))
    // Lets the put's write begin, so it is in flight (neither queued nor saved) when the removal comes.
    await new Promise((resolve) => setImmediate(resolve))
    await expect(store.remove(makeNote(1).id)).resolves.toEqual(makeNote(1))
    await put
    expect(store.list()).toEqual([])
    await store.close()
    expect((await folder.open()).list()).toEqual([])
  })

  it('after any mix of awaited and unawaited puts and removes, reopening gives exactly the model', async () => {
    const command = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), index: fc.nat(5), text: fc.string(), wait: fc.boolean() }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.nat(5), wait: fc.boolean() }),
    )
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 12 }), async (commands) => {
        const dataDir = path.join(folder.dir, `run-${run++}`)
        const store = await openNotesStore({ dataDir, lock: false })
        const model = new Map<string, Note>()
        const pending: Array<Promise<unknown>> = []
        for (const step of commands) {
          const note = makeNote(step.index, step.kind === 'put' ? step.text : '')
          const done = step.kind === 'put' ? store.put(note) : store.remove(note.id)
          if (step.kind === 'put') model.set(note.id, note)
          else model.delete(note.id)
          if (step.wait) await done
          else pending.push(done)
        }
        await Promise.all(pending)
        expect(store.list()).toEqual([...model.values()])
        await store.close()
        const again = await openNotesStore({ dataDir, lock: false })
        expect(again.list()).toEqual([...model.values()])
        expect(again.status.notices).toEqual([])
        await again.close()
      }),
      { numRuns: 30 },
    )
  })
})

describe('validation', () => {
  it('refuses a 1 MB note body, naming the field, without touching the store', async () => {
    const store = await folder.open()
    await store.put(makeNote(1))
    const before = folderBytes(folder.dir)
    const huge = makeNote(1, 'x'.repeat(1_000_000))
    await expect(store.put(huge)).rejects.toThrow(new RegExp(`^Note not saved: body\\[0\\]\\.value: .*${MAX_NOTE_BODY}`))
    await expect(store.put(huge)).rejects.toMatchObject({ code: 'invalid-note' })
    expect(store.list()).toEqual([makeNote(1)])
    expect(store.unsavedChanges).toBe(false)
    expect(folderBytes(folder.dir)).toEqual(before)
  })

  it('accepts a body of exactly the maximum length', async () => {
    const store = await folder.open()
    await store.put(makeNote(1, 'y'.repeat(MAX_NOTE_BODY)))
    expect(noteText(notesOnDisk(folder.dir)[0])).toHaveLength(MAX_NOTE_BODY)
  })

  it('names the field of an invalid note', async () => {
    const store = await folder.open()
    const wrong = { ...makeNote(1), target: { source: 'https://example.org/' } }
    await expect(store.put(wrong)).rejects.toThrow(/^Note not saved: target\.source: /)
    const noId = { ...makeNote(2), id: 'urn:uuid:ABC' }
    await expect(store.put(noId)).rejects.toThrow('Note not saved: id: must be a urn:uuid')
    expect(store.list()).toEqual([])
  })

  it('stores markup and control characters verbatim (escaping is the renderer’s job)', async () => {
    const store = await folder.open()
    const hostile = '<img src=x onerror=alert(1)>\t\n<script>alert("x")</script> \u202e\u200b ✓ 𝄞 \\u0000 "quoted"'
    await store.put(makeNote(1, hostile))
    const controls = 'bell\u0007 nul\u0000 esc\u001b del\u007f cr\r lone\ud800'
    // The note model may refuse C0 controls; if it accepts them they must come back unchanged.
    const accepted = await store.put(makeNote(2, controls)).then(
      () => true,
      (error: unknown) => {
        expect(error).toMatchObject({ code: 'invalid-note', message: expect.stringContaining('body[0].value') })
        return false
      },
    )
    await store.close()
    const again = await folder.open()
    expect(noteText(again.get(makeNote(1).id))).toBe(hostile)
    if (accepted) expect(noteText(again.get(makeNote(2).id))).toBe(controls)
    else expect(again.get(makeNote(2).id)).toBeUndefined()
  })
})
