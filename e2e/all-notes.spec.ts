/**
 * All notes as a user meets it, by visible labels and roles: sorted by
 * position, dates and category; grouped by document, category and tag in
 * groups that open and close; several notes ticked (Shift-click, Ctrl+A)
 * and changed or deleted at once, each with one Undo; a tag renamed
 * everywhere, with tag counts in the filter and suggestions where a tag
 * is typed.
 */
import type { Locator, Page } from '@playwright/test'
import { describeRange } from '../shared/anchoring/describe-range'
import { ANNOTATION_CONTEXT, documentUrn, noteBodies, versionUrn } from '../shared/notes/note-model'
import { expect, test, type ReaderServer } from './fixtures'
import { apiCall } from './support/http'
import { STATEMENT_ID } from './support/seed'

type Category = 'key-point' | 'concern' | 'follow-up' | 'question' | 'reference'

interface SeedNote {
  /** A passage of the statement; null for a note on the whole Tallinn Agenda. */
  readonly quote: string | null
  readonly text: string
  readonly tags: readonly string[]
  readonly category: Category | null
}

// Created in this order, so "newest first" lists them backwards.
const NOTES: readonly SeedNote[] = [
  { quote: 'Digital Defenders Partnership', text: 'Funding question', tags: ['itu', 'budget'], category: 'key-point' },
  { quote: 'multistakeholder engagement', text: 'Who engages?', tags: ['itu'], category: 'concern' },
  { quote: null, text: 'Compare with the Tallinn wording', tags: [], category: null },
  { quote: 'non-governmental human rights experts', text: 'Which experts?', tags: ['budget'], category: 'question' },
]

const TALLINN_NOTE = 'Note on the whole document'
const label = (note: SeedNote): string => (note.quote === null ? TALLINN_NOTE : `Note on “${note.quote}”`)

/** Creates the notes through the API, one after the other; then edits the second so it is the latest modified. */
async function seedNotes(server: ReaderServer): Promise<string[]> {
  const call = async (method: string, payload: unknown) => {
    const response = await apiCall(server.port, method, payload, server.token)
    expect(response.status, `${method}: ${response.body}`).toBe(200)
    return JSON.parse(response.body) as { value: Record<string, unknown> }
  }
  const { value } = await call('document.get', { id: STATEMENT_ID })
  const text = (value['document'] as { plainText: string }).plainText
  const ids: string[] = []
  for (const note of NOTES) {
    const common = { motivation: 'commenting', text: note.text, tags: note.tags, category: note.category }
    let input: Record<string, unknown> = { documentId: 'tallinn-agenda', ...common }
    if (note.quote !== null) {
      const at = text.indexOf(note.quote)
      expect(at, `"${note.quote}" is in the statement`).toBeGreaterThanOrEqual(0)
      const start = [...text.slice(0, at)].length
      input = { documentId: STATEMENT_ID, range: { start, end: start + [...note.quote].length }, ...common }
    }
    const created = await call('notes.create', input)
    ids.push((created.value['note'] as { note: { id: string } }).note.id)
  }
  await call('notes.update', { id: ids[1], text: 'Who engages, and how?' })
  return ids
}

/** Statement notes in the order their passages come in the statement. */
async function readingOrder(server: ReaderServer): Promise<string[]> {
  const response = await apiCall(server.port, 'document.get', { id: STATEMENT_ID }, server.token)
  const text = (JSON.parse(response.body) as { value: { document: { plainText: string } } }).value.document.plainText
  return NOTES.filter((note) => note.quote !== null)
    .sort((a, b) => text.indexOf(a.quote ?? '') - text.indexOf(b.quote ?? ''))
    .map(label)
}

async function openAllNotes(reader: Page): Promise<Locator> {
  await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
  const allNotes = reader.getByRole('region', { name: 'All notes' })
  await expect(allNotes.getByRole('group', { name: /^Note on/ })).toHaveCount(NOTES.length)
  return allNotes
}

/** The cards' names, top to bottom. */
function cardNames(allNotes: Locator): Promise<string[]> {
  return allNotes.getByRole('group', { name: /^Note on/ }).evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''))
}

/** The group headings' buttons, top to bottom, by their text. */
function groupNames(allNotes: Locator): Promise<string[]> {
  return allNotes.locator('button[aria-expanded]').evaluateAll((buttons) => buttons.map((button) => (button.textContent ?? '').replace(/^[▾▸]\s*/, '').trim()))
}

