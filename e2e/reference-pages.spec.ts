/**
 * Reference pages: the text's title as the page's heading, its key facts,
 * and links to each passage of the statement that cites it and to its entry
 * on the timeline.
 */
import { expect, test } from './fixtures'
import { ReaderPage } from './pages/reader-page'
import { STATEMENT_ID } from './support/seed'

const TITLE = 'HRC resolution 26/13: The promotion, protection and enjoyment of human rights on the Internet'

test.describe('reference pages', () => {
  test.beforeEach(async ({ reader }) => {
    await reader.goto(reader.url().replace(/#.*$/, '#/read/hrc-26-13'))
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  })

  test('open with the title and the key facts', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const article = page.article(TITLE)
    await expect(article.getByRole('heading', { level: 1 })).toBeInViewport()
    const facts = article.getByRole('definition')
    await expect(facts).toContainText(['A/HRC/RES/26/13', 'UN Human Rights Council', '26th session (10–27 June 2014)', '26 June 2014', /consensus/])
  })

  test('lead to the passage of the statement that cites them', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const links = reader.getByRole('navigation', { name: 'This text elsewhere' })
    await expect(links.getByRole('heading', { name: 'Where the statement cites this' })).toBeVisible()
    await links.getByRole('link', { name: 'The passage citing “26/13”' }).click()
    await expect(reader).toHaveURL(new RegExp(`#/read/${STATEMENT_ID}/[a-z0-9-]+$`))
    await expect(page.currentBlock()).toContainText('resolutions 20/8, 26/13, 28/16 and 32/13')
    await expect(page.currentBlock()).toBeInViewport()
  })

  test('lead to their entry on the timeline', async ({ reader }) => {
    await reader.getByRole('navigation', { name: 'This text elsewhere' }).getByRole('link', { name: 'On the timeline' }).click()
    await expect(reader).toHaveURL(/#\/timeline\/hrc-26-13$/)
    await expect(reader.getByRole('region', { name: 'The promotion, protection and enjoyment of human rights on the Internet' })).toBeInViewport()
    await expect(reader.getByRole('list', { name: 'Timeline entries, in date order' }).getByRole('link', { name: /^HRC 26\/13/ })).toHaveAttribute('aria-current', /.+/)
  })
})
