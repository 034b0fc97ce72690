/**
 * "Your notes in Rev. N": after a revision is added, the Compare view lists
 * the document's notes by where they now sit (unchanged text, changed text
 * with the old and the new wording marked, lost their passage); each opens
 * in the reader.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'

test.skip(({ appMode }) => appMode !== 'browser', 'adds files through the browser-mode file picker')

const REV_1 = [
  '# Draft resolution L.9',
  'The Conference welcomes the open and interoperable internet.',
  'States shall protect journalists online at all times.',
  'Delegations request a report on spectrum auctions by the next session.',
].join('\n\n')

const REV_2 = [
  '# Draft resolution L.9',
  'The Conference welcomes the open and interoperable internet.',
  'States should protect journalists online at most times.',
  'A new working group will study satellite broadband policy.',
].join('\n\n')

/** Adds REV_1 with three notes, then REV_2 as its revision (label kept), and opens the comparison. */
async function draftRevisedWithNotes(reader: Page, notes: NotesUi): Promise<void> {
  await reader.getByLabel('Add document…').setInputFiles({ name: 'l9.md', mimeType: 'text/markdown', buffer: Buffer.from(REV_1) })
  const article = reader.getByRole('article', { name: 'Draft resolution L.9' })
  await expect(article).toBeVisible()
  await notes.addNote(article.getByRole('paragraph').filter({ hasText: 'interoperable' }), 'welcomes the open and interoperable internet', 'Good.')
  await notes.addNote(article.getByRole('paragraph').filter({ hasText: 'journalists' }), 'States shall protect journalists online at all times', 'Watch this one.')
  await notes.addNote(article.getByRole('paragraph').filter({ hasText: 'spectrum' }), 'report on spectrum auctions', 'Ask the secretariat.')
  await reader.getByLabel('Add a revision of “Draft resolution L.9”').setInputFiles({ name: 'l9-rev2.md', mimeType: 'text/markdown', buffer: Buffer.from(REV_2) })
  await reader.getByRole('dialog', { name: 'Add a revision of “Draft resolution L.9”' }).getByRole('button', { name: 'Add revision' }).click()
  const rail = reader.getByRole('complementary', { name: 'Library and contents' })
  await rail.getByRole('status').filter({ hasText: 'Rev. 2 added' }).getByRole('link', { name: 'Compare with Rev. 1' }).click()
}

test('the comparison lists the notes by where they sit now, with the reworded passage’s old and new wording', async ({ reader }) => {
  test.slow()
  const notes = new NotesUi(reader)
  await draftRevisedWithNotes(reader, notes)

  await expect(reader.getByText('Your notes in Rev. 2')).toContainText('(1 on unchanged text, 1 on changed text, 1 lost its passage)')
  const changed = reader.getByRole('list', { name: 'Notes on changed text' }).getByRole('listitem')
  await expect(changed).toHaveCount(1)
  await expect(changed).toContainText('Watch this one.')
  const before = changed.getByRole('figure').filter({ hasText: 'Before' })
  const now = changed.getByRole('figure').filter({ hasText: 'Now' })
  await expect(before.getByRole('deletion')).toHaveText(['[deleted: shall]', '[deleted: all]'])
  await expect(before.getByRole('insertion')).toHaveCount(0)
  await expect(now.getByRole('insertion')).toHaveText(['[inserted: should]', '[inserted: most]'])
  const lost = reader.getByRole('list', { name: 'Notes that lost their passage' }).getByRole('listitem')
  await expect(lost).toHaveText(/report on spectrum auctions[\s\S]*Ask the secretariat\./)
  await expect(reader.getByRole('list', { name: 'Notes on unchanged text' }).getByRole('listitem')).toContainText('welcomes the open and interoperable internet')

  await changed.getByRole('button', { name: 'Open the note on “States shall protect journalists online at all times”' }).click()
  await expect(reader).toHaveURL(/#\/read\/my-[a-z0-9-]+\//)
  await expect(reader.getByRole('article', { name: 'Draft resolution L.9' })).toContainText('satellite broadband')
  await expect(notes.card('States shall protect journalists')).toContainText('Watch this one.')
})

test('a note on reworded text can be kept on the earlier revision, and is found there in the reader and in All notes', async ({ reader }) => {
  test.slow()
  const notes = new NotesUi(reader)
  await draftRevisedWithNotes(reader, notes)

  const changed = reader.getByRole('list', { name: 'Notes on changed text' }).getByRole('listitem')
  await changed.getByRole('button', { name: 'Keep the note on “States shall protect journalists online at all times” on Rev. 1' }).click()
  const kept = reader.getByRole('status').filter({ hasText: 'The note is kept on Rev. 1' })
  await expect(kept).toBeVisible()
  await expect(reader.getByRole('list', { name: 'Notes on changed text' })).toHaveCount(0)
  await expect(reader.getByText('Your notes in Rev. 2')).toContainText('(1 on unchanged text, 0 on changed text, 1 lost its passage)')

  await kept.getByRole('link', { name: 'Open Rev. 1' }).click()
  const earlier = reader.getByRole('article', { name: 'Draft resolution L.9 (Rev. 1)' })
  await expect(earlier).toContainText('spectrum auctions')
  await expect(reader.getByRole('note').filter({ hasText: 'This is an earlier revision' })).toBeVisible()
  const card = notes.card('States shall protect journalists online at all times')
  await expect(card).toContainText('Watch this one.')
  await expect(card).not.toContainText('Needs review')
  await expect(earlier.locator('mark')).toHaveText(['States shall protect journalists online at all times'])

  // The rail opens it too, and the current text is one link away.
  await reader.getByRole('list', { name: 'Your documents' }).getByRole('link', { name: 'Open Rev. 1' }).click()
  await expect(earlier).toBeVisible()
  await reader.getByRole('link', { name: 'Read the current text' }).click()
  await expect(reader.getByRole('article', { name: 'Draft resolution L.9' })).toContainText('satellite broadband')
  await expect(notes.cards()).toHaveCount(2)

  await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'All notes' }).click()
  await expect(reader.getByRole('group', { name: /^Note on “States shall protect journalists/ })).toContainText('Watch this one.')
})
