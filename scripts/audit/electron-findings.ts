/**
 * What the Electron audit (Electronegativity) found, read from its runner's
 * result, and which findings fail the build: MEDIUM severity or above at
 * FIRM confidence or above. A finding reviewed and kept is disabled where it
 * is, with `// eng-disable <CHECK_ID>` and the reason beside it, so the
 * justification lives next to the code; the runner drops those itself.
 */
import { z } from 'zod'

const levelSchema = z.object({ value: z.number().int(), name: z.string() })

/** One finding, as the runner reports it (only the fields used here). */
export const findingSchema = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }),
  severity: levelSchema,
  confidence: levelSchema,
  manualReview: z.boolean().optional(),
})

/** One finding. */
export type Finding = z.infer<typeof findingSchema>

/** The runner's result for one scanned folder. */
export const scanResultSchema = z.object({
  issues: z.array(findingSchema),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
})

/** The runner's result for one scanned folder. */
export type ScanResult = z.infer<typeof scanResultSchema>

/** Severity MEDIUM and confidence FIRM, in the runner's numbering (finder/attributes.js). */
const MEDIUM = 2
const FIRM = 1

/** True for a finding that fails the audit. */
export function isBlocking(finding: Finding): boolean {
  return finding.severity.value >= MEDIUM && finding.confidence.value >= FIRM
}

/** A finding on one line: where, what, how bad and how sure. */
export function describeFinding(finding: Finding, root: string): string {
  const file = finding.file.startsWith(root) ? finding.file.slice(root.length).replace(/^[/\\]/, '') : finding.file
  const where = finding.location.line > 0 ? `${file}:${finding.location.line}` : file
  return `${finding.id} (${finding.severity.name}/${finding.confidence.name}${finding.manualReview ? ', review' : ''}) at ${where}`
}

/** The audit's verdict over every scan: the lines to print and whether it passed. */
export function auditVerdict(results: readonly ScanResult[], root: string): { readonly passed: boolean; readonly lines: string[] } {
  const findings = results.flatMap((result) => result.issues)
  const blocking = findings.filter(isBlocking)
  const advisory = findings.filter((finding) => !isBlocking(finding))
  // A file the scanner could not parse was not checked at all: that fails too.
  const unparsed = results.flatMap((result) => result.errors.filter((error) => !error.tolerable))
  const lines = [
    ...blocking.map((finding) => `FAIL ${describeFinding(finding, root)}`),
    ...unparsed.map((error) => `FAIL could not scan ${error.file}: ${error.message}`),
    ...advisory.map((finding) => `note ${describeFinding(finding, root)}`),
  ]
  return { passed: blocking.length === 0 && unparsed.length === 0, lines }
}
