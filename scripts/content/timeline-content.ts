/**
 * Reads content/timeline.yaml and content/glossary.yaml: each a YAML list of
 * items, validated one by one against the shared schemas so that one bad
 * entry does not hide the others, with every problem reported on its line.
 */
import type { z } from 'zod'
import {
  glossaryTermSchema,
  timelineEntryContentSchema,
  type GlossaryTerm,
  type TimelineEntryContent,
} from '../../shared/timeline-model'
import { ContentError } from './content-error'
import { issueErrors, itemName, YamlSource } from './yaml-content'

/** Items read from a content list, where each sits, and the problems found. */
export interface ContentList<T> {
  readonly items: readonly T[]
  /** Each valid item's index in the YAML list, by id (for line numbers). */
  readonly indexes: ReadonlyMap<string, number>
  /** Ids of items that failed validation (already reported), so references to them are not reported again. */
  readonly invalidIds: ReadonlySet<string>
  readonly yaml: YamlSource | undefined
  readonly errors: readonly ContentError[]
}

function readList<T extends { id: string }>(
  file: string,
  source: string,
  kind: string,
  plural: string,
  schema: z.ZodType<T>,
): ContentList<T> {
  let yaml: YamlSource
  try {
    yaml = YamlSource.parse(file, source)
  } catch (error) {
    if (error instanceof ContentError) return { items: [], indexes: new Map(), invalidIds: new Set(), yaml: undefined, errors: [error] }
    throw error
  }
  const data = yaml.data()
  if (!Array.isArray(data)) {
    const error = new ContentError(file, 1, `expected a list of ${plural} ("- id: ..."), found ${data === null ? 'nothing' : typeof data}`)
    return { items: [], indexes: new Map(), invalidIds: new Set(), yaml, errors: [error] }
  }
  const items: T[] = []
  const indexes = new Map<string, number>()
  const invalidIds = new Set<string>()
  const errors: ContentError[] = []
  data.forEach((item: unknown, index) => {
    const what = itemName(yaml, [index], kind, index)
    const parsed = schema.safeParse(item)
    if (!parsed.success) {
      errors.push(...issueErrors(yaml, [index], what, parsed.error.issues))
      const id = yaml.scalarAt([index, 'id'])
      if (typeof id === 'string') invalidIds.add(id)
      return
    }
    const first = indexes.get(parsed.data.id)
    if (first !== undefined) {
      const line = yaml.lineAt([index, 'id'])
      errors.push(new ContentError(file, line, `${kind} id "${parsed.data.id}" is already used on line ${yaml.lineAt([first, 'id'])}`))
      return
    }
    indexes.set(parsed.data.id, index)
    items.push(parsed.data)
  })
  return { items, indexes, invalidIds, yaml, errors }
}

/** Reads the timeline's entries (without `citedIn`, which the build computes). */
export function readTimeline(file: string, source: string): ContentList<TimelineEntryContent> {
  return readList(file, source, 'timeline entry', 'timeline entries', timelineEntryContentSchema)
}

/** Reads the glossary's terms. */
export function readGlossary(file: string, source: string): ContentList<GlossaryTerm> {
  return readList(file, source, 'glossary term', 'glossary terms', glossaryTermSchema)
}