test.describe('All notes', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'seeds notes through the browser-mode host')

  test('sorts by position, dates and category, and groups by document, category and tag', async ({ reader, readerServer }) => {
    await seedNotes(readerServer)
    await reader.reload()
    const allNotes = await openAllNotes(reader)
    const inText = await readingOrder(readerServer)

    // By position, under each document in library order.
    await expect.poll(() => cardNames(allNotes)).toEqual([...inText, TALLINN_NOTE])
    const statementGroup = allNotes.getByRole('button', { name: /^Joint Statement.*\(3\)$/ })
    await expect(statementGroup).toHaveAttribute('aria-expanded', 'true')
    await expect(allNotes.getByRole('button', { name: /^Tallinn Agenda.*\(1\)$/ })).toBeVisible()
    // Each note says its place in its group, for screen readers: most rows of a long list are not in the page.
    await expect(allNotes.getByRole('article', { name: inText[1] })).toHaveAttribute('aria-posinset', '2')
    await expect(allNotes.getByRole('article', { name: inText[1] })).toHaveAttribute('aria-setsize', '3')

    // A group closes and opens again.
    await statementGroup.click()
    await expect(statementGroup).toHaveAttribute('aria-expanded', 'false')
    await expect.poll(() => cardNames(allNotes)).toEqual([TALLINN_NOTE])
    await statementGroup.click()
    await expect.poll(() => cardNames(allNotes)).toEqual([...inText, TALLINN_NOTE])

    const sortBy = allNotes.getByRole('combobox', { name: 'Sort by' })
    const groupBy = allNotes.getByRole('combobox', { name: 'Group by' })
    await groupBy.selectOption({ label: 'No groups' })
    await expect(allNotes.locator('button[aria-expanded]')).toHaveCount(0)
    await sortBy.selectOption({ label: 'Date created (newest first)' })
    await expect.poll(() => cardNames(allNotes)).toEqual([...NOTES].reverse().map(label))
    await sortBy.selectOption({ label: 'Date modified (newest first)' })
    await expect.poll(async () => (await cardNames(allNotes))[0]).toBe(label(NOTES[1] as SeedNote))
    await sortBy.selectOption({ label: 'Category' })
    await expect.poll(() => cardNames(allNotes)).toEqual([0, 1, 3, 2].map((index) => label(NOTES[index] as SeedNote)))

    await groupBy.selectOption({ label: 'Category' })
    await expect.poll(() => groupNames(allNotes)).toEqual(['★ Key point (1)', '! Concern (1)', '? Question (1)', 'No category (1)'])
    await groupBy.selectOption({ label: 'Tag' })
    await expect.poll(() => groupNames(allNotes)).toEqual(['budget (2)', 'itu (2)', 'No tag (1)'])

    // The tag filter counts each tag's notes.
    await expect(allNotes.getByRole('combobox', { name: 'Filter by tag' }).getByRole('option')).toHaveText(['All tags', 'budget (2)', 'itu (2)'])
  })

  test('changes the category of several notes at once; deletes them all and one Undo brings them all back', async ({ reader, readerServer }) => {
    await seedNotes(readerServer)
    await reader.reload()
    const allNotes = await openAllNotes(reader)
    const [first, second, third] = await readingOrder(readerServer)

    // A click, then a Shift-click: the range between them.
    await allNotes.getByRole('checkbox', { name: `Select ${first}` }).click()
    await allNotes.getByRole('checkbox', { name: `Select ${third}` }).click({ modifiers: ['Shift'] })
    const bar = allNotes.getByRole('region', { name: 'Selected notes' })
    await expect(bar.getByRole('status')).toHaveText('3 selected')
    await expect(allNotes.getByRole('checkbox', { name: `Select ${second}` })).toBeChecked()
    await expect(allNotes.getByRole('checkbox', { name: `Select ${TALLINN_NOTE}: Compare with the Tallinn wording` })).not.toBeChecked()

    await bar.getByRole('combobox', { name: 'New category' }).selectOption({ label: '§ Reference' })
    await bar.getByRole('button', { name: 'Change category' }).click()
    for (const name of [first, second, third]) {
      await expect(allNotes.getByRole('group', { name }).getByRole('combobox', { name: 'Category' })).toHaveValue('reference')
    }
    await expect(reader.getByRole('status').filter({ hasText: 'Category changed to Reference on 3 notes.' })).toBeVisible()

    // Ctrl+A in the list ticks every note the filter shows; one delete, one Undo.
    await allNotes.getByRole('checkbox', { name: `Select ${first}` }).focus()
    await reader.keyboard.press('ControlOrMeta+a')
    await expect(bar.getByRole('status')).toHaveText('4 selected')
    await bar.getByRole('button', { name: 'Delete 4 notes' }).click()
    await expect(allNotes.getByRole('group', { name: /^Note on/ })).toHaveCount(0)
    await reader.getByRole('status').filter({ hasText: '4 notes deleted.' }).getByRole('button', { name: 'Undo' }).click()
    await expect(allNotes.getByRole('group', { name: /^Note on/ })).toHaveCount(4)
    await expect(allNotes.getByRole('group', { name: first }).getByRole('combobox', { name: 'Category' })).toHaveValue('reference')

    // Back on disk: a reload lists them all.
    await reader.reload()
    await openAllNotes(reader)
  })

  test('renames a tag on every note that has it, with Undo; tag fields suggest the tags in use', async ({ reader, readerServer }) => {
    await seedNotes(readerServer)
    await reader.reload()
    const allNotes = await openAllNotes(reader)
    const tagFilter = allNotes.getByRole('combobox', { name: 'Filter by tag' })
    await tagFilter.selectOption({ label: 'itu (2)' })
    await expect(allNotes.getByRole('group', { name: /^Note on/ })).toHaveCount(2)

    await allNotes.getByRole('button', { name: 'Rename tag “itu”…' }).click()
    const form = allNotes.getByRole('form', { name: 'Rename tag itu' })
    await form.getByRole('textbox', { name: /New name for the tag “itu”/ }).fill('ITU PP-18')
    await form.getByRole('button', { name: 'Rename' }).click()
    await expect(tagFilter.getByRole('option')).toHaveText(['All tags', 'budget (2)', 'ITU PP-18 (2)'])
    await expect(allNotes.getByRole('group', { name: /^Note on/ })).toHaveCount(2)
    for (const card of await allNotes.getByRole('group', { name: /^Note on/ }).all()) {
      await expect(card.getByRole('list', { name: 'Tags' })).toContainText('ITU PP-18')
    }

    await reader.getByRole('status').filter({ hasText: 'Tag “itu” renamed to “ITU PP-18” on 2 notes.' }).getByRole('button', { name: 'Undo' }).click()
    await expect(tagFilter.getByRole('option')).toHaveText(['All tags', 'budget (2)', 'itu (2)'])

    // A note's tag field offers the tags already in use.
    await tagFilter.selectOption({ label: 'All tags' })
    const tagField = allNotes.getByRole('group', { name: label(NOTES[1] as SeedNote) }).getByRole('combobox', { name: 'Add a tag' })
    const listId = await tagField.getAttribute('list')
    expect(listId).toBeTruthy()
    await expect(reader.locator(`datalist[id="${listId}"] option`)).toHaveCount(2)
  })
})

