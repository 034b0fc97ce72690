/**
 * The Electron entry (bundled to dist/main/electron-main.cjs). Claims the
 * single-instance lock for the data folder, loads the core, wires IPC, the
 * app:// protocol, the menu and the security policy, then opens the window.
 */
import { app, dialog, session, type BrowserWindow } from 'electron'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { PRODUCT_NAME } from '../core/data-dir'
import { DataDirError } from '../core/data-dir-check'
import { LibraryLoadError } from '../core/library'
import { createReaderCore } from '../core/reader-core'
import { registerIpcHandlers } from './ipc'
import { parseDataDirArg } from './launch-args'
import { installAppMenu } from './menu'
import { prepaintInputFor } from '../hosting/prepaint'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { saveExport } from './save-export'
import { installSecurityPolicy } from './security'
import { createMainWindow } from './window'
import { WINDOW_STATE_FILE } from './window-state'

/** Matches electron-builder.yml's appId; Windows groups taskbar entries by it. */
export const APP_ID = 'org.freedomonline.focreader'

/**
 * The app's root: the repository in development, app.asar when packaged.
 * This file runs as <root>/dist/main/electron-main.cjs in both.
 */
const appRoot = path.resolve(__dirname, '..', '..')

let mainWindow: BrowserWindow | null = null
/** Set once the core is loaded; until then there is nothing to show. */
let openWindow: (() => BrowserWindow) | null = null

/** Runs before `ready`: everything here must happen before Chromium starts. */
function main(): void {
  const dataDirArg = parseDataDirArg(process.argv)
  if (dataDirArg.kind === 'invalid') {
    dialog.showErrorBox(PRODUCT_NAME, dataDirArg.message)
    app.exit(2)
    return
  }
  // Started as `electron dist/main/electron-main.cjs`, Electron would call
  // itself "Electron"; the menus and the data folder use the product name.
  app.setName(PRODUCT_NAME)
  const dataDir = dataDirArg.kind === 'given' ? dataDirArg.dataDir : defaultDataDir()
  try {
    // setPath throws for a folder that does not exist yet.
    mkdirSync(dataDir, { recursive: true })
    // Chromium's storage and the single-instance lock live in userData, so
    // each data folder is its own instance (tests run side by side) and one
    // folder is never written by two processes.
    app.setPath('userData', dataDir)
    app.setPath('sessionData', dataDir)
  } catch (error) {
    dialog.showErrorBox(PRODUCT_NAME, `Cannot use the data folder ${dataDir}: ${error instanceof Error ? error.message : String(error)}`)
    app.exit(1)
    return
  }
  registerAppScheme()
  // Every renderer, including any created later, runs in the OS sandbox.
  app.enableSandbox()
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

  if (!app.requestSingleInstanceLock()) {
    // Another instance owns this data folder; it will come to the front.
    app.quit()
    return
  }
  app.on('second-instance', () => showMainWindow())
  app.on('activate', () => showMainWindow())
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; the Dock icon reopens one.
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(() => start(dataDir))
    .catch(failToStart)
}

/** Loads the core and opens the window; runs once after `ready`. */
async function start(dataDir: string): Promise<void> {
  const version = readAppVersion()
  const core = await createReaderCore({
    // Packaged, the built library sits beside app.asar (extraResources).
    contentDir: app.isPackaged ? path.join(process.resourcesPath, 'content') : path.join(appRoot, 'build', 'content'),
    dataDir,
    mode: 'electron',
    version,
    // The single-instance lock stops a second window, not a browser-mode
    // reader on the same folder: take the data-folder lock too.
    lockDataDir: true,
    // Inside app.asar like the rest of the app: Electron's worker threads load scripts from the archive (electron/electron#33216).
    parseWorkerPath: path.join(__dirname, 'parse-worker.cjs'),
    host: { saveExport: (request) => saveExport(request, () => mainWindow) },
  })
  flushNotesOnQuit(core.close)
  const ses = session.defaultSession
  installSecurityPolicy(ses)
  handleAppProtocol(
    ses,
    path.join(appRoot, 'dist', 'renderer'),
    (pathname) => core.briefings.get(pathname),
    () => prepaintInputFor(core.library.documents, core.reading.get()),
  )
  registerIpcHandlers(core, () => mainWindow)
  installAppMenu({ appName: PRODUCT_NAME, version, dataDir })
  openWindow = () =>
    createMainWindow({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      stateFile: path.join(dataDir, WINDOW_STATE_FILE),
      isPackaged: app.isPackaged,
    })
  showMainWindow()
}

/**
 * Holds the quit until pending note writes are on disk: an acknowledged note
 * is already durable, but a write in flight must finish.
 */
function flushNotesOnQuit(close: () => Promise<void>): void {
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    close()
      .catch((error: unknown) => console.error('Saving notes on quit failed:', error))
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
}

/** Brings the reader window to the front, creating it if none is open. */
function showMainWindow(): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
    return
  }
  if (openWindow === null) return
  const window = openWindow()
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

/** Says why the app cannot start, then exits with a failure code. */
function failToStart(error: unknown): void {
  if (error instanceof LibraryLoadError) {
    dialog.showErrorBox('FOC Reader cannot open its library', `${error.message}\n\nReinstalling FOC Reader should repair this. Your notes are not affected.`)
  } else if (error instanceof DataDirError) {
    dialog.showErrorBox('FOC Reader cannot use its data folder', error.message)
  } else {
    console.error('FOC Reader could not start:', error)
    dialog.showErrorBox('FOC Reader could not start', error instanceof Error ? error.message : String(error))
  }
  app.exit(1)
}

/** The per-user folder: Electron's userData, named after the product in development too. */
function defaultDataDir(): string {
  // Packaged, userData is already <appData>/FOC Reader (from productName).
  // In development Electron computed it before setName ran, so build it the
  // same way here; main/core/data-dir.ts gives browser mode the same folder.
  return app.isPackaged ? app.getPath('userData') : path.join(app.getPath('appData'), PRODUCT_NAME)
}

/** The version in package.json; in development app.getVersion() is Electron's own. */
function readAppVersion(): string {
  try {
    const parsed = z.object({ version: z.string().min(1) }).safeParse(JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')))
    if (parsed.success) return parsed.data.version
  } catch (error) {
    console.warn('[app] could not read the version from package.json:', error)
  }
  return app.getVersion()
}

main()
