/**
 * A save that fails (the disk full) says so on the note, in the user's terms,
 * keeps the text and offers to try again; leaving the page while text is not
 * saved asks first. The failure is made at the API boundary: the update call
 * is answered as the core answers a write that hit a full disk.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

const UPDATE_URL = '**/api/notes.update'
const PASSAGE = 'technical and policy matters'
const DISK_FULL = 'Not saved: the disk is full. Free some space on the drive that holds the notes folder, then retry; your text is kept.'

/** Adds a note, then edits its text while every save fails as on a full disk; returns the note's card. */
async function editOnFullDisk(reader: Page, text: string): Promise<Locator> {
  const notes = new NotesUi(reader)
  await notes.addNote(new ReaderPage(reader).paragraph(/set the ITU's strategy/), PASSAGE, 'First thoughts')
  await reader.route(UPDATE_URL, (route) => route.fulfill({ json: { ok: false, error: { code: 'disk-full', message: DISK_FULL } } }))
  const card = notes.card(PASSAGE)
  await card.getByRole('button', { name: 'Edit note' }).click()
  const editor = card.getByRole('textbox', { name: 'Note text' })
  await editor.fill(text)
  await editor.press('Escape')
  return card
}

test.describe('notes that are not saved', () => {
  test.beforeEach(({ appMode }) => {
    test.skip(appMode === 'electron', 'answers the browser-mode HTTP API, which the window does not use')
  })

  test('a save on a full disk says so, keeps the text, and Try again saves it', async ({ reader }) => {
    const notes = new NotesUi(reader)
    const card = await editOnFullDisk(reader, 'Second thoughts, after the plenary')

    await expect(card.getByRole('alert')).toContainText('Not saved: the disk is full.')
    await expect(card.getByText('Second thoughts, after the plenary')).toBeVisible()
    await expect(notes.panel().getByRole('status').filter({ hasText: 'Not saved: the disk is full.' })).toBeVisible()

    await reader.unroute(UPDATE_URL)
    await card.getByRole('button', { name: 'Try again' }).click()
    await notes.expectSaved()
    await expect(card.getByRole('alert')).toHaveCount(0)
    await reader.reload()
    await expect(notes.card(PASSAGE).getByText('Second thoughts, after the plenary')).toBeVisible()
  })

  test('leaving the page asks first while a note’s text is not saved', async ({ reader }) => {
    const card = await editOnFullDisk(reader, 'Not on disk yet')
    await expect(card.getByRole('alert')).toContainText('Not saved')

    const asked = reader.waitForEvent('dialog')
    // Chromium asks before unload only after a user gesture on the page, which the typing above was.
    void reader.reload().catch(() => undefined)
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
    await expect(card.getByText('Not on disk yet')).toBeVisible()
  })
})
