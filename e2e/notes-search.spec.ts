/**
 * The Notes panel's search: the same index and syntax as the search box,
 * over the open document's notes; a query it cannot read is explained and
 * the list stays; "the notes this filter shows" exports exactly those.
 */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

const MONITORING = 'multistakeholder engagement'
const BUDGET = 'non-governmental human rights experts'

test.describe('searching the Notes panel', () => {
  // The host answers a query it cannot read with 422 (user input), which Chromium logs as a failed resource.
  test.use({ allowedConsoleErrors: [/status of 422 .*\/api\/search\.query/] })

  test('finds notes by word stem, explains a query it cannot read, and exports what it shows', async ({ reader }, testInfo) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const addNote = async (paragraph: RegExp, passage: string, text: string) => {
      await notes.selectWithMouse(page.paragraph(paragraph), passage)
      await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
      const box = notes.card(passage).getByRole('textbox', { name: 'Note text' })
      await box.fill(text)
      await box.press('Escape')
      await notes.expectSaved()
    }
    await addNote(/recognise the importance/, MONITORING, 'Who is monitoring the delegations?')
    await addNote(/In line with the values/, BUDGET, 'Ask about the travel budget.')
    await expect(notes.cards()).toHaveCount(2)

    // "monitored" is not in the note, but it stems as "monitoring" does.
    await notes.search('monitored')
    await expect(notes.cards()).toHaveCount(1)
    await expect(notes.card(MONITORING)).toBeVisible()
    await expect(notes.searchBox()).toHaveAccessibleDescription('1 note matches.')

    // A query the engine cannot read: its message, announced with the box; the list stays as it was.
    await notes.search('title:(')
    await expect(notes.searchBox()).toHaveAccessibleDescription(/title:\(.*The list is unchanged\.$/)
    const message = notes.panel().getByRole('status').filter({ hasText: 'The list is unchanged.' })
    await expect(message).toBeVisible()
    await expect(notes.cards()).toHaveCount(1)
    await expect(notes.card(MONITORING)).toBeVisible()
    await notes.panel().screenshot({ path: testInfo.outputPath('notes-panel-search-error.png') })

    // Nothing matches: said so, with a way back.
    await notes.search('zanzibar')
    await expect(notes.panel().getByText('No notes match “zanzibar”.')).toBeVisible()
    await notes.panel().getByRole('button', { name: 'Clear filters' }).click()
    await expect(notes.searchBox()).toHaveValue('')
    await expect(notes.cards()).toHaveCount(2)

    // The export of "the notes the current filter shows" holds exactly the notes listed.
    await notes.search('budgets')
    await expect(notes.cards()).toHaveCount(1)
    await expect(notes.card(BUDGET)).toBeVisible()
    await notes.panel().getByRole('button', { name: 'Export notes…' }).click()
    const dialog = reader.getByRole('dialog', { name: 'Export notes' })
    const filtered = dialog.getByRole('radio', { name: /Notes the current filter shows 1 note matching the search “budgets”/ })
    await filtered.check()
    await dialog.getByRole('radio', { name: /JSON/ }).check()
    const [download] = await Promise.all([reader.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()])
    const saved = testInfo.outputPath(download.suggestedFilename())
    await download.saveAs(saved)
    const collection = JSON.parse(await readFile(saved, 'utf8')) as { label: string; first: { items: Array<{ body?: Array<{ purpose?: string; value?: string }> }> } }
    expect(collection.first.items.map((item) => item.body?.find((body) => body.purpose === 'describing')?.value)).toEqual(['Ask about the travel budget.'])
    expect(collection.label).toContain('matching the search “budgets”')
    await dialog.getByRole('button', { name: 'Close' }).click()

    // Cleared: every note again.
    await notes.search('')
    await expect(notes.cards()).toHaveCount(2)
  })
})
