/**
 * The reading column: a document's header and its blocks, with the user's
 * highlights. The block named by the route is scrolled into view, focused
 * for assistive technology and marked with aria-current="location".
 */
import { memo, useEffect, useRef, type ReactNode } from 'react'
import { DOCUMENT_KIND_LABELS, type Block, type Inline, type LibraryDocument } from '../../shared/document-model'
import { formatPartialDate } from '../../shared/partial-date-format'
import { readRoute } from '../routing/route'
import type { BlockHighlight } from './highlight-runs'
import { useHighlightLayer, type EditorialSpan, type MarkedNote, type MarkHandlers } from './highlight-marks'
import { InlineContent } from './inline-content'
import { revealBlock } from './reveal-block'
import { searchTargetRendered } from '../search/search-marks'
import './document-view.css'

/** Props of the document view. */
export interface DocumentViewProps {
  readonly document: LibraryDocument
  readonly targetBlockId: string | null
  readonly highlights: ReadonlyMap<string, BlockHighlight[]>
  /** The publisher's layer, per block; empty when switched off. */
  readonly editorial: ReadonlyMap<string, EditorialSpan[]>
  readonly notes: ReadonlyMap<string, MarkedNote>
  readonly activeNoteId: string | null
  readonly markHandlers: MarkHandlers
  /** Shown in place of the kind-and-date line (a reference page's title and facts). */
  readonly header?: ReactNode
}

/** Renders `document` with its highlights and `targetBlockId` marked. */
export function DocumentView({ document, targetBlockId, highlights, editorial, notes, activeNoteId, markHandlers, header }: DocumentViewProps) {
  const articleRef = useRef<HTMLElement>(null)

  useEffect(() => {
    revealBlock(articleRef.current, targetBlockId)
    // The routed block is on screen: a search result opened here can mark its words now.
    searchTargetRendered()
  }, [document.id, targetBlockId])

  return (
    <article ref={articleRef} className="document" aria-label={document.title}>
      {header}
      <div className="document-meta" hidden={header !== undefined}>
        <span>{document.issuingBody}</span>
        <span aria-hidden="true">·</span>
        <span>{DOCUMENT_KIND_LABELS[document.kind]}</span>
        <span aria-hidden="true">·</span>
        <span>{formatPartialDate(document.date)}</span>
      </div>
      {document.blocks.map((block) => (
        <BlockView
          key={block.id}
          block={block}
          documentId={document.id}
          isTarget={block.id === targetBlockId}
          highlights={highlights.get(block.id)}
          editorial={editorial.get(block.id)}
          notes={notes}
          activeNoteId={activeNoteId}
          markHandlers={markHandlers}
        />
      ))}
      {document.source && (
        <footer className="document-source">
          Source:{' '}
          <a className="external-link" href={document.source} target="_blank" rel="noopener noreferrer">
            {new URL(document.source).hostname.replace(/^www\./, '')}
          </a>
        </footer>
      )}
    </article>
  )
}

interface BlockViewProps {
  readonly block: Block
  readonly documentId: string
  readonly isTarget: boolean
  readonly highlights: BlockHighlight[] | undefined
  readonly editorial: EditorialSpan[] | undefined
  readonly notes: ReadonlyMap<string, MarkedNote>
  readonly activeNoteId: string | null
  readonly markHandlers: MarkHandlers
}

const BlockView = memo(function BlockView({ block, documentId, isTarget, highlights, editorial, notes, activeNoteId, markHandlers }: BlockViewProps) {
  const layer = useHighlightLayer(highlights, editorial, notes, activeNoteId, markHandlers)
  const common = {
    'data-block-id': block.id,
    'aria-current': isTarget ? ('location' as const) : undefined,
    className: `block block-${block.type}${isTarget ? ' is-target' : ''}`,
    id: `block-${block.id}`,
  }
  switch (block.type) {
    case 'heading': {
      const Tag = (['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const)[block.level - 1] ?? 'h6'
      return (
        <Tag {...common} tabIndex={-1}>
          <InlineContent inlines={block.inlines} layer={layer} />
        </Tag>
      )
    }
    case 'paragraph':
      return (
        <div className="block-row">
          <a className="block-anchor" href={readRoute(documentId, block.id)} aria-label="Link to this paragraph" title="Link to this paragraph">
            ¶
          </a>
          {/* Focusable so a keyboard user can highlight or annotate a paragraph without a mouse. */}
          <p {...common} tabIndex={0}>
            <InlineContent inlines={block.inlines} layer={layer} />
          </p>
        </div>
      )
    case 'list': {
      const ListTag = block.ordered ? 'ol' : 'ul'
      const starts = itemStarts(block.items)
      return (
        <ListTag {...common} tabIndex={0}>
          {block.items.map((item, index) => (
            <li key={index}>
              <InlineContent inlines={item} layer={layer} startOffset={starts[index]} />
            </li>
          ))}
        </ListTag>
      )
    }
  }
})

/** Where each list item's text starts in the block's text (items are joined by "\n"). */
function itemStarts(items: readonly (readonly Inline[])[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const item of items) {
    starts.push(offset)
    offset += item.reduce((length, inline) => length + inlineLength(inline), 0) + 1
  }
  return starts
}

function inlineLength(inline: Inline): number {
  if (inline.type === 'text') return inline.text.length
  if (inline.type === 'break') return 1
  return inline.children.reduce((length, child) => length + inlineLength(child), 0)
}
