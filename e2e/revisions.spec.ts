/**
 * A revision of a document the user added: the new file becomes the
 * document's text under the same entry, the status says where the notes now
 * sit, the note on the unchanged paragraph stays exact while the one on the
 * reworded paragraph asks for review with its old and new wording, "Compare
 * with Rev. 1" shows exactly the reworded, deleted and inserted paragraphs,
 * and all of it is still there after a reload and a restart of the host.
 * The exports then say so: the Markdown marks each note with its revision,
 * and the briefing lists the changes in Rev. 2 that touch the notes, with a
 * redline annex of every changed paragraph.
 */
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { escapeRegExp } from '../shared/escape-reg-exp'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { startReaderServer } from './support/reader-server'

test.skip(({ appMode }) => appMode !== 'browser', 'adds files through the browser-mode file picker')

const yourDocuments = (page: Page) => page.getByRole('list', { name: 'Your documents' })

const REV_1 = [
  '# Draft resolution L.7',
  'The Conference welcomes the open and interoperable internet.',
  'States shall protect journalists online at all times.',
  'Delegations request a report on spectrum auctions by the next session.',
].join('\n\n')

const REV_2 = [
  '# Draft resolution L.7',
  'The Conference welcomes the open and interoperable internet.',
  'States should protect journalists online at most times.',
  'A new working group will study satellite broadband policy.',
].join('\n\n')

/** Adds Rev. 1 of the draft, a note on the paragraph that stays and one on the paragraph Rev. 2 rewords, then adds Rev. 2. */
async function addDraftAndRevise(reader: Page, notes: NotesUi) {
  await reader.getByLabel('Add document…').setInputFiles({ name: 'l7.md', mimeType: 'text/markdown', buffer: Buffer.from(REV_1) })
  const article = reader.getByRole('article', { name: 'Draft resolution L.7' })
  await expect(article).toBeVisible()
  await notes.addNote(article.getByRole('paragraph').filter({ hasText: 'interoperable' }), 'welcomes the open and interoperable internet', 'Good.')
  await notes.addNote(article.getByRole('paragraph').filter({ hasText: 'journalists' }), 'States shall protect journalists online at all times', 'Watch this one.')

  const item = yourDocuments(reader).getByRole('listitem').filter({ hasText: 'Draft resolution L.7' }).first()
  await expect(item).toContainText('Rev. 1')
  await reader.getByLabel('Add a revision of “Draft resolution L.7”').setInputFiles({ name: 'l7-rev2.md', mimeType: 'text/markdown', buffer: Buffer.from(REV_2) })
  // The label is asked for first; the one offered is kept.
  const ask = reader.getByRole('dialog', { name: 'Add a revision of “Draft resolution L.7”' })
  await expect(ask.getByRole('textbox', { name: 'Label of this revision' })).toHaveValue('Rev. 2')
  await ask.getByRole('button', { name: 'Add revision' }).click()
  return article
}

