// Partial ISO 8601 dates ("2021", "2021-03", "2021-03-18") and the day range each one covers.

export const PARTIAL_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN)

const pad = (n: number) => String(n).padStart(2, '0')

function daysInMonth (year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a well-formed partial date that names a real day, month or year (no 2021-02-30). */
export function isPartialDate (value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false
  const [year, month, day] = value.split('-').map(Number)
  if (month === undefined || day === undefined) return true
  return day <= daysInMonth(year!, month)
}

/**
 * The JSON schema format every date field carries beside its pattern (see PartialDate), which alone lets
 * 2021-02-30 through. It checks the day only, so that a malformed date is one error (the pattern's), not two.
 * Each Ajv that checks Parley's schemas registers it.
 */
export const PARTIAL_DATE_FORMAT = 'partial-date'
export const dateFormats = { [PARTIAL_DATE_FORMAT]: (value: string) => !PARTIAL_DATE.test(value) || isPartialDate(value) }

/** The first day a partial date can mean: 2021 → 2021-01-01, 2021-03 → 2021-03-01. */
export function firstDay (value: string): string {
  const [year, month = '01', day = '01'] = value.split('-')
  return `${year}-${month}-${day}`
}

/** The last day a partial date can mean: 2021 → 2021-12-31, 2021-02 → 2021-02-28. */
export function lastDay (value: string): string {
  const [year, month, day] = value.split('-')
  if (month === undefined) return `${year}-12-31`
  if (day === undefined) return `${year}-${month}-${pad(daysInMonth(Number(year), Number(month)))}`
  return value
}
