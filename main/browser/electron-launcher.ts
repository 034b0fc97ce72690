/**
 * Finds and starts the Electron binary for `npm start`. Electron downloads
 * its binary on first use; where that cannot happen (no network, a locked
 * laptop) this reports why, so the caller can fall back to browser mode.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

/** How long a first-use download of the binary may take before giving up. */
const RESOLVE_TIMEOUT_MS = 120_000

/** How long Electron must stay up to count as started. */
const STARTUP_GRACE_MS = 4_000

/** The binary's path, or the reason there is none. */
export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string }

/**
 * Resolves the Electron binary in a child process, because requiring the
 * `electron` package triggers (and may hang on) its download.
 */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string
  try {
    packageDir = createRequire(import.meta.url).resolve('electron/package.json').replace(/package\.json$/, '')
  } catch {
    return { ok: false, reason: 'the electron package is not installed' }
  }
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require(process.argv[1]))', packageDir], {
    encoding: 'utf8',
    timeout: RESOLVE_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (probe.error) return { ok: false, reason: `resolving the binary failed (${probe.error.message})` }
  if (probe.status !== 0 || !probe.stdout) {
    return { ok: false, reason: 'its binary is not installed and could not be downloaded' }
  }
  return { ok: true, path: probe.stdout.trim() }
}

/**
 * Starts Electron with `mainScript`. Resolves 'started' once it has stayed up
 * for a moment (its exit then ends this process too), or the reason it failed.
 */
export function launchElectron(binary: string, mainScript: string, args: readonly string[]): Promise<'started' | { failed: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, [mainScript, ...args], { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    let settled = false
    child.stderr.on('data', (chunk: Buffer) => {
      if (!settled) stderr += chunk.toString('utf8')
      process.stderr.write(chunk)
    })
    const timer = setTimeout(() => {
      settled = true
      resolve('started')
    }, STARTUP_GRACE_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      if (!settled) resolve({ failed: error.message })
      settled = true
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (!settled) {
        settled = true
        const detail = stderr.trim().split('\n').pop() ?? ''
        resolve({ failed: `it exited at once (${signal ?? `code ${code}`})${detail ? `: ${detail.slice(0, 160)}` : ''}` })
        return
      }
      process.exit(code ?? 1)
    })
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  })
}
