/**
 * The reader keeps its place and its settings in the data folder: browser
 * mode gets a new port (a new origin, with empty local storage) on every
 * run, yet the theme, the text size, the document open last and the place
 * in each document come back. Switching documents and back keeps the place.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ReaderPage, STATEMENT_TITLE } from './pages/reader-page'
import { startReaderServer, type ReaderServer } from './support/reader-server'
import { seedStatementNotes } from './support/seed-notes'

const REFERENCE_ID = 'hrc-32-13'
const REFERENCE_TITLE = /^HRC resolution 32\/13/

// A short window, so a reference page is several screens long at large text.
test.use({ viewport: { width: 1280, height: 560 } })

/** A fresh browser context (no storage) showing the app from `server`; page errors are collected in `problems`. */
async function openApp(browser: Browser, server: ReaderServer, problems: string[]): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon\.ico/.test(message.text())) problems.push(message.text())
  })
  await page.goto(server.url)
  return page
}

/** The text of the block at the top of the reading column's visible area. */
async function topBlockText(page: Page): Promise<string> {
  return (await topBlock(page)).text
}

/** The block at the top of the reading column's visible area: its text and the id the data folder keeps for it. */
function topBlock(page: Page): Promise<{ text: string; id: string }> {
  return page.evaluate(() => {
    const article = document.querySelector('main article')
    if (!article) return { text: '', id: '' }
    let scroller: Element | null = article.parentElement
    while (scroller && !(/auto|scroll/.test(getComputedStyle(scroller).overflowY) && scroller.scrollHeight > scroller.clientHeight)) scroller = scroller.parentElement
    const top = scroller && scroller !== document.scrollingElement ? Math.max(0, scroller.getBoundingClientRect().top) : 0
    const block = [...article.querySelectorAll('h1, h2, h3, p, ul, ol')].find((element) => element.getBoundingClientRect().bottom > top + 1)
    const id = block?.closest<HTMLElement>('[data-block-id]')?.dataset['blockId'] ?? ''
    return { text: block?.textContent?.trim() ?? '', id }
  })
}

/** Scrolls the reading column to `share` of the way down, as a reader's wheel would. */
async function scrollTo(page: Page, share: number): Promise<void> {
  await page.evaluate((fraction) => {
    const column = document.getElementById('reading-column')
    if (!column) throw new Error('no reading column')
    const scroller = column.scrollHeight > column.clientHeight ? column : (document.scrollingElement ?? document.documentElement)
    const range = scroller.scrollHeight - scroller.clientHeight
    if (range < 200) throw new Error(`the page is too short to scroll (${range}px)`)
    scroller.scrollTop = Math.round(range * fraction)
  }, share)
}

/** Chooses `option` in the settings menu's `group` and closes the menu. */
async function choose(page: Page, group: string, option: string): Promise<void> {
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check()
  await page.keyboard.press('Escape')
}

async function savedState(dataDir: string): Promise<{ lastDocumentId?: string; positions?: Record<string, { blockId?: string } | undefined>; settings?: Record<string, unknown> }> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, 'reading-state.json'), 'utf8')) as Awaited<ReturnType<typeof savedState>>
  } catch {
    return {}
  }
}

// Declared before the test so the skip comes before its fixtures: the Electron project has no browser to launch.
test.skip(({ appMode }) => appMode !== 'browser', 'restarts the browser-mode host')

test('the place and the settings survive a restart of browser mode on another port', async ({ browser, dataDir }) => {
  const problems: string[] = []
  const servers: ReaderServer[] = []
  try {
    // First run: dark theme, large text, halfway through a reference page.
    const first = await startReaderServer(dataDir)
    servers.push(first)
    await seedStatementNotes(first, [{ quote: 'Tallinn Agenda', text: 'A note to arrange', tags: ['itu'], category: 'reference' }])
    const page = await openApp(browser, first, problems)
    const app = new ReaderPage(page)
    await expect(app.article()).toBeVisible()
    await choose(page, 'Theme', 'Dark')
    await choose(page, 'Text size', 'Large')
    await app.library().getByRole('link', { name: REFERENCE_TITLE }).click()
    await expect(app.article(REFERENCE_TITLE)).toBeVisible()
    // All notes' sort and grouping are kept with the settings.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Category' })
    await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Tag' })
    await page.goBack()
    await expect(app.article(REFERENCE_TITLE)).toBeVisible()
    await scrollTo(page, 0.5)
    const { text: leftAt, id: leftAtId } = await topBlock(page)
    expect(leftAt.length).toBeGreaterThan(0)
    expect(leftAtId.length).toBeGreaterThan(0)
    // The data folder, not the page's storage, holds this place once it has rested (the top of the page was kept when it opened).
    await expect.poll(async () => (await savedState(dataDir)).positions?.[REFERENCE_ID]?.blockId).toBe(leftAtId)
    expect(await savedState(dataDir)).toMatchObject({ lastDocumentId: REFERENCE_ID, settings: { theme: 'dark', textSize: 'large', notesSort: 'category', notesGrouping: 'tag' } })
    await page.context().close()
    await first.stop()

    // Second run, on another port: another origin, nothing in local storage.
    const second = await startReaderServer(dataDir)
    servers.push(second)
    expect(second.port).not.toBe(first.port)
    const again = await openApp(browser, second, problems)
    const reopened = new ReaderPage(again)
    await expect(reopened.article(REFERENCE_TITLE)).toBeVisible()
    await expect(again).toHaveURL(new RegExp(`#/read/${REFERENCE_ID}$`))
    await expect(again.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(again.locator('html')).toHaveAttribute('data-text-size', 'large')
    await expect.poll(() => topBlockText(again)).toBe(leftAt)
    await again.getByRole('button', { name: 'Reading settings' }).click()
    await expect(again.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark', exact: true })).toBeChecked()
    await expect(again.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Large', exact: true })).toBeChecked()
    await again.keyboard.press('Escape')

    // Switching to the statement and back keeps both places.
    await reopened.library().getByRole('link', { name: STATEMENT_TITLE }).click()
    await expect(reopened.article()).toBeVisible()
    await scrollTo(again, 0.4)
    const statementAt = await topBlockText(again)
    await reopened.library().getByRole('link', { name: REFERENCE_TITLE }).click()
    await expect(reopened.article(REFERENCE_TITLE)).toBeVisible()
    await expect.poll(() => topBlockText(again)).toBe(leftAt)
    await reopened.library().getByRole('link', { name: STATEMENT_TITLE }).click()
    await expect(reopened.article()).toBeVisible()
    await expect.poll(() => topBlockText(again)).toBe(statementAt)

    await again.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    await expect(again.getByRole('combobox', { name: 'Sort by' })).toHaveValue('category')
    await expect(again.getByRole('combobox', { name: 'Group by' })).toHaveValue('tag')
    await again.context().close()
  } finally {
    for (const server of servers) await server.stop()
  }
  expect(problems).toEqual([])
})
