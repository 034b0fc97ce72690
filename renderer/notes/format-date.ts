/** Dates on notes, in the reader's locale, to the minute. */

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "28 Nov 2026, 10:04" (locale-dependent); an unreadable date is shown as given. */
export function formatNoteDate(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : formatter.format(time)
}