test('a revision carries the notes across, says where they sit, and compares with the one before', async ({ reader, readerServer, dataDir }) => {
  test.slow()
  const notes = new NotesUi(reader)
  const article = await addDraftAndRevise(reader, notes)

  const rail = reader.getByRole('complementary', { name: 'Library and contents' })
  const status = rail.getByRole('status').filter({ hasText: 'Rev. 2 added' })
  await expect(status).toHaveText('Rev. 2 added: 1 of your notes is on unchanged text, 1 needs review, 0 lost their passage. Compare with Rev. 1')
  await expect(article).toContainText('A new working group will study satellite broadband policy.')
  await expect(article).not.toContainText('spectrum auctions')
  // One entry, now at Rev. 2, with its earlier revision to compare with.
  await expect(yourDocuments(reader).getByRole('listitem').filter({ hasText: 'Draft resolution L.7' }).first()).toContainText('Rev. 2')
  await expect(yourDocuments(reader).getByRole('link', { name: /Draft resolution L\.7/ })).toHaveCount(1)
  await expect(yourDocuments(reader).getByRole('link', { name: 'Compare with Rev. 1' })).toBeVisible()

  await expectNotesCarriedAcross(notes)

  await status.getByRole('link', { name: 'Compare with Rev. 1' }).click()
  await expect(reader).toHaveURL(/#\/compare\/my-[a-z0-9-]+--rev-1\/my-[a-z0-9-]+$/)
  const changes = reader.getByRole('list', { name: /^Changes from/ })
  await expect(changes).toBeVisible()
  const reworded = changes.getByRole('listitem').filter({ hasText: /Reworded/ })
  await expect(reworded).toHaveCount(1)
  await expect(reworded.getByRole('deletion')).toHaveText(['[deleted: shall]', '[deleted: all]'])
  await expect(reworded.getByRole('insertion')).toHaveText(['[inserted: should]', '[inserted: most]'])
  // Side by side, the deleted paragraph and the one inserted in its place share a row; the redline lists them apart.
  await reader.getByRole('radio', { name: 'Redline' }).check()
  await expect(changes.getByRole('listitem').filter({ hasText: /Deleted/ }).getByRole('deletion')).toContainText('Delegations request a report on spectrum auctions')
  await expect(changes.getByRole('listitem').filter({ hasText: /Inserted/ }).getByRole('insertion')).toContainText('A new working group')
  await expect(changes.getByRole('listitem').filter({ hasText: 'interoperable internet' }).getByRole('deletion')).toHaveCount(0)

  const comparison = reader.url().replace(/^[^#]*/, '')
  await reader.reload()
  await expect(reader.getByRole('list', { name: /^Changes from/ }).getByRole('listitem').filter({ hasText: /Reworded/ })).toHaveCount(1)

  // The host restarts on the same data folder: the revisions and the notes load again from disk.
  // The page leaves first: a dialog's code it fetches when idle must not meet a stopped host.
  await reader.goto('about:blank')
  await readerServer.stop()
  const restarted = await startReaderServer(dataDir)
  try {
    await reader.goto(restarted.url)
    const item = yourDocuments(reader).getByRole('listitem').filter({ hasText: 'Draft resolution L.7' }).first()
    await expect(item).toContainText('Rev. 2')
    await item.getByRole('link', { name: /Draft resolution L\.7/ }).click()
    await expect(article).toContainText('satellite broadband')
    await expectNotesCarriedAcross(notes)
    await item.getByRole('link', { name: 'Compare with Rev. 1' }).click()
    await expect(reader).toHaveURL(new RegExp(`${escapeRegExp(comparison)}$`))
    await expect(reader.getByRole('list', { name: /^Changes from/ }).getByRole('listitem').filter({ hasText: /Reworded/ })).toHaveCount(1)
  } finally {
    await restarted.stop()
  }
})

test('a revision gets the label given when it is added, and any revision can be relabelled later', async ({ reader }) => {
  await reader.getByLabel('Add document…').setInputFiles({ name: 'l7.md', mimeType: 'text/markdown', buffer: Buffer.from(REV_1) })
  const article = reader.getByRole('article', { name: 'Draft resolution L.7' })
  await expect(article).toBeVisible()
  await reader.getByLabel('Add a revision of “Draft resolution L.7”').setInputFiles({ name: 'l7-rev2.md', mimeType: 'text/markdown', buffer: Buffer.from(REV_2) })
  const ask = reader.getByRole('dialog', { name: 'Add a revision of “Draft resolution L.7”' })
  await ask.getByRole('textbox', { name: 'Label of this revision' }).fill('Rev.1 (A/CONF/L.7/Rev.1)')
  await ask.getByRole('button', { name: 'Add revision' }).click()
  const rail = reader.getByRole('complementary', { name: 'Library and contents' })
  await expect(rail.getByRole('status').filter({ hasText: 'added' })).toContainText('Rev.1 (A/CONF/L.7/Rev.1) added:')
  const item = yourDocuments(reader).getByRole('listitem').filter({ hasText: 'Draft resolution L.7' }).first()
  await expect(item).toContainText('Rev.1 (A/CONF/L.7/Rev.1)')

  // The earlier text gets its symbol too, the way Rename works: Enter saves, and focus returns to the button.
  await item.getByRole('button', { name: 'Edit the label “Rev. 1” of “Draft resolution L.7”' }).click()
  const field = item.getByRole('textbox', { name: 'New label for “Rev. 1” of “Draft resolution L.7”' })
  await field.fill('A/CONF/L.7')
  await field.press('Enter')
  await expect(item.getByRole('link', { name: 'Compare with A/CONF/L.7' })).toBeVisible()
  await expect(item.getByRole('button', { name: 'Edit the label “A/CONF/L.7” of “Draft resolution L.7”' })).toBeFocused()
  // Esc leaves a label as it is.
  await item.getByRole('button', { name: 'Edit the label “Rev.1 (A/CONF/L.7/Rev.1)” of “Draft resolution L.7”' }).click()
  await item.getByRole('textbox', { name: /^New label for “Rev\.1/ }).fill('Something else')
  await item.getByRole('textbox', { name: /^New label for “Rev\.1/ }).press('Escape')
  await expect(item).toContainText('Rev.1 (A/CONF/L.7/Rev.1)')

  await item.getByRole('link', { name: 'Compare with A/CONF/L.7' }).click()
  await expect(reader.getByRole('list', { name: 'Changes from “Draft resolution L.7 (A/CONF/L.7)” to “Draft resolution L.7 (Rev.1 (A/CONF/L.7/Rev.1))”' })).toBeVisible()
  await reader.reload()
  await expect(yourDocuments(reader).getByRole('link', { name: 'Compare with A/CONF/L.7' })).toBeVisible()
})

async function expectNotesCarriedAcross(notes: NotesUi): Promise<void> {
  const exact = notes.card('welcomes the open and interoperable internet')
  await expect(exact).toContainText('Good.')
  await expect(exact).not.toContainText('Needs review')
  const review = notes.panel().getByRole('region', { name: 'Needs review' })
  const changed = review.getByRole('group', { name: /^Note on “States shall protect journalists/ })
  await expect(changed).toContainText('Watch this one.')
  await expect(changed.getByRole('figure').filter({ hasText: 'Before' })).toContainText('States shall protect journalists online at all times')
  await expect(changed.getByRole('figure').filter({ hasText: 'Now' })).toContainText('States should protect journalists online at most times')
}

test('the exports mark each note’s revision and list the changes that touch the notes', async ({ reader }, testInfo) => {
  test.slow()
  const notes = new NotesUi(reader)
  // The app asks the browser to print the briefing tab; in a headless test that dialog would block page.pdf().
  await reader.context().addInitScript(() => {
    window.print = () => undefined
  })
  await addDraftAndRevise(reader, notes)
  await expect(reader.getByRole('complementary', { name: 'Library and contents' }).getByRole('status').filter({ hasText: 'Rev. 2 added' })).toBeVisible()
  await expectNotesCarriedAcross(notes)

  await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
  await reader.getByRole('button', { name: 'Export notes…' }).click()
  const dialog = reader.getByRole('dialog', { name: 'Export notes' })

  // Markdown: both notes were made on Rev. 1 and now sit in Rev. 2.
  await dialog.getByRole('radio', { name: /Markdown/ }).check()
  const [download] = await Promise.all([reader.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()])
  const markdownPath = testInfo.outputPath('notes.md')
  await download.saveAs(markdownPath)
  const markdown = await readFile(markdownPath, 'utf8')
  const factsAfter = (body: string) => markdown.slice(markdown.lastIndexOf(body)).split('\n').find((line) => line.includes('Category:'))
  expect(factsAfter('Good.')).toMatch(/^Rev\. 2 \(made on Rev\. 1\) · Category: /)
  expect(factsAfter('Watch this one.')).toMatch(/^\*\*Needs review\*\* · Rev\. 2 \(made on Rev\. 1\) · Category: /)

  // The briefing: offered the changes section because these notes are on a revised document.
  await dialog.getByRole('radio', { name: /PDF briefing/ }).check()
  const changes = dialog.getByRole('checkbox', { name: /Changes in the latest revision that touch my notes/ })
  const redline = dialog.getByRole('checkbox', { name: /Redline annex/ })
  await expect(redline).toBeDisabled()
  await changes.check()
  await redline.check()
  const [briefing] = await Promise.all([reader.waitForEvent('popup'), dialog.getByRole('button', { name: 'Export' }).click()])
  await briefing.waitForLoadState()

  const section = briefing.getByRole('region', { name: 'Changes in Rev. 2 that touch my notes' })
  await expect(section).toContainText('Draft resolution L.7, compared with Rev. 1')
  await expect(section.getByRole('article')).toHaveCount(1)
  await expect(section).toContainText('Watch this one.')
  await expect(section).not.toContainText('Good.')
  await expect(section.getByRole('deletion')).toHaveText(['[deleted: shall]', '[deleted: all]'])
  await expect(section.getByRole('insertion')).toHaveText(['[inserted: should]', '[inserted: most]'])
  const annex = briefing.getByRole('region', { name: 'Annex: redline of Rev. 2' })
  await expect(annex.getByRole('deletion')).toContainText(['[deleted: shall]', '[deleted: all]', 'Delegations request a report on spectrum auctions'])
  await expect(annex.getByRole('insertion')).toContainText(['[inserted: should]', '[inserted: most]', 'A new working group will study satellite broadband policy.'])

  const pdfPath = testInfo.outputPath('briefing.pdf')
  await briefing.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true })
  const flat = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  const printed = flat.slice(flat.indexOf('Changes in Rev. 2 that touch my notes'))
  expect(printed.length).toBeLessThan(flat.length)
  expect(printed).toContain('States should protect journalists online at most times.')
  expect(printed).toContain('Annex: redline of Rev. 2')
  await briefing.close()
  // The page leaves first: a dialog's code it fetches when idle must not meet a stopped host.
  await reader.goto('about:blank')
})
