/** The sentence "Your documents" shows after a revision is added: where the notes now sit, and a link to the comparison. */
import type { ApiOutput } from '../../shared/api-contract'
import { compareRoute } from '../routing/route'

/** What is shown once a revision is added. */
export interface RevisionAddedStatus {
  readonly kind: 'done'
  readonly message: string
  readonly link: { readonly href: string; readonly text: string }
}

/** "Rev. 2 added: 2 of your notes are on unchanged text, 1 needs review, 0 lost their passage." with "Compare with Rev. 1". */
export function revisionAddedStatus({ document, previous, notes }: ApiOutput<'documents.addRevision'>): RevisionAddedStatus {
  const label = document.added?.revision?.label ?? 'The revision'
  const unchanged = `${notes.unchanged} of your notes ${notes.unchanged === 1 ? 'is' : 'are'} on unchanged text`
  const review = `${notes.needsReview} ${notes.needsReview === 1 ? 'needs' : 'need'} review`
  const lost = `${notes.lost} lost ${notes.lost === 1 ? 'its' : 'their'} passage`
  return {
    kind: 'done',
    message: `${label} added: ${unchanged}, ${review}, ${lost}.`,
    link: { href: compareRoute(previous.id, document.id), text: `Compare with ${previous.label}` },
  }
}
