/**
 * A note's preview shows when the pointer rests on its highlight, never
 * while words are being selected across it: a card popping up under a drag
 * would cover the very words chosen (renderer/reader/use-peeks.ts).
 */
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'
import { seedStatementNotes } from './support/seed-notes'

test.skip(({ appMode }) => appMode !== 'browser', 'the note is made through the browser-mode host')

/** Longer than the pointer's rest before a preview shows (350 ms), with room for a slow machine. */
const LONGER_THAN_A_REST_MS = 800

test('a drag that selects words across a highlight does not open its preview', async ({ reader, readerServer }) => {
  await seedStatementNotes(readerServer, [{ quote: 'multistakeholder engagement', text: 'A **key** phrase.', tags: [], category: 'key-point' }])
  await reader.reload()
  const app = new ReaderPage(reader)
  const notes = new NotesUi(reader)
  await expect(notes.highlights().first()).toBeVisible()

  // The drag starts before the highlight and ends inside it, where the pointer then rests.
  await notes.selectWithMouse(app.paragraph(/recognise the importance/), 'transparency and multistakeholder engage')
  await reader.waitForTimeout(LONGER_THAN_A_REST_MS)
  await expect(reader.getByRole('tooltip')).toHaveCount(0)
  await expect(notes.toolbar()).toBeVisible()

  // The same highlight, rested on without a selection, does show it: the preview itself works.
  await app.article().getByRole('heading', { level: 1 }).click()
  // The last piece of the highlight ("engagement"): its first word is also a glossary term with its own preview.
  await notes.highlights().last().hover()
  await expect(reader.getByRole('tooltip')).toContainText('A key phrase.')
})
