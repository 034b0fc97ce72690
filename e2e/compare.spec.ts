/**
 * Compare two texts: chosen by their titles, the comparison counts the
 * changes, steps from one to the next with buttons and N/P, and shows each
 * as a deletion or insertion a screen reader names, side by side or as a
 * redline.
 */
import { expect, test } from './fixtures'

const EARLIER = /^HRC resolution 20\/8/
const LATER = /^HRC resolution 26\/13/

test('two texts chosen by title are compared, change by change', async ({ reader }) => {
  await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click()
  await expect(reader.getByRole('heading', { level: 1, name: 'Compare two texts' })).toBeVisible()
  const earlier = reader.getByRole('combobox', { name: 'Earlier text' })
  const later = reader.getByRole('combobox', { name: 'Later text' })
  await earlier.selectOption({ label: await optionLabel(earlier, EARLIER) })
  await later.selectOption({ label: await optionLabel(earlier, EARLIER) })
  await expect(reader.getByText('Choose two different texts.')).toBeVisible()
  await later.selectOption({ label: await optionLabel(later, LATER) })

  await expect(reader).toHaveURL(/#\/compare\/hrc-20-8\/hrc-26-13$/)
  const summary = reader.getByRole('status').filter({ hasText: /insertions?, \d+ deletions?, \d+ paragraphs? reworded/ })
  await expect(summary).toBeVisible()
  const changes = reader.getByRole('list', { name: /^Changes from/ })

  // 20/8's summary paragraph is gone from 26/13, and 26/13's own took its place: side by side, one row.
  await reader.getByRole('button', { name: 'Next change' }).click()
  await expect(reader.getByText(/^Change 1 of \d+$/)).toBeVisible()
  // The change stepped to has focus.
  const focused = changes.locator('li:focus')
  await expect(focused).toContainText('Replaced')
  await expect(focused.getByRole('deletion')).toContainText('Resolution 20/8 is the first UN resolution')
  await expect(focused.getByRole('deletion')).toContainText('[deleted:')
  await expect(focused.getByRole('insertion')).toContainText('Resolution 26/13 reaffirms')

  await reader.keyboard.press('n')
  await expect(reader.getByText(/^Change 2 of \d+$/)).toBeVisible()
  await expect(focused).not.toContainText('Resolution 20/8 is the first UN resolution')
  await reader.keyboard.press('p')
  await expect(reader.getByText(/^Change 1 of \d+$/)).toBeVisible()
  await expect(focused).toContainText('Replaced')

  // A reworded list: the old date struck, the new one inserted, in the redline as side by side.
  const reworded = changes.getByRole('listitem').filter({ hasText: 'Reworded' }).first()
  await expect(reworded.getByRole('deletion').filter({ hasText: '2012' }).first()).toBeVisible()
  await expect(reworded.getByRole('insertion').filter({ hasText: '2014' }).first()).toBeVisible()
  await reader.getByRole('radio', { name: 'Redline' }).check()
  // As a redline the replaced paragraph is a deletion, then an insertion.
  await expect(changes.getByRole('listitem').filter({ hasText: 'Deleted' }).first().getByRole('deletion')).toContainText('Resolution 20/8 is the first')
  await expect(changes.getByRole('listitem').filter({ hasText: 'Inserted' }).first().getByRole('insertion')).toContainText('Resolution 26/13 reaffirms')
  await expect(reworded.getByRole('deletion').filter({ hasText: '2012' }).first()).toBeVisible()
  await expect(reworded.getByRole('insertion').filter({ hasText: '2014' }).first()).toBeVisible()
})

test('a text compared with itself has no changes', async ({ reader }) => {
  await reader.goto(reader.url().replace(/#.*$/, '#/compare/hrc-26-13/hrc-26-13'))
  await expect(reader.getByRole('status').filter({ hasText: 'No changes: the two texts say the same.' })).toBeVisible()
  await expect(reader.getByRole('button', { name: 'Next change' })).toBeDisabled()
})

async function optionLabel(select: import('@playwright/test').Locator, title: RegExp): Promise<string> {
  const labels = await select.getByRole('option').allTextContents()
  const label = labels.find((text) => title.test(text))
  if (!label) throw new Error(`No option matching ${String(title)} among ${labels.join(' | ')}`)
  return label
}
