/**
 * The keyboard: "?" lists every shortcut; the reading text is one Tab stop
 * with the arrow keys between paragraphs; Alt+Shift+H and N act on the
 * focused paragraph; Ctrl/Cmd+Z undoes a note delete while its toast shows.
 */
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

test.describe('the keyboard', () => {
  test('"?" opens a labelled shortcuts dialog; Esc closes it and focus returns', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const paragraph = page.paragraphs().first()
    await paragraph.focus()
    await reader.keyboard.press('Shift+?')
    const dialog = reader.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog).toBeVisible()
    for (const description of ['Search', 'Undo deleting a note', 'Highlight the selection', 'Next paragraph', 'Show keyboard shortcuts']) {
      await expect(dialog.getByRole('term').filter({ hasText: description }).first()).toBeVisible()
    }
    await expect(dialog.locator('[data-shortcut="search"] dd')).toContainText(/Ctrl\+K|⌘K/)
    await expect(dialog.locator('[data-shortcut="highlight"] dd')).toContainText(/Alt\+Shift\+H|⌥⇧H/)
    await reader.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(paragraph).toBeFocused()
  })

  test('"?" typed in a text field is text, not a shortcut', async ({ reader }) => {
    const page = new ReaderPage(reader)
    await page.focusSearchWithShortcut()
    await reader.keyboard.type('why?')
    await expect(page.searchBox()).toHaveValue('why?')
    await expect(reader.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)
  })

  test('paragraph 2 is reached in at most 3 Tab presses from the reading column, then highlighted with Alt+Shift+H', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const second = page.paragraphs().nth(1)
    await expect(second).toBeVisible()
    const secondText = (await second.innerText()).trim()
    await reader.getByRole('link', { name: 'Skip to the text' }).focus()
    await reader.keyboard.press('Enter')

    let tabs = 0
    while (!(await page.paragraphs().first().evaluate((element) => element === document.activeElement)) && tabs < 3) {
      await reader.keyboard.press('Tab')
      tabs++
    }
    await expect(page.paragraphs().first()).toBeFocused()
    await reader.keyboard.press('ArrowDown')
    await expect(second).toBeFocused()
    expect(tabs).toBeLessThanOrEqual(3)

    // Home and End, and back.
    await reader.keyboard.press('End')
    await expect(page.paragraphs().first()).not.toBeFocused()
    await reader.keyboard.press('Home')
    await expect(page.paragraphs().first()).toBeFocused()
    await reader.keyboard.press('ArrowDown')
    await expect(second).toBeFocused()

    // The focused paragraph stays the one Tab stop: Shift+Tab out and Tab back in lands on it.
    await reader.keyboard.press('Shift+Tab')
    await reader.keyboard.press('Tab')
    await expect(second).toBeFocused()

    await reader.keyboard.press('Alt+Shift+H')
    await expect.poll(() => notes.highlightedPassages()).toEqual([secondText])
  })

  test('Ctrl/Cmd+Z undoes a note delete while "Note deleted" shows', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const paragraph = page.paragraph(/The FOC seeks to identify best practices/)
    await paragraph.focus()
    await reader.keyboard.press('Alt+Shift+H')
    const card = notes.card('The FOC seeks to identify best practices')
    await expect(card).toBeVisible()
    await card.getByRole('button', { name: /^Delete note/ }).click()
    await expect(notes.cards()).toHaveCount(0)
    await expect(reader.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible()
    await reader.keyboard.press('ControlOrMeta+z')
    await expect(notes.cards()).toHaveCount(1)
    await expect(notes.highlights()).toHaveCount(1)
  })
})
