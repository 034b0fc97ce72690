/**
 * Reference material that lives beside the repository, never inside it: the
 * statement's seed text and the W3C Web Annotation conformance suite. A
 * user's clone has neither, so tests that compare against them skip, saying
 * why and how to provide them; CI names them with environment variables,
 * which makes them required (a missing one fails instead of skipping).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

/** One piece of reference material. */
export interface ReferenceFile {
  /** What it is, for messages ("the statement's seed text"). */
  readonly what: string
  /** The environment variable that names it. */
  readonly envName: string
  /** Its default place, relative to the repository root (beside the repository, in ../shared). */
  readonly defaultPath: string
  /** Sub-paths that must exist below it (for a folder); none for a file. */
  readonly mustContain?: readonly string[]
}

/** The statement as published: e2e and content tests compare the bundled text with it. */
export const SEED_FILE: ReferenceFile = {
  what: "the statement's seed text",
  envName: 'FOC_SEED_FILE',
  defaultPath: '../shared/seeds/000_5fa19ccc6a61b026.txt',
}

/** The W3C Web Annotation Working Group's conformance assertions and samples. */
export const W3C_SUITE: ReferenceFile = {
  what: 'the W3C Web Annotation conformance suite',
  envName: 'FOC_W3C_SUITE_DIR',
  defaultPath: '../shared/w3c-annotation-tests',
  mustContain: ['definitions', 'annotations'],
}

/** Where a reference was looked for, and whether the tests may run. */
export interface ReferenceLocation {
  readonly path: string
  /** Null when present; else why the tests that need it are skipped. */
  readonly skipReason: string | null
}

/**
 * Finds `reference`: the folder or file its variable names (then it must be
 * there, or this throws), else its default place beside the repository.
 */
export function locateReference(reference: ReferenceFile, repoRoot: string, env: NodeJS.ProcessEnv = process.env): ReferenceLocation {
  const named = env[reference.envName]?.trim()
  const where = named ? path.resolve(named) : path.resolve(repoRoot, reference.defaultPath)
  const present = existsSync(where) && (reference.mustContain ?? []).every((part) => existsSync(path.join(where, part)))
  if (present) return { path: where, skipReason: null }
  const expected = reference.mustContain?.length ? ` (with ${reference.mustContain.join('/ and ')}/ in it)` : ''
  const missing = `${reference.what} is not at ${where}${expected}`
  if (named) throw new Error(`${missing}, but ${reference.envName} names it, so it is required.`)
  return { path: where, skipReason: `${missing}; set ${reference.envName} to its path to run these checks.` }
}
