/**
 * The Notes panel follows the reading: as the statement scrolls, the cards
 * of the passages in view come into view in the panel (its list scrolls,
 * never the window); the panel holds still while the user has just scrolled
 * it and after a jump to a passage; clicking a highlight shows and focuses
 * its card.
 */
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'
import { seedStatementNotes, type SeedNote } from './support/seed-notes'

test.skip(({ appMode }) => appMode !== 'browser', 'the notes are made through the browser-mode host')

/** Eight notes on the first three paragraphs (more than the panel shows at once), one on the last. */
const EARLY_QUOTES = [
  'accountability',
  'transparency',
  'multistakeholder engagement',
  'telecommunications network',
  'human rights framework',
  'wide range of technical and policy matters',
  'engaging non-governmental human rights experts',
  'precluding any obligation',
]
const LATE_QUOTE = 'rapid response'
const NOTES: SeedNote[] = [...EARLY_QUOTES, LATE_QUOTE].map((quote) => ({ quote, text: `On ${quote}.`, tags: [], category: 'key-point' }))

/** Longer than the app's settling delay and a smooth scroll, well under the time it leaves the user's scrolling alone (1.5 s). */
const LONG_ENOUGH_TO_HAVE_MOVED_MS = 700

test('the panel keeps the cards of the passages in view in view, and leaves the user in charge', async ({ reader, readerServer }) => {
  await seedStatementNotes(readerServer, NOTES)
  await reader.reload()
  const app = new ReaderPage(reader)
  const notes = new NotesUi(reader)
  const column = reader.getByRole('main')
  const first = notes.card(EARLY_QUOTES[0] ?? '')
  const late = notes.card(LATE_QUOTE)
  await expect(notes.cards()).toHaveCount(NOTES.length)
  // The list is longer than the panel: at the top of the text, the last card is out of sight.
  await expect(first).toBeInViewport()
  await expect(late).not.toBeInViewport()

  // Read down to the last paragraph with the wheel, as a reader does.
  await column.hover()
  await reader.mouse.wheel(0, 5000)
  await expect(app.paragraph(/Digital Defenders Partnership, also/)).toBeInViewport()
  await expect(late).toBeInViewport({ ratio: 0.9 })
  await expect(first).not.toBeInViewport()
  // Only the panes scrolled: the window and its top bar stay put.
  expect(await reader.evaluate(() => window.scrollY)).toBe(0)
  expect((await reader.getByRole('banner').boundingBox())?.y).toBe(0)

  // The user scrolls the panel back up, then the text moves a little: the panel stays where the user put it.
  await late.hover()
  await reader.mouse.wheel(0, -5000)
  await column.hover()
  await reader.mouse.wheel(0, -120)
  await reader.waitForTimeout(LONG_ENOUGH_TO_HAVE_MOVED_MS)
  await expect(first).toBeInViewport()
  await expect(late).not.toBeInViewport()

  // Clicking the last paragraph's highlight shows its card in the panel, focused.
  await notes.highlights().filter({ hasText: LATE_QUOTE }).click()
  await expect(late).toBeFocused()
  await expect(late).toBeInViewport({ ratio: 0.9 })
  expect((await reader.getByRole('banner').boundingBox())?.y).toBe(0)
})

test('a card\'s quote shows its passage, and the panel does not then move the card away', async ({ reader, readerServer }) => {
  await seedStatementNotes(readerServer, NOTES)
  await reader.reload()
  const app = new ReaderPage(reader)
  const notes = new NotesUi(reader)
  const column = reader.getByRole('main')
  await expect(notes.cards()).toHaveCount(NOTES.length)
  await column.hover()
  await reader.mouse.wheel(0, 5000)
  await expect(notes.card(LATE_QUOTE)).toBeInViewport({ ratio: 0.9 })

  // The third paragraph's last card: following the text there would put the first paragraph's cards at the top instead.
  const quote = EARLY_QUOTES.at(-1) ?? ''
  const card = notes.card(quote)
  await card.getByRole('button', { name: new RegExp(`^Show in the text .*: ${quote}$`) }).click()
  await expect(app.paragraph(/precluding any obligation/)).toBeInViewport()
  await reader.waitForTimeout(LONG_ENOUGH_TO_HAVE_MOVED_MS)
  await expect(card).toBeInViewport({ ratio: 0.9 })
})

/** Longer than the panel holds still after a jump or the user's own input in it (1.5 s), so only what a test checks holds it. */
const PAST_THE_HOLDS_MS = 1700

test('the panel holds still while a note is being written', async ({ reader, readerServer }) => {
  await seedStatementNotes(readerServer, NOTES)
  await reader.reload()
  const app = new ReaderPage(reader)
  const notes = new NotesUi(reader)
  await expect(notes.cards()).toHaveCount(NOTES.length)
  await notes.selectWithMouse(app.paragraph(/recognise the importance/), 'international public policy issues')
  await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
  const editor = notes.card('international public policy issues').getByRole('textbox', { name: 'Note text' })
  await expect(editor).toBeFocused()
  await reader.keyboard.type('Still thinking')
  await reader.waitForTimeout(PAST_THE_HOLDS_MS)
  const before = await editor.boundingBox()

  // The reader scrolls on to the last paragraph, whose card would lead: the note being written stays where it is.
  await reader.getByRole('main').hover()
  await reader.mouse.wheel(0, 5000)
  await expect(app.paragraph(/Digital Defenders Partnership, also/)).toBeInViewport()
  await reader.waitForTimeout(LONG_ENOUGH_TO_HAVE_MOVED_MS)
  expect(await editor.boundingBox()).toEqual(before)
  await expect(editor).toBeInViewport()
  await expect(editor).toBeFocused()
})

test.describe('in a narrow window', () => {
  test.use({ viewport: { width: 900, height: 800 } })

  test('the Notes drawer opens beside the passage being read', async ({ reader, readerServer }) => {
    await seedStatementNotes(readerServer, NOTES)
    await reader.reload()
    const app = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    // Under 1100 px the panel is a closed drawer: there is nothing to follow until it opens.
    await expect(app.paragraphs().first()).toBeVisible()
    await expect(notes.panel()).toHaveCount(0)
    await reader.getByRole('main').hover()
    await reader.mouse.wheel(0, 5000)
    await expect(app.paragraph(/Digital Defenders Partnership, also/)).toBeInViewport()

    await reader.getByRole('banner').getByRole('button', { name: 'Notes', exact: true }).click()
    await expect(notes.cards()).toHaveCount(NOTES.length)
    await expect(notes.card(LATE_QUOTE)).toBeInViewport({ ratio: 0.9 })
    await expect(notes.card(EARLY_QUOTES[0] ?? '')).not.toBeInViewport()
  })
})
