/**
 * Two browser-mode hosts on one data folder: the second opens read-only and
 * its banner names the process that holds the folder; a host whose lock is
 * taken over turns read-only and writes nothing more. Either way "Save a
 * copy…" downloads every note the window holds as W3C JSON. (That the copy
 * also holds a change refused at write time is a unit test: here the lock
 * check between writes usually notices first and the change is refused
 * before it is taken.)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { escapeRegExp } from '../shared/escape-reg-exp'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'
import { startReaderServer } from './support/reader-server'

interface Annotation {
  readonly body?: unknown
  readonly target: { readonly selector?: ReadonlyArray<{ readonly exact?: string }> }
}

/** Clicks "Save a copy…" in the read-only banner and returns the downloaded annotations. */
async function saveCopy(reader: Page): Promise<Annotation[]> {
  const banner = reader.getByRole('alert').filter({ has: reader.getByRole('button', { name: 'Save a copy…' }) })
  const download = reader.waitForEvent('download')
  await banner.getByRole('button', { name: 'Save a copy…' }).click()
  const file = await (await download).path()
  await expect(banner.getByRole('status')).toContainText(/Downloaded a copy of \d+ notes/)
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { items?: Annotation[]; first?: { items?: Annotation[] } }
  return parsed.first?.items ?? parsed.items ?? []
}

function quotes(annotations: readonly Annotation[]): string[] {
  return annotations.map((annotation) => annotation.target.selector?.find((selector) => selector.exact !== undefined)?.exact ?? '').sort()
}

/** Every notes file in the folder (snapshot, journals, backups) with its bytes, the lock aside: to show nothing was written. */
async function notesFiles(dataDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of (await readdir(dataDir)).sort()) {
    // Notes files only: reading-state.json is each window's own place in the text, not the notes.
    if (name.startsWith('notes') && name !== 'notes.lock') files[name] = (await readFile(path.join(dataDir, name))).toString('base64')
  }
  return files
}

test.describe('one notes folder, two hosts', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'runs two browser-mode hosts on one folder')
  test.use({ allowedConsoleErrors: [/status of 4\d\d/] })
  // Two hosts start and stop on a shared two-core machine.
  test.slow()

  test('the second host is read-only, says which process holds the folder, and saves a copy of its notes', async ({ reader, readerServer, dataDir }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.addNote(page.paragraph(/In line with the values/), 'non-governmental human rights experts', 'Ask which NGOs')

    const second = await startReaderServer(dataDir)
    try {
      await reader.goto(second.url)
      const banner = reader.getByRole('alert').filter({ hasText: 'is using this notes folder' })
      await expect(banner).toContainText(new RegExp(`Another FOC Reader window \\(process \\d+ on ${escapeRegExp(os.hostname())}, since .+\\) is using this notes folder`))
      await expect(banner).toContainText('Nothing you change here is saved')
      expect(quotes(await saveCopy(reader))).toEqual(['non-governmental human rights experts'])
    } finally {
      await second.stop()
    }
    expect(readerServer.output()).toContain('Reader ready')
  })

  test('a host whose lock was taken over turns read-only, never overwrites the new owner, and saves a copy', async ({ reader, dataDir }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.addNote(page.paragraph(/In line with the values/), 'non-governmental human rights experts', 'Ask which NGOs')
    await expect(reader.getByRole('alert')).toHaveCount(0)

    // Another process takes the folder over (its own token in the lock file).
    const lockPath = path.join(dataDir, 'notes.lock')
    const lock = JSON.parse(await readFile(lockPath, 'utf8')) as Record<string, unknown>
    await writeFile(lockPath, JSON.stringify({ ...lock, pid: 1, token: 'f'.repeat(32) }))
    const notesBefore = await notesFiles(dataDir)

    await notes.selectWithMouse(page.paragraph(/recognise the importance/), 'multistakeholder engagement')
    await notes.toolbar().getByRole('button', { name: 'Key point', exact: true }).click()
    const banner = reader.getByRole('alert').filter({ hasText: 'lost its lock on the notes folder' })
    await expect(banner).toContainText('process 1 on')
    await expect(banner).toContainText('Nothing you change here is saved')
    expect(await notesFiles(dataDir)).toEqual(notesBefore)
    expect(quotes(await saveCopy(reader))).toContain('non-governmental human rights experts')
  })
})
