/**
 * Documents the user adds, end to end: a Markdown file, a web page with a
 * script and an image whose onerror would run code (neither survives), a
 * Word file and a PDF made in the test each join "Your documents", open, are
 * found by search, and carry notes across a restart of the host; a 300-page
 * PDF is read while the API goes on answering; an empty file, a program
 * renamed .docx or .pdf and a damaged PDF are refused with a sentence naming
 * them and change nothing; removing a document asks first and keeps its notes.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { setTimeout as sleep } from 'node:timers/promises'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'
import { apiCall } from './support/http'
import { startReaderServer } from './support/reader-server'

test.skip(({ appMode }) => appMode !== 'browser', 'restarting the host on the same data folder is a browser-mode scenario')

const yourDocuments = (page: Page) => page.getByRole('list', { name: 'Your documents' })

async function addFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Add document…').setInputFiles({ name, mimeType, buffer })
}

const MARKDOWN = '# Draft resolution on connectivity\n\nThe conference notes the marsupialite proposal with interest.\n\nA second paragraph.\n'

const HTML = [
  '<!doctype html><html><head><title>Position of Ruritania</title><script>window.__pwned = "script"</script></head>',
  '<body><h1>Ruritania position</h1><p>We support the quinquefolium approach.</p>',
  '<img src="missing.png" onerror="window.__pwned = \'img\'"><p>Last words.</p></body></html>',
].join('')

/** `html` printed to PDF by Chromium, in a page of its own beside the app's. */
async function pdfFile(reader: Page, html: string): Promise<Buffer> {
  const printer = await reader.context().newPage()
  try {
    await printer.setContent(html)
    return await printer.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } })
  } finally {
    await printer.close()
  }
}

const PDF_HTML = [
  '<!doctype html><html><head><title>Proposal on coastal broadband</title></head><body style="font: 12pt serif">',
  '<h1>Proposal on coastal broadband</h1>',
  '<p>The delegation proposes that the conference consider the thalassocratic approach to broadband in coastal regions, which the study groups and the regional preparatory meetings have discussed at length over the last two years.</p>',
  '<p>A second paragraph explains that the approach needs no new regulation, only cooperation between neighbouring administrations.</p>',
  '</body></html>',
].join('')

async function docxFile(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Draft decision on spectrum', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Member States consider the '), new TextRun({ text: 'heliotropium', bold: true }), new TextRun(' clause.')] }),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

test('Markdown, HTML and Word files join the library, are found by search, and notes on them survive a restart', async ({ reader, readerServer, dataDir }) => {
  // Three files, three searches, a note and a restart of the host.
  test.slow()
  const page = new ReaderPage(reader)
  const notes = new NotesUi(reader)

  await addFile(reader, 'rev1.md', 'text/markdown', Buffer.from(MARKDOWN))
  const markdownArticle = reader.getByRole('article', { name: 'Draft resolution on connectivity' })
  await expect(markdownArticle).toBeVisible()
  await expect(yourDocuments(reader).getByRole('link', { name: /Draft resolution on connectivity/ })).toContainText('Draft')

  await addFile(reader, 'position.html', 'text/html', Buffer.from(HTML))
  const htmlArticle = reader.getByRole('article', { name: 'Position of Ruritania' })
  await expect(htmlArticle).toContainText('We support the quinquefolium approach.')
  await expect(reader.locator('#reading-column img')).toHaveCount(0)
  await expect(htmlArticle).not.toContainText('pwned')
  expect(await reader.evaluate(() => '__pwned' in window)).toBe(false)

  await addFile(reader, 'decision.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await docxFile())
  await expect(reader.getByRole('article', { name: 'Draft decision on spectrum' })).toContainText('Member States consider the heliotropium clause.')
  await expect(yourDocuments(reader).getByRole('listitem')).toHaveCount(3)
  await expect(reader.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: /Draft decision on spectrum/ })).toHaveCount(0)

  for (const [word, title] of [['marsupialite', 'Draft resolution on connectivity'], ['quinquefolium', 'Position of Ruritania'], ['heliotropium', 'Draft decision on spectrum']] as const) {
    await page.search(word)
    await expect(page.result(new RegExp(word)).first()).toBeVisible()
    await page.openResult(new RegExp(word))
    await expect(reader.getByRole('article', { name: title })).toBeVisible()
  }

  await yourDocuments(reader).getByRole('link', { name: /Draft resolution on connectivity/ }).click()
  await notes.addNote(markdownArticle.getByRole('paragraph').filter({ hasText: 'marsupialite' }), 'marsupialite proposal', 'Ask the capital about this.')

  // The page leaves first: a dialog's code it fetches when idle must not meet a stopped host.
  await reader.goto('about:blank')
  await readerServer.stop()
  // A document folder damaged while the app was closed: skipped with a message, the others load.
  await mkdir(path.join(dataDir, 'documents', 'my-broken-000000'))
  await writeFile(path.join(dataDir, 'documents', 'my-broken-000000', 'document.json'), '{"formatVersion": 1,')
  const restarted = await startReaderServer(dataDir)
  try {
    await reader.goto(restarted.url)
    await expect(yourDocuments(reader).getByRole('listitem')).toHaveCount(3)
    await expect(reader.getByRole('complementary', { name: 'Library and contents' })).toContainText(/my-broken-000000 could not be read .*skipped and left as it is/)
    await yourDocuments(reader).getByRole('link', { name: /Draft resolution on connectivity/ }).click()
    await expect(markdownArticle).toBeVisible()
    await expect(notes.card('marsupialite proposal')).toContainText('Ask the capital about this.')
  } finally {
    await restarted.stop()
  }
})

