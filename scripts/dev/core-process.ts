/**
 * The browser-mode core for `npm run dev`, started exactly as
 * `npm start -- --browser` starts it (same entry, same checks), in its own
 * process so the dev server never shares its code path or relaxes it.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/** Where the core listens and the token its API wants. */
export interface CoreAddress {
  /** The core's own origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string
  readonly token: string
}

/** A running core. */
export interface CoreProcess extends CoreAddress {
  /** Resolves with the exit code once the process has exited, for whatever reason. */
  readonly exited: Promise<number | null>
  /** Asks the core to save and stop (SIGTERM, as Ctrl+C would), and waits for it. */
  stop(): Promise<number | null>
}

/** Reads the "Reader ready at http://127.0.0.1:PORT/#token=…" line `npm start` prints; null for any other line. */
export function parseReadyLine(line: string): CoreAddress | null {
  const match = /^Reader ready at (http:\/\/127\.0\.0\.1:\d{1,5})\/#token=([A-Za-z0-9_-]+)$/.exec(line.trim())
  return match?.[1] && match[2] ? { origin: match[1], token: match[2] } : null
}

/** Starts main/browser/start.ts under tsx on a free loopback port, with `dataDir`, and waits until it serves. */
export function startCoreProcess(root: string, dataDir: string): Promise<CoreProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/browser/start.ts', '--browser', '--no-open', '--port', '0', '--data-dir', dataDir],
    // Its own process group: Ctrl+C reaches the dev script only, which stops the core once, after Vite.
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  )
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    let ready = false
    child.once('error', reject)
    void exited.then((code) => {
      if (!ready) reject(new Error(`The core exited (code ${code ?? 'none'}) before it was ready; see its message above.`))
    })
    createInterface({ input: child.stdout }).on('line', (line) => {
      const address = ready ? null : parseReadyLine(line)
      if (address === null) {
        console.log(`[core] ${line}`)
        return
      }
      // The ready line is not echoed: its URL serves the last build, not this dev server.
      ready = true
      resolve({
        ...address,
        exited,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
          return exited
        },
      })
    })
  })
}
