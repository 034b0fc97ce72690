/**
 * Native menu commands (Electron's File > Export Notes… and Import
 * Notes…): the main process asks the page, which owns the dialogs. In
 * browser mode there is no menu and this does nothing.
 */
import { useEffect } from 'react'
import type { MenuCommand } from '../../shared/menu-commands'

/** Calls `run` for each menu command while the component is mounted; `run` should be stable. */
export function useMenuCommands(run: (command: MenuCommand) => void): void {
  useEffect(() => window.readerApi?.onMenuCommand?.(run), [run])
}
