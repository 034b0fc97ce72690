/**
 * How far through the open document the reader is: a thin bar along the top
 * of the reading column, a progressbar to assistive technology.
 */
import type { LibraryDocument } from '../../shared/document-model'
import { usePaneReading } from './use-pane-reading'

/** The progress bar of `document` (nothing while it loads). */
export function ReadingProgress({ document }: { document: LibraryDocument | null }) {
  const { percent } = usePaneReading(document)
  if (!document) return null
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% read`}
      title={`${percent}% read`}
    >
      <div className="reading-progress-fill" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  )
}
