/**
 * Search: results with marked snippets, opening one by mouse or keyboard
 * (route, scroll, location mark), reading positions that survive a reload,
 * and queries the index cannot parse.
 */
import { expect, test } from './fixtures'
import { ReaderPage } from './pages/reader-page'
import { STATEMENT_ID } from './support/seed'

const TALLINN_PARAGRAPH = /reaffirmed in the Nairobi Terms of Reference , Tallinn Agenda and San José Statement/
const READ_ROUTE = new RegExp(`#/read/${STATEMENT_ID}/([^/?#]+)$`)
/** The statement's result (the Tallinn Agenda's own reference page matches too). */
const STATEMENT_TALLINN_RESULT = /^Joint Statement.*Tallinn Agenda/

/** Checks the app shows the Tallinn paragraph as the current location, and returns its route. */
async function expectTallinnParagraphOpened(app: ReaderPage): Promise<string> {
  await expect(app.page).toHaveURL(READ_ROUTE)
  const current = app.currentBlock()
  await expect(current).toHaveCount(1)
  await expect(current).toContainText(TALLINN_PARAGRAPH)
  await expect(current).toHaveAttribute('aria-current', 'location')
  await expect(current).toBeInViewport()
  return app.route()
}

test.describe('search', () => {
  test('finds "Tallinn" and opens the paragraph naming the Tallinn Agenda', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('Tallinn')
    const result = app.result(STATEMENT_TALLINN_RESULT)
    await expect(result.first()).toBeVisible()
    await expect(result.first().locator('mark').filter({ hasText: /^Tallinn$/i })).not.toHaveCount(0)
    await expect(app.resultCount()).toBeVisible()

    await app.openResult(STATEMENT_TALLINN_RESULT)
    await expectTallinnParagraphOpened(app)
    await expect(app.results()).toHaveCount(0)
  })

  test('is usable from the keyboard alone', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await expect(app.article()).toBeVisible()
    await app.focusSearchWithShortcut()
    await reader.keyboard.type('Tallinn')
    const result = app.result(STATEMENT_TALLINN_RESULT).first()
    await expect(result).toBeVisible()

    await app.tabTo(result)
    await reader.keyboard.press('Enter')
    await expectTallinnParagraphOpened(app)
  })

  test('a reading position survives a reload', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('Tallinn')
    await app.openResult(STATEMENT_TALLINN_RESULT)
    const route = await expectTallinnParagraphOpened(app)

    await reader.reload()
    expect(await expectTallinnParagraphOpened(app)).toBe(route)
  })

  test('says so when nothing matches', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('zyxwvutsrq')
    await expect(app.noResults()).toBeVisible()
    await expect(app.results()).toHaveCount(0)
  })

  test.describe('with a query it cannot parse', () => {
    // The host answers such a query with 422 (user input), which Chromium logs as a failed resource.
    test.use({ allowedConsoleErrors: [/status of 422 .*\/api\/search\.query/] })

    test('explains the problem, then keeps working', async ({ reader }) => {
      const app = new ReaderPage(reader)
      await app.search('title:(')
      await expect(app.searchAlert()).toBeVisible()
      await expect(app.searchAlert()).not.toBeEmpty()

      await app.search('Tallinn')
      await expect(app.result(STATEMENT_TALLINN_RESULT).first()).toBeVisible()
      await expect(app.searchAlert()).toHaveCount(0)
    })
  })
})
