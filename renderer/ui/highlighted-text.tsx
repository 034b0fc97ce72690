/** Text with some ranges wrapped in <mark>, always rendered as text. */
import { highlightSegments } from './highlight-segments'

/** Renders `text` with `highlights` marked. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly { start: number; end: number }[] }) {
  return (
    <>
      {highlightSegments(text, highlights).map((segment, index) =>
        segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  )
}