test.describe('All notes with many notes', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'seeds notes through the browser-mode host')

  test('draws only the rows in view; arrow keys move between rows and focus stays put while the list scrolls away', async ({ reader, readerServer }) => {
    const count = 300
    const response = await apiCall(readerServer.port, 'document.get', { id: STATEMENT_ID }, readerServer.token)
    const document = (JSON.parse(response.body) as { value: { document: { plainText: string; version: string } } }).value.document
    const notes = Array.from({ length: count }, (_, index) => {
      const start = 10 + index * 3
      const created = new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString()
      return {
        '@context': ANNOTATION_CONTEXT,
        id: `urn:uuid:00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
        type: 'Annotation',
        motivation: 'commenting',
        created,
        modified: created,
        body: noteBodies({ text: `Bulk note ${index + 1}`, tags: [], category: null }),
        target: { source: documentUrn(STATEMENT_ID), state: versionUrn(document.version), selector: describeRange(document.plainText, start, start + 12) },
      }
    })
    const restored = await apiCall(readerServer.port, 'notes.restoreMany', { notes }, readerServer.token)
    expect(restored.status, restored.body).toBe(200)
    await reader.reload()
    await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
    const allNotes = reader.getByRole('region', { name: 'All notes' })
    const checkboxes = allNotes.getByRole('checkbox', { name: /^Select Note on/ })
    await expect(checkboxes.first()).toBeVisible()
    expect(await checkboxes.count()).toBeLessThan(80)

    await checkboxes.first().focus()
    for (let step = 0; step < 30; step++) await reader.keyboard.press('ArrowDown')
    const focused = allNotes.getByRole('article').filter({ has: reader.locator(':focus') })
    await expect(focused).toHaveAttribute('aria-posinset', '31')
    const focusedName = await focused.getAttribute('aria-label')

    // Scrolled back to the top, far from the focused row: it stays in the page, focused.
    await reader.getByRole('main').evaluate((column) => column.scrollTo({ top: 0 }))
    await expect(allNotes.getByRole('article', { name: focusedName ?? '' }).filter({ has: reader.locator(':focus') })).toHaveCount(1)
    await reader.keyboard.press('Space')
    await expect(allNotes.getByRole('region', { name: 'Selected notes' }).getByRole('status')).toHaveText('1 selected')
  })
})
