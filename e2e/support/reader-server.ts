/**
 * Starts the real browser-mode host (`node dist/main/start.mjs --browser`)
 * in a child process, on a free port and a private data folder, and stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { repoRoot, startScript } from './paths'

/** A running browser-mode host. */
export interface ReaderServer {
  /** The URL the host printed, token in the fragment. */
  readonly url: string
  /** http://127.0.0.1:PORT */
  readonly origin: string
  readonly port: number
  /** The per-run API token. */
  readonly token: string
  /** Everything the host wrote to stdout and stderr so far. */
  output(): string
  stop(): Promise<void>
}

/** How long the host may take to print its "ready" line. */
const READY_TIMEOUT_MS = 20_000
/** How long it may take to exit after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 5_000

const READY_LINE = /Reader ready at (http:\/\/\S+)/

/** Spawns the host and resolves once it prints "Reader ready at URL". */
export async function startReaderServer(dataDir: string): Promise<ReaderServer> {
  if (!existsSync(startScript)) {
    throw new Error(`${startScript} does not exist: run \`npm run build\` before the e2e tests.`)
  }
  const child = spawn(process.execPath, [startScript, '--browser', '--port', '0', '--data-dir', dataDir, '--no-open'], {
    cwd: repoRoot,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk
  })

  const url = await new Promise<string>((resolve, reject) => {
    let settled = false
    const fail = (why: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`The reader's browser-mode host ${why}.\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`))
    }
    const timer = setTimeout(() => fail(`did not print "Reader ready at …" within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS)
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      const match = READY_LINE.exec(stdout)
      if (match?.[1] && !settled) {
        settled = true
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('error', (error) => fail(`could not be started (${error.message})`))
    child.once('exit', (code, signal) => fail(`exited before it was ready (${signal ?? `code ${String(code)}`})`))
  })

  const parsed = new URL(url)
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token')
  if (!token) {
    await stopChild(child)
    throw new Error(`The host's URL carries no #token=…: ${url}`)
  }
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token,
    output: () => `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
    stop: () => stopChild(child),
  }
}

/** SIGTERM, then SIGKILL if it lingers; resolves once the process is gone. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}
