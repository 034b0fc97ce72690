/**
 * User text set beside other text (a tag among tags, a label in a list):
 * in its own bidi isolate, so a right-to-left word takes its own direction
 * and a planted override (U+202E) reorders nothing outside it. Closers the
 * text leaves unmatched are dropped and what it leaves open is closed, so
 * the isolate holds whatever the text contains.
 */
import { balanceBidiControls } from '../../shared/text-hygiene'

/** Renders `text` as a `<bdi>` (direction from its first strong letter). */
export function IsolatedText({ text, className }: { text: string; className?: string }) {
  return <bdi className={className}>{balanceBidiControls(text)}</bdi>
}
