/**
 * The first paint (issue 15): the statement's text is on screen before the
 * app's script has run, the app takes over without showing it twice, and an
 * address that asks for another view does not flash the statement first.
 * The app's script is held back here until the test lets it go, so what the
 * reader sees before it runs can be checked without timing anything.
 */
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { STATEMENT_TITLE } from './pages/reader-page'
import { startReaderServer, type ReaderServer } from './support/reader-server'

const FIRST_WORDS = 'We, the Freedom Online Coalition governments, recognise the importance of accountability'

/** A page whose app script, while held, waits for `release()`; everything else loads as usual. */
async function pageWithHeldScript(browser: Browser): Promise<{ page: Page; hold(): void; release(): void }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  let gate: Promise<void> = Promise.resolve()
  let open = (): void => undefined
  const hold = (): void => {
    gate = new Promise<void>((resolve) => (open = resolve))
  }
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await gate
    await route.continue()
  })
  hold()
  return { page, hold, release: () => open() }
}

// Declared before the tests so the skip comes before their fixtures: the Electron project has no browser to launch.
test.skip(({ appMode }) => appMode !== 'browser', 'starts its own browser-mode host')

test.describe('the first paint', () => {
  let server: ReaderServer

  test.beforeEach(async ({ dataDir }) => {
    server = await startReaderServer(dataDir)
  })

  // Runs even where the tests were skipped before the host was started (the Electron project).
  test.afterEach(async () => {
    await server?.stop()
  })

  test('shows the statement before the app has started, then the app takes its place', async ({ browser }) => {
    const { page, release } = await pageWithHeldScript(browser)
    // Not until "load": the held script would keep the page from ever loading.
    await page.goto(server.url, { waitUntil: 'commit' })
    await expect(page.getByText(FIRST_WORDS)).toBeVisible()
    // Nothing of the app is there yet: the text is all there is, and it is not offered as controls.
    await expect(page.getByRole('combobox', { name: 'Search' })).toHaveCount(0)
    await expect(page.getByRole('article')).toHaveCount(0)
    release()
    await expect(page.getByRole('article', { name: STATEMENT_TITLE })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible()
    await expect(page.getByText(FIRST_WORDS)).toHaveCount(1)
    await page.context().close()
  })

  test('a reload on the timeline does not flash the statement', async ({ browser }) => {
    const { page, hold, release } = await pageWithHeldScript(browser)
    release()
    await page.goto(server.url)
    await page.getByRole('link', { name: 'Timeline', exact: true }).click()
    await expect(page).toHaveURL(/#\/timeline/)
    hold()
    await page.reload({ waitUntil: 'commit' })
    await expect(page.locator('#root')).toBeAttached()
    await expect(page.getByText(FIRST_WORDS)).toHaveCount(0)
    release()
    await expect(page.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page')
    await page.context().close()
  })

  test('is painted in the saved theme, even in a new window that has no cache of it', async ({ browser }) => {
    const first = await pageWithHeldScript(browser)
    first.release()
    await first.page.goto(server.url)
    await first.page.getByRole('button', { name: 'Reading settings' }).click()
    await first.page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark', exact: true }).check()
    await first.page.keyboard.press('Escape')
    await expect(first.page.locator('html')).toHaveAttribute('data-theme', 'dark')
    // The setting has reached the data folder once a new page is served with it.
    await expect.poll(async () => (await first.page.request.get(server.url.replace(/#.*$/, ''))).text()).toContain('data-theme="dark"')
    await first.page.context().close()

    const { page, release } = await pageWithHeldScript(browser)
    await page.goto(server.url, { waitUntil: 'commit' })
    await expect(page.getByText(FIRST_WORDS)).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    release()
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.context().close()
  })
})
