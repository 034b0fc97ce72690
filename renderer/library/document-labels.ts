/** Human labels for document facts shown in the library and reader. */
import type { DocumentKind } from '../../shared/document-model'

const KIND_LABELS: Record<DocumentKind, string> = {
  statement: 'Joint statement',
  declaration: 'Declaration',
  resolution: 'Resolution',
  reference: 'Reference',
}

/** "Joint statement", "Resolution", … */
export function kindLabel(kind: DocumentKind): string {
  return KIND_LABELS[kind]
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2018", "October 2018" or "29 October 2018", as precise as the date is. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (!monthName) return year ?? date
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`
}
