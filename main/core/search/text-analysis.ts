/**
 * How text becomes index terms, in one place for both indexes (the bundled
 * one and the notes): the compound-aware tokenizer, accent folding, Lunr's
 * stop words and stemmer. Indexes keep no term positions (they would triple
 * the index's size and load time); the few results shown find theirs again
 * here, by running their text through this same analysis.
 */
import lunr from 'lunr'
import type { MatchPosition } from './snippet'
import { capLength, compoundTokenizer } from './tokenize'

/**
 * Trims a token to its letters and digits and folds accents, on both the
 * index and the query side. Replaces Lunr's trimmer, whose ASCII \W cut
 * "José" to "Jos" (so "José" found nothing), and which the search pipeline
 * lacks (so "(ITU)" or "20/8," found nothing). Cuts terms to
 * MAX_TOKEN_LENGTH, so a long query word finds the long word it starts.
 */
export const normalizeTerm: lunr.PipelineFunction = (token) => {
  const term = token
    .toString()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  // Punctuation alone ("—", "&") is not a term: drop it rather than index "".
  // Folding may lengthen a word ("ﷺ" is 18 letters): cut it again, on both sides alike.
  return term === '' ? null : token.update(() => capLength(term))
}

// Serialized indexes name their search pipeline's functions; loading needs them
// registered. Done by hand (as registerFunction does) to stay quiet when this
// module is evaluated again against the same lunr, as test runners do.
const pipelineRegistry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions
Object.assign(normalizeTerm, { label: 'focNormalizeTerm' })
pipelineRegistry['focNormalizeTerm'] = normalizeTerm

/** Sets a builder's tokenizer and pipelines to this module's analysis. */
export function applyTextAnalysis(builder: lunr.Builder): void {
  builder.pipeline.before(lunr.trimmer, normalizeTerm)
  builder.pipeline.remove(lunr.trimmer)
  builder.searchPipeline.before(lunr.stemmer, normalizeTerm)
  // Symbols ("A/HRC/RES/20/8", "PP-18") are findable whole and in parts; see tokenize.ts.
  ;(builder as unknown as { tokenizer: typeof compoundTokenizer }).tokenizer = compoundTokenizer
}

/** The index-side pipeline: what a builder using {@link applyTextAnalysis} runs on each token. */
const indexPipeline = new lunr.Pipeline()
indexPipeline.add(normalizeTerm, lunr.stopWordFilter, lunr.stemmer)

/**
 * Where the index terms `terms` occur in `text`, as [start, length] in
 * UTF-16 units: the positions Lunr would have recorded for this text. With
 * `reach`, it stops past `reach` units after the first match: a snippet
 * shows no more, and a long note need not be stemmed to its end.
 */
export function locateTerms(text: string, terms: ReadonlySet<string>, reach = Number.POSITIVE_INFINITY): MatchPosition[] {
  if (terms.size === 0 || text === '') return []
  const positions: MatchPosition[] = []
  for (const raw of compoundTokenizer(text)) {
    const position = (raw as unknown as { metadata: { position?: unknown } }).metadata.position
    if (!Array.isArray(position) || typeof position[0] !== 'number' || typeof position[1] !== 'number') continue
    const first = positions[0]
    if (first && position[0] > first[0] + reach) break
    const [token] = indexPipeline.run([raw])
    if (token && terms.has(token.toString())) positions.push([position[0], position[1]])
  }
  return positions
}
