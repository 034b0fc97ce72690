import { describe, expect, it } from 'vitest'
import { closesAnyway, UNSAVED_CLOSE_DIALOG } from './unsaved-close'

describe('closing with unsaved changes', () => {
  it('keeps the window open unless the user picks "Quit without saving"', () => {
    const buttons = UNSAVED_CLOSE_DIALOG.buttons ?? []
    expect(buttons[UNSAVED_CLOSE_DIALOG.defaultId ?? -1]).toBe('Keep FOC Reader open')
    expect(closesAnyway(UNSAVED_CLOSE_DIALOG.defaultId ?? -1)).toBe(false)
    expect(closesAnyway(UNSAVED_CLOSE_DIALOG.cancelId ?? -1)).toBe(false)
    expect(closesAnyway(buttons.indexOf('Quit without saving'))).toBe(true)
  })
})
