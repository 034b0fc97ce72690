/**
 * Search: results with marked snippets, opening one by mouse or keyboard
 * (route, scroll, location mark), reading positions that survive a reload,
 * and queries the index cannot parse.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
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

/** The words marked by search in the page (the CSS highlight "search-match"), in order. */
async function searchMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marks = CSS.highlights.get('search-match')
    return marks ? [...marks].map((range) => range.toString()) : []
  })
}

/** A group of results ("Documents 12") in the results panel. */
function group(app: ReaderPage, name: RegExp): Locator {
  return app.resultsRegion().getByRole('region', { name })
}

/** Moves the focus to `target` with the arrow keys, as a keyboard user would. */
async function arrowTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('ArrowDown')
    if (await target.evaluate((element) => element.matches(':focus'))) return
  }
  throw new Error(`ArrowDown did not reach the element within ${maxPresses} presses.`)
}

test.describe('search', () => {
  test('finds "Tallinn" and opens the paragraph naming the Tallinn Agenda', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('Tallinn')
    const result = app.result(STATEMENT_TALLINN_RESULT)
    await expect(result.first()).toBeVisible()
    await expect(result.first().locator('mark').filter({ hasText: /^Tallinn$/i })).not.toHaveCount(0)
    await expect(app.resultCount()).toBeVisible()

    await expect(group(app, /^Documents/)).toBeVisible()
    await expect(group(app, /^Timeline/).getByRole('link', { name: /Tallinn Agenda/ })).toBeVisible()

    await app.openResult(STATEMENT_TALLINN_RESULT)
    await expectTallinnParagraphOpened(app)
    await expect(app.results()).toHaveCount(0)
    // The matched word is marked where the result opened, until the next action.
    await expect.poll(() => searchMarks(reader)).toEqual(['Tallinn'])
    await app.currentBlock().click()
    await expect.poll(() => searchMarks(reader)).toEqual([])
  })

  test('"privacy" finds the General Assembly privacy resolutions', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('privacy')
    const timeline = group(app, /^Timeline/)
    await expect(timeline.getByRole('link', { name: /UNGA 68\/167 — The right to privacy in the digital age/ })).toBeVisible()
    await expect(timeline.getByRole('link', { name: /UNGA 69\/166/ })).toBeVisible()
    await expect(timeline.getByRole('link', { name: /UNGA 71\/199/ })).toBeVisible()
    await timeline.getByRole('link', { name: /UNGA 68\/167/ }).click()
    await expect(reader).toHaveURL(/#\/timeline\/unga-68-167$/)
    await expect.poll(async () => (await searchMarks(reader)).length).toBeGreaterThan(0)
  })

  test('finds a resolution by its symbol, "20/8"', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('20/8')
    const result = group(app, /^Documents/).getByRole('link', { name: /HRC resolution 20\/8/ }).first()
    await expect(result).toBeVisible()
    await expect(result.locator('mark').filter({ hasText: /20\/8/ }).first()).toBeVisible()
    await expect(group(app, /^Timeline/).getByRole('link', { name: /^HRC 20\/8/ })).toBeVisible()
  })

  test('a quoted phrase matches the exact phrase only', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('"Tallinn Agenda"')
    const result = app.result(STATEMENT_TALLINN_RESULT).first()
    await expect(result).toBeVisible()
    await expect(result.locator('mark').filter({ hasText: /^Tallinn Agenda$/ })).toHaveCount(1)
    await app.search('"Agenda Tallinn"')
    await expect(app.noResults()).toBeVisible()
  })

  test('when nothing has all the words, shows results with any of them and says so', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('Tallinn zyxwvutsrq')
    await expect(app.resultsRegion().getByText(/No result has all the words/)).toBeVisible()
    await expect(app.result(STATEMENT_TALLINN_RESULT).first()).toBeVisible()
  })

  test('finds a word of the user\'s note once saved, and not after it is deleted', async ({ reader }) => {
    const app = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.addNote(app.paragraph(/set the ITU's strategy/), 'technical and policy matters', 'Ask the quuxbriefing team')
    const card = notes.card('technical and policy matters')

    await app.search('quuxbriefing')
    const mine = group(app, /^My notes/)
    await expect(mine.getByRole('link', { name: /quuxbriefing/ })).toBeVisible()
    await mine.getByRole('link', { name: /quuxbriefing/ }).click()
    await expect(reader).toHaveURL(/#\/read\//)
    await expect(card).toBeVisible()

    await card.getByRole('button', { name: /^Delete note/ }).click()
    await expect(notes.cards()).toHaveCount(0)
    await app.search('text:quuxbriefing')
    await expect(app.noResults()).toBeVisible()
  })

  test('Escape closes the results and keeps the focus in the box', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await app.search('Tallinn')
    await expect(app.results().first()).toBeVisible()
    await app.searchBox().press('Escape')
    await expect(app.resultsRegion()).toHaveCount(0)
    await expect(app.searchBox()).toBeFocused()
  })

  test('is usable from the keyboard alone', async ({ reader }) => {
    const app = new ReaderPage(reader)
    await expect(app.article()).toBeVisible()
    await app.focusSearchWithShortcut()
    await reader.keyboard.type('Tallinn')
    const result = app.result(STATEMENT_TALLINN_RESULT).first()
    await expect(result).toBeVisible()

    await arrowTo(reader, result)
    await reader.keyboard.press('Enter')
    await expectTallinnParagraphOpened(app)
    await expect.poll(() => searchMarks(reader)).toEqual(['Tallinn'])
    await reader.keyboard.press('Control+f')
    await expect(app.searchBox()).toBeFocused()
    await expect.poll(() => searchMarks(reader)).toEqual([])
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

      // The previous results stay while the message explains the problem.
      await app.search('Tallinn title:(')
      await expect(app.searchAlert()).toContainText('could not be read')
      await expect(app.result(STATEMENT_TALLINN_RESULT).first()).toBeVisible()
      await app.search('~~')
      await expect(app.searchAlert()).toContainText('~')
    })
  })
})
