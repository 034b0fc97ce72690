import { describe, expect, it } from 'vitest'
import { chooseInitialPlacement, parseWindowState, type Rect, type WindowState } from './window-bounds'

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 }
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1440 }

function saved(bounds: Rect, maximized = false): WindowState {
  return { version: 1, bounds, maximized }
}

describe('parseWindowState', () => {
  it('reads a valid file', () => {
    const state = saved({ x: 10, y: 40, width: 1000, height: 700 }, true)
    expect(parseWindowState(JSON.stringify(state))).toEqual(state)
  })

  it('ignores a missing, damaged or foreign file', () => {
    expect(parseWindowState(null)).toBeNull()
    expect(parseWindowState('')).toBeNull()
    expect(parseWindowState('{"version":1,"bounds":')).toBeNull()
    expect(parseWindowState('null')).toBeNull()
    expect(parseWindowState('[]')).toBeNull()
    expect(parseWindowState(JSON.stringify({ version: 2, bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false }))).toBeNull()
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: -5, height: 600 }, maximized: false }))).toBeNull()
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 0.5, y: 0, width: 800, height: 600 }, maximized: false }))).toBeNull()
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 'a', y: 0, width: 800, height: 600 }, maximized: false }))).toBeNull()
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: 1e9, height: 600 }, maximized: false }))).toBeNull()
  })
})

describe('chooseInitialPlacement', () => {
  it('centers the default size on the primary display on first launch', () => {
    expect(chooseInitialPlacement(null, [laptop], laptop)).toEqual({
      bounds: { x: 80, y: 33, width: 1280, height: 860 },
      maximized: false,
    })
  })

  it('shrinks the default size to a small display', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 }
    expect(chooseInitialPlacement(null, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 })
  })

  it('restores bounds that are on a display, including a secondary one', () => {
    const onLaptop = saved({ x: 100, y: 60, width: 1100, height: 760 })
    expect(chooseInitialPlacement(onLaptop, [laptop, external], laptop)).toEqual({ bounds: onLaptop.bounds, maximized: false })
    const onExternal = saved({ x: 1600, y: 100, width: 1800, height: 1200 }, true)
    expect(chooseInitialPlacement(onExternal, [laptop, external], laptop)).toEqual({ bounds: onExternal.bounds, maximized: true })
  })

  it('keeps a window that straddles two displays', () => {
    const straddling = saved({ x: 1000, y: 100, width: 1200, height: 700 })
    expect(chooseInitialPlacement(straddling, [laptop, external], laptop).bounds).toEqual(straddling.bounds)
  })

  it('centers the default when the saved display is gone', () => {
    const onExternal = saved({ x: 1600, y: 100, width: 1800, height: 1200 })
    expect(chooseInitialPlacement(onExternal, [laptop], laptop)).toEqual({
      bounds: { x: 80, y: 33, width: 1280, height: 860 },
      maximized: false,
    })
  })

  it('refuses a window whose title bar is off screen', () => {
    const titleAbove = saved({ x: 100, y: -500, width: 1000, height: 700 })
    expect(chooseInitialPlacement(titleAbove, [laptop], laptop).bounds).toEqual({ x: 80, y: 33, width: 1280, height: 860 })
    const barelyVisible = saved({ x: 1400, y: 100, width: 1000, height: 700 })
    expect(chooseInitialPlacement(barelyVisible, [laptop], laptop).bounds).toEqual({ x: 80, y: 33, width: 1280, height: 860 })
  })

  it('shrinks a saved window larger than its display', () => {
    const huge = saved({ x: 0, y: 25, width: 2400, height: 1400 })
    expect(chooseInitialPlacement(huge, [laptop], laptop).bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 })
  })
})
