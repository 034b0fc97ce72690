/**
 * WCAG 2.1 A and AA, checked by axe in every view and every theme: no
 * serious or critical violation. Each view is reached as a user reaches it
 * (buttons, shortcuts, the keyboard), then axe scans the whole page.
 */
import AxeBuilder from '@axe-core/playwright'
import { writeFile } from 'node:fs/promises'
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'
import { STATEMENT_ID } from './support/seed'

/** The themes every view is checked in, by their label in Reading settings. */
const THEMES = ['Light', 'Sepia', 'Dark'] as const

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Serious and critical violations on the page as it is now, one line each (rule, count, first target). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length}×): ${violation.nodes[0]?.target.join(' ') ?? ''} ${violation.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`)
}

async function chooseTheme(page: Page, theme: string): Promise<void> {
  const settings = page.getByRole('button', { name: 'Reading settings' })
  await settings.click()
  await page.getByRole('group', { name: 'Reading settings' }).getByRole('radio', { name: theme, exact: true }).check()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('group', { name: 'Reading settings' })).toHaveCount(0)
}

async function importFile(testInfo: TestInfo): Promise<string> {
  const file = testInfo.outputPath('import.json')
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:5b1c4c2e-5f0e-4d8a-9f3e-1a2b3c4d5e6f',
    type: 'Annotation',
    created: '2024-01-01T00:00:00Z',
    modified: '2024-01-02T00:00:00Z',
    bodyValue: 'Imported for the accessibility check',
    target: { source: `urn:foc-reader:document:${STATEMENT_ID}`, selector: { type: 'TextQuoteSelector', exact: 'Tallinn Agenda' } },
  }
  await writeFile(file, JSON.stringify(annotation))
  return file
}

for (const theme of THEMES) {
  test(`no serious or critical WCAG 2.1 AA violation in any view, ${theme} theme`, async ({ reader }, testInfo) => {
    // axe scans eleven views; on a loaded two-core machine one scan can take 20 s.
    test.setTimeout(300_000)
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const check = async (view: string) => {
      await test.step(view, async () => {
        expect.soft(await seriousViolations(reader), `${view}, ${theme} theme`).toEqual([])
      })
    }

    await expect(page.paragraphs().first()).toBeVisible()
    await chooseTheme(reader, theme)
    await check('reader')

    await page.paragraph(/The FOC seeks to identify best practices/).focus()
    await reader.keyboard.press('Alt+Shift+H')
    await page.paragraphs().first().focus()
    await reader.keyboard.press('Alt+Shift+N')
    await reader.keyboard.type('A note for the accessibility check.')
    await reader.keyboard.press('Escape')
    await notes.expectSaved()
    await expect(notes.cards()).toHaveCount(2)
    await check('notes panel with notes')

    await reader.getByRole('button', { name: 'Reading settings' }).click()
    await check('settings open')
    await reader.keyboard.press('Escape')

    await page.search('Tallinn')
    await expect(page.results().first()).toBeVisible()
    await check('search open with results')
    await reader.keyboard.press('Escape')

    await page.paragraphs().first().focus()
    await reader.keyboard.press('Shift+?')
    await expect(reader.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await check('shortcuts dialog')
    await reader.keyboard.press('Escape')

    await notes.panel().getByRole('button', { name: 'Export notes…' }).click()
    await expect(reader.getByRole('dialog', { name: 'Export notes' })).toBeVisible()
    await check('export dialog')
    await reader.keyboard.press('Escape')

    await notes.panel().getByRole('button', { name: 'Import notes…' }).click()
    const importDialog = reader.getByRole('dialog', { name: 'Import notes' })
    await importDialog.getByLabel('Choose file…').setInputFiles(await importFile(testInfo))
    await expect(importDialog.getByRole('button', { name: 'New (1)' })).toBeVisible()
    await check('import dialog with a preview')
    await reader.keyboard.press('Escape')

    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    await expect(reader.getByRole('region', { name: 'All notes' })).toBeVisible()
    await check('All notes')

    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click()
    await reader.getByRole('list', { name: 'Timeline entries, in date order' }).getByRole('link').first().click()
    await expect(reader.locator('.entry-detail h2')).toBeVisible()
    await check('timeline with a card open')

    await reader.goto(reader.url().replace(/#.*$/, '#/compare/hrc-20-8/hrc-26-13'))
    await expect(reader.getByRole('list', { name: /^Changes from/ })).toBeVisible()
    await check('two texts compared, side by side')
    await reader.getByRole('radio', { name: 'Redline' }).check()
    await check('two texts compared, as a redline')
  })
}
