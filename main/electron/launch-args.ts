/**
 * The Electron app's own command-line option, `--data-dir DIR` (or
 * `--data-dir=DIR`), which `npm start` and the e2e tests pass so notes go to
 * a chosen folder. Pure, so it is tested without Electron.
 */
import path from 'node:path'

/** The option's name on the command line. */
export const DATA_DIR_FLAG = '--data-dir'

/** The parsed option: an absolute folder, none given, or a usage error to show. */
export type DataDirArg = { readonly kind: 'given'; readonly dataDir: string } | { readonly kind: 'absent' } | { readonly kind: 'invalid'; readonly message: string }

/**
 * Finds `--data-dir` anywhere in `argv` (Electron and Chromium put their own
 * entries and switches around ours) and resolves it against `cwd`. The last
 * occurrence wins, as with most command-line tools.
 */
export function parseDataDirArg(argv: readonly string[], cwd: string = process.cwd()): DataDirArg {
  let value: string | undefined
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    if (arg === DATA_DIR_FLAG) {
      const next = argv[index + 1]
      if (next === undefined || next.startsWith('--')) {
        return { kind: 'invalid', message: `${DATA_DIR_FLAG} needs a folder, as in ${DATA_DIR_FLAG} /path/to/folder.` }
      }
      value = next
      index += 1
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      value = arg.slice(DATA_DIR_FLAG.length + 1)
    }
  }
  if (value === undefined) return { kind: 'absent' }
  if (value.trim() === '' || value.includes('\0')) {
    return { kind: 'invalid', message: `${DATA_DIR_FLAG} needs a folder, as in ${DATA_DIR_FLAG} /path/to/folder.` }
  }
  return { kind: 'given', dataDir: path.resolve(cwd, value) }
}