test('a PDF joins the library: its paragraphs are read, it is found by search, and a note on it survives a restart', async ({ reader, readerServer, dataDir }) => {
  // A printed PDF, a search, a note and a restart of the host.
  test.slow()
  const page = new ReaderPage(reader)
  const notes = new NotesUi(reader)

  await addFile(reader, 'proposal.pdf', 'application/pdf', await pdfFile(reader, PDF_HTML))
  const article = reader.getByRole('article', { name: 'Proposal on coastal broadband' })
  await expect(article.getByRole('heading', { name: 'Proposal on coastal broadband' })).toBeVisible()
  // The lines of each paragraph are joined again into one paragraph.
  await expect(article.getByRole('paragraph').filter({ hasText: 'thalassocratic' })).toHaveText(
    'The delegation proposes that the conference consider the thalassocratic approach to broadband in coastal regions, which the study groups and the regional preparatory meetings have discussed at length over the last two years.',
  )
  await expect(article.getByRole('paragraph').filter({ hasText: 'A second paragraph' })).toHaveCount(1)
  await expect(yourDocuments(reader).getByRole('link', { name: /Proposal on coastal broadband/ })).toContainText('Draft')

  await page.search('thalassocratic')
  await page.openResult(/thalassocratic/)
  await expect(article).toBeVisible()
  await notes.addNote(article.getByRole('paragraph').filter({ hasText: 'thalassocratic' }), 'thalassocratic approach', 'Ask the capital about this PDF.')

  await reader.goto('about:blank')
  await readerServer.stop()
  const restarted = await startReaderServer(dataDir)
  try {
    await reader.goto(restarted.url)
    await yourDocuments(reader).getByRole('link', { name: /Proposal on coastal broadband/ }).click()
    await expect(article).toBeVisible()
    await expect(notes.card('thalassocratic approach')).toContainText('Ask the capital about this PDF.')
  } finally {
    await restarted.stop()
  }
})

test('a 300-page PDF is added while the API goes on answering other calls', async ({ reader, readerServer }) => {
  // Printing 300 pages and reading them back: more than the default budget on a loaded two-core machine.
  test.slow()
  const sections = Array.from(
    { length: 300 },
    (_, index) => `<section style="break-after: page"><h2>Section ${index + 1}</h2><p>Text of section ${index + 1}: the conference considers the proposals before it, and the delegations note the work of the study groups and of the regional meetings on each of them.</p></section>`,
  )
  const html = `<!doctype html><html><head><title>Three hundred pages</title></head><body><p>The opening words mention the word pteridophyte once.</p>${sections.join('')}</body></html>`
  const pdf = await pdfFile(reader, html)

  let settled = false
  await addFile(reader, 'long.pdf', 'application/pdf', pdf)
  const article = reader.getByRole('article', { name: 'Three hundred pages' })
  const opened = expect(article).toBeVisible({ timeout: 60_000 }).finally(() => {
    settled = true
  })
  // Other API calls while the file is read: each must be answered.
  const waits: number[] = []
  while (!settled) {
    const start = performance.now()
    const response = await apiCall(readerServer.port, 'library.list', {}, readerServer.token)
    waits.push(performance.now() - start)
    expect(response.status).toBe(200)
    await sleep(10)
  }
  await opened
  expect(waits.length).toBeGreaterThan(0)
  const longest = Math.round(Math.max(...waits))
  console.log(`[e2e] 300-page PDF: ${waits.length} library.list calls answered while it was added; the longest took ${longest} ms`)
  test.info().annotations.push({ type: 'API answer during 300-page PDF add, max', description: `${longest} ms over ${waits.length} calls` })

  await expect(article.getByRole('paragraph').filter({ hasText: 'pteridophyte' })).toHaveText('The opening words mention the word pteridophyte once.')
  await expect(article.getByRole('heading', { name: 'Section 1', exact: true })).toBeVisible()
})

