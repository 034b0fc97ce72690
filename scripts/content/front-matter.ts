/**
 * Splits a Markdown file into its YAML front matter and body, and validates
 * the front matter, reporting problems with the file's own line numbers.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import { z } from 'zod'
import { documentKindSchema, partialDateSchema } from '../../shared/document-model'
import { ContentError } from './content-error'

/** The fields every document's front matter must have. */
export const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
    title: z.string().min(1, 'must not be empty'),
    kind: documentKindSchema,
    date: partialDateSchema,
    issuingBody: z.string().min(1, 'must not be empty'),
    // Shown as a link in the reader: only web addresses, never javascript: or file:.
    source: z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }).optional(),
  })
  .strict()

/** Validated front matter. */
export type FrontMatter = z.infer<typeof frontMatterSchema>

/** A Markdown file split in two, with the body's first line number. */
export interface SplitFile {
  readonly frontMatter: FrontMatter
  readonly body: string
  /** 1-based line of the body's first line in the file. */
  readonly bodyStartLine: number
}

const FENCE = /^---[ \t]*$/

/**
 * Parses `source` (the whole file) into validated front matter and a body.
 * Throws {@link ContentError} naming `file`, the line and the field.
 */
export function splitFrontMatter(file: string, source: string): SplitFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) {
    throw new ContentError(file, 1, 'front matter missing: the file must start with a line "---"')
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line))
  if (close < 0) {
    throw new ContentError(file, 1, 'front matter not closed: no second "---" line')
  }
  const yamlText = lines.slice(1, close).join('\n')
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false })
  const firstError = doc.errors[0]
  if (firstError) {
    // linePos is only filled in with prettyErrors; the error's offset is always there.
    const line = lineCounter.linePos(firstError.pos[0]).line
    throw new ContentError(file, line + 1, `front matter is not valid YAML: ${firstLine(firstError.message)}`)
  }
  const data: unknown = doc.toJS()
  const parsed = frontMatterSchema.safeParse(data ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path[0]
    const fieldName = typeof field === 'string' ? field : undefined
    const line = fieldName ? lineOfKey(doc, lineCounter, fieldName) : undefined
    const present = fieldName !== undefined && isMap(doc.contents) && doc.contents.has(fieldName)
    const what = describeFieldIssue(fieldName, issue, present)
    throw new ContentError(file, line === undefined ? 1 : line + 1, what)
  }
  return { frontMatter: parsed.data, body: lines.slice(close + 1).join('\n'), bodyStartLine: close + 2 }
}

function describeFieldIssue(field: string | undefined, issue: z.core.$ZodIssue | undefined, present: boolean): string {
  if (!issue) return 'front matter is invalid'
  if (issue.code === 'unrecognized_keys') {
    return `front matter has unknown field(s): ${issue.keys.map((key) => `"${key}"`).join(', ')}`
  }
  if (field === undefined) return `front matter: ${issue.message}`
  // Zod 4 issues carry no `input` unless asked, so whether the field is
  // missing comes from the YAML itself (a number where a string belongs is not "missing").
  if (issue.code === 'invalid_type' && !present) {
    return `front matter field "${field}" is missing`
  }
  return `front matter field "${field}": ${issue.message}`
}

function lineOfKey(doc: Document, lineCounter: LineCounter, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
      return lineCounter.linePos(pair.key.range[0]).line
    }
  }
  return undefined
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
