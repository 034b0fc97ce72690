/**
 * Is a process still the one that took a lock? A pid alone is not enough:
 * after a crash the system may give the same pid to another process. So
 * the lock also records a start mark, something that differs between two
 * processes that had the same pid:
 * - Linux: the boot id and field 22 of /proc/<pid>/stat (start time in
 *   clock ticks since boot), exact and cheap;
 * - macOS and the BSDs: `ps -o lstart=` (start time to the second);
 * - Windows: none; liveness is by pid alone (`process.kill(pid, 0)`).
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { errorCode } from './durable-files'

/** Whether a process with this pid exists (a zombie counts as gone on Linux). */
export async function processExists(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return errorCode(error) === 'EPERM'
  }
  if (process.platform !== 'linux') return true
  const stat = await readProcStat(pid)
  return stat === null || (stat.state !== 'Z' && stat.state !== 'X')
}

/** A string that identifies the process `pid` among all that ever had that pid; null when the platform gives none or it is gone. */
export async function processStartMark(pid: number): Promise<string | null> {
  if (process.platform === 'linux') {
    const stat = await readProcStat(pid)
    if (stat === null) return null
    const bootId = await readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
      (text) => text.trim(),
      () => 'unknown-boot',
    )
    return `linux:${bootId}:${stat.startTicks}`
  }
  if (process.platform === 'win32') return null
  return psStartTime(pid)
}

/**
 * Whether the process that recorded (`pid`, `startMark`) on this host still
 * runs. When its start mark cannot be read now it counts as running: a lock
 * is never taken from a process that might be alive.
 */
export async function isSameProcessAlive(pid: number, startMark: string | null): Promise<boolean> {
  if (!(await processExists(pid))) return false
  if (startMark === null) return true
  const current = await processStartMark(pid)
  return current === null || current === startMark
}

interface ProcStat {
  readonly state: string
  readonly startTicks: string
}

/** Parses /proc/<pid>/stat; null when the process is gone. */
export function parseProcStat(text: string): ProcStat | null {
  // The command name (field 2) is in parentheses and may itself hold spaces and ")".
  const close = text.lastIndexOf(')')
  if (close < 0) return null
  const fields = text.slice(close + 2).split(' ')
  // fields[0] is field 3 (state), so field 22 (starttime) is fields[19].
  const state = fields[0]
  const startTicks = fields[19]
  if (!state || !startTicks || !/^\d+$/.test(startTicks)) return null
  return { state, startTicks }
}

async function readProcStat(pid: number): Promise<ProcStat | null> {
  try {
    return parseProcStat(await readFile(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return null
  }
}

function psStartTime(pid: number): Promise<string | null> {
  return new Promise((resolve) => {
    // Fixed zone and locale: two processes with different TZ or LANG must print the same start time.
    const env = { ...process.env, TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }
    execFile('ps', ['-o', 'lstart=', '-p', String(pid)], { timeout: 5_000, env }, (error, stdout) => {
      const text = stdout.trim()
      resolve(error || text === '' ? null : `ps:${text}`)
    })
  })
}
