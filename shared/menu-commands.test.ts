import { describe, expect, it } from 'vitest'
import { isMenuCommand, MENU_COMMANDS } from './menu-commands'

describe('isMenuCommand', () => {
  it('accepts the commands and nothing else', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true)
    for (const value of ['', 'export', 'EXPORT-NOTES', 'export-notes ', null, 1, {}, ['export-notes']]) expect(isMenuCommand(value)).toBe(false)
  })
})
