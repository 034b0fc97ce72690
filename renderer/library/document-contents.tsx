/**
 * The open document's contents, first in the rail so they show without
 * scrolling; the section being read is marked aria-current="location".
 */
import type { LibraryDocument } from '../../shared/document-model'
import { readRoute } from '../routing/route'
import { usePaneReading } from '../shell/use-pane-reading'

/** Contents of `document`, with the section in view marked. */
export function DocumentContents({ document }: { document: LibraryDocument }) {
  const { sectionId } = usePaneReading(document)
  const headings = document.blocks.filter((block) => block.type === 'heading')
  if (headings.length === 0) return null
  return (
    <nav aria-label="Contents" className="rail-section">
      <h2 className="rail-heading">Contents</h2>
      <ul className="rail-list">
        {headings.map((block) => (
          <li key={block.id}>
            <a
              className={`rail-contents-link level-${block.type === 'heading' ? Math.min(block.level, 3) : 2}`}
              href={readRoute(document.id, block.id)}
              aria-current={block.id === sectionId ? 'location' : undefined}
            >
              {block.text.split('\n').join(' ')}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
