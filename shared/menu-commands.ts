/**
 * Commands the native menu (Electron only) sends to the page: the page owns
 * the dialogs, so the menu asks it to open them. Pure: the preload, the
 * main process and the renderer share these names.
 */

/** What a menu item can ask the page to do. */
export const MENU_COMMANDS = ['export-notes', 'import-notes'] as const

/** One of {@link MENU_COMMANDS}. */
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The IPC channel menu commands travel on, main process to page. */
export const MENU_COMMAND_CHANNEL = 'foc-reader:menu-command'

/** True if `value` is a menu command (anything else arriving on the channel is ignored). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}
