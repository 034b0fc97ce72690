/**
 * The native menu as data. Only Electron's types are imported, so the
 * template (which items exist on which platform, and that development-only
 * items never reach a release) is unit-tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { menuAccelerator } from '../../shared/keyboard-shortcuts'
import type { MenuCommand } from '../../shared/menu-commands'

/** What decides the menu's contents, and the actions it triggers. */
export interface MenuTemplateOptions {
  readonly appName: string
  readonly platform: NodeJS.Platform
  /** Released build: no reload, no DevTools. */
  readonly isPackaged: boolean
  readonly showAbout: () => void
  readonly showDataFolder: () => void
  /** Asks the focused page to run a command (open Export or Import notes). */
  readonly sendCommand: (command: MenuCommand) => void
  /** File › Add Document…: the system's Open dialog (see open-document.ts). */
  readonly addDocument: () => void
}

/** Builds the application menu template for `options.platform`. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => options.showAbout() }
  const showDataFolder: MenuItemConstructorOptions = { label: 'Show Notes Folder', click: () => options.showDataFolder() }

  // macOS puts About, Services, Hide and Quit in a menu named after the app.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : []

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Add Document…', accelerator: menuAccelerator('add-document'), click: () => options.addDocument() },
      { type: 'separator' },
      { label: 'Export Notes…', accelerator: menuAccelerator('export-notes'), click: () => options.sendCommand('export-notes') },
      { label: 'Import Notes…', click: () => options.sendCommand('import-notes') },
      { type: 'separator' },
      showDataFolder,
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  }

  // Reloading drops in-memory renderer state and DevTools expose internals:
  // both are for development only.
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    role: 'window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  }

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    // Also in the macOS app menu; Help is where Windows and Linux users look.
    submenu: [about],
  }

  return [...appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}
