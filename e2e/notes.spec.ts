/**
 * Highlights and notes, end to end: made with the mouse and the keyboard,
 * kept across a restart of the host on the same data folder, edited,
 * deleted and restored, and user text always shown as text.
 */
import { expect, test } from './fixtures'
import { NotesUi } from './pages/notes-ui'
import { ReaderPage } from './pages/reader-page'
import { startReaderServer } from './support/reader-server'

test.describe('highlights and notes', () => {
  test('highlight and note by mouse survive a restart on the same words', async ({ reader, readerServer, dataDir, appMode }) => {
    test.skip(appMode === 'electron', 'restarting the host is a browser-mode scenario')
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)

    await notes.selectWithMouse(page.paragraph(/recognise the importance/), 'multistakeholder engagement')
    await notes.toolbar().getByRole('button', { name: 'Key point', exact: true }).click()
    await expect.poll(() => notes.highlightedPassages()).toEqual(['multistakeholder engagement'])

    await notes.selectWithMouse(page.paragraph(/In line with the values/), 'non-governmental human rights experts')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    const noteText = notes.card('non-governmental human rights experts').getByRole('textbox', { name: 'Note text' })
    await expect(noteText).toBeFocused()
    await noteText.fill('Which NGOs will the delegation consult?')
    await noteText.press('Escape')
    await notes.expectSaved()
    await notes.card('non-governmental human rights experts').getByRole('combobox', { name: 'Category' }).selectOption('question')
    await notes.expectSaved()

    // A new host process on the same data folder: the notes are read back from disk.
    // The page leaves first, so the reading place it writes as it goes meets a host that is still up.
    await reader.goto('about:blank')
    await readerServer.stop()
    const restarted = await startReaderServer(dataDir)
    try {
      await reader.goto(restarted.url)
      await expect.poll(() => notes.highlightedPassages()).toEqual(['multistakeholder engagement', 'non-governmental human rights experts'])
      const card = notes.card('non-governmental human rights experts')
      await expect(card).toContainText('Which NGOs will the delegation consult?')
      await expect(card.getByRole('combobox', { name: 'Category' })).toHaveValue('question')
      await expect(notes.card('multistakeholder engagement').getByRole('combobox', { name: 'Category' })).toHaveValue('key-point')
    } finally {
      await restarted.stop()
    }
  })

  test('clicking a highlight opens its note; the note leads back to its passage', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.selectWithMouse(page.paragraph(/Digital Defenders Partnership, also/), 'rapid response')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    await expect(notes.card('rapid response').getByRole('textbox', { name: 'Note text' })).toBeFocused()
    await reader.keyboard.type('Ask about **funding**.')
    await reader.keyboard.press('Escape')
    await notes.expectSaved()

    await page.article().getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded()
    await notes.card('rapid response').getByRole('button', { name: /^Show in the text \((?:.+, )?¶\d+\): rapid response$/ }).click()
    await expect(page.currentBlock()).toContainText('through the Digital Defenders Partnership')
    await expect(page.currentBlock()).toBeInViewport()

    await notes.highlights().filter({ hasText: 'rapid response' }).hover()
    // The preview formats the note as the panel does: no raw **markup**.
    await expect(reader.getByRole('tooltip')).toContainText('Ask about funding.')
    await expect(reader.getByRole('tooltip').locator('strong')).toHaveText('funding')
    await expect(notes.card('rapid response').locator('strong')).toHaveText('funding')
  })

  test('editing saves by itself; delete offers Undo', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    await notes.selectWithMouse(page.paragraph(/set the ITU's strategy/), 'technical and policy matters')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    const card = notes.card('technical and policy matters')
    await card.getByRole('textbox', { name: 'Note text' }).fill('First draft')
    await notes.expectSaved()
    await card.getByRole('textbox', { name: 'Note text' }).press('Escape')
    await card.getByRole('button', { name: 'Edit note' }).click()
    await card.getByRole('textbox', { name: 'Note text' }).fill('Second draft, **important**')
    await card.getByRole('textbox', { name: 'Note text' }).blur()
    await expect(card.getByText('important')).toHaveJSProperty('tagName', 'STRONG')
    await card.getByRole('combobox', { name: 'Add a tag' }).fill('budget')
    await card.getByRole('combobox', { name: 'Add a tag' }).press('Enter')
    await expect(card.getByRole('list', { name: 'Tags' })).toContainText('budget')
    await notes.expectSaved()

    await card.getByRole('button', { name: /^Delete note/ }).click()
    await expect(notes.cards()).toHaveCount(0)
    await expect(notes.highlights()).toHaveCount(0)
    await reader.getByRole('status').filter({ hasText: 'Note deleted.' }).getByRole('button', { name: 'Undo' }).click()
    await expect(card).toContainText('Second draft')
    await expect(card.getByRole('list', { name: 'Tags' })).toContainText('budget')
    await expect(notes.highlights()).toHaveText(['technical and policy matters'])

    await reader.reload()
    await expect(notes.card('technical and policy matters')).toContainText('Second draft')
  })

  test('a paragraph can be annotated with the keyboard alone', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const paragraph = page.paragraph(/The FOC seeks to identify best practices/)
    await paragraph.focus()
    await reader.keyboard.press('Shift+Tab')
    await reader.keyboard.press('Tab')
    await expect(paragraph).toBeFocused()
    await expect(notes.toolbar()).toBeVisible()
    await reader.keyboard.press('Alt+Shift+N')
    const card = notes.card('The FOC seeks to identify best practices')
    await expect(card.getByRole('textbox', { name: 'Note text' })).toBeFocused()
    await reader.keyboard.type('Typed without a mouse.')
    await reader.keyboard.press('Escape')
    await notes.expectSaved()
    await expect(card).toContainText('Typed without a mouse.')
    await expect(notes.highlights().first()).toContainText('The FOC seeks to identify best practices')
  })

  test('markup in a note or tag is shown as text and never runs', async ({ reader }) => {
    const page = new ReaderPage(reader)
    const notes = new NotesUi(reader)
    const dialogs: string[] = []
    reader.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const payload = '<img src=x onerror=alert(1)>'
    await notes.selectWithMouse(page.paragraph(/We further encourage governments/), 'enhancing their processes')
    await notes.toolbar().getByRole('button', { name: 'Add note' }).click()
    const card = notes.card('enhancing their processes')
    await card.getByRole('textbox', { name: 'Note text' }).fill(payload)
    await card.getByRole('combobox', { name: 'Add a tag' }).fill('<script>alert(2)</script>')
    await card.getByRole('combobox', { name: 'Add a tag' }).press('Enter')
    await notes.expectSaved()
    await reader.reload()
    const reloaded = notes.card('enhancing their processes')
    await expect(reloaded).toContainText(payload)
    await expect(reloaded.getByRole('list', { name: 'Tags' })).toContainText('<script>alert(2)</script>')
    await expect(reader.locator('img')).toHaveCount(0)
    await expect(reader.locator('script:not([src])')).toHaveCount(0)
    expect(dialogs).toEqual([])
  })
})
