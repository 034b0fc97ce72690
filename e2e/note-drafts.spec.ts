/**
 * Typing straight after "Add note": the editor opens at once, before the core
 * has created the note, and nothing typed meanwhile is lost. The create call
 * is held back here, as a slow disk would, so the race is real; a failed
 * create keeps the text and offers to try again.
 */
import type { Page, Request, Response } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

const CREATE_URL = '**/api/notes.create'

/** Holds every create call back for `ms` before it reaches the host. */
async function delayNoteCreation(page: Page, ms: number): Promise<void> {
  await page.route(CREATE_URL, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    await route.continue()
  })
}

/** Waits for the update that writes exactly `text` as a note's text. */
function textSaved(page: Page, text: string): Promise<Response> {
  return page.waitForResponse((response) => response.url().endsWith('/api/notes.update') && updatedText(response.request()) === text && response.ok())
}

function updatedText(request: Request): unknown {
  const body: unknown = request.postDataJSON()
  return typeof body === 'object' && body !== null && 'text' in body ? body.text : undefined
}

test.describe('typing at once into a new note', () => {
  test.beforeEach(({ appMode }) => {
    test.skip(appMode === 'electron', 'holds back the browser-mode HTTP API, which the window does not use')
  })

  test('text typed while the note is being created becomes its text', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const text = 'Urgent: check the ITU wording'
    await delayNoteCreation(reader, 500)
    const saved = textSaved(reader, text)

    await notes.selectWithMouse(page.paragraph(/Digital Defenders Partnership, also/), 'rapid response')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    await reader.keyboard.type(text)

    const editor = notes.card('rapid response').getByRole('textbox', { name: 'Note text' })
    await expect(editor).toBeFocused()
    await expect(editor).toHaveValue(text)
    await saved
    await notes.expectSaved()
    await expect(notes.highlights()).toHaveText(['rapid response'])

    await reader.reload()
    const card = notes.card('rapid response')
    await card.getByRole('button', { name: 'Edit note' }).click()
    await expect(card.getByRole('textbox', { name: 'Note text' })).toHaveValue(text)
  })

  test('with the keyboard alone: Alt+Shift+N, type, Esc', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const text = 'Ask the Secretariat for the draft.'
    await delayNoteCreation(reader, 500)

    const paragraph = page.paragraph(/The FOC seeks to identify best practices/)
    await paragraph.focus()
    await reader.keyboard.press('Shift+Tab')
    await reader.keyboard.press('Tab')
    await expect(notes.toolbar()).toBeVisible()
    await reader.keyboard.press('Alt+Shift+N')
    await reader.keyboard.type(text)
    await reader.keyboard.press('Escape')

    const card = notes.card('The FOC seeks to identify best practices')
    // Esc leaves the editor as on any card, and focus stays in the card.
    await expect(card.getByRole('button', { name: 'Edit note' })).toBeFocused()
    await expect(card).toContainText(text)
    await notes.expectSaved()

    await reader.reload()
    await notes.card('The FOC seeks to identify best practices').getByRole('button', { name: 'Edit note' }).click()
    await expect(notes.card('The FOC seeks to identify best practices').getByRole('textbox', { name: 'Note text' })).toHaveValue(text)
  })

  test('a note added under a search stays in sight until the search changes', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.selectWithMouse(page.paragraph(/recognise the importance/), 'multistakeholder engagement')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    await reader.keyboard.type('Who is monitoring the delegations?')
    await reader.keyboard.press('Escape')
    await notes.expectSaved()
    await notes.search('monitoring')
    await expect(notes.cards()).toHaveCount(1)

    await delayNoteCreation(reader, 500)
    const text = 'Ask about the travel budget.'
    const saved = textSaved(reader, text)
    await notes.selectWithMouse(page.paragraph(/In line with the values/), 'non-governmental human rights experts')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    await reader.keyboard.type(text)
    await saved
    // Saved, and still where the user is typing, though the search does not find it.
    const editor = notes.card('non-governmental human rights experts').getByRole('textbox', { name: 'Note text' })
    await expect(editor).toBeFocused()
    await expect(editor).toHaveValue(text)

    await notes.search('monitored')
    await expect(notes.cards()).toHaveCount(1)
    await expect(notes.card('multistakeholder engagement')).toBeVisible()
  })

  test('a failed create keeps the text in the editor and can be tried again', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const text = 'Raise this at the plenary'
    await reader.route(CREATE_URL, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300))
      await route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'The notes file could not be written.' } } })
    })

    await notes.selectWithMouse(page.paragraph(/set the ITU's strategy/), 'technical and policy matters')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    await reader.keyboard.type(text)

    const card = notes.card('technical and policy matters')
    await expect(card.getByRole('alert')).toContainText('This note could not be created: The notes file could not be written.')
    const editor = card.getByRole('textbox', { name: 'Note text' })
    await expect(editor).toHaveValue(text)
    await expect(editor).toBeFocused()
    await expect(notes.highlights()).toHaveCount(0)

    await reader.unroute(CREATE_URL)
    const saved = textSaved(reader, text)
    await card.getByRole('button', { name: 'Try again' }).click()
    await saved
    await notes.expectSaved()
    await expect(card.getByRole('alert')).toHaveCount(0)
    await expect(notes.highlights()).toHaveText(['technical and policy matters'])

    await reader.reload()
    await notes.card('technical and policy matters').getByRole('button', { name: 'Edit note' }).click()
    await expect(notes.card('technical and policy matters').getByRole('textbox', { name: 'Note text' })).toHaveValue(text)
  })
})
