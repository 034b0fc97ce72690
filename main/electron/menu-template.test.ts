import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuTemplateOptions } from './menu-template'

function options(overrides: Partial<MenuTemplateOptions>): MenuTemplateOptions {
  return { appName: 'FOC Reader', platform: 'linux', isPackaged: true, showAbout: vi.fn(), showDataFolder: vi.fn(), sendCommand: vi.fn(), addDocument: vi.fn(), ...overrides }
}

/** Every item in the template, depth first. */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])])
}

function roles(template: MenuItemConstructorOptions[]): string[] {
  return allItems(template).flatMap((item) => (item.role ? [item.role] : []))
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = buildMenuTemplate(options({ platform: 'win32' }))
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']))
    expect(roles(template)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']))
  })

  it('leaves out reload and DevTools in a released build', () => {
    const packaged = roles(buildMenuTemplate(options({ isPackaged: true })))
    expect(packaged).not.toContain('reload')
    expect(packaged).not.toContain('forceReload')
    expect(packaged).not.toContain('toggleDevTools')
    const development = roles(buildMenuTemplate(options({ isPackaged: false })))
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('puts an app menu first on macOS, with About and Quit', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }))
    expect(template[0]?.label).toBe('FOC Reader')
    const appMenu = template[0]?.submenu
    expect(Array.isArray(appMenu) ? appMenu.map((item) => item.role ?? item.label) : []).toEqual(
      expect.arrayContaining(['About FOC Reader', 'services', 'hide', 'quit']),
    )
  })

  it('runs the About action from the menu', () => {
    const showAbout = vi.fn()
    const template = buildMenuTemplate(options({ showAbout }))
    const about = allItems(template).find((item) => item.label === 'About FOC Reader')
    expect(about?.click).toBeDefined()
    about?.click?.({} as never, undefined, {} as never)
    expect(showAbout).toHaveBeenCalledOnce()
  })

  it('offers Export Notes… (Ctrl/Cmd+E) and Import Notes… in File, handing them to the page, on every platform', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const sendCommand = vi.fn()
      const template = buildMenuTemplate(options({ platform, sendCommand }))
      const file = template.find((item) => item.label === '&File')
      const labels = Array.isArray(file?.submenu) ? file.submenu.map((item) => item.label ?? item.role ?? item.type) : []
      expect(labels.slice(0, 4), platform).toEqual(['Add Document…', 'separator', 'Export Notes…', 'Import Notes…'])
      const items = allItems(template)
      const exportItem = items.find((item) => item.label === 'Export Notes…')
      expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
      exportItem?.click?.({} as never, undefined, {} as never)
      items.find((item) => item.label === 'Import Notes…')?.click?.({} as never, undefined, {} as never)
      expect(sendCommand.mock.calls).toEqual([['export-notes'], ['import-notes']])
    }
  })

  it('offers Add Document… (Ctrl/Cmd+O) first in File, which asks for a file in the main process', () => {
    const addDocument = vi.fn()
    const sendCommand = vi.fn()
    const template = buildMenuTemplate(options({ addDocument, sendCommand }))
    const item = allItems(template).find((each) => each.label === 'Add Document…')
    expect(item?.accelerator).toBe('CmdOrCtrl+O')
    item?.click?.({} as never, undefined, {} as never)
    expect(addDocument).toHaveBeenCalledOnce()
    expect(sendCommand).not.toHaveBeenCalled()
  })
})
