/**
 * Export and import, end to end: a PDF briefing of notes in several scripts
 * read back with pdftotext, a JSON export imported into an empty data folder
 * giving identical notes, and a malformed file refused with the store intact.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { expect, test, type ReaderServer } from './fixtures'
import { apiCall } from './support/http'
import { startReaderServer } from './support/reader-server'
import { STATEMENT_ID } from './support/seed'
import { seedStatementNotes, type SeedNote } from './support/seed-notes'

const NOTES: readonly SeedNote[] = [
  { quote: 'multistakeholder engagement', text: 'Délégation française : à suivre — «engagement»', tags: ['Genève'], category: 'key-point' },
  { quote: 'non-governmental human rights experts', text: 'Привлечь экспертов из гражданского общества', tags: ['Москва'], category: 'concern' },
  { quote: 'Tallinn Agenda', text: 'Ελληνική σημείωση για την ατζέντα', tags: ['Αθήνα'], category: 'follow-up' },
  { quote: 'Digital Defenders Partnership', text: 'ملاحظة باللغة العربية حول الشراكة', tags: ['دبي'], category: 'question' },
  { quote: 'Internet freedom worldwide', text: '关于互联网自由的中文笔记', tags: ['北京'], category: 'reference' },
]

const CATEGORY_NAMES = ['Key point', 'Concern', 'Follow-up', 'Question', 'Reference']

/** Creates the seed notes through the API, as the reader's own calls would. */
async function seedNotes(server: ReaderServer): Promise<void> {
  await seedStatementNotes(server, NOTES)
}

async function listNotes(server: ReaderServer): Promise<unknown[]> {
  const response = JSON.parse((await apiCall(server.port, 'notes.list', {}, server.token)).body) as { value: { notes: Array<{ note: unknown }> } }
  return response.value.notes.map((view) => view.note)
}

