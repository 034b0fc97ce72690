/**
 * The briefing page's statement annex and its contents list. The annex sets
 * the statement block by block, each paragraph and list with its number
 * ("¶2") in the margin, and each highlighted passage tinted by its
 * category, with the category glyph and the note's number before it (a
 * link to the note), so the highlight reads without colour too. Text is
 * rendered by React, never as markup.
 */
import { Fragment } from 'react'
import { annexIntro, CATEGORY_TINTS, highlightMark, opensWithTitle, UNCATEGORIZED_TINT, type StatementAnnex, type StatementBlock, type StatementRun } from './statement-annex'
import { STATEMENT_ANNEX_HEADING, STATEMENT_ANNEX_ID, type ContentsEntry } from './briefing-contents'
import { plural } from './briefing-content'

/** The statement, its highlights marked. */
export function StatementAnnexSection({ annex }: { annex: StatementAnnex }) {
  return (
    <section className="statement-annex" aria-labelledby={STATEMENT_ANNEX_ID} lang="en">
      <h2 id={STATEMENT_ANNEX_ID}>{STATEMENT_ANNEX_HEADING}</h2>
      <p className="statement-annex-intro">
        {opensWithTitle(annex) ? null : (
          <>
            <cite>{annex.title}</cite>.{' '}
          </>
        )}
        {annexIntro(annex.highlightCount, 'tinted')}
      </p>
      {annex.blocks.map((block) => (
        <AnnexBlock key={block.id} block={block} />
      ))}
    </section>
  )
}

function AnnexBlock({ block }: { block: StatementBlock }) {
  if (block.type === 'heading') {
    const Heading = block.level === 1 ? 'h3' : 'h4'
    return <Heading className={block.level === 1 ? 'statement-title' : 'statement-heading'}>{block.items.map((runs, index) => <Runs key={index} runs={runs} />)}</Heading>
  }
  const List = block.ordered ? 'ol' : 'ul'
  return (
    <div className="statement-block" id={`statement-${block.id}`}>
      <span className="statement-number">{block.label}</span>
      {block.type === 'list' ? (
        <List>
          {block.items.map((runs, index) => (
            <li key={index}>
              <Runs runs={runs} />
            </li>
          ))}
        </List>
      ) : (
        <p>{block.items.map((runs, index) => <Runs key={index} runs={runs} />)}</p>
      )}
    </div>
  )
}

function Runs({ runs }: { runs: readonly StatementRun[] }) {
  return runs.map((run, index) => {
    const text = <Lines text={run.text} />
    const marks = run.starts.map((highlight) => (
      <a key={highlight.number} className="hl-mark" data-category={highlight.category?.id ?? 'none'} href={`#note-${highlight.number}`} aria-label={`Note ${highlight.number}${highlight.category ? `, ${highlight.category.label}` : ''}`}>
        {highlightMark(highlight)}
      </a>
    ))
    if (run.highlights.length === 0) return <Fragment key={index}>{text}</Fragment>
    const innermost = run.highlights.at(-1)
    return (
      <Fragment key={index}>
        {marks}
        <mark className="hl" data-category={innermost?.category?.id ?? 'none'}>
          {text}
        </mark>
      </Fragment>
    )
  })
}

/** Text with its "\n" as line breaks. */
function Lines({ text }: { text: string }) {
  return text.split('\n').map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </Fragment>
  ))
}

/** The contents: each group and annex, linked to its heading, with its count of notes. */
export function Contents({ entries }: { entries: readonly ContentsEntry[] }) {
  return (
    <nav className="contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading">Contents</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} dir="auto">
              {entry.label}
            </a>
            {entry.notes !== null ? <span className="contents-count"> {plural(entry.notes, 'note')}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** The annex's and contents' print styles; tints from {@link CATEGORY_TINTS}, the same as Word's shading. */
export function statementAnnexStyles(labelFonts: string): string {
  const tints = Object.entries(CATEGORY_TINTS)
    .map(([id, { tint, ink }]) => `.hl[data-category="${id}"] { background: #${tint}; }\n.hl-mark[data-category="${id}"] { color: #${ink}; }`)
    .join('\n')
  return `
.contents { margin: 0 0 18pt; break-inside: avoid; page-break-inside: avoid; }
.contents > h2 { font-size: 8pt; letter-spacing: 0.12em; text-transform: uppercase; color: #555; margin: 0 0 4pt; }
.contents ol { margin: 0; padding: 0; list-style: none; columns: 2; column-gap: 18pt; }
.contents li { margin: 0 0 2pt; break-inside: avoid; }
.contents a { color: inherit; text-decoration: none; }
.contents-count { font-family: ${labelFonts}; font-size: 8pt; color: #555; font-variant-numeric: lining-nums; white-space: nowrap; }
.statement-annex { margin-top: 18pt; border-top: 0.75pt solid #1a1a1a; padding-top: 8pt; }
.statement-annex > h2 { font-size: 14pt; margin: 0 0 4pt; }
.statement-annex-intro { font-size: 8.5pt; color: #444; margin: 0 0 12pt; }
.statement-title { font-size: 12pt; text-align: center; margin: 0 0 10pt; }
.statement-heading { font-size: 11pt; margin: 10pt 0 4pt; padding-inline-start: 2.6em; break-after: avoid; page-break-after: avoid; }
.statement-block { display: grid; grid-template-columns: 2.6em 1fr; margin: 0 0 6pt; }
.statement-block p, .statement-block ul, .statement-block ol { margin: 0; }
.statement-block ul, .statement-block ol { padding-inline-start: 1.2em; }
.statement-number { font-family: ${labelFonts}; font-size: 8pt; color: #666; padding-top: 1.5pt; font-variant-numeric: lining-nums; }
.hl { background: #${UNCATEGORIZED_TINT.tint}; color: inherit; padding: 0.5pt 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.hl-mark { font-family: ${labelFonts}; font-size: 7pt; font-weight: 600; vertical-align: 2.5pt; margin-inline-end: 2.5pt; text-decoration: none; color: #444; font-variant-numeric: lining-nums; }
${tints}`
}
