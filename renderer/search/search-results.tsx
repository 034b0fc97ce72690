/**
 * The results panel's body: one section per kind with its count, each
 * result with its title, place and a snippet with the matched words marked.
 */
import type { SearchGroup, SearchHit, SearchKind, SearchPartial } from '../../shared/api-contract'
import { readRoute, timelineRoute } from '../routing/route'
import { HighlightedText } from '../ui/highlighted-text'
import { IsolatedText } from '../ui/isolated-text'
import './search-results.css'

/** What each kind is called in the panel. */
export const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  document: 'Documents',
  timeline: 'Timeline',
  glossary: 'Glossary',
  note: 'My notes',
}

/** Where a result opens. */
export function resultHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'document':
      return readRoute(hit.documentId, hit.blockId)
    case 'timeline':
      return timelineRoute(hit.entryId)
    case 'glossary':
      return hit.documentId ? readRoute(hit.documentId, hit.blockId) : timelineRoute()
    case 'note':
      return readRoute(hit.documentId, hit.blockId)
  }
}

/** What the panel says when a search stopped early (see SearchOutput.partial). */
export const PARTIAL_NOTICE = 'The search stopped early: these are the results found so far. Fewer words with * or ~ search faster.'

/** The grouped result lists, after a quiet note when the search stopped early. */
export function SearchResults({ groups, partial, onOpen }: { groups: readonly SearchGroup[]; partial?: SearchPartial | undefined; onOpen(hit: SearchHit): void }) {
  return (
    <>
      {partial && <p className="search-partial">{PARTIAL_NOTICE}</p>}
      {groups
        .filter((group) => group.results.length > 0)
        .map((group) => (
          <section key={group.kind} className="search-group" aria-labelledby={`search-group-${group.kind}`}>
            <h3 id={`search-group-${group.kind}`} className="search-group-title">
              {KIND_LABELS[group.kind]} <span className="count">{group.total}</span>
              {group.total > group.results.length && <span className="search-group-more"> (best {group.results.length})</span>}
            </h3>
            <ul className="search-result-list">
              {group.results.map((hit) => (
                <li key={hit.key}>
                  <a className="search-result" data-kind={hit.kind} href={resultHref(hit)} onClick={() => onOpen(hit)}>
                    <span className="search-result-title">{hit.title}</span>
                    {hit.place && <span className="search-result-place">{hit.place}</span>}
                    <span className="search-result-snippet">
                      {hit.snippet.truncatedStart && '… '}
                      <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
                      {hit.snippet.truncatedEnd && ' …'}
                    </span>
                    {hit.kind === 'note' && hit.tags.length > 0 && (
                      <span className="search-result-tags">
                        {hit.tags.map((tag, index) => (
                          <span key={tag}>
                            {index > 0 && ' '}#<IsolatedText text={tag} />
                          </span>
                        ))}
                      </span>
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  )
}
