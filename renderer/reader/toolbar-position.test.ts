import { describe, expect, it } from 'vitest'
import { toolbarPosition } from './toolbar-position'

const viewport = { width: 1200, height: 800 }
const size = { width: 500, height: 40 }

describe('toolbarPosition', () => {
  it('puts the toolbar above the selection, clear of its words', () => {
    const point = toolbarPosition({ top: 300, bottom: 320, left: 400, right: 600 }, size, viewport)
    expect(point.top + size.height).toBeLessThanOrEqual(300)
    expect(point.left).toBe(250)
  })

  it('puts it below when the selection is at the top of the window', () => {
    const point = toolbarPosition({ top: 20, bottom: 60, left: 400, right: 600 }, size, viewport)
    expect(point.top).toBeGreaterThanOrEqual(60)
  })

  it('keeps it inside the window at the edges', () => {
    expect(toolbarPosition({ top: 300, bottom: 320, left: 0, right: 40 }, size, viewport).left).toBe(8)
    expect(toolbarPosition({ top: 300, bottom: 320, left: 1150, right: 1190 }, size, viewport).left).toBe(1200 - 8 - 500)
  })
})
