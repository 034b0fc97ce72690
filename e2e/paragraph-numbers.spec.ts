/**
 * One paragraph-number scheme: the number search gives a passage is the
 * number shown in the reader's margin, on the note cards in the Notes panel
 * and All notes, in the margin link's address, and in the Markdown export;
 * and following that number's link lands on the same passage.
 */
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'
import { apiCall } from './support/http'
import { seedStatementNotes } from './support/seed-notes'

const TALLINN_PARAGRAPH = /reaffirmed in the Nairobi Terms of Reference , Tallinn Agenda and San José Statement/

test('search and the reader margin give the Tallinn paragraph the same number', async ({ reader }) => {
  const app = new ReaderPage(reader)
  await app.search('Tallinn')
  const result = app.result(/^Joint Statement.*Tallinn Agenda/).first()
  await expect(result).toBeVisible()
  const place = (await result.textContent()) ?? ''
  const number = /¶(\d+)/.exec(place)?.[1]
  expect(number, `a paragraph number in the result "${place}"`).toBeDefined()
  await reader.keyboard.press('Escape')

  const marginLink = app.article().getByRole('link', { name: `Link to paragraph ${number}`, exact: true })
  await expect(marginLink).toHaveCount(1)
  await marginLink.click()
  await expect(app.currentBlock()).toContainText(TALLINN_PARAGRAPH)
})

test('the margin numbers can be switched off in Reading settings', async ({ reader }) => {
  const app = new ReaderPage(reader)
  await expect(app.paragraphs().first()).toBeVisible()
  const numbered = app.article().getByRole('link', { name: 'Link to paragraph 1', exact: true })
  await expect(numbered).toBeVisible()
  await reader.getByRole('button', { name: 'Reading settings' }).click()
  await reader.getByRole('checkbox', { name: 'Show paragraph numbers' }).uncheck()
  await reader.keyboard.press('Escape')
  // Off: the number is gone from the margin (the ¶ link shows only on hover).
  await expect(numbered).toHaveCSS('opacity', '0')
})

test('a note shows its paragraph as the margin, search, All notes and the Markdown export do', async ({ reader, readerServer }) => {
  const quote = 'precluding any obligation'
  await seedStatementNotes(readerServer, [{ quote, text: 'Weak language.', tags: [], category: 'concern' }])
  await reader.reload()
  const app = new ReaderPage(reader)
  const notes = new NotesUi(reader)

  // The margin: the paragraph that holds the quote, and its number.
  const paragraph = app.paragraphs().filter({ hasText: quote })
  await expect(paragraph).toHaveCount(1)
  const marginName = await paragraph.locator('xpath=..').getByRole('link', { name: /^Link to paragraph \d+$/ }).getAttribute('aria-label')
  const number = /(\d+)$/.exec(marginName ?? '')?.[1]
  expect(number, `the margin number of "${quote}"`).toBeDefined()
  const label = `¶${number}`

  // The note card in the Notes panel, and its button back to the passage.
  const card = notes.card(quote)
  await expect(card.getByRole('button', { name: `Show in the text (${label}): ${quote}` })).toBeVisible()

  // Search gives the passage the same number.
  await app.search('precluding obligation')
  await expect(app.result(/precluding any obligation/).first()).toContainText(label)
  await reader.keyboard.press('Escape')

  // The margin link's address carries the number people quote, and opens that paragraph.
  await paragraph.locator('xpath=..').getByRole('link', { name: `Link to paragraph ${number}`, exact: true }).click()
  await expect(reader).toHaveURL(new RegExp(`/p${number}$`))
  await expect(app.currentBlock()).toContainText(quote)

  // All notes.
  await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
  await expect(reader.getByRole('button', { name: `Show in the text (${label}): ${quote}` })).toBeVisible()

  // The Markdown export.
  const exported = JSON.parse((await apiCall(readerServer.port, 'notes.export', { selection: { scope: 'all' }, format: 'markdown' }, readerServer.token)).body) as { value: { content: string } }
  expect(exported.value.content).toMatch(new RegExp(`${label}\\b`))
})