test.describe('export and import', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'drives the browser-mode host directly')

  test('the PDF briefing holds every note, quote, tag and category, in every script', async ({ reader, readerServer }, testInfo) => {
    await seedNotes(readerServer)
    // The app asks the browser to print the briefing tab; in a headless test that dialog would block page.pdf().
    await reader.context().addInitScript(() => {
      window.print = () => undefined
    })
    await reader.reload()
    await reader.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: 'Export notes…' }).click()
    const dialog = reader.getByRole('dialog', { name: 'Export notes' })
    await dialog.getByRole('radio', { name: 'All notes' }).check()
    await dialog.getByRole('radio', { name: /PDF briefing/ }).check()
    const [briefing] = await Promise.all([reader.waitForEvent('popup'), dialog.getByRole('button', { name: 'Export' }).click()])
    await briefing.waitForLoadState()
    const pdfPath = testInfo.outputPath('briefing.pdf')
    await briefing.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true })
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    const flat = text.replace(/\s+/g, ' ')
    for (const note of NOTES) {
      expect(flat).toContain(note.quote)
      for (const tag of note.tags) expect(text).toContain(tag)
    }
    for (const note of NOTES.filter((candidate) => candidate.category !== 'question')) expect(flat).toContain(note.text)
    // Arabic comes out of pdftotext in visual order: check its words one by one.
    for (const word of NOTES[3]?.text.split(' ') ?? []) expect(text).toContain(word)
    for (const name of CATEGORY_NAMES) expect(text).toContain(name)
    expect(text).toContain('Briefing: All notes')
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdfPath, testInfo.outputPath('briefing-page')])
  })

  test('a JSON export imported into an empty data folder gives identical notes', async ({ reader, readerServer }, testInfo) => {
    await seedNotes(readerServer)
    await reader.reload()
    const original = await listNotes(readerServer)
    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    await reader.getByRole('button', { name: 'Export notes…' }).click()
    const dialog = reader.getByRole('dialog', { name: 'Export notes' })
    await dialog.getByRole('radio', { name: /JSON/ }).check()
    const [download] = await Promise.all([reader.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()])
    const exported = testInfo.outputPath(download.suggestedFilename())
    await download.saveAs(exported)

    const emptyDir = await mkdtemp(path.join(os.tmpdir(), 'foc-reader-import-'))
    const fresh = await startReaderServer(emptyDir)
    try {
      await reader.goto(fresh.url)
      await reader.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: 'Import notes…' }).click()
      const importDialog = reader.getByRole('dialog', { name: 'Import notes' })
      await importDialog.getByLabel('Choose file…').setInputFiles(exported)
      await expect(importDialog.getByRole('button', { name: `New (${NOTES.length})` })).toHaveAttribute('aria-expanded', 'true')
      await importDialog.getByRole('button', { name: 'Import' }).click()
      await expect(importDialog.getByRole('status')).toContainText(`Imported: ${NOTES.length} new`)
      expect(await listNotes(fresh)).toEqual(original)
      await importDialog.getByRole('button', { name: 'Close' }).click()
      // A highlight may be drawn in several pieces (around a reference link); compare the passages, not the pieces.
      const marks = reader.getByRole('article', { name: /Joint Statement/ }).locator('mark')
      await expect(marks.first()).toBeVisible()
      const passages = await marks.evaluateAll((elements) => {
        const byNote = new Map<string, string>()
        for (const element of elements) {
          const id = element.getAttribute('data-note-id') ?? ''
          byNote.set(id, (byNote.get(id) ?? '') + (element.textContent ?? ''))
        }
        return [...byNote.values()].sort()
      })
      expect(passages).toEqual(NOTES.map((note) => note.quote).sort())
    } finally {
      await fresh.stop()
      await rm(emptyDir, { recursive: true, force: true })
    }
  })

  test('a note dated in the future is flagged in the preview and imported as changed now', async ({ reader, readerServer }, testInfo) => {
    const file = testInfo.outputPath('future.json')
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0b7c4c2e-5f0e-4d8a-9f3e-1a2b3c4d5e6f',
      type: 'Annotation',
      created: '2099-01-01T00:00:00Z',
      modified: '2099-01-02T00:00:00Z',
      bodyValue: 'Written \u0007tomorrow',
      target: { source: `urn:foc-reader:document:${STATEMENT_ID}`, selector: { type: 'TextQuoteSelector', exact: 'Tallinn Agenda' } },
    }
    await writeFile(file, JSON.stringify(annotation))
    await reader.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: 'Import notes…' }).click()
    const importDialog = reader.getByRole('dialog', { name: 'Import notes' })
    await importDialog.getByLabel('Choose file…').setInputFiles(file)
    const dated = importDialog.getByRole('list', { name: 'New' }).getByRole('listitem').filter({ hasText: 'Tallinn Agenda' })
    await expect(dated).toContainText('The file dates it 2099-01-02T00:00:00Z, in the future')
    await importDialog.getByRole('button', { name: 'Import' }).click()
    await expect(importDialog.getByRole('status')).toContainText('Imported: 1 new')
    const [note] = (await listNotes(readerServer)) as Array<{ modified: string; body: Array<{ value: string }> }>
    expect(Date.parse(note?.modified ?? '')).toBeLessThanOrEqual(Date.now())
    expect(note?.body[0]?.value).toBe('Written tomorrow')
  })

  test('a malformed file is refused with its problem named, and the notes stay as they were', async ({ reader, readerServer }, testInfo) => {
    await seedNotes(readerServer)
    await reader.reload()
    const before = await listNotes(readerServer)
    const broken = testInfo.outputPath('broken.json')
    await writeFile(broken, '{"type": "AnnotationCollection", "first": {"items": [{"id": 42}]}')
    await reader.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: 'Import notes…' }).click()
    const importDialog = reader.getByRole('dialog', { name: 'Import notes' })
    await importDialog.getByLabel('Choose file…').setInputFiles(broken)
    await expect(importDialog.getByRole('alert')).toContainText('cannot be imported')
    await expect(importDialog.getByRole('alert')).toContainText('unchanged')
    expect(await listNotes(readerServer)).toEqual(before)
  })
})
