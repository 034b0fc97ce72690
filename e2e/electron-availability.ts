/**
 * Whether an Electron binary is installed, checked without triggering the
 * download that requiring the `electron` package would start (and that
 * cannot succeed offline). The `electron` e2e project skips itself, with
 * the reason, when there is none.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The binary's path, or why there is none. */
export type ElectronBinaryStatus = { available: true; path: string } | { available: false; reason: string }

/** Looks for the binary the way the `electron` package does, minus the download. */
export function electronBinaryStatus(env: NodeJS.ProcessEnv = process.env): ElectronBinaryStatus {
  let packageDir: string
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return { available: false, reason: 'the electron package is not installed (run npm ci)' }
  }
  const pathFile = path.join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const overrideDir = env['ELECTRON_OVERRIDE_DIST_PATH']?.trim()
  if (overrideDir) {
    const binary = path.join(overrideDir, relative || 'electron')
    return existsSync(binary)
      ? { available: true, path: binary }
      : { available: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${binary} does not exist` }
  }
  if (!relative) {
    return { available: false, reason: `its binary was never downloaded (${pathFile} is missing; npm could not fetch it, e.g. offline)` }
  }
  const binary = path.join(packageDir, 'dist', relative)
  return existsSync(binary) ? { available: true, path: binary } : { available: false, reason: `${binary} does not exist` }
}
