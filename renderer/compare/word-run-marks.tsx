/**
 * Deleted and inserted words as the comparison marks them: <del> and <ins>,
 * each also said in words ("[deleted: …]") so it reads without colour.
 */
import { Fragment } from 'react'
import type { WordRun } from '../../shared/revisions/word-runs'

/** A paragraph's word runs: both sides as a redline, or one side with its own changes marked. */
export function WordRunsText({ runs, show }: { runs: readonly WordRun[]; show: 'both' | 'before' | 'after' }) {
  return runs.map((run, index) => {
    if (run.kind === 'same') return <Fragment key={index}>{run.text}</Fragment>
    if (run.kind === 'deleted') return show === 'after' ? null : <Deleted key={index} text={run.text} minor={run.minor !== undefined} />
    return show === 'before' ? null : <Inserted key={index} text={run.text} minor={run.minor !== undefined} />
  })
}

/** Deleted words, struck through, said as deleted to screen readers. */
export function Deleted({ text: words, minor = false }: { text: string; minor?: boolean }) {
  return (
    <del className={minor ? 'is-minor' : undefined}>
      <span className="visually-hidden">[deleted: </span>
      {words}
      <span className="visually-hidden">]</span>
    </del>
  )
}

/** Inserted words, underlined, said as inserted to screen readers. */
export function Inserted({ text: words, minor = false }: { text: string; minor?: boolean }) {
  return (
    <ins className={minor ? 'is-minor' : undefined}>
      <span className="visually-hidden">[inserted: </span>
      {words}
      <span className="visually-hidden">]</span>
    </ins>
  )
}
