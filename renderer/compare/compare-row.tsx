/**
 * One paragraph of a comparison: as a redline (deletions struck through,
 * insertions underlined) or side by side, earlier text left and later text
 * right. Every change carries a word as well as a colour ("Reworded",
 * "deleted:" for screen readers), so it reads without colour.
 */
import type { ReactNode } from 'react'
import type { ParagraphChange } from '../../shared/revisions/compare-revisions'
import { Deleted, Inserted, WordRunsText } from './word-run-marks'

/** A block's text and the place people quote it by ("¶3", or a heading's text). */
export interface RowText {
  readonly text: string
  readonly place: string
  readonly heading: boolean
}

/** Props of one row. */
export interface CompareRowProps {
  readonly change: ParagraphChange
  readonly before: RowText | null
  readonly after: RowText | null
  /** Where the other end of a move sits ("¶7"), for moved and moved-away rows. */
  readonly movePlace: string | null
  readonly layout: 'redline' | 'side-by-side'
  /** The row is a stop of Next/Previous change (it can take focus). */
  readonly stop: boolean
  /** Side by side, the paragraph inserted in the place of a deleted one, shown on the right of the same row. */
  readonly replacement: RowText | null
}

const BADGES: Readonly<Record<ParagraphChange['kind'], string | null>> = {
  same: null,
  changed: 'Reworded',
  inserted: 'Inserted',
  deleted: 'Deleted',
  moved: 'Moved here',
  'moved-away': 'Moved',
}

/** The row. */
export function CompareRow({ change, before, after, movePlace, layout, stop, replacement }: CompareRowProps) {
  const badge = replacement ? 'Replaced' : BADGES[change.kind]
  const note = change.kind === 'moved' ? `from ${movePlace ?? 'elsewhere'}` : change.kind === 'moved-away' ? `to ${movePlace ?? 'elsewhere'}` : null
  const place = after?.place ?? before?.place ?? replacement?.place ?? ''
  return (
    <li className={`compare-row is-${change.kind}`} data-change-stop={stop ? '' : undefined} tabIndex={stop ? -1 : undefined}>
      <p className="compare-place">
        <span>{place}</span>
        {badge && (
          <span className="compare-badge">
            {badge}
            {note && ` ${note}`}
          </span>
        )}
      </p>
      {layout === 'redline' ? (
        <div className="compare-cell">{redline(change, before, after)}</div>
      ) : (
        <div className="compare-sides">
          <div className="compare-cell">{side(change, before, 'before')}</div>
          <div className="compare-cell">{replacement ? text(replacement, <Inserted text={replacement.text} />) : side(change, after, 'after')}</div>
        </div>
      )}
    </li>
  )
}

/** The paragraph as one redline. */
function redline(change: ParagraphChange, before: RowText | null, after: RowText | null): ReactNode {
  switch (change.kind) {
    case 'same':
      return text(after)
    case 'changed':
      return text(after, <WordRunsText runs={change.runs} show="both" />)
    case 'inserted':
      return text(after, <Inserted text={after?.text ?? ''} />)
    case 'deleted':
      return text(before, <Deleted text={before?.text ?? ''} />)
    case 'moved':
      return text(after, change.runs ? <WordRunsText runs={change.runs} show="both" /> : undefined)
    case 'moved-away':
      return text(before, <span className="compare-moved-away">{before?.text}</span>)
  }
}

/** One side of the paragraph: the earlier text with its deletions, or the later with its insertions. */
function side(change: ParagraphChange, block: RowText | null, which: 'before' | 'after'): ReactNode {
  if (block === null) return null
  switch (change.kind) {
    case 'same':
      return text(block)
    case 'changed':
      return text(block, <WordRunsText runs={change.runs} show={which} />)
    case 'inserted':
      return which === 'after' ? text(block, <Inserted text={block.text} />) : null
    case 'deleted':
      return which === 'before' ? text(block, <Deleted text={block.text} />) : null
    case 'moved':
      return which === 'after' ? text(block, change.runs ? <WordRunsText runs={change.runs} show="after" /> : undefined) : null
    case 'moved-away':
      return which === 'before' ? text(block, <span className="compare-moved-away">{block.text}</span>) : null
  }
}

/** A block's text as a paragraph (a heading's in bold), or `content` in its place. */
function text(block: RowText | null, content?: ReactNode): ReactNode {
  if (block === null) return null
  return <p className={block.heading ? 'compare-text is-heading' : 'compare-text'}>{content ?? block.text}</p>
}
