/**
 * `npm run audit:electron`: Electronegativity over the Electron main process
 * (main/, all checks) and the renderer (renderer/, the per-file checks: the
 * global ones judge the app as a whole, and the main-process scan already
 * has everything they look at). Fails on any finding of MEDIUM severity or
 * above at FIRM confidence or above; prints one line per finding and a
 * summary. Never touches the network: the scanner's HTTP client is replaced
 * by one that fails at once (it would fetch translations, and the list of
 * Electron releases for AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which is
 * skipped: the Electron version is pinned in package.json and moved on
 * purpose).
 *
 * The global CSP check is replaced by a direct one: both hosts send policies
 * built from named constants (main/hosting/content-security-policy.ts),
 * which the scanner's pattern match cannot read, so it would report "no
 * CSP". Each policy is instead given to the scanner's own CSP evaluator,
 * and any HIGH or MEDIUM finding fails the audit.
 */
import { createRequire, Module } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { BRIEFING_CSP, RENDERER_CSP } from '../../main/hosting/content-security-policy'
import { auditVerdict, scanResultSchema, type ScanResult } from './electron-findings'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The runner's options (src/runner.js), as used here. */
interface RunOptions {
  readonly input: string
  readonly customScan: readonly string[]
  readonly excludeFromScan: readonly string[]
  readonly electronVersionOverride: string
  readonly parserPlugins: readonly string[]
}

type Runner = (options: RunOptions, forCli: boolean) => Promise<unknown>

/** Global checks, by their class names (the form the runner's exclusion list takes). */
const GLOBAL_CHECKS = ['affinityglobalcheck', 'availablesecurityfixesglobalcheck', 'cspglobalcheck', 'limitnavigationglobalcheck', 'permissionrequesthandlerglobalcheck', 'httpresourcesandnodeintegrationglobalcheck']

async function main(): Promise<void> {
  const started = performance.now()
  const electronVersion = z.object({ devDependencies: z.object({ electron: z.string() }) }).parse(require(path.join(root, 'package.json'))).devDependencies.electron
  stubHttpClient()
  const run = require('@doyensec/electronegativity/dist/runner.js') as Runner
  const scans: Array<[string, readonly string[]]> = [
    ['main', ['availablesecurityfixesglobalcheck', 'cspglobalcheck']],
    ['renderer', GLOBAL_CHECKS],
  ]
  const results: ScanResult[] = []
  // The runner logs a line when it cannot fetch translations (always, offline): keep the output to the verdict.
  const log = console.log
  console.log = () => undefined
  try {
    for (const [folder, excluded] of scans) {
      const raw = await run({ input: path.join(root, folder), customScan: [], excludeFromScan: excluded, electronVersionOverride: electronVersion, parserPlugins: [] }, false)
      results.push(scanResultSchema.parse(raw))
    }
  } finally {
    console.log = log
  }
  const verdict = auditVerdict(results, root)
  for (const line of verdict.lines) console.log(line)
  const policyProblems = evaluatePolicies({ renderer: RENDERER_CSP, briefing: BRIEFING_CSP })
  for (const line of policyProblems) console.log(line)
  const passed = verdict.passed && policyProblems.every((line) => !line.startsWith('FAIL'))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`audit:electron ${passed ? 'passed' : 'FAILED'}: Electronegativity on main/ and renderer/ for Electron ${electronVersion}, in ${seconds} s (fails on MEDIUM+ severity at FIRM+ confidence).`)
  if (!passed) process.exitCode = 1
}

/** The scanner's CSP evaluator, as used here (csp_evaluator.js). */
interface CspEvaluatorModule {
  readonly CspParser: new (policy: string) => { readonly csp: unknown }
  readonly CspEvaluator: new (csp: unknown, version: number) => { evaluate(): Array<{ severity: number; directive: string; description: string }> }
  readonly Version: { readonly CSP3: number }
  readonly severities: { readonly HIGH: number; readonly MEDIUM: number }
}

/** One line per finding of the CSP evaluator on each policy; HIGH and MEDIUM ones fail. */
function evaluatePolicies(policies: Readonly<Record<string, string>>): string[] {
  const scanner = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
  const csp = require(require.resolve('@doyensec/csp-evaluator', { paths: [scanner] })) as CspEvaluatorModule
  return Object.entries(policies).flatMap(([name, policy]) =>
    new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate().map((finding) => {
      const blocking = finding.severity <= csp.severities.MEDIUM
      return `${blocking ? 'FAIL' : 'note'} CSP of the ${name} (${finding.directive}): ${finding.description}`
    }),
  )
}

/** Puts a `got` that always fails in the require cache, where the scanner will find it. */
function stubHttpClient(): void {
  const scanner = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
  const gotPath = require.resolve('got', { paths: [scanner] })
  const offline = new Module(gotPath)
  offline.filename = gotPath
  offline.loaded = true
  offline.exports = () => Promise.reject(new Error('audit:electron runs offline'))
  require.cache[gotPath] = offline
}

main().catch((error: unknown) => {
  console.error('audit:electron could not run:', error)
  process.exitCode = 1
})
