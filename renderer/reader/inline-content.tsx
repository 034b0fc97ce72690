/**
 * Renders a block's inline model as React elements. Text is always a text
 * node; links are external and open outside the app (the host enforces it:
 * Electron hands them to the system browser, a browser opens a new tab).
 */
import { Fragment, type ReactNode } from 'react'
import type { Inline } from '../../shared/document-model'

/** The inlines of one block or list item. */
export function InlineContent({ inlines }: { inlines: readonly Inline[] }) {
  return <>{inlines.map((inline, index) => renderInline(inline, index))}</>
}

function renderInline(inline: Inline, key: number): ReactNode {
  switch (inline.type) {
    case 'break':
      return <br key={key} />
    case 'link':
      return (
        <a key={key} className="external-link" href={inline.href} target="_blank" rel="noopener noreferrer" title={`${inline.href} (opens in your web browser)`}>
          <InlineContent inlines={inline.children} />
        </a>
      )
    case 'text': {
      let node: ReactNode = inline.text
      if (inline.marks.includes('emphasis')) node = <em>{node}</em>
      if (inline.marks.includes('strong')) node = <strong>{node}</strong>
      return <Fragment key={key}>{node}</Fragment>
    }
  }
}
