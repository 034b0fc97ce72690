/**
 * Remembers the window's size, position and maximized state across launches
 * in userData/window-state.json. Losing this file costs nothing, so every
 * failure here is logged and ignored: it must never stop the app opening.
 */
import { screen, type BrowserWindow } from 'electron'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chooseInitialPlacement, parseWindowState, type InitialPlacement, type WindowState } from './window-bounds'

/** The state file's name inside the userData folder. */
export const WINDOW_STATE_FILE = 'window-state.json'

/** Moves and resizes arrive in bursts; write once they settle. */
const SAVE_DELAY_MS = 750

/**
 * Where the window should open: the saved placement if it is still on a
 * connected display, else the default size centered on the primary display.
 * Call after `ready` (the screen module needs it).
 */
export function loadWindowPlacement(stateFile: string): InitialPlacement {
  const saved = parseWindowState(readTextOrNull(stateFile))
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  return chooseInitialPlacement(saved, workAreas, screen.getPrimaryDisplay().workArea)
}

/**
 * Saves the window's placement whenever it settles after a move or resize,
 * and once more as it closes. The normal bounds are saved even while
 * maximized, so un-maximizing after a restart returns to the user's size.
 */
export function trackWindowState(window: BrowserWindow, stateFile: string): void {
  let timer: NodeJS.Timeout | undefined
  const save = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (window.isDestroyed()) return
    const bounds = window.getNormalBounds()
    writeWindowState(stateFile, { version: 1, bounds, maximized: window.isMaximized() })
  }
  const saveSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', saveSoon)
  window.on('unmaximize', saveSoon)
  // 'close' runs while the window still exists; writing synchronously here
  // means the state is on disk before the app can quit.
  window.on('close', save)
}

/** Writes the state via a temp file and rename, so a crash never leaves half a file. */
function writeWindowState(stateFile: string, state: WindowState): void {
  const temp = path.join(path.dirname(stateFile), `.${path.basename(stateFile)}.${process.pid}.tmp`)
  const rounded: WindowState = {
    ...state,
    bounds: {
      x: Math.round(state.bounds.x),
      y: Math.round(state.bounds.y),
      width: Math.round(state.bounds.width),
      height: Math.round(state.bounds.height),
    },
  }
  try {
    writeFileSync(temp, `${JSON.stringify(rounded, null, 2)}\n`, 'utf8')
    renameSync(temp, stateFile)
  } catch (error) {
    console.warn(`[window-state] could not save ${stateFile}:`, error)
    try {
      rmSync(temp, { force: true })
    } catch {
      // Nothing more to do: a stray temp file is harmless and overwritten next time.
    }
  }
}

/** The file's text, or null when it is missing or unreadable. */
function readTextOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}
