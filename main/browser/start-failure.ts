/**
 * What `npm start` prints when it cannot start: one or two lines that say
 * what is wrong and what to do, never a stack trace. The stack goes to a log
 * file in the OS temp folder, which the last line names.
 */
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DataDirError } from '../core/data-dir-check'
import { LibraryLoadError } from '../core/library'

/** Writes the error's details to a log file and returns the text to print. */
export function describeStartFailure(error: unknown, logDir: string = os.tmpdir(), now: Date = new Date()): string {
  if (error instanceof LibraryLoadError) return error.message
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') return `That port is already in use: ${error.message}`
  const lines = error instanceof DataDirError ? [error.problem, error.remedy] : [`FOC Reader could not start: ${error instanceof Error ? error.message : String(error)}`]
  const log = writeLog(error, logDir, now)
  if (log !== null) lines[lines.length - 1] += ` (Details: ${log})`
  return lines.join('\n')
}

/** The log's path, or null when it could not be written (the message stands alone then). */
function writeLog(error: unknown, logDir: string, now: Date): string | null {
  const file = path.join(logDir, `foc-reader-start-error-${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`)
  const details = error instanceof Error ? describeWithCauses(error) : String(error)
  try {
    writeFileSync(file, `FOC Reader could not start, ${now.toISOString()}\nargv: ${JSON.stringify(process.argv.slice(2))}\n\n${details}\n`)
    return file
  } catch {
    return null
  }
}

function describeWithCauses(error: Error): string {
  const parts = [error.stack ?? error.message]
  let cause = error.cause
  while (cause instanceof Error) {
    parts.push(`Caused by: ${cause.stack ?? cause.message}`)
    cause = cause.cause
  }
  return parts.join('\n')
}
