/** A glossary definition shown under a term on hover or keyboard focus. */
import type { GlossaryTerm } from '../../shared/timeline-model'
import './peek.css'

/** The definition card (id "glossary-peek", which terms point to with aria-describedby). */
export function GlossaryPeek({ term, rect }: { term: GlossaryTerm | null; rect: { top: number; bottom: number; left: number } | null }) {
  if (!term || !rect) return null
  const below = rect.bottom + 8
  const top = below + 180 > window.innerHeight ? Math.max(8, rect.top - 188) : below
  return (
    <div id="glossary-peek" className="glossary-peek" role="tooltip" style={{ top, left: Math.min(rect.left, window.innerWidth - 380) }}>
      <strong>{term.term}</strong>
      {term.definition}
    </div>
  )
}
