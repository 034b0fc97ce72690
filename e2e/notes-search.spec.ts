/**
 * The notes searches of the Notes panel (the open document's notes) and of
 * All notes (every document's): the same index and syntax as the search
 * box; a query it cannot read is explained and the list stays; "the notes
 * this filter shows" exports exactly those.
 */
import { readFile } from 'node:fs/promises'
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

const MONITORING = 'multistakeholder engagement'
const BUDGET = 'non-governmental human rights experts'

test.describe('searching notes', () => {
  // The host answers a query it cannot read with 422 (user input), which Chromium logs as a failed resource.
  test.use({ allowedConsoleErrors: [/status of 422 .*\/api\/search\.query/] })

  test('finds notes by word stem, explains a query it cannot read, and exports what it shows', async ({ reader }, testInfo) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.addNote(page.paragraph(/recognise the importance/), MONITORING, 'Who is monitoring the delegations?')
    await notes.addNote(page.paragraph(/In line with the values/), BUDGET, 'Ask about the travel budget.')
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
    await expectFilterExport(reader, testInfo, 'budgets', ['Ask about the travel budget.'])
    await reader.getByRole('dialog', { name: 'Export notes' }).getByRole('button', { name: 'Close' }).click()

    // Cleared: every note again.
    await notes.search('')
    await expect(notes.cards()).toHaveCount(2)
  })

  test('All notes searches every document’s notes the same way, keeping them under their documents', async ({ reader }, testInfo) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    // A note on a passage of the statement…
    await notes.addNote(page.paragraph(/recognise the importance/), MONITORING, 'Who is monitoring the delegations?')
    // …and one on the whole Tallinn Agenda.
    await page.library().getByRole('link', { name: /Tallinn Agenda/ }).click()
    await expect(page.article(/Tallinn Agenda/)).toBeVisible()
    await notes.panel().getByRole('button', { name: '+ Note on this document' }).click()
    const documentBox = notes.panel().getByRole('group', { name: 'Note on the whole document' }).getByRole('textbox', { name: 'Note text' })
    await documentBox.fill('Ask about the travel budget.')
    await documentBox.press('Escape')
    await notes.expectSaved()

    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    const allNotes = reader.getByRole('region', { name: 'All notes' })
    const searchBox = allNotes.getByRole('searchbox', { name: 'Search all notes' })
    const cards = allNotes.getByRole('group', { name: /^Note on/ })
    // Each document's group heading (a button that opens and closes it, with its count).
    const statement = allNotes.getByRole('button', { name: /^Joint Statement/ })
    const tallinn = allNotes.getByRole('button', { name: /^Tallinn Agenda/ })
    await expect(cards).toHaveCount(2)

    // "monitored" is in neither note, but it stems as "monitoring" does: only the statement's note, under its document.
    await searchBox.fill('monitored')
    await expect(cards).toHaveCount(1)
    await expect(allNotes.getByRole('group', { name: `Note on “${MONITORING}”` })).toBeVisible()
    await expect(statement).toHaveText(/\(1\)$/)
    await expect(tallinn).toHaveCount(0)
    await expect(searchBox).toHaveAccessibleDescription('1 note matches.')
    await allNotes.screenshot({ path: testInfo.outputPath('all-notes-search.png') })

    // A query the engine cannot read: its message, and the list as it was.
    await searchBox.fill('title:(')
    await expect(searchBox).toHaveAccessibleDescription(/title:\(.*The list is unchanged\.$/)
    await expect(allNotes.getByRole('status').filter({ hasText: 'The list is unchanged.' })).toBeVisible()
    await expect(cards).toHaveCount(1)
    await expect(statement).toBeVisible()

    // Nothing matches: said so, with a way back.
    await searchBox.fill('zanzibar')
    await expect(allNotes.getByText('No notes match “zanzibar”.')).toBeVisible()
    await allNotes.getByRole('button', { name: 'Clear filters' }).click()
    await expect(searchBox).toHaveValue('')
    await expect(cards).toHaveCount(2)

    // The other document's note, found by another stem, and exported alone.
    await searchBox.fill('budgets')
    await expect(cards).toHaveCount(1)
    await expect(allNotes.getByRole('group', { name: 'Note on the whole document' })).toBeVisible()
    await expect(tallinn).toBeVisible()
    await expect(statement).toHaveCount(0)
    await allNotes.getByRole('button', { name: 'Export notes…' }).click()
    await expectFilterExport(reader, testInfo, 'budgets', ['Ask about the travel budget.'])
  })
})

/**
 * In the open Export dialog, exports "the notes the current filter shows"
 * as JSON and checks the file holds exactly the notes `texts`, described
 * as matching the search `query`.
 */
async function expectFilterExport(reader: Page, testInfo: TestInfo, query: string, texts: readonly string[]): Promise<void> {
  const dialog = reader.getByRole('dialog', { name: 'Export notes' })
  const count = texts.length === 1 ? '1 note' : `${texts.length} notes`
  await dialog.getByRole('radio', { name: `Notes the current filter shows ${count} matching the search “${query}”` }).check()
  await dialog.getByRole('radio', { name: /JSON/ }).check()
  const [download] = await Promise.all([reader.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()])
  const saved = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(saved)
  const collection = JSON.parse(await readFile(saved, 'utf8')) as { label: string; first: { items: Array<{ body?: Array<{ purpose?: string; value?: string }> }> } }
  expect(collection.first.items.map((item) => item.body?.find((body) => body.purpose === 'describing')?.value)).toEqual(texts)
  expect(collection.label).toContain(`matching the search “${query}”`)
}
