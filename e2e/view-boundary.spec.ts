/**
 * A view that fails while drawing shows a calm message with "Reload view"
 * in its place, the rest of the app keeps working, and text the user was
 * writing survives the reload. The failure is provoked from outside the app:
 * the browser's date-and-time formatting (which note cards use for their
 * dates, and nothing else does: document dates have no time) is made to
 * throw, as a broken or unexpected platform would; the app has no test hook.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

const UPDATE_URL = '**/api/notes.update'
const PASSAGE = 'technical and policy matters'

/** Makes Intl formatting of dates with a time throw (true) or work again (false). */
async function breakDateFormatting(page: Page, broken: boolean): Promise<void> {
  await page.evaluate((on) => {
    const saved = '__originalDateFormat'
    const proto = Intl.DateTimeFormat.prototype
    const store = window as unknown as Record<string, PropertyDescriptor | undefined>
    store[saved] ??= Object.getOwnPropertyDescriptor(proto, 'format')
    const original = store[saved]
    if (!original) throw new Error('Intl.DateTimeFormat.prototype.format has no descriptor')
    Object.defineProperty(
      proto,
      'format',
      on
        ? {
            configurable: true,
            get(this: Intl.DateTimeFormat) {
              if (this.resolvedOptions().timeStyle !== undefined) throw new RangeError('date formatting is broken')
              return original.get?.call(this)
            },
          }
        : original,
    )
  }, broken)
}

test.describe('a view that fails', () => {
  // One pattern: Playwright reads a two-element array here as [value, options].
  test.use({ allowedConsoleErrors: [/date formatting is broken|stopped working/] })
  test.beforeEach(({ appMode }) => {
    test.skip(appMode === 'electron', 'makes the browser-mode HTTP API fail, which the window does not use')
  })

  test('the Notes panel reloads on its own and keeps the text being written', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.addNote(page.paragraph(/set the ITU's strategy/), PASSAGE, 'First words')

    // Saves fail from now on, so what is typed next exists only in the page.
    await reader.route(UPDATE_URL, (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'The notes file could not be written.' } } }))
    const card = notes.card(PASSAGE)
    await card.getByRole('button', { name: 'Edit note' }).click()
    const box = card.getByRole('textbox', { name: 'Note text' })
    await box.press('End')
    await breakDateFormatting(reader, true)
    // The failed save redraws the cards, and their dates throw.
    await box.pressSequentially(' and more')

    const panel = reader.getByRole('complementary', { name: 'Notes' })
    await expect(panel.getByRole('alert')).toContainText('The Notes panel ran into a problem')
    await expect(card).toHaveCount(0)
    // The rest of the app still works.
    await expect(page.paragraph(/set the ITU's strategy/)).toBeVisible()
    await expect(page.searchBox()).toBeEditable()

    await breakDateFormatting(reader, false)
    await reader.unroute(UPDATE_URL)
    await panel.getByRole('button', { name: 'Reload view' }).click()
    const editor = notes.card(PASSAGE).getByRole('textbox', { name: 'Note text' })
    await expect(editor).toHaveValue('First words and more')
    await editor.press('Escape')
    await notes.expectSaved()

    await reader.reload()
    await expect(notes.card(PASSAGE)).toContainText('First words and more')
  })

  test('All notes shows the message in its place and comes back on Reload view', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.addNote(page.paragraph(/set the ITU's strategy/), PASSAGE, 'A note to list')

    await breakDateFormatting(reader, true)
    await reader.getByRole('link', { name: 'All notes' }).click()
    const column = reader.getByRole('main')
    await expect(column.getByRole('alert')).toContainText('All notes ran into a problem')
    await expect(reader.getByRole('navigation', { name: 'Views' })).toBeVisible()

    await breakDateFormatting(reader, false)
    await column.getByRole('button', { name: 'Reload view' }).click()
    await expect(column.getByRole('heading', { name: 'All notes' })).toBeVisible()
    await expect(column.getByRole('group', { name: /^Note on/ })).toContainText('A note to list')
  })
})
