/**
 * One heading of the import preview (New, Updated, …): a button that opens
 * and closes it (aria-expanded, with the count in its name), an optional
 * "Select all" box, and its items a page at a time, so a file of thousands
 * of notes renders only what is asked for.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { GroupTick } from './import-selection'

/** Items shown at first, and added by each "Show more". */
const PAGE_SIZE = 100

/** A "Select all in <group>" box and what it does. */
export interface GroupTicking {
  readonly tick: GroupTick
  readonly onChange: (on: boolean) => void
}

/** A collapsible group of the preview; `renderItem` draws one `<li>`. */
export function ImportGroup<T>(props: {
  title: string
  hint: string
  items: readonly T[]
  initiallyOpen: boolean
  keyOf: (item: T) => string
  renderItem: (item: T) => ReactNode
  ticking?: GroupTicking
}) {
  const { title, hint, items, keyOf, renderItem, ticking } = props
  const [open, setOpen] = useState(props.initiallyOpen)
  const [shown, setShown] = useState(PAGE_SIZE)
  const bodyId = useId()
  if (items.length === 0) return null
  const more = items.length - shown
  return (
    <section className="import-group" aria-label={title}>
      <h3 className="import-group-heading">
        <button type="button" className="import-group-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {title} ({items.length.toLocaleString('en')})
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
        <p className="modal-hint import-group-hint">{hint}</p>
        {ticking && <SelectAll title={title} ticking={ticking} />}
        <ul className="import-list" aria-label={title}>
          {items.slice(0, shown).map((item) => (
            <li key={keyOf(item)} className="import-item">
              {renderItem(item)}
            </li>
          ))}
        </ul>
        {more > 0 && (
          <p className="import-more">
            <button type="button" className="button" onClick={() => setShown(shown + PAGE_SIZE)}>
              Show {Math.min(more, PAGE_SIZE)} more
            </button>{' '}
            <button type="button" className="button" onClick={() => setShown(items.length)}>
              Show all {items.length.toLocaleString('en')}
            </button>
          </p>
        )}
      </div>
    </section>
  )
}

/** The group's "Select all" box: mixed when only some of its notes are ticked. */
function SelectAll({ title, ticking }: { title: string; ticking: GroupTicking }) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticking.tick === 'some'
  }, [ticking.tick])
  return (
    <label className="import-select-all">
      <input ref={ref} type="checkbox" checked={ticking.tick === 'all'} onChange={(event) => ticking.onChange(event.target.checked)} /> Select all in {title}
    </label>
  )
}
