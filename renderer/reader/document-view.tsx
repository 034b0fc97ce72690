/**
 * The reading column: a document's header and its blocks. The block named
 * by the route is scrolled into view, focused for assistive technology and
 * marked with aria-current="location".
 */
import { useEffect, useRef } from 'react'
import type { Block, LibraryDocument } from '../../shared/document-model'
import { readRoute } from '../routing/route'
import { formatPartialDate, kindLabel } from '../library/document-labels'
import { InlineContent } from './inline-content'

/** Renders `document` with `targetBlockId` marked. */
export function DocumentView({ document, targetBlockId }: { document: LibraryDocument; targetBlockId: string | null }) {
  const articleRef = useRef<HTMLElement>(null)

  useEffect(() => {
    const article = articleRef.current
    if (!article) return
    if (!targetBlockId) {
      article.closest('main')?.scrollTo({ top: 0 })
      return
    }
    const target = article.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(targetBlockId)}"]`)
    if (!target) return
    target.scrollIntoView({ block: 'center' })
    target.focus({ preventScroll: true })
  }, [document.id, targetBlockId])

  return (
    <article ref={articleRef} className="document" aria-label={document.title}>
      <div className="document-meta">
        <span>{document.issuingBody}</span>
        <span aria-hidden="true"> · </span>
        <span>{kindLabel(document.kind)}</span>
        <span aria-hidden="true"> · </span>
        <span>{formatPartialDate(document.date)}</span>
      </div>
      {document.blocks.map((block) => (
        <BlockView key={block.id} block={block} documentId={document.id} isTarget={block.id === targetBlockId} />
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

function BlockView({ block, documentId, isTarget }: { block: Block; documentId: string; isTarget: boolean }) {
  const common = {
    'data-block-id': block.id,
    'aria-current': isTarget ? ('location' as const) : undefined,
    tabIndex: -1,
    className: `block block-${block.type}${isTarget ? ' is-target' : ''}`,
  }
  switch (block.type) {
    case 'heading': {
      const Tag = (['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const)[block.level - 1] ?? 'h6'
      return (
        <Tag {...common} id={`block-${block.id}`}>
          <InlineContent inlines={block.inlines} />
        </Tag>
      )
    }
    case 'paragraph':
      return (
        <div className="block-row">
          <a className="block-anchor" href={readRoute(documentId, block.id)} aria-label="Link to this paragraph" title="Link to this paragraph">
            ¶
          </a>
          <p {...common} id={`block-${block.id}`}>
            <InlineContent inlines={block.inlines} />
          </p>
        </div>
      )
    case 'list': {
      const ListTag = block.ordered ? 'ol' : 'ul'
      return (
        <ListTag {...common} id={`block-${block.id}`}>
          {block.items.map((item, index) => (
            <li key={index}>
              <InlineContent inlines={item} />
            </li>
          ))}
        </ListTag>
      )
    }
  }
}
