/**
 * Reading human-edited YAML content files (timeline, glossary, editorial
 * links) with the file's own line numbers, and turning schema problems into
 * ContentErrors an editor can act on: file, line, which item, which field,
 * and what was found there.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { z } from 'zod'
import { ContentError } from './content-error'

/** A parsed YAML file that can say on which line any value sits. */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Parses `source`, the text of `file`. Throws ContentError on a syntax error. */
  static parse(file: string, source: string): YamlSource {
    const lineCounter = new LineCounter()
    const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false })
    const firstError = doc.errors[0]
    if (firstError) {
      const line = lineCounter.linePos(firstError.pos[0]).line
      throw new ContentError(file, line, `not valid YAML: ${firstError.message.split('\n')[0] ?? firstError.message}`)
    }
    return new YamlSource(file, doc, lineCounter)
  }

  /** The file's data as plain JavaScript values (null for an empty file). */
  data(): unknown {
    return this.doc.toJS() as unknown
  }

  /**
   * The 1-based line of the value at `path` (a key's own line for a map
   * entry), or of the nearest enclosing value that exists: a missing field
   * is reported on the line of the item that lacks it.
   */
  lineAt(path: readonly PropertyKey[]): number {
    let node: unknown = this.doc.contents
    let offset = isNodeWithRange(node) ? node.range[0] : 0
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
        if (!pair) break
        if (isScalar(pair.key) && pair.key.range) offset = pair.key.range[0]
        node = pair.value
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment]
        if (!isNodeWithRange(item)) break
        offset = item.range[0]
        node = item
      } else {
        break
      }
    }
    return this.lineCounter.linePos(offset).line
  }

  /** Whether a value is written at `path` (a key with an empty value counts). */
  has(path: readonly PropertyKey[]): boolean {
    const last = path[path.length - 1]
    const parent = path.length === 0 ? undefined : this.nodeAt(path.slice(0, -1))
    if (isMap(parent) && last !== undefined) return parent.has(String(last))
    if (isSeq(parent) && typeof last === 'number') return last < parent.items.length
    return path.length === 0
  }

  /** The scalar value written at `path`, if there is one. */
  scalarAt(path: readonly PropertyKey[]): unknown {
    const node = this.nodeAt(path)
    return isScalar(node) ? node.value : undefined
  }

  private nodeAt(path: readonly PropertyKey[]): unknown {
    let node: unknown = this.doc.contents
    for (const segment of path) {
      if (isMap(node)) node = node.get(String(segment), true)
      else if (isSeq(node) && typeof segment === 'number') node = node.items[segment]
      else return undefined
    }
    return node
  }
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return typeof value === 'object' && value !== null && 'range' in value && Array.isArray((value as { range: unknown }).range)
}

/**
 * One ContentError per schema issue of the item at `itemPath` in `yaml`,
 * each on its own line. `what` names the item ("timeline entry "hrc-20-8"").
 */
export function issueErrors(
  yaml: YamlSource,
  itemPath: readonly PropertyKey[],
  what: string,
  issues: readonly z.core.$ZodIssue[],
): ContentError[] {
  return issues.map((issue) => {
    const path = [...itemPath, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ')
      return new ContentError(yaml.file, yaml.lineAt([...path, issue.keys[0] ?? '']), `${what}: unknown field(s) ${keys}`)
    }
    const field = issue.path.map(String).join('.')
    const line = yaml.lineAt(path)
    if (field === '') return new ContentError(yaml.file, line, `${what}: ${issue.message}`)
    if (!yaml.has(path)) return new ContentError(yaml.file, line, `${what}: field "${field}" is missing`)
    return new ContentError(yaml.file, line, `${what}: field "${field}" ${describeProblem(issue, yaml.scalarAt(path))}`)
  })
}

function describeProblem(issue: z.core.$ZodIssue, found: unknown): string {
  const shown = found === undefined ? '' : ` (found ${JSON.stringify(found)})`
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}${shown}`
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof found === 'number') {
    // YAML reads an unquoted 2018 as a number.
    return `must be text: put it in quotes ("${found}")`
  }
  return `${issue.message}${shown}`
}

/** The string id of the item at `itemPath`, if it has one, for messages. */
export function itemName(yaml: YamlSource, itemPath: readonly PropertyKey[], kind: string, index: number): string {
  const id = yaml.scalarAt([...itemPath, 'id'])
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} ${index + 1}`
}
