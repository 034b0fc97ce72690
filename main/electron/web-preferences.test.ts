/**
 * The preferences every BrowserWindow the app creates is given, read from
 * the real window.ts and save-export.ts with Electron replaced by a stand-in
 * that records them (no Electron binary is needed).
 */
import type { BrowserWindowConstructorOptions } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => [] as BrowserWindowConstructorOptions[])

vi.mock('electron', () => {
  class FakeBrowserWindow {
    readonly webContents = { on: vi.fn(), printToPDF: vi.fn(() => Promise.resolve(Buffer.from('%PDF'))) }
    constructor(options: BrowserWindowConstructorOptions) {
      created.push(options)
    }
    once = vi.fn()
    on = vi.fn()
    loadURL = vi.fn(() => Promise.resolve())
    destroy = vi.fn()
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    app: { quit: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: false, filePath: '/tmp/foc-reader-test-briefing.pdf' })),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })),
    },
    shell: { showItemInFolder: vi.fn() },
    screen: {},
  }
})
vi.mock('write-file-atomic', () => ({ default: vi.fn(() => Promise.resolve()) }))
vi.mock('./window-state', () => ({
  loadWindowPlacement: () => ({ bounds: { width: 1200, height: 800 }, maximized: false }),
  trackWindowState: vi.fn(),
}))

const { createMainWindow } = await import('./window')
const { saveExport } = await import('./save-export')

afterEach(() => {
  created.length = 0
})

/** What every window must have, whatever it shows. */
const HARDENED = { sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' }

describe('webPreferences of the app’s windows', () => {
  it('the reader window: sandboxed, isolated, no Node, no webview, Auxclick off, DevTools only in development', () => {
    createMainWindow({ preloadPath: '/app/dist/main/preload.cjs', stateFile: '/tmp/window-state.json', isPackaged: true })
    const [options] = created
    expect(options?.webPreferences).toMatchObject({
      ...HARDENED,
      preload: '/app/dist/main/preload.cjs',
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    })
    expect(options?.webPreferences?.enableBlinkFeatures).toBeUndefined()
  })

  it('the hidden window that prints a briefing to PDF: the same hardening, and no script at all', async () => {
    await saveExport({ fileName: 'briefing.pdf', format: 'pdf', briefingPath: '/briefing/abc', paper: 'A4' }, () => null)
    expect(created).toHaveLength(1)
    expect(created[0]?.webPreferences).toMatchObject({ ...HARDENED, javascript: false })
  })
})
