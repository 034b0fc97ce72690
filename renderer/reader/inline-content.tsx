/**
 * Renders a block's inline model as React elements, with the user's
 * highlights laid over it. Text is always a text node; a highlight is a
 * <mark> around the exact characters it covers (split where marks, links or
 * other highlights begin and end). Links are external and open outside the
 * app (the host enforces it: Electron hands them to the system browser, a
 * browser opens a new tab).
 */
import { Fragment, type ReactNode } from 'react'
import type { Inline } from '../../shared/document-model'
import { splitRun, type BlockHighlight } from './highlight-runs'

/** How highlights in a block look and behave. */
export interface HighlightLayer {
  readonly highlights: readonly BlockHighlight[]
  /** Wraps a piece of text covered by `noteIds` in its highlight element. */
  renderMark(noteIds: readonly string[], key: number, text: string): ReactNode
}

/** Props of {@link InlineContent}. */
export interface InlineContentProps {
  readonly inlines: readonly Inline[]
  readonly layer?: HighlightLayer | undefined
  /** Where the inlines start in the block's text. */
  readonly startOffset?: number | undefined
  /** False keeps links out of the Tab order (the block is not the text's Tab stop). */
  readonly tabbable?: boolean
}

/** The inlines of one block or list item, starting at `startOffset` of the block's text. */
export function InlineContent({ inlines, layer, startOffset = 0, tabbable = true }: InlineContentProps) {
  const cursor: Cursor = { offset: startOffset, tabbable }
  return <>{renderInlines(inlines, layer, cursor)}</>
}

/** Where rendering has got to in the block's text, and whether links are tabbable. */
interface Cursor {
  offset: number
  readonly tabbable: boolean
}

function renderInlines(inlines: readonly Inline[], layer: HighlightLayer | undefined, cursor: Cursor): ReactNode[] {
  return inlines.map((inline, index) => renderInline(inline, index, layer, cursor))
}

function renderInline(inline: Inline, key: number, layer: HighlightLayer | undefined, cursor: Cursor): ReactNode {
  switch (inline.type) {
    case 'break':
      cursor.offset += 1
      return <br key={key} />
    case 'link':
      return (
        <a
          key={key}
          className="external-link"
          href={inline.href}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={cursor.tabbable ? undefined : -1}
          title={`${inline.href} (opens in your web browser)`}
        >
          {renderInlines(inline.children, layer, cursor)}
        </a>
      )
    case 'text': {
      const start = cursor.offset
      cursor.offset += inline.text.length
      let node: ReactNode = highlightText(inline.text, start, layer)
      if (inline.marks.includes('emphasis')) node = <em>{node}</em>
      if (inline.marks.includes('strong')) node = <strong>{node}</strong>
      return <Fragment key={key}>{node}</Fragment>
    }
  }
}

function highlightText(text: string, start: number, layer: HighlightLayer | undefined): ReactNode {
  if (!layer || layer.highlights.length === 0) return text
  const pieces = splitRun(start, start + text.length, layer.highlights)
  return pieces.map((piece) => {
    const slice = text.slice(piece.start - start, piece.end - start)
    if (piece.noteIds.length === 0) return <Fragment key={piece.start}>{slice}</Fragment>
    return layer.renderMark(piece.noteIds, piece.start, slice)
  })
}
