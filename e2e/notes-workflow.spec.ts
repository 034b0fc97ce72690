/**
 * Categories in one step: a category button on the selection toolbar makes a
 * highlight of that category at once, keys 1-5 do the same while the toolbar
 * shows, and "Add note" shows the category it will use before anything else.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

test.describe('one-click categories', () => {
  test('a category button makes a highlight of that category, clear of the selected words', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.selectWithMouse(page.paragraph(/recognise the importance/), 'multistakeholder engagement')
    const toolbar = notes.toolbar()
    await expect(toolbar.getByRole('button', { name: 'Concern', exact: true })).toBeVisible()
    // The toolbar sits above or below the words, never over them.
    const words = await reader.evaluate(() => {
      const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect()
      return rect ? { top: rect.top, bottom: rect.bottom } : null
    })
    const bar = await toolbar.boundingBox()
    expect(words).not.toBeNull()
    expect(bar).not.toBeNull()
    if (words && bar) expect(bar.y + bar.height <= words.top || bar.y >= words.bottom).toBe(true)

    await toolbar.getByRole('button', { name: 'Concern', exact: true }).click()
    await expect.poll(() => notes.highlightedPassages()).toEqual(['multistakeholder engagement'])
    await expect(notes.highlights().first()).toHaveAttribute('data-category', 'concern')
    await expect(notes.card('multistakeholder engagement').getByRole('combobox', { name: 'Category' })).toHaveValue('concern')
    await notes.expectSaved()
  })

  test('key 2 while the toolbar shows makes a highlight of the second category', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.selectWithMouse(page.paragraph(/In line with the values/), 'non-governmental human rights experts')
    await expect(notes.toolbar()).toBeVisible()
    await reader.keyboard.press('2')
    await expect(notes.card('non-governmental human rights experts').getByRole('combobox', { name: 'Category' })).toHaveValue('concern')
    await notes.expectSaved()
  })

  test('"Add note" shows the category last used, and it can be changed', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.selectWithMouse(page.paragraph(/recognise the importance/), 'multistakeholder engagement')
    await notes.toolbar().getByRole('button', { name: 'Question', exact: true }).click()
    await notes.expectSaved()

    await notes.selectWithMouse(page.paragraph(/In line with the values/), 'non-governmental human rights experts')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    const card = notes.card('non-governmental human rights experts')
    await expect(card.getByRole('textbox', { name: 'Note text' })).toBeFocused()
    await expect(card).toContainText('Question')
    const category = card.getByRole('combobox', { name: 'Category' })
    await expect(category).toHaveValue('question')
    await category.selectOption('follow-up')
    await notes.expectSaved()
    await expect(category).toHaveValue('follow-up')
  })
})

/** Makes a Concern highlight on `quote` in the paragraph matching `paragraph`, leaving the panel closed. */
async function concernHighlight(reader: Page, paragraph: RegExp, quote: string): Promise<void> {
  const notes = new NotesUi(reader)
  await notes.selectWithMouse(new ReaderPage(reader).paragraph(paragraph), quote)
  await notes.toolbar().getByRole('button', { name: 'Concern', exact: true }).click()
  await notes.expectSaved()
}

test.describe('the preview of a highlight', () => {
  test('"Open in panel" opens the Notes panel on that note\'s card, focused', async ({ reader }) => {
    const notes = new NotesUi(reader)
    await concernHighlight(reader, /recognise the importance/, 'multistakeholder engagement')
    await reader.getByRole('banner').getByRole('button', { name: 'Notes', exact: true }).click()
    await expect(notes.panel()).toHaveCount(0)

    // The last piece of the highlight ("engagement"): its first word is also a glossary term with its own preview.
    await notes.highlights().last().hover()
    await reader.getByRole('tooltip').getByRole('button', { name: 'Open in panel' }).click()
    await expect(notes.panel()).toBeVisible()
    await expect(notes.card('multistakeholder engagement')).toBeFocused()
  })
})

test.describe('the preview of a highlight in a narrow window', () => {
  test.use({ viewport: { width: 800, height: 900 } })

  test('"Open in panel" opens the Notes drawer on that note\'s card', async ({ reader }) => {
    const notes = new NotesUi(reader)
    await concernHighlight(reader, /recognise the importance/, 'multistakeholder engagement')
    // Under 1100 px the panel is a drawer over the text: close it to read on.
    await reader.keyboard.press('Escape')
    await expect(notes.panel()).toHaveCount(0)

    // The last piece of the highlight ("engagement"): its first word is also a glossary term with its own preview.
    await notes.highlights().last().hover()
    await reader.getByRole('tooltip').getByRole('button', { name: 'Open in panel' }).click()
    await expect(notes.panel()).toBeVisible()
    await expect(notes.card('multistakeholder engagement')).toBeFocused()
  })
})
