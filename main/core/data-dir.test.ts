import { describe, expect, it } from 'vitest'
import { defaultDataDir, PRODUCT_NAME } from './data-dir'

describe('defaultDataDir', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, 'C:\\Users\\Ana')).toBe(
      'C:\\Users\\Ana\\AppData\\Roaming\\FOC Reader',
    )
  })

  it('falls back to the roaming folder under the home folder on Windows', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Roaming\\FOC Reader')
  })

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ana')).toBe('/Users/ana/Library/Application Support/FOC Reader')
  })

  it('uses $XDG_CONFIG_HOME on Linux when it is absolute', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/srv/config' }, '/home/ana')).toBe('/srv/config/FOC Reader')
  })

  it('uses ~/.config on Linux without (or with an unusable) $XDG_CONFIG_HOME', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/FOC Reader')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/ana')).toBe('/home/ana/.config/FOC Reader')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'relative/config' }, '/home/ana')).toBe('/home/ana/.config/FOC Reader')
  })

  it('treats other Unix-like platforms as Linux', () => {
    expect(defaultDataDir('freebsd', {}, '/home/ana')).toBe('/home/ana/.config/FOC Reader')
  })

  it('always ends in the product name, with the defaults too', () => {
    expect(PRODUCT_NAME).toBe('FOC Reader')
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(defaultDataDir(platform, { APPDATA: 'C:\\AppData', XDG_CONFIG_HOME: '/xdg' }, '/home/ana').endsWith('FOC Reader')).toBe(true)
    }
    expect(defaultDataDir().endsWith('FOC Reader')).toBe(true)
  })
})
