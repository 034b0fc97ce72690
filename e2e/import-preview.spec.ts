/**
 * The import preview names every note, end to end: a file mixing valid
 * notes, malformed items and a note whose passage is not in the text is
 * previewed note by note; the unmatched note is warned about; unticking a
 * note leaves it out; confirming imports the valid ticked notes and reports
 * each rejected item by its position, in words.
 */
import { writeFile } from 'node:fs/promises'
import { expect, test, type ReaderServer } from './fixtures'
import { apiCall } from './support/http'
import { STATEMENT_ID } from './support/seed'

const SOURCE = `urn:foc-reader:document:${STATEMENT_ID}`
const LOST_QUOTE = 'a sentence this statement never contained'

/** A note as this app exports it, on `quote` at code points [start, end) of the statement. */
function appNote(index: number, quote: string, start: number, text: string): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: '2026-01-05T10:00:00.000Z',
    modified: '2026-01-05T10:00:00.000Z',
    body: [{ type: 'TextualBody', purpose: 'describing', value: text, format: 'text/markdown' }],
    target: {
      source: SOURCE,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + [...quote].length },
      ],
    },
  }
}

/** Where `quote` starts in the statement, in code points. */
async function startOf(server: ReaderServer, quote: string): Promise<number> {
  const response = JSON.parse((await apiCall(server.port, 'document.get', { id: STATEMENT_ID }, server.token)).body) as { value: { document: { plainText: string } } }
  const text = response.value.document.plainText
  const at = text.indexOf(quote)
  expect(at, `"${quote}" is in the statement`).toBeGreaterThanOrEqual(0)
  return [...text.slice(0, at)].length
}

/** This app's export holding five items: two valid notes, one on a passage the statement lacks, and two malformed. */
async function mixedFile(server: ReaderServer): Promise<string> {
  const incomplete = appNote(3, 'Internet freedom worldwide', await startOf(server, 'Internet freedom worldwide'), 'Selector cut short')
  ;(incomplete['target'] as { selector: unknown[] }).selector.pop()
  const withoutId = appNote(5, 'multistakeholder engagement', await startOf(server, 'multistakeholder engagement'), 'No id here')
  delete withoutId['id']
  const items = [
    appNote(1, 'Tallinn Agenda', await startOf(server, 'Tallinn Agenda'), 'Follow the Tallinn Agenda'),
    appNote(2, 'Digital Defenders Partnership', await startOf(server, 'Digital Defenders Partnership'), 'Ask about their funding'),
    incomplete,
    appNote(4, LOST_QUOTE, 10, 'Lost passage note'),
    withoutId,
  ]
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    generator: { id: 'urn:foc-reader:app', type: 'Software', name: 'FOC Reader' },
    total: items.length,
    first: { type: 'AnnotationPage', items },
  })
}

async function noteTexts(server: ReaderServer): Promise<string[]> {
  const response = JSON.parse((await apiCall(server.port, 'notes.list', {}, server.token)).body) as { value: { notes: Array<{ note: { body: Array<{ value: string }> } }> } }
  return response.value.notes.map((view) => view.note.body[0]?.value ?? '').sort()
}

test('a mixed import previews every note, warns about the unmatched passage, leaves out an unticked note and reports the rejected in words', async ({ reader, readerServer }, testInfo) => {
  const file = testInfo.outputPath('mixed.json')
  await writeFile(file, await mixedFile(readerServer))
  await reader.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: 'Import notes…' }).click()
  const dialog = reader.getByRole('dialog', { name: 'Import notes' })
  await dialog.getByLabel('Choose file…').setInputFiles(file)

  // Every note by name, under its group.
  const newNotes = dialog.getByRole('list', { name: 'New' })
  await expect(dialog.getByRole('button', { name: 'New (3)' })).toHaveAttribute('aria-expanded', 'true')
  await expect(newNotes.getByRole('listitem')).toHaveCount(3)
  const tallinn = newNotes.getByRole('listitem').filter({ hasText: 'Tallinn Agenda' })
  await expect(tallinn).toContainText('Follow the Tallinn Agenda')
  await expect(tallinn).toContainText('Joint Statement')
  await expect(tallinn).not.toContainText('Passage not found')
  const lost = newNotes.getByRole('listitem').filter({ hasText: LOST_QUOTE })
  await expect(lost).toContainText('Its passage cannot be found in the bundled text: it will be kept under Passage not found.')
  await expect(dialog.getByRole('note')).toContainText('1 note has a passage that is not in the bundled text')

  // The rejected items by position, in words, never as a schema path.
  const rejected = dialog.getByRole('list', { name: 'Rejected' })
  await expect(rejected.getByRole('listitem')).toHaveText([/^Item 3: its passage selector is incomplete/, /^Item 5: it has no id/])
  await expect(rejected).not.toContainText('selector[')
  await expect(rejected).not.toContainText('Too small')

  // Groups fold away and come back.
  const rejectedToggle = dialog.getByRole('button', { name: 'Rejected (2)' })
  await rejectedToggle.click()
  await expect(rejectedToggle).toHaveAttribute('aria-expanded', 'false')
  await expect(rejected).toBeHidden()
  await rejectedToggle.click()
  await expect(rejected).toBeVisible()

  // Unticking one note leaves it out; the group's box shows it is partly ticked.
  await dialog.getByRole('checkbox', { name: /Digital Defenders Partnership/ }).uncheck()
  await expect(dialog.getByRole('checkbox', { name: 'Select all in New' })).toHaveJSProperty('indeterminate', true)
  await dialog.getByRole('button', { name: 'Import 2 notes' }).click()

  const status = dialog.getByRole('status')
  await expect(status).toContainText('Imported: 2 new')
  await expect(status).toContainText('1 note left out as you chose.')
  await expect(status).toContainText('1 note kept under Passage not found.')
  await expect(dialog.getByRole('list', { name: 'Not imported' }).getByRole('listitem')).toHaveText(['Item 3: its passage selector is incomplete', 'Item 5: it has no id'])
  expect(await noteTexts(readerServer)).toEqual(['Follow the Tallinn Agenda', 'Lost passage note'])

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(reader.getByRole('complementary', { name: 'Notes' }).getByRole('region', { name: 'Passage not found' })).toContainText('Lost passage note')
})
