/**
 * Partial dates in words, at their own precision, through `Intl`: the one
 * formatter for the timeline, document pages, search results, the briefing
 * and the Markdown export. Pure: runs in the renderer, under Node and in
 * Electron.
 */
import { parsePartialDate, type DatePrecision, type PartialDateParts } from './partial-date'

/** The interface's own language: its dates read like its English text ("1 July 2016"). */
export const UI_DATE_LOCALE = 'en-GB'

const PRECISION_OPTIONS: Readonly<Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
}

/** Formatters by locale and precision: making one costs far more than using it, and a briefing formats thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}\u0000${precision}`
  let formatter = formatters.get(key)
  if (!formatter) {
    // A calendar date, not an instant: read in UTC so no time zone moves it to the day before.
    formatter = new Intl.DateTimeFormat(locale, { ...PRECISION_OPTIONS[precision], timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  return formatter
}

function instant(parts: PartialDateParts): number {
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1)
}

/**
 * A YYYY, YYYY-MM or YYYY-MM-DD date in words at its own precision: "2018",
 * "October 2016", "1 July 2016" (in `en-GB`). An invalid date is returned as it is.
 */
export function formatPartialDate(date: string, locale: string = UI_DATE_LOCALE): string {
  const parts = parsePartialDate(date)
  return parts ? formatterFor(locale, parts.precision).format(instant(parts)) : date
}

/**
 * A span from `start` to `end`, the parts they share written once: "6–7
 * September 2012", "29 October – 16 November 2018" (in `en-GB`, with the
 * locale's own dash and spacing). Without a valid `end`, or with an end no
 * later than the start, just the start. Ends of different precision keep
 * their own ("2017 – January 2018"): widening one would invent a month or day.
 */
export function formatPartialDateRange(start: string, end: string | undefined, locale: string = UI_DATE_LOCALE): string {
  const first = parsePartialDate(start)
  const last = end === undefined ? null : parsePartialDate(end)
  if (!first || !last || instant(last) <= instant(first)) return formatPartialDate(start, locale)
  if (first.precision === last.precision) return formatterFor(locale, first.precision).formatRange(instant(first), instant(last))
  return [first, last].map((parts) => formatterFor(locale, parts.precision).format(instant(parts))).join(rangeSeparator(locale))
}

/** The text the locale puts between the two ends of a range (" – " in English, with thin spaces). */
function rangeSeparator(locale: string): string {
  return formatterFor(locale, 'year')
    .formatRangeToParts(Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1))
    .filter((part) => part.source === 'shared')
    .map((part) => part.value)
    .join('')
}
