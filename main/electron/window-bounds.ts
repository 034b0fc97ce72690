/**
 * The remembered window geometry and the rules for restoring it, with no
 * Electron import so they can be tested under Node. window-state.ts reads the
 * displays and the file; this decides what to do with them.
 */
import { z } from 'zod'

/** A rectangle in screen coordinates (DIPs), as Electron reports them. */
export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The window size used on first launch or when the saved one is unusable. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const

/** The smallest window the reader's layout is designed for. */
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const

/** Limits generous enough for any real display wall; beyond them the file is damaged. */
const coordinate = z.number().int().min(-100_000).max(100_000)
const extent = z.number().int().min(1).max(100_000)

/** The saved state file's shape; anything else is ignored. */
export const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: coordinate, y: coordinate, width: extent, height: extent }),
  maximized: z.boolean(),
})

/** What window-state.json holds: the normal (unmaximized) bounds and whether it was maximized. */
export type WindowState = z.infer<typeof windowStateSchema>

/** Parses the JSON of a state file; null when it is missing, damaged or from another version. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = windowStateSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

/** Where and how the window opens. */
export interface InitialPlacement {
  readonly bounds: Rect
  readonly maximized: boolean
}

/** The strip at the top of the window a user grabs to move it. */
const GRAB_STRIP_HEIGHT = 32

/** How much of that strip must be on a display for the window to count as reachable. */
const MIN_VISIBLE_GRAB = { width: 120, height: 16 } as const

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

/**
 * Chooses the opening placement. Saved bounds are kept only if the window's
 * title-bar strip lands on some display's work area (a display may have been
 * unplugged since), shrunk to fit that display if it has become smaller.
 * Otherwise the default size, clamped to the primary work area, is centered.
 */
export function chooseInitialPlacement(saved: WindowState | null, workAreas: readonly Rect[], primaryWorkArea: Rect): InitialPlacement {
  if (saved !== null) {
    const { bounds } = saved
    const strip: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(GRAB_STRIP_HEIGHT, bounds.height) }
    const home = workAreas.find((area) => {
      const visible = overlap(strip, area)
      return visible.width >= Math.min(MIN_VISIBLE_GRAB.width, bounds.width) && visible.height >= Math.min(MIN_VISIBLE_GRAB.height, strip.height)
    })
    if (home !== undefined) {
      return {
        bounds: {
          x: bounds.x,
          y: bounds.y,
          width: clamp(bounds.width, MIN_WINDOW_SIZE.width, home.width),
          height: clamp(bounds.height, MIN_WINDOW_SIZE.height, home.height),
        },
        maximized: saved.maximized,
      }
    }
  }
  const width = clamp(DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width, primaryWorkArea.width)
  const height = clamp(DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height, primaryWorkArea.height)
  return {
    bounds: {
      x: Math.round(primaryWorkArea.x + (primaryWorkArea.width - width) / 2),
      y: Math.round(primaryWorkArea.y + (primaryWorkArea.height - height) / 2),
      width,
      height,
    },
    // A window that was maximized on a vanished display opens maximized here too.
    maximized: saved?.maximized ?? false,
  }
}

/** Clamps to [min, max], letting max win when a display is smaller than min. */
function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), max))
}