test.describe('refusals', () => {
  // The core answers a refused file with 422, which Chromium logs as a console error.
  test.use({ allowedConsoleErrors: [/status of 422 .*\/api\/documents\.add/] })

  test('a dropped file is added; an empty file, a program renamed .docx or .pdf, a damaged PDF and a 60 MB file are refused with a message naming them, and change nothing', async ({ reader }, testInfo) => {
    // The first file is dropped on the rail rather than chosen.
    const rail = reader.getByRole('complementary', { name: 'Library and contents' })
    const dropped = await reader.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['Some words of mine.'], 'notes.md', { type: 'text/markdown' }))
      return transfer
    })
    await rail.dispatchEvent('dragover', { dataTransfer: dropped })
    await rail.dispatchEvent('drop', { dataTransfer: dropped })
    await expect(yourDocuments(reader).getByRole('listitem')).toHaveCount(1)

    await addFile(reader, 'empty.md', 'text/markdown', Buffer.alloc(0))
    await expect(rail.getByRole('alert')).toHaveText('“empty.md” is empty: there is nothing to add.')

    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)])
    await addFile(reader, 'setup.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', program)
    await expect(rail.getByRole('alert')).toHaveText('“setup.docx” is a program, not a document: it was not added.')

    const damaged = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
    await addFile(reader, 'damaged.pdf', 'application/pdf', damaged)
    await expect(rail.getByRole('alert')).toHaveText('“damaged.pdf” could not be read as a PDF: the file may be damaged or incomplete. Nothing was added.')

    await addFile(reader, 'agenda.pdf', 'application/pdf', program)
    await expect(rail.getByRole('alert')).toHaveText('“agenda.pdf” is a program, not a document: it was not added.')

    // 60 MB, over the 50 MB limit: chosen from disk, as a buffer that large cannot travel to the page.
    const huge = testInfo.outputPath('proceedings.pdf')
    await writeFile(huge, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(60 * 1024 * 1024, 0x20)]))
    await reader.getByLabel('Add document…').setInputFiles(huge)
    await expect(rail.getByRole('alert')).toHaveText('“proceedings.pdf” is larger than 50 MB, the largest file that can be added.')

    await expect(yourDocuments(reader).getByRole('listitem')).toHaveCount(1)
    // No heading and no title of its own: it is named after its file.
    await expect(reader.getByRole('article', { name: 'notes', exact: true })).toContainText('Some words of mine.')
  })
})

test('a document can be renamed; removing it asks first and keeps the notes on it', async ({ reader }) => {
  // A file, a note, a rename and a removal: more than 30 s on a loaded two-core machine.
  test.slow()
  const notes = new NotesUi(reader)
  await addFile(reader, 'temporary.md', 'text/markdown', Buffer.from('# Temporary draft\n\nA passage about tamarillo trade.'))
  await notes.addNote(reader.getByRole('article', { name: 'Temporary draft' }).getByRole('paragraph').filter({ hasText: 'tamarillo' }), 'tamarillo trade', 'Keep this note.')

  await yourDocuments(reader).getByRole('button', { name: 'Rename “Temporary draft”' }).click()
  const field = yourDocuments(reader).getByRole('textbox', { name: 'New title for “Temporary draft”' })
  await expect(field).toBeFocused()
  await field.fill('Rev. 1 (L.3/Rev.1)')
  await field.press('Enter')
  await expect(yourDocuments(reader).getByRole('link', { name: /Rev\. 1 \(L\.3\/Rev\.1\)/ })).toBeVisible()
  const article = reader.getByRole('article', { name: 'Rev. 1 (L.3/Rev.1)' })
  await expect(article).toBeVisible()
  await expect(yourDocuments(reader).getByRole('button', { name: 'Rename “Rev. 1 (L.3/Rev.1)”' })).toBeFocused()

  await yourDocuments(reader).getByRole('button', { name: 'Remove “Rev. 1 (L.3/Rev.1)”' }).click()
  const dialog = reader.getByRole('dialog', { name: 'Remove “Rev. 1 (L.3/Rev.1)”?' })
  await expect(dialog).toContainText('Your notes on it are kept')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(yourDocuments(reader).getByRole('listitem')).toHaveCount(1)

  await yourDocuments(reader).getByRole('button', { name: 'Remove “Rev. 1 (L.3/Rev.1)”' }).click()
  await dialog.getByRole('button', { name: 'Remove document' }).click()
  await expect(reader.getByRole('status').filter({ hasText: 'Removed “Rev. 1 (L.3/Rev.1)”' })).toBeVisible()
  await expect(yourDocuments(reader)).toHaveCount(0)
  await expect(article).toHaveCount(0)
  await reader.getByRole('link', { name: 'All notes' }).click()
  await expect(reader.getByText('Keep this note.')).toBeVisible()
})

test('a file dropped on the text is added as a document, not opened in place of the app', async ({ reader }) => {
  const before = reader.url()
  await reader.getByRole('main').evaluate((main) => {
    const data = new DataTransfer()
    data.items.add(new File(['# Dropped draft\n\nThe zanthoxylum clause.\n'], 'dropped.md', { type: 'text/markdown' }))
    main.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }))
    main.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }))
  })
  await expect(reader.getByRole('article', { name: 'Dropped draft' })).toContainText('The zanthoxylum clause.')
  await expect(yourDocuments(reader).getByRole('link', { name: /Dropped draft/ })).toBeVisible()
  expect(new URL(reader.url()).origin).toBe(new URL(before).origin)
})
