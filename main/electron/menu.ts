/**
 * Installs the native application menu and implements its app-specific
 * actions (About, Show Notes Folder, Add Document…, and Export/Import
 * Notes handed to the page). The template itself is menu-template.ts.
 */
import { app, BrowserWindow, dialog, Menu, shell } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/menu-commands'
import { buildMenuTemplate } from './menu-template'
import { addDocumentFromDialog } from './open-document'

/** Facts the menu's actions show. */
export interface AppMenuOptions {
  readonly appName: string
  readonly version: string
  /** The folder holding the user's notes, opened by "Show Notes Folder". */
  readonly dataDir: string
}

/** Sets the application menu for this platform and build. */
export function installAppMenu(options: AppMenuOptions): void {
  const template = buildMenuTemplate({
    appName: options.appName,
    platform: process.platform,
    isPackaged: app.isPackaged,
    showAbout: () => void showAbout(options),
    showDataFolder: () => void showDataFolder(options.dataDir),
    sendCommand: (command) => sendCommand(command),
    addDocument: () => {
      const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
      if (target) void addDocumentFromDialog(target)
    },
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/** The About box: product, version and the runtime versions support will ask for. */
async function showAbout(options: AppMenuOptions): Promise<void> {
  const details = {
    type: 'info' as const,
    title: `About ${options.appName}`,
    message: `${options.appName} ${options.version}`,
    detail: [
      "An offline reader for the Freedom Online Coalition's Joint Statement on the ITU Plenipotentiary Conference 2018 and the texts it cites.",
      '',
      `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`,
      `Notes folder: ${options.dataDir}`,
    ].join('\n'),
    buttons: ['OK'],
  }
  const parent = BrowserWindow.getFocusedWindow()
  await (parent ? dialog.showMessageBox(parent, details) : dialog.showMessageBox(details))
}

/** Hands a menu command to the focused window's page, which owns the dialogs. */
function sendCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  target?.webContents.send(MENU_COMMAND_CHANNEL, command)
}

/** Opens the notes folder in the file manager, so users can find and back up their work. */
async function showDataFolder(dataDir: string): Promise<void> {
  const failure = await shell.openPath(dataDir)
  if (failure) dialog.showErrorBox('Could not open the notes folder', `${dataDir}\n\n${failure}`)
}
