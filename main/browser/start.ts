/**
 * The `npm start` entry. Opens the Electron window where Electron can start;
 * otherwise says why in one line and serves the same reader in browser mode
 * on 127.0.0.1 (`--browser` forces that).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { dispatch } from '../core/api'
import { defaultDataDir } from '../core/data-dir'
import { createReaderCore } from '../core/reader-core'
import { prepaintInputFor } from '../hosting/prepaint'
import { parseStartArgs, USAGE, type StartOptions } from './cli-args'
import { findElectronBinary, launchElectron } from './electron-launcher'
import { describeStartFailure } from './start-failure'
import { startBrowserServer } from './server'

/** The repository (or unpacked app) root: this file is bundled to dist/main/. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

async function main(): Promise<void> {
  let parsed: StartOptions | 'help'
  try {
    parsed = parseStartArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (parsed === 'help') {
    console.log(USAGE)
    return
  }
  const options = parsed
  if (!options.browser) {
    const reason = await tryElectron(options)
    if (reason === null) return
    console.log(`Electron cannot start here (${reason}); serving the reader in browser mode instead.`)
  }
  await runBrowserMode(options)
}

/** Returns null once Electron runs, or the reason it could not start. */
async function tryElectron(options: StartOptions): Promise<string | null> {
  const binary = findElectronBinary()
  if (!binary.ok) return binary.reason
  const args = options.dataDir ? ['--data-dir', path.resolve(options.dataDir)] : []
  const outcome = await launchElectron(binary.path, path.join(root, 'dist', 'main', 'electron-main.cjs'), args)
  return outcome === 'started' ? null : outcome.failed
}

/** The bundled worker that parses added files, beside this file; none when run from source (npm run dev parses in-process). */
function parseWorkerPath(): string | undefined {
  const here = fileURLToPath(import.meta.url)
  return here.endsWith('.ts') ? undefined : path.join(path.dirname(here), 'parse-worker.cjs')
}

async function runBrowserMode(options: StartOptions): Promise<void> {
  // createReaderCore checks the folder (and creates it) before opening anything in it.
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir())
  const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version?: string }
  const workerPath = parseWorkerPath()
  const core = await createReaderCore({
    contentDir: path.join(root, 'build', 'content'),
    dataDir,
    mode: 'browser',
    version: packageJson.version ?? '0.0.0',
    lockDataDir: true,
    ...(workerPath ? { parseWorkerPath: workerPath } : {}),
  })
  const server = await startBrowserServer({
    rendererDir: path.join(root, 'dist', 'renderer'),
    token: randomBytes(24).toString('base64url'),
    port: options.port,
    dispatch: (method, payload) => dispatch(core, method, payload),
    briefing: (pathname) => core.briefings.get(pathname),
    prepaint: () => prepaintInputFor(core.library.documents, core.reading.get()),
  })
  console.log(`Reader ready at ${server.url}`)
  console.log(`Notes folder: ${dataDir}. Press Ctrl+C to stop.`)
  if (options.open && process.stdout.isTTY && !process.env['CI']) openInBrowser(server.url)
  const stop = (): void => {
    void server
      .close()
      .then(() => core.close())
      .catch((error: unknown) => console.error('Saving notes on exit failed:', error))
      .finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/** Opens `url` in the system browser; failure is harmless, the URL is printed. */
function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer.exe' : 'xdg-open'
  const child = spawn(command, [url], { stdio: 'ignore', detached: true })
  child.on('error', () => undefined)
  child.unref()
}

main().catch((error: unknown) => {
  console.error(describeStartFailure(error))
  process.exitCode = 1
})
