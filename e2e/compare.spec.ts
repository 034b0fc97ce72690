/**
 * Compare two texts: chosen by their titles, the comparison counts the
 * changes, steps from one to the next with buttons and N/P, and shows each
 * as a deletion or insertion a screen reader names, side by side or as a
 * redline.
 */
import type { Locator } from '@playwright/test'
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
  const reworded = changes.getByRole('listitem').filter({ hasText: /Reworded/ }).first()
  await expect(reworded.getByRole('deletion').filter({ hasText: '2012' }).first()).toBeVisible()
  await expect(reworded.getByRole('insertion').filter({ hasText: '2014' }).first()).toBeVisible()
  await reader.getByRole('radio', { name: 'Redline' }).check()
  // As a redline the replaced paragraph is a deletion, then an insertion.
  await expect(changes.getByRole('listitem').filter({ hasText: /Deleted/ }).first().getByRole('deletion')).toContainText('Resolution 20/8 is the first')
  await expect(changes.getByRole('listitem').filter({ hasText: /Inserted/ }).first().getByRole('insertion')).toContainText('Resolution 26/13 reaffirms')
  await expect(reworded.getByRole('deletion').filter({ hasText: '2012' }).first()).toBeVisible()
  await expect(reworded.getByRole('insertion').filter({ hasText: '2014' }).first()).toBeVisible()
})

test('a text compared with itself has no changes', async ({ reader }) => {
  await reader.goto(reader.url().replace(/#.*$/, '#/compare/hrc-26-13/hrc-26-13'))
  await expect(reader.getByRole('status').filter({ hasText: 'No changes: the two texts say the same.' })).toBeVisible()
  await expect(reader.getByRole('button', { name: 'Next change' })).toBeDisabled()
})

async function optionLabel(select: Locator, title: RegExp): Promise<string> {
  const labels = await select.getByRole('option').allTextContents()
  const label = labels.find((text) => title.test(text))
  if (!label) throw new Error(`No option matching ${String(title)} among ${labels.join(' | ')}`)
  return label
}

const REV_1 = [
  '# Draft resolution L.3',
  'The Conference recalls the right to freedom of expression online and offline.',
  'The Conference urges Member States to respect human rights in all ITU work.',
  'Delegations request a report on cybersecurity standards by the next session.',
  'The secretariat shall publish every draft of this text in all six official languages.',
].join('\n\n')

const REV_2 = [
  '# Draft resolution L.3/Rev.1',
  'The Conference recalls the right to freedom of expression online and offline.',
  'The Conference encourages Member States to consider human rights in all ITU work.',
  'The secretariat shall publish every draft of this text in all six official languages.',
  'A new working group will study artificial intelligence and telecommunications policy.',
].join('\n\n')

test('two revisions of a draft the delegate added: exactly the reworded, deleted and inserted paragraphs', async ({ reader, appMode }) => {
  test.skip(appMode !== 'browser', 'adds files through the browser-mode file picker')
  for (const [name, text] of [['l3.md', REV_1], ['l3-rev1.md', REV_2]] as const) {
    await reader.getByLabel('Add document…').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) })
    await expect(reader.getByRole('article', { name: text.split('\n')[0]?.replace('# ', '') ?? '' })).toBeVisible()
  }
  await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click()
  await reader.getByRole('combobox', { name: 'Earlier text' }).selectOption({ label: 'Draft resolution L.3' })
  await reader.getByRole('combobox', { name: 'Later text' }).selectOption({ label: 'Draft resolution L.3/Rev.1' })
  const changes = reader.getByRole('list', { name: /^Changes from/ })
  await expect(changes).toBeVisible()

  await expect(changes.getByRole('listitem').filter({ hasText: /Reworded/ })).toHaveCount(2)
  const reworded = changes.getByRole('listitem').filter({ hasText: /Reworded/ }).filter({ hasText: 'Member States' })
  await expect(reworded.getByRole('deletion')).toHaveText(['[deleted: urges]', '[deleted: respect]'])
  await expect(reworded.getByRole('insertion')).toHaveText(['[inserted: encourages]', '[inserted: consider]'])
  await expect(changes.getByRole('listitem').filter({ hasText: /Deleted/ }).getByRole('deletion')).toContainText('Delegations request a report')
  await expect(changes.getByRole('listitem').filter({ hasText: /Inserted/ }).getByRole('insertion')).toContainText('A new working group')
  // Unchanged paragraphs carry no change at all.
  await expect(changes.getByRole('listitem').filter({ hasText: 'recalls the right to freedom' }).getByRole('deletion')).toHaveCount(0)
  await expect(changes.getByRole('listitem').filter({ hasText: 'six official languages' }).getByRole('insertion')).toHaveCount(0)
})
