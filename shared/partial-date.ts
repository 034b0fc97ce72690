/**
 * Dates as precise as their sources allow: a year ("2018"), a month
 * ("2016-10") or a day ("2016-07-01"). The precision is part of the fact: a
 * text known only by its year must not be shown with an invented day.
 * Pure: runs in the renderer, under Node and in Electron.
 */
import { z } from 'zod'

/** How precise a {@link PartialDate} is. */
export type DatePrecision = 'year' | 'month' | 'day'

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** The parts of a partial date; month and day are 1-based and absent below the precision. */
export interface PartialDateParts {
  readonly year: number
  readonly month?: number
  readonly day?: number
  readonly precision: DatePrecision
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC avoids DST).
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Splits `date` into its parts, or returns null unless it is a real calendar
 * date in one of the three forms (so "2015-02-29" and "2016-13" are null).
 */
export function parsePartialDate(date: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(date)
  if (!match) return null
  const year = Number(match[1])
  if (match[2] === undefined) return { year, precision: 'year' }
  const month = Number(match[2])
  if (month < 1 || month > 12) return null
  if (match[3] === undefined) return { year, month, precision: 'month' }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day, precision: 'day' }
}

/** Whether `date` is a valid partial date. */
export function isPartialDate(date: string): boolean {
  return parsePartialDate(date) !== null
}

/** Runtime schema for a partial date that is also a real calendar date. */
export const partialDateSchema = z
  .string()
  // abort: a malformed date is reported once, not also as "not a calendar date".
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isPartialDate, { message: 'is not a calendar date' })

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * The first and last day a partial date can mean, as "YYYY-MM-DD": "2016-10"
 * is 2016-10-01 to 2016-10-31. Throws RangeError for an invalid date.
 */
export function partialDateBounds(date: string): { readonly first: string; readonly last: string } {
  const parts = parsePartialDate(date)
  if (!parts) throw new RangeError(`"${date}" is not a YYYY, YYYY-MM or YYYY-MM-DD date`)
  const { year } = parts
  if (parts.month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` }
  const month = parts.month
  if (parts.day === undefined) {
    return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` }
  }
  return { first: date, last: date }
}

/**
 * Orders partial dates by the first day they can mean; of two with the same
 * first day, the less precise one ("2016" before "2016-01-01"), since it
 * stands for a longer span that starts there. Invalid dates sort last.
 */
export function comparePartialDates(a: string, b: string): number {
  const aValid = isPartialDate(a)
  const bValid = isPartialDate(b)
  if (!aValid || !bValid) return aValid === bValid ? a.localeCompare(b) : aValid ? -1 : 1
  const byStart = partialDateBounds(a).first.localeCompare(partialDateBounds(b).first)
  return byStart !== 0 ? byStart : a.length - b.length
}
