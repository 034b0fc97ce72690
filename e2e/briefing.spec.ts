/**
 * The briefing a delegate hands on: titled, marked and grouped by category
 * in the export dialog, printed to PDF (read back with pdftotext) and
 * downloaded as Word (unzipped to word/document.xml), with nine notes in
 * five scripts on three documents, and the statement annexed with the
 * highlights marked.
 */
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'
import { seedStatementNotes, type SeedNote } from './support/seed-notes'

const NOTES: readonly SeedNote[] = [
  { quote: 'multistakeholder engagement', text: 'Press for multistakeholder language in every resolution.', tags: ['itu'], category: 'key-point' },
  { quote: 'non-governmental human rights experts', text: 'Привлечь экспертов из гражданского общества', tags: ['civil society'], category: 'concern' },
  { quote: 'Tallinn Agenda', text: 'Ελληνική σημείωση για την ατζέντα', tags: ['foc'], category: 'follow-up' },
  { quote: 'Digital Defenders Partnership', text: 'ملاحظة باللغة العربية حول الشراكة', tags: ['foc'], category: 'question' },
  { quote: 'Internet freedom worldwide', text: '关于互联网自由的中文笔记', tags: ['itu'], category: 'reference' },
  { quote: 'existing human rights framework', text: 'Anchor every ITU mandate in the existing framework.', tags: ['itu'], category: 'key-point' },
  { quote: 'accountability, transparency', text: 'Délégation française : demander un calendrier précis.', tags: ['process'], category: 'concern' },
  { documentId: 'hrc-26-13', quote: 'global, open and interoperable', text: 'Quote this wording in the plenary statement.', tags: ['itu'], category: 'key-point' },
  { documentId: 'tallinn-agenda', quote: 'fourth Freedom Online conference', text: 'Check who attended for our delegation.', tags: ['foc'], category: 'follow-up' },
]

const TITLE = 'Delegation briefing 7731'

test.describe('the briefing', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'drives the browser-mode host directly')

  test('titled, marked and grouped by category, as a PDF and as a Word document', async ({ reader, readerServer }, testInfo) => {
    // Two exports, a PDF printed and read back and page images made: more than the default budget on a slow shared machine.
    test.slow()
    await seedStatementNotes(readerServer, NOTES)
    // The app asks the browser to print the briefing tab; in a headless test that dialog would block page.pdf().
    await reader.context().addInitScript(() => {
      window.print = () => undefined
    })
    await reader.reload()
    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    await reader.getByRole('button', { name: 'Export notes…' }).click()
    const dialog = reader.getByRole('dialog', { name: 'Export notes' })
    await dialog.getByRole('radio', { name: /PDF briefing/ }).check()
    await dialog.getByRole('textbox', { name: 'Title' }).fill(TITLE)
    await dialog.getByRole('textbox', { name: 'Occasion or meeting' }).fill('ITU Plenipotentiary Conference, Dubai')
    await dialog.getByRole('textbox', { name: 'Prepared by' }).fill('Test Delegate')
    await dialog.getByRole('group', { name: 'Marking' }).getByRole('radio', { name: 'For official use only' }).check()
    await dialog.getByRole('group', { name: 'Structure' }).getByRole('radio', { name: /By category/ }).check()
    await expect(dialog.getByRole('checkbox', { name: /Include dates/ })).not.toBeChecked()
    const statementAnnex = dialog.getByRole('checkbox', { name: /Annex: the statement/ })
    await expect(statementAnnex).not.toBeChecked()
    await statementAnnex.check()

    const [briefing] = await Promise.all([reader.waitForEvent('popup'), dialog.getByRole('button', { name: 'Export' }).click()])
    await briefing.waitForLoadState()
    const pdfPath = testInfo.outputPath('briefing.pdf')
    await briefing.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true })
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain(TITLE)
    expect(flat).toContain('Test Delegate')
    expect(flat.toUpperCase()).toContain('FOR OFFICIAL USE ONLY')
    const summary = flat.indexOf('Key points')
    expect(summary).toBeGreaterThanOrEqual(0)
    for (const group of ['Concerns', 'Follow-ups', 'Questions', 'References']) expect(flat.indexOf(group), group).toBeGreaterThan(summary)
    expect(flat).toContain('Press for multistakeholder language in every resolution.')
    for (const note of NOTES) expect(flat).toContain(note.quote)
    expect(flat).not.toContain('Created ')
    expect(flat).toMatch(/Page 1 of \d/)
    // The statement annexed: its paragraphs numbered as the reader numbers them, the highlighted words marked with glyph and note number.
    const annex = flat.slice(flat.lastIndexOf('Annex: the statement'))
    expect(annex.length).toBeLessThan(flat.length)
    expect(annex).toMatch(/¶1 We, the Freedom Online Coalition governments/)
    expect(annex).toMatch(/★\s?\d+ ?multistakeholder engagement/)
    expect(annex).toContain('Digital Defenders Partnership')
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, testInfo.outputPath('briefing-page')])

    // The dialog remembers the briefing's options: the Word export needs only its format.
    await dialog.getByRole('button', { name: /Close|Cancel/ }).click()
    await reader.getByRole('button', { name: 'Export notes…' }).click()
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE)
    await expect(dialog.getByRole('checkbox', { name: /Annex: the statement/ })).toBeChecked()
    await dialog.getByRole('radio', { name: /Word briefing/ }).check()
    const [download] = await Promise.all([reader.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()])
    expect(download.suggestedFilename()).toBe(`${TITLE}.docx`)
    const docxPath = testInfo.outputPath('briefing.docx')
    await download.saveAs(docxPath)
    const parts = unzipSync(new Uint8Array(await readFile(docxPath)))
    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array())
    expect(documentXml).toContain(TITLE)
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>')
    expect(documentXml).toContain('Press for multistakeholder language in every resolution.')
    expect(documentXml).toContain('Annex: the statement')
    expect(documentXml.slice(documentXml.indexOf('Annex: the statement'))).toContain('We, the Freedom Online Coalition governments')
  })
})
