/** The timeline's filters: by body and by topic, with how many entries they leave. */
import { TIMELINE_BODY_LABELS, TIMELINE_TOPIC_LABELS, timelineTopicSchema } from '../../shared/timeline-model'
import { toggle, type TimelineFilter } from './timeline-filters'
import { TIMELINE_LANES } from './timeline-layout'

/** Props of the filter bar. */
export interface TimelineFilterBarProps {
  readonly filter: TimelineFilter
  /** How many entries the filter leaves, of `total`. */
  readonly shown: number
  readonly total: number
  onChange(filter: TimelineFilter): void
}

/** Checkboxes per body and topic, and the count. */
export function TimelineFilterBar({ filter, shown, total, onChange }: TimelineFilterBarProps) {
  return (
    <div className="timeline-filters" role="group" aria-label="Filter the timeline">
      <fieldset>
        <legend>Bodies</legend>
        {TIMELINE_LANES.map((body) => (
          <label key={body} className="filter-chip" data-body={body}>
            <input type="checkbox" checked={filter.bodies.has(body)} onChange={() => onChange({ ...filter, bodies: toggle(filter.bodies, body) })} />
            <span className="body-shape" aria-hidden="true" />
            {TIMELINE_BODY_LABELS[body]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Topics</legend>
        {timelineTopicSchema.options.map((topic) => (
          <label key={topic} className="filter-chip">
            <input type="checkbox" checked={filter.topics.has(topic)} onChange={() => onChange({ ...filter, topics: toggle(filter.topics, topic) })} />
            {TIMELINE_TOPIC_LABELS[topic]}
          </label>
        ))}
      </fieldset>
      <p className="timeline-count" role="status">
        {shown === total ? `${total} entries` : `${shown} of ${total} entries`}
      </p>
    </div>
  )
}
