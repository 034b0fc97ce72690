/**
 * The reading column: a document's header and its blocks, with the user's
 * highlights. The block named by the route is scrolled into view, focused
 * for assistive technology and marked with aria-current="location". The
 * text is one Tab stop with the arrow keys between paragraphs
 * (paragraph-focus.ts).
 */
import { memo, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react'
import { DOCUMENT_KIND_LABELS, type Block, type Inline, type LibraryDocument } from '../../shared/document-model'
import { paragraphLabel, paragraphPlaces } from '../../shared/paragraph-numbers'
import { formatPartialDate } from '../../shared/partial-date-format'
import { readRoute } from '../routing/route'
import type { BlockHighlight } from './highlight-runs'
import { useHighlightLayer, type EditorialSpan, type MarkedNote, type MarkHandlers } from './highlight-marks'
import { InlineContent } from './inline-content'
import { paragraphAfterMove, paragraphMoveOf, tabStopOf, type FocusBlock } from './paragraph-focus'
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
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const focusBlocks = useMemo<FocusBlock[]>(() => document.blocks.map((block) => ({ id: block.id, focusable: block.type !== 'heading' })), [document.blocks])
  const stopId = tabStopOf(focusBlocks, focusedId, targetBlockId)
  const places = paragraphPlaces(document.blocks)

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const block = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-block-id]') : null
    const id = block?.dataset['blockId']
    if (id && focusBlocks.some((candidate) => candidate.id === id && candidate.focusable)) setFocusedId(id)
  }

  // Only on a focused block itself: inside a link or term the keys keep their usual meaning.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const from = event.target instanceof HTMLElement ? event.target.dataset['blockId'] : undefined
    const move = from === undefined ? null : paragraphMoveOf(event)
    if (from === undefined || move === null) return
    const next = paragraphAfterMove(focusBlocks, from, move)
    event.preventDefault()
    if (next) articleRef.current?.querySelector<HTMLElement>(`#block-${CSS.escape(next)}`)?.focus()
  }

  useEffect(() => {
    revealBlock(articleRef.current, targetBlockId)
    // The routed block is on screen: a search result opened here can mark its words now.
    searchTargetRendered()
  }, [document.id, targetBlockId])

  return (
    <article ref={articleRef} className="document" aria-label={document.title} onFocus={onFocus} onKeyDown={onKeyDown}>
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
          isStop={block.id === stopId}
          highlights={highlights.get(block.id)}
          editorial={editorial.get(block.id)}
          notes={notes}
          activeNoteId={activeNoteId}
          markHandlers={markHandlers}
          paragraphNumber={places.get(block.id)?.number ?? null}
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
  /** Holds the text's one Tab stop: tabbable, and so are its links and terms. */
  readonly isStop: boolean
  readonly highlights: BlockHighlight[] | undefined
  readonly editorial: EditorialSpan[] | undefined
  readonly notes: ReadonlyMap<string, MarkedNote>
  readonly activeNoteId: string | null
  readonly markHandlers: MarkHandlers
  /** Its number in the document's one paragraph scheme; null for a heading. */
  readonly paragraphNumber: number | null
}

const BlockView = memo(function BlockView({ block, documentId, isTarget, isStop, highlights, editorial, notes, activeNoteId, markHandlers, paragraphNumber }: BlockViewProps) {
  const layer = useHighlightLayer(highlights, editorial, notes, activeNoteId, markHandlers, isStop)
  const tabIndex = isStop ? 0 : -1
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
          <InlineContent inlines={block.inlines} layer={layer} tabbable={isStop} />
        </Tag>
      )
    }
    case 'paragraph':
      return (
        <div className="block-row">
          <ParagraphAnchor documentId={documentId} blockId={block.id} number={paragraphNumber} isStop={isStop} />
          {/* Focusable so a keyboard user can highlight or annotate a paragraph without a mouse. */}
          <p {...common} tabIndex={tabIndex}>
            <InlineContent inlines={block.inlines} layer={layer} tabbable={isStop} />
          </p>
        </div>
      )
    case 'list': {
      const ListTag = block.ordered ? 'ol' : 'ul'
      const starts = itemStarts(block.items)
      // A list is one numbered paragraph of the scheme (shared/paragraph-numbers.ts), so it carries one number too.
      return (
        <div className="block-row">
          <ParagraphAnchor documentId={documentId} blockId={block.id} number={paragraphNumber} isStop={isStop} />
          <ListTag {...common} tabIndex={tabIndex}>
            {block.items.map((item, index) => (
              <li key={index}>
                <InlineContent inlines={item} layer={layer} startOffset={starts[index]} tabbable={isStop} />
              </li>
            ))}
          </ListTag>
        </div>
      )
    }
  }
})

/**
 * The paragraph's number in the margin, as a link to it ("…/p2"). The number
 * is drawn by CSS from data-paragraph-number: it is seen, but never selected,
 * copied or counted in the text's offsets.
 */
function ParagraphAnchor({ documentId, blockId, number, isStop }: { documentId: string; blockId: string; number: number | null; isStop: boolean }) {
  const name = number === null ? 'Link to this paragraph' : `Link to paragraph ${number}`
  return (
    <a
      className="block-anchor"
      // A link people can read: "…/p2" is the paragraph they quote as ¶2.
      href={readRoute(documentId, number === null ? blockId : `p${number}`)}
      tabIndex={isStop ? undefined : -1}
      data-paragraph-number={number === null ? undefined : paragraphLabel(number)}
      aria-label={name}
      title={name}
    />
  )
}

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
