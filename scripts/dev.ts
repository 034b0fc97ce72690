/**
 * `npm run dev`: the renderer from Vite's dev server, with hot reload,
 * against the browser-mode core. The core runs as `npm start -- --browser`
 * runs it (scripts/dev/core-process.ts); Vite proxies the API to it
 * (core-proxy.ts) and guards the page (dev-server-guard.ts). Notes go to
 * .dev-data/ unless --data-dir says otherwise, so unfinished UI code never
 * touches your own notes. Changes under main/ need a restart.
 */
import { randomBytes } from 'node:crypto'
import { realpathSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createServer, type ViteDevServer } from 'vite'
import { coreProxy } from './dev/core-proxy'
import { startCoreProcess } from './dev/core-process'
import { devServerGuard } from './dev/dev-server-guard'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const USAGE = `Usage: npm run dev -- [--port N] [--data-dir DIR]
  --port N        port for the dev server (default 5173; the next free one if taken)
  --data-dir DIR  folder for notes (default: .dev-data in the repository)`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '5173' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  })
  if (values.help) return console.log(USAGE)
  const port = Number(values.port)
  if (!/^\d{1,5}$/.test(values.port) || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"\n${USAGE}`)

  const core = await startCoreProcess(root, path.resolve(values['data-dir'] ?? path.join(root, '.dev-data')))
  const nonce = randomBytes(18).toString('base64url')
  let vite: ViteDevServer
  try {
    vite = await createServer({
      configFile: path.join(root, 'vite.config.ts'),
      root: path.join(root, 'renderer'),
      clearScreen: false,
      html: { cspNonce: nonce },
      server: {
        host: '127.0.0.1',
        port,
        proxy: coreProxy(core.origin),
        // The repository, plus node_modules where it is a link to elsewhere (a worktree sharing one), for the fonts.
        fs: { allow: [root, realpathSync(path.join(root, 'node_modules'))] },
      },
      plugins: [devServerGuard(nonce)],
    })
    await vite.listen()
  } catch (error) {
    // The core runs in its own process group: it would outlive us.
    await core.stop()
    throw error
  }
  const address = vite.httpServer?.address() as AddressInfo
  console.log(`UI dev server ready at http://127.0.0.1:${address.port}/#token=${core.token}`)
  console.log('Edit renderer/ or shared/ and the page updates; restart after changing main/. Press Ctrl+C to stop.')

  let stopping = false
  const stop = async (code: number): Promise<void> => {
    if (stopping) return
    stopping = true
    // Signal the core first: Vite's own SIGTERM handler may end this process before vite.close() returns.
    const coreExited = core.stop()
    await vite.close()
    await coreExited
    process.exit(code)
  }
  process.once('SIGINT', () => void stop(0))
  process.once('SIGTERM', () => void stop(0))
  void core.exited.then((code) => {
    if (stopping) return
    console.error(`The core stopped (exit code ${code ?? 'none'}); stopping the dev server.`)
    void stop(1)
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})
