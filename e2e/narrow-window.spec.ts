/**
 * Narrow windows (800 px): the text opens uncovered; the library and the
 * Notes panel are drawers over it, opened by their top-bar buttons (focus
 * moves in) and closed with Esc or the scrim (focus goes back); a timeline
 * card opens in view.
 */
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { ReaderPage } from './pages/reader-page'

test.use({ viewport: { width: 800, height: 900 } })

test.describe('narrow windows', () => {
  test('the first paragraph opens fully visible and uncovered', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const first = page.paragraphs().first()
    await expect(first).toBeVisible()
    const box = await first.boundingBox()
    if (!box) throw new Error('The first paragraph has no box')
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(800)
    expect(box.y + box.height).toBeLessThanOrEqual(900)
    const uncovered = await first.evaluate((paragraph) => {
      const rect = paragraph.getBoundingClientRect()
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
      return hit !== null && paragraph.contains(hit)
    })
    expect(uncovered).toBe(true)
    await expect(reader.getByRole('complementary', { name: 'Notes' })).toHaveCount(0)
    await expect(page.library()).toBeHidden()
  })

  test('the library drawer opens from its button and closes with Esc and the scrim', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const button = reader.getByRole('banner').getByRole('button', { name: 'Library', exact: true })
    const drawer = reader.getByRole('complementary', { name: 'Library and contents' })
    await expect(button).toHaveAttribute('aria-expanded', 'false')

    await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(page.library()).toBeVisible()
    await expect(reader.getByRole('navigation', { name: 'Contents' })).toBeInViewport()
    await expect(drawer.locator(':focus')).toHaveCount(1)
    await reader.keyboard.press('Escape')
    await expect(page.library()).toBeHidden()
    await expect(button).toBeFocused()
    await expect(button).toHaveAttribute('aria-expanded', 'false')

    await button.click()
    await expect(page.library()).toBeVisible()
    // The scrim covers the text beside the drawer.
    await reader.mouse.click(700, 600)
    await expect(page.library()).toBeHidden()
    await expect(button).toBeFocused()
  })

  test('the Notes drawer opens from its button and closes with Esc', async ({ reader }) => {
    const button = reader.getByRole('banner').getByRole('button', { name: 'Notes', exact: true })
    const panel = reader.getByRole('complementary', { name: 'Notes' })
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await button.click()
    await expect(panel).toBeVisible()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(panel.locator(':focus')).toHaveCount(1)
    await reader.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    await expect(button).toBeFocused()

    await button.click()
    await expect(panel).toBeVisible()
    await reader.mouse.click(100, 600)
    await expect(panel).toHaveCount(0)
  })

  test('paragraphs and lists keep their numbers, beside the text and inside the window', async ({ reader }) => {
    const page = new ReaderPage(reader)
    await expect(page.paragraphs().first()).toBeVisible()
    await expectNumberBeside(page.paragraphs().first(), 'Link to paragraph 1')

    // Reference pages hold lists (their sources): a list is a numbered paragraph too.
    await reader.goto(reader.url().replace(/#.*$/, '#/read/hrc-26-13'))
    const list = page.article(/^HRC resolution 26\/13/).getByRole('listitem').filter({ hasText: 'Resolution A/HRC/RES/26/13 on right-docs' }).locator('xpath=..')
    await list.scrollIntoViewIfNeeded()
    await expectNumberBeside(list, /^Link to paragraph \d+$/)
  })

  test('a timeline card opens in view', async ({ reader }) => {
    await reader.goto(reader.url().replace(/#.*$/, '#/timeline'))
    await reader.getByRole('list', { name: 'Timeline entries, in date order' }).getByRole('link', { name: /^PP-18/ }).click()
    await expect(reader.getByRole('region', { name: /Plenipotentiary Conference/ })).toBeInViewport()
    await expect(reader.getByRole('banner')).toBeInViewport()
  })
})

/** The block's margin number is shown, inside the window, and left of the block's text (not over it). */
async function expectNumberBeside(block: Locator, name: string | RegExp): Promise<void> {
  const number = block.locator('xpath=..').getByRole('link', { name, exact: typeof name === 'string' })
  await expect(number).toHaveCount(1)
  await expect(number).toHaveCSS('opacity', '1')
  const [numberBox, blockBox] = await Promise.all([number.boundingBox(), block.boundingBox()])
  if (!numberBox || !blockBox) throw new Error('The block or its number has no box')
  expect(numberBox.width).toBeGreaterThan(0)
  expect(numberBox.x).toBeGreaterThanOrEqual(0)
  expect(numberBox.x + numberBox.width).toBeLessThanOrEqual(blockBox.x + 1)
}
