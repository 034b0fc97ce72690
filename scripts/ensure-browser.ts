/**
 * Runs before `playwright test` (see `npm run test:e2e`): makes sure there is
 * a Chromium to drive. Uses one already present; otherwise, when running as
 * root on Debian/Ubuntu, installs the distribution's `chromium`; otherwise
 * tries Playwright's own download (which needs network). If all fail it says
 * exactly how to provide one and exits 1.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { locateChromium } from '../e2e/browser-path'

/** Longest a package install or download may take before giving up. */
const INSTALL_TIMEOUT_MS = 15 * 60_000

function main(): number {
  const override = process.env['CHROMIUM_PATH']?.trim()
  if (override && !existsSync(override)) {
    console.error(`ensure-browser: CHROMIUM_PATH is set to "${override}", which does not exist.`)
    console.error(howToGetOne())
    return 1
  }
  if (report('found')) return 0

  if (canUseApt()) {
    console.log('ensure-browser: no Chromium found; installing Debian/Ubuntu package "chromium" with apt-get...')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    const update = run('apt-get', ['update'], env)
    if (update) run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env)
    if (report('installed with apt-get')) return 0
    console.log('ensure-browser: apt-get did not provide a Chromium.')
  }

  console.log('ensure-browser: trying Playwright\'s own Chromium ("npx playwright install chromium"; needs network)...')
  run('npx', ['playwright', 'install', 'chromium'], process.env)
  if (report('installed by Playwright')) return 0

  console.error('ensure-browser: no Chromium is available for the e2e tests.')
  console.error(howToGetOne())
  return 1
}

/** Prints the browser found, if any; true when there is one. */
function report(how: string): boolean {
  const found = locateChromium()
  if (!found) return false
  const origin = { CHROMIUM_PATH: 'from CHROMIUM_PATH', playwright: "Playwright's own browser", system: 'system package' }[found.source]
  console.log(`ensure-browser: Chromium ${how}: ${found.path} (${origin})`)
  return true
}

/** Root on a system with apt-get (Debian, Ubuntu and derivatives). */
function canUseApt(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  if (!existsSync('/usr/bin/apt-get')) return false
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8')
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease)
  } catch {
    return existsSync('/etc/debian_version')
  }
}

/** Runs a command with its output streamed; true when it exits 0. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  console.log(`$ ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, [...args], { stdio: 'inherit', env, timeout: INSTALL_TIMEOUT_MS })
  if (result.error) {
    console.log(`ensure-browser: ${command} failed: ${result.error.message}`)
    return false
  }
  if (result.status !== 0) console.log(`ensure-browser: ${command} exited with ${result.signal ?? `code ${String(result.status)}`}`)
  return result.status === 0
}

function howToGetOne(): string {
  return [
    'Provide a Chromium in one of these ways, then run `npm run test:e2e` again:',
    '  - point at an existing one:   CHROMIUM_PATH=/path/to/chromium npm run test:e2e',
    '  - Debian/Ubuntu (as root):    apt-get update && apt-get install -y chromium',
    "  - Playwright's own (network): npx playwright install chromium",
  ].join('\n')
}

process.exitCode = main()
