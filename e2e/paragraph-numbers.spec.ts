/**
 * One paragraph-number scheme: the number search gives a passage is the
 * number shown in the reader's margin, and following that number's link
 * lands on the same passage.
 */
import { expect, test } from './fixtures'
import { ReaderPage } from './pages/reader-page'

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
