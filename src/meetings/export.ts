// Meetings as files: CSV columns (related records flattened), and an iCalendar feed.
import ical, { ICalCalendarMethod } from 'ical-generator'
import type { CsvColumn } from '../common/export.js'
import { joined } from '../common/export.js'
import { firstDay, lastDay } from '../common/dates.js'
import type { Meeting } from './schemas.js'

/** The related records every CSV row needs. */
export const CSV_INCLUDE = 'parties,participants,themes,sources'

/**
 * One row per meeting. Lists become one cell, values separated by "; ": parties and participants keep
 * the same order in their id and name columns, and a participant reads "Name, Title (Organization)".
 */
export const meetingCsvColumns: Array<CsvColumn<Meeting>> = [
  { header: 'id', value: (m) => m.id },
  { header: 'title', value: (m) => m.title },
  { header: 'start_date', value: (m) => m.start_date },
  { header: 'end_date', value: (m) => m.end_date },
  { header: 'format', value: (m) => m.format },
  { header: 'status', value: (m) => m.status },
  { header: 'kind', value: (m) => m.kind },
  { header: 'location', value: (m) => m.location?.name ?? null },
  { header: 'location_country_code', value: (m) => m.location?.country_code ?? null },
  { header: 'party_ids', value: (m) => joined((m.parties ?? []).map((p) => p.organization.id)) },
  { header: 'parties', value: (m) => joined((m.parties ?? []).map((p) => p.organization.name)) },
  { header: 'person_ids', value: (m) => joined((m.participants ?? []).map((p) => p.person.id)) },
  {
    header: 'participants',
    value: (m) => joined((m.participants ?? []).map((p) =>
      `${p.person.name}${p.title ? `, ${p.title}` : ''}${p.represents ? ` (${p.represents.name})` : ''}`))
  },
  { header: 'theme_ids', value: (m) => joined((m.themes ?? []).map((t) => t.id)) },
  { header: 'source_ids', value: (m) => joined((m.sources ?? []).map((s) => s.id)) },
  { header: 'source_urls', value: (m) => joined((m.sources ?? []).map((s) => s.url)) },
  { header: 'summary', value: (m) => m.summary },
  { header: 'version', value: (m) => m.version },
  { header: 'updated_at', value: (m) => m.updated_at }
]

const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date
}

const newCalendar = () => ical({ name: 'Parley meetings', prodId: { company: 'Parley', product: 'meetings', language: 'EN' }, method: ICalCalendarMethod.PUBLISH })

function addEvent (calendar: ReturnType<typeof ical>, m: Meeting, baseUrl: string) {
  return calendar.createEvent({
    id: `${m.id}@parley`,
    start: new Date(`${firstDay(m.start_date)}T00:00:00Z`),
    end: nextDay(lastDay(m.end_date ?? m.start_date)),
    allDay: true,
    summary: m.title,
    description: [m.summary, (m.participants ?? []).map((p) => `${p.person.name}${p.title ? `, ${p.title}` : ''}`).join('; ')].filter(Boolean).join('\n\n'),
    location: m.location ? [m.location.name, m.location.country_code].filter(Boolean).join(', ') : (m.format === 'in_person' ? null : m.format.replace('_', ' ')),
    url: `${baseUrl}/v1/meetings/${m.id}`,
    stamp: new Date(m.updated_at),
    lastModified: new Date(m.updated_at)
  })
}

/**
 * An RFC 5545 calendar: one all-day event per meeting over the days its dates can mean (a meeting
 * known only to the month spans the month), with a stable UID so that calendar programs update events.
 */
export function meetingCalendar (meetings: Iterable<Meeting>, baseUrl: string): string {
  const calendar = newCalendar()
  for (const m of meetings) addEvent(calendar, m, baseUrl)
  return calendar.toString()
}

const CALENDAR_END = 'END:VCALENDAR'
/** Events written between turns of the event loop: ical-generator takes about 0.4 ms an event. */
const EVENTS_PER_TURN = 50

/**
 * The same calendar as meetingCalendar, as text in pieces: the header, the events a few at a time (the event
 * loop answers other requests between pieces), and the end.
 */
export async function * meetingCalendarText (pages: AsyncIterable<Meeting[]>, baseUrl: string, limit: number): AsyncGenerator<string> {
  const calendar = newCalendar()
  const empty = calendar.toString()
  yield empty.slice(0, empty.lastIndexOf(CALENDAR_END))
  let written = 0
  for await (const page of pages) {
    for (let i = 0; i < page.length && written < limit; i += EVENTS_PER_TURN) {
      const chunk = page.slice(i, Math.min(i + EVENTS_PER_TURN, i + limit - written))
      yield chunk.map((m) => addEvent(calendar, m, baseUrl).toString()).join('')
      written += chunk.length
      await new Promise((resolve) => setImmediate(resolve))
    }
    if (written >= limit) break
  }
  yield CALENDAR_END
}
