/**
 * Command-line options of `npm start`, parsed strictly so that a typo is an
 * error with a message rather than a silently ignored flag.
 */
import { parseArgs } from 'node:util'

/** Options `npm start -- …` accepts. */
export interface StartOptions {
  readonly browser: boolean
  readonly port: number
  readonly dataDir: string | undefined
  readonly open: boolean
}

/** Usage text printed with --help and after a bad option. */
export const USAGE = `Usage: npm start -- [--browser] [--port N] [--data-dir DIR] [--no-open]
  --browser       serve the reader on 127.0.0.1 instead of opening the Electron window
  --port N        port for browser mode (0 or absent: any free port)
  --data-dir DIR  folder for notes and settings (default: the app's user-data folder)
  --no-open       in browser mode, do not open the system browser`

/** Parses `argv` (without node and script); throws an Error naming the bad option. */
export function parseStartArgs(argv: readonly string[]): StartOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      browser: { type: 'boolean', default: false },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) return 'help'
  let port = 0
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
      throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`)
    }
    port = Number(values.port)
  }
  const dataDir = values['data-dir']
  if (dataDir !== undefined && dataDir.trim() === '') throw new Error('--data-dir needs a folder')
  return { browser: values.browser, port, dataDir, open: !values['no-open'] }
}
