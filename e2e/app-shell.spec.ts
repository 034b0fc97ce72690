/**
 * The app shell is a fixed frame: jumping to a passage (a note's quote, a
 * timeline card's "cited in" link, a search result) and wheeling past the
 * end of the Notes panel scroll only the pane that holds the passage; the
 * top bar stays at the top and the window itself never scrolls. Also the
 * contents and reading progress of the open document.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'

test.use({ viewport: { width: 1440, height: 900 } })

const LAST_PARAGRAPH = /Digital Defenders Partnership, also provides rapid response/
const CITING_PARAGRAPH = /resolutions 20\/8, 26\/13, 28\/16 and 32\/13/

/** Fails unless the top bar is at the very top and the window has not scrolled. */
async function expectFrameInPlace(page: Page): Promise<void> {
  const bar = await page.getByRole('banner').boundingBox()
  expect(bar?.y).toBe(0)
  const scroll = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return { top: root.scrollTop, height: root.scrollHeight, window: window.innerHeight }
  })
  expect(scroll.top).toBe(0)
  expect(scroll.height).toBeLessThanOrEqual(scroll.window)
}

/** Scrolls the reading column back to its top, as a reader scrolling up would. */
async function scrollTextToTop(page: Page): Promise<void> {
  await page.getByRole('main').evaluate((pane) => pane.scrollTo({ top: 0 }))
}

test.describe('the app shell', () => {
  test('jumps to passages move only the pane that holds them', async ({ reader }) => {
    // A long walk through four views: more than the default 30 s on a loaded machine.
    test.setTimeout(90_000)
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await expect(page.paragraph(LAST_PARAGRAPH)).toHaveCount(1)
    await expectFrameInPlace(reader)

    // A note on the last paragraph; back at the top, its quote in the Notes panel leads to it.
    await notes.selectWithMouse(page.paragraph(LAST_PARAGRAPH), 'rapid response')
    await notes.toolbar().getByRole('button', { name: 'Key point', exact: true }).click()
    await expect(notes.cards()).toHaveCount(1)
    await scrollTextToTop(reader)
    await expect(page.paragraph(LAST_PARAGRAPH)).not.toBeInViewport()
    await notes.card('rapid response').getByRole('button', { name: /^Show in the text/ }).click()
    await expect(page.paragraph(LAST_PARAGRAPH)).toBeInViewport()
    await expectFrameInPlace(reader)

    // Wheeling on past the end of the Notes panel moves nothing else.
    const panel = await notes.panel().boundingBox()
    if (!panel) throw new Error('The Notes panel is not shown')
    await reader.mouse.move(panel.x + panel.width / 2, panel.y + panel.height - 40)
    for (let turn = 0; turn < 5; turn++) await reader.mouse.wheel(0, 800)
    await expectFrameInPlace(reader)

    // A timeline card's "cited in" link opens the statement at the passage.
    await page.article().getByRole('link', { name: '26/13', exact: true }).first().click()
    await expect(reader).toHaveURL(/#\/timeline\/hrc-26-13$/)
    const card = reader.getByRole('region', { name: 'The promotion, protection and enjoyment of human rights on the Internet' })
    await expect(card).toBeInViewport()
    await expectFrameInPlace(reader)
    await card.getByRole('link', { name: /“26\/13” in Joint Statement/ }).click()
    await expect(page.currentBlock()).toContainText(CITING_PARAGRAPH)
    await expect(page.currentBlock()).toBeInViewport()
    await expectFrameInPlace(reader)

    // A search result deep in the text.
    await scrollTextToTop(reader)
    await page.search('Digital Defenders')
    await page.openResult(/Digital Defenders/)
    await expect(page.currentBlock()).toContainText(LAST_PARAGRAPH)
    await expect(page.currentBlock()).toBeInViewport()
    await expectFrameInPlace(reader)
  })

  test('the contents come first, mark the section being read, and progress shows how far', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const contents = reader.getByRole('navigation', { name: 'Contents' })
    await expect(contents).toBeInViewport()
    await expect(contents.getByRole('link').first()).toHaveAttribute('aria-current', 'location')
    const progress = reader.getByRole('progressbar', { name: 'Reading progress' })
    await expect(progress).toHaveAttribute('aria-valuenow', '0')

    await reader.getByRole('main').evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }))
    await expect(progress).toHaveAttribute('aria-valuenow', '100')
    await expect(contents.getByRole('link').last()).toHaveAttribute('aria-current', 'location')
    await expect(contents.locator('[aria-current="location"]')).toHaveCount(1)

    // The library folds away; its toggle says whether it is open.
    const fold = page.library().getByRole('button', { name: /^Library/ })
    await expect(fold).toHaveAttribute('aria-expanded', 'true')
    await fold.click()
    await expect(fold).toHaveAttribute('aria-expanded', 'false')
    await expect(page.library().getByRole('link')).toHaveCount(0)
    await expectFrameInPlace(reader)
  })
})
