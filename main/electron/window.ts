/**
 * The reader window: one BrowserWindow with every renderer hardening switch
 * on, showing app://reader/index.html, opened where the user left it.
 */
import { app, BrowserWindow, dialog } from 'electron'
import { apiMethods } from '../../shared/api-contract'
import { encodeApiMethodsArg } from './preload-args'
import { MIN_WINDOW_SIZE } from './window-bounds'
import { loadWindowPlacement, trackWindowState } from './window-state'
import { closesAnyway, UNSAVED_CLOSE_DIALOG } from './unsaved-close'
import { APP_ENTRY_URL } from './url-policy'

/** The light theme's paper colour: painted before the first frame, so no white flash. */
export const WINDOW_BACKGROUND = '#f7f5f0'

/** What the window needs from app.ts. */
export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist/main/preload.cjs). */
  readonly preloadPath: string
  /** Absolute path of window-state.json in the data folder. */
  readonly stateFile: string
  /** False in development: enables DevTools. */
  readonly isPackaged: boolean
}

/** Creates, places and loads the reader window; it shows itself once painted. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = loadWindowPlacement(options.stateFile)
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'FOC Reader',
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on ready-to-show: the user never sees an empty frame.
    show: false,
    webPreferences: {
      // Electronegativity asks for a review of every preload (PRELOAD_JS_CHECK).
      // Reviewed: ours (main/electron/preload.ts) runs sandboxed with context
      // isolation and exposes only window.readerApi through contextBridge: the
      // contract's methods from an allow-list and the menu commands, never
      // ipcRenderer or Node; ipc.ts checks each call's sender again.
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
      // The preload's allow-list of IPC channels: exactly the contract's methods.
      additionalArguments: [encodeApiMethodsArg(apiMethods)],
      // The page and the preload live in separate JS worlds; the page only
      // sees what contextBridge exposes.
      contextIsolation: true,
      // The renderer runs in Chromium's OS sandbox with no Node.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click (auxclick) on a link would open it in a new window
      // without the click handlers the app relies on: Chromium's feature is off.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      // Dropping a file on the window must not navigate away from the reader.
      navigateOnDragDrop: false,
      // Chromium's spellchecker would fetch dictionaries from the network, and
      // a reader has little to spell-check.
      spellcheck: false,
      // A page stuck in alert() loops can be stopped.
      safeDialogs: true,
      // Released builds have no DevTools at all, not merely no menu item.
      devTools: !options.isPackaged,
    },
  })
  trackWindowState(window, options.stateFile)

  window.once('ready-to-show', () => {
    // Maximizing earlier would show the window before its first paint on Windows.
    if (placement.maximized) window.maximize()
    window.show()
  })
  window.webContents.on('will-prevent-unload', (event) => {
    // The page has unsaved note text: ask, and let the window close only if the user says so.
    if (closesAnyway(dialog.showMessageBoxSync(window, UNSAVED_CLOSE_DIALOG))) event.preventDefault()
  })
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    console.error(`[window] the renderer stopped (${details.reason}, exit code ${details.exitCode})`)
    void offerReload(window)
  })
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // Without the page the app is useless; say so instead of showing nothing.
    console.error('[window] could not load the reader:', error)
    dialog.showErrorBox('FOC Reader could not open', `The reader's page did not load: ${error instanceof Error ? error.message : String(error)}`)
    if (!window.isDestroyed()) window.show()
  })
  return window
}

/** After a renderer crash: reload the page (saved notes are on disk) or quit. */
async function offerReload(window: BrowserWindow): Promise<void> {
  if (window.isDestroyed()) return
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    title: 'FOC Reader',
    message: 'The reader stopped unexpectedly.',
    detail: 'Notes that showed as saved are safe on disk. Reload to continue reading.',
    buttons: ['Reload', 'Quit'],
    defaultId: 0,
    cancelId: 0,
  })
  if (response === 1) app.quit()
  else if (!window.isDestroyed()) window.reload()
}
