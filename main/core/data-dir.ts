/**
 * Where the user's data lives: the same folder Electron's
 * `app.getPath('userData')` uses for this app, so both modes share notes.
 */
import os from 'node:os'
import path from 'node:path'

/** The product name Electron derives the userData folder from. */
export const PRODUCT_NAME = 'FOC Reader'

/** The per-user data folder for this platform, as Electron would choose it. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME)
  const config = env['XDG_CONFIG_HOME'] && path.isAbsolute(env['XDG_CONFIG_HOME']) ? env['XDG_CONFIG_HOME'] : path.posix.join(home, '.config')
  return path.posix.join(config, PRODUCT_NAME)
}
