/**
 * The W3C Web Annotation Working Group's conformance assertions, run as
 * JSON Schema draft-04 with Ajv: each `*Musts.test` file lists assertion
 * schemas (the MUSTs of the model), which reference shared definitions in
 * definitions/*.json. The suite lives outside this repository (never copied
 * in); scripts/testing/reference-files.ts says where it is looked for.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ValidateFunction } from 'ajv'
import Ajv from 'ajv-draft-04'

/** One MUST assertion, compiled. */
export interface MustAssertion {
  /** Path of the schema inside the suite, e.g. "annotations/3.1-annotationIdValidated.json". */
  readonly file: string
  readonly title: string
  /** Whether conforming data makes the schema report valid or invalid. */
  readonly expectedResult: 'valid' | 'invalid'
  readonly errorMessage: string
  readonly validate: ValidateFunction
}

/** A failed assertion for one piece of data. */
export interface MustFailure {
  readonly file: string
  readonly message: string
}

/** Every `*Musts*.test` file under `folder` of the suite (recursively), as suite-relative paths, sorted. */
export function mustTestFiles(dir: string, folder: string): string[] {
  const found: string[] = []
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name)
      if (entry.isDirectory()) walk(child)
      else if (/Musts.*\.test$/.test(entry.name)) found.push(child)
    }
  }
  walk(folder)
  return found.sort()
}

/** Loads the definitions and compiles the assertions the given test files list. */
export function loadMustAssertions(dir: string, testFiles: readonly string[]): MustAssertion[] {
  const ajv = createValidator(dir)
  const assertions: MustAssertion[] = []
  for (const testFile of testFiles) {
    const test = readJson(dir, testFile) as { assertions?: unknown }
    if (!Array.isArray(test.assertions)) throw new Error(`${testFile} has no "assertions" list`)
    for (const entry of test.assertions) {
      if (typeof entry !== 'string') throw new Error(`${testFile} lists an assertion that is not a file name: ${JSON.stringify(entry)}`)
      const schema = readJson(dir, entry) as Record<string, unknown>
      const { id: _id, ...anonymous } = schema
      // Compiled without its id: ids repeat across folders (two 3.2.2-targType.json), and
      // its $refs to "annotations.json#..." then resolve against the registered definitions.
      const expected = schema['expectedResult'] === 'invalid' ? 'invalid' : 'valid'
      assertions.push({
        file: entry,
        title: String(schema['title'] ?? entry),
        expectedResult: expected,
        errorMessage: String(schema['errorMessage'] ?? `${entry} failed`),
        validate: ajv.compile(anonymous),
      })
    }
  }
  return assertions
}

/** The assertions `data` fails: a schema that says invalid where valid is expected, or the reverse. */
export function checkMusts(assertions: readonly MustAssertion[], data: unknown): MustFailure[] {
  const failures: MustFailure[] = []
  for (const assertion of assertions) {
    const valid = assertion.validate(data) === true
    if (valid !== (assertion.expectedResult === 'valid')) {
      const detail = assertion.validate.errors?.[0]
      failures.push({ file: assertion.file, message: `${assertion.errorMessage}${detail ? ` (${detail.instancePath || '/'} ${detail.message ?? ''})` : ''}` })
    }
  }
  return failures
}

/** Reads a suite file as JSON. */
export function readJson(dir: string, relative: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, relative), 'utf8')) as unknown
}

function createValidator(dir: string): Ajv {
  // The suite uses keys Ajv's strict mode refuses (assertionType, errorMessage, a stray "$ref " with a space).
  const ajv = new Ajv({ strict: false, allErrors: false, logger: false })
  ajv.addFormat('uri', isUri)
  ajv.addFormat('date-time', isDateTime)
  for (const file of readdirSync(path.join(dir, 'definitions')).filter((name) => name.endsWith('.json')).sort()) {
    ajv.addSchema(readJson(dir, path.posix.join('definitions', file)) as object)
  }
  return ajv
}

/**
 * RFC 3986 absolute URI: a scheme, then characters a URI may hold, with
 * well-formed percent escapes. (The suite's reference runner used a format
 * checker of this strength; Ajv ships none without ajv-formats.)
 */
export function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(value)
}

/** RFC 3339 date-time, with real month, day, hour, minute and second ranges. */
export function isDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/.exec(value)
  if (!match) return false
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number]
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const offsetOk = match[7] === undefined || (Number(match[8]) <= 23 && Number(match[9]) <= 59)
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60 && offsetOk
}
