/** Which timeline entries show, by body and by topic. */
import type { TimelineBody, TimelineEntry, TimelineTopic } from '../../shared/timeline-model'

/** The filter: empty sets mean "all". */
export interface TimelineFilter {
  readonly bodies: ReadonlySet<TimelineBody>
  readonly topics: ReadonlySet<TimelineTopic>
}

/** Shows everything. */
export const ALL_ENTRIES: TimelineFilter = { bodies: new Set(), topics: new Set() }

/** Entries from a chosen body (any, if none chosen) about a chosen topic (any, if none chosen). */
export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  return entries.filter(
    (entry) =>
      (filter.bodies.size === 0 || filter.bodies.has(entry.body)) &&
      (filter.topics.size === 0 || entry.topics.some((topic) => filter.topics.has(topic))),
  )
}

/** Adds `value` to the set, or removes it if present (a new set). */
export function toggle<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return next
}
