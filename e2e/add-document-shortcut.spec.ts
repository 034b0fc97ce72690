/**
 * Ctrl/Cmd+O adds a document from anywhere in the app, as File › Add
 * Document… does in the desktop app: the file picker opens, and the chosen
 * file joins "Your documents" and opens. The shortcut list names it.
 */
import { expect, test } from './fixtures'
import { ReaderPage } from './pages/reader-page'

test.skip(({ appMode }) => appMode !== 'browser', 'in the desktop app the native menu owns Ctrl/Cmd+O and opens the system dialog')

test('Ctrl+O opens the file picker, and the chosen file is added and opened', async ({ reader }) => {
  const app = new ReaderPage(reader)
  await expect(app.article()).toBeVisible()
  // From the timeline, away from the library's own button.
  await reader.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click()
  const chooser = reader.waitForEvent('filechooser')
  await reader.keyboard.press('ControlOrMeta+o')
  const picker = await chooser
  expect(picker.isMultiple()).toBe(false)
  await picker.setFiles({ name: 'agenda.md', mimeType: 'text/markdown', buffer: Buffer.from('# Agenda of the drafting group\n\nItem one: the xanthoxylum paragraph.\n') })
  await expect(reader.getByRole('article', { name: 'Agenda of the drafting group' })).toBeVisible()
  await expect(reader.getByRole('list', { name: 'Your documents' }).getByRole('link', { name: /Agenda of the drafting group/ })).toBeVisible()

  await reader.keyboard.press('?')
  await expect(reader.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Add a document')
})
