// Import of the US Office of the Historian's public data (HistoryAtState visits and travels), in its XML.
// Each source record becomes one meeting, keyed on the record's own id: running it again changes nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { sql } from 'drizzle-orm'
import type { WriteContext } from '../common/write.js'
import { isPartialDate } from '../common/dates.js'
import { createOrganization } from '../organizations/write.js'
import { createPerson } from '../persons/write.js'
import { createSource, patchSource } from '../sources/write.js'
import { findSource } from '../sources/repository.js'
import type { SourceInput } from '../sources/schemas.js'
import { findMeeting } from '../meetings/repository.js'
import { createMeeting, replaceMeeting } from '../meetings/write.js'
import type { Meeting, MeetingInput } from '../meetings/schemas.js'
import { countryCode } from './countries.js'

const PUBLISHER = 'Office of the Historian, U.S. Department of State'
const SITE = 'https://history.state.gov/departmenthistory'
const US = 'united-states'

/** Titles that open a visitor's name in the visits data ("Prime Minister Jawaharlal Nehru"), longest first. */
const TITLES = [
  'Chairman of the Presidency', 'Prime Minister and Prince', 'Premier and Prince', 'Interim Prime Minister', 'Acting Prime Minister',
  'Provisional President', 'Interim President', 'Acting President', 'President-designate', 'President-elect', 'Chancellor-elect',
  'Federal Chancellor', 'Brigadier General', 'Lieutenant General', 'General Secretary', 'First Secretary', 'Governor General',
  'Grand Duchess', 'Grand Duke', 'Crown Prince', 'Regent Prince', 'Chief of State', 'Head of State', 'Junta Member', 'Vice Premier',
  'Prime Minister', 'Prime Minster', 'Prime Ministere', 'President', 'Chancellor', 'Taoiseach', 'Chairman', 'Premier', 'Emperor',
  'Sultan', 'Sheikh', 'General', 'Prince', 'Queen', 'King', 'Amir', 'Emir', 'Shah', 'Pope'
]

/** Titles written otherwise in the source, read as what they mean. */
const TITLE_FIXES: Record<string, string> = {
  'prime minster': 'Prime Minister', 'prime ministere': 'Prime Minister', 'prime minister-prince': 'Prime Minister and Prince'
}
const SPELLINGS = [...TITLES, 'Prime Minister-Prince'].sort((a, b) => b.length - a.length)

export interface Visitor {
  title: string | null
  name: string
}

/** The title a text opens with, matched without regard to case or to a space after a hyphen ("President- elect"). */
function leadingTitle (text: string): { title: string, length: number } | undefined {
  const normal = text.replace(/-\s+/g, '-')
  const lower = normal.toLowerCase()
  const found = SPELLINGS.find((t) => lower.startsWith(t.toLowerCase()) && (normal.length === t.length || /[\s,A-Z]/.test(normal[t.length]!)))
  if (!found) return undefined
  // Map the length back onto the original text, which may hold extra spaces after hyphens.
  let length = 0
  for (let seen = 0; seen < found.length; length++) if (!(text[length - 1] === '-' && /\s/.test(text[length]!))) seen++
  const canonical = TITLE_FIXES[found.toLowerCase()] ?? TITLES.find((t) => t.toLowerCase() === found.toLowerCase()) ?? found
  return { title: canonical, length }
}

/** Splits "President X and Prime Minister Y" (or "President X, Prime Minister Y") into people, each with their title. */
export function parseVisitors (text: string): Visitor[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  const people: Visitor[] = []
  let rest = clean
  while (rest.length > 0) {
    const lead = leadingTitle(rest)
    const afterTitle = lead ? rest.slice(lead.length).replace(/^[\s,]+/, '') : rest
    const split = [...afterTitle.matchAll(/ and |, /g)].find((m) => leadingTitle(afterTitle.slice(m.index! + m[0].length)) !== undefined)
    const name = split === undefined ? afterTitle : afterTitle.slice(0, split.index)
    people.push({ title: lead?.title ?? null, name: name.trim() || clean })
    rest = split === undefined ? '' : afterTitle.slice(split.index! + split[0].length)
  }
  return people
}

interface Term {
  id: string
  name: string
  from: string
  to: string
}

export interface SourceRecord {
  dataset: 'visits' | 'travels'
  id: string
  file: string
  startDate: string
  endDate: string
  country: { slug: string, name: string }
  visitors: Visitor[]
  /** Travels: the travelling president or secretary. */
  traveller?: { who: string, name: string, role: 'president' | 'secretary' }
  locale: string | null
  text: string | null
}

export interface ImportReport {
  read: number
  created: number
  updated: number
  unchanged: number
  rejected: Array<{ record: string, reason: string }>
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'visit' || name === 'trip' || name === 'president'
})

const text = (value: unknown): string | null => {
  if (value === undefined || value === null) return null
  const raw = typeof value === 'object' ? (value as Record<string, unknown>)['#text'] : value
  const s = raw === undefined ? '' : String(raw).replace(/\s+/g, ' ').trim()
  return s === '' ? null : s
}

const xmlFiles = (dir: string) => existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(dir, f)) : []

/** Finds the data in a checkout of the visits or travels repository, or a folder holding both. */
export function locate (folder: string): { visits: string[], travels: string[], presidents: string | null } {
  const roots = [folder, join(folder, 'visits'), join(folder, 'travels')]
  const visits = roots.flatMap((r) => xmlFiles(join(r, 'data')))
  const travels = roots.flatMap((r) => [...xmlFiles(join(r, 'president-travels')), ...xmlFiles(join(r, 'secretary-travels'))])
  const presidents = [join(folder, 'presidents', 'presidents.xml'), join(folder, 'travels', 'presidents', 'presidents.xml'), join(folder, '..', 'travels', 'presidents', 'presidents.xml')]
    .find((p) => existsSync(p)) ?? null
  return { visits, travels, presidents }
}

export function readPresidents (file: string): Term[] {
  const doc = parser.parse(readFileSync(file, 'utf8')) as { presidents: { president: Array<Record<string, unknown>> } }
  return doc.presidents.president.map((p) => ({
    id: text(p.id)!, name: text(p.name)!, from: text(p['took-office-date'])!, to: text(p['left-office-date']) ?? '9999-12-31'
  }))
}

/** The president whose term contains the day; on inauguration day, the incoming one. */
export function presidentOn (terms: Term[], day: string): Term | undefined {
  return terms.filter((t) => t.from <= day && day <= t.to).sort((a, b) => b.from.localeCompare(a.from))[0]
}

const relative = (file: string) => file.split('/').slice(-2).join('/')

export function readRecords (files: { visits: string[], travels: string[] }): SourceRecord[] {
  const records: SourceRecord[] = []
  for (const file of files.visits) {
    const doc = parser.parse(readFileSync(file, 'utf8')) as { visits?: { visit?: Array<Record<string, unknown>> } }
    for (const v of doc.visits?.visit ?? []) {
      const from = v.from as Record<string, string> | string | undefined
      records.push({
        dataset: 'visits',
        id: text(v.id) ?? '',
        file: `data/${basename(file)}`,
        startDate: text(v['start-date']) ?? '',
        endDate: text(v['end-date']) ?? text(v['start-date']) ?? '',
        country: { slug: typeof from === 'object' ? from['@id'] ?? '' : '', name: text(from) ?? '' },
        visitors: parseVisitors(text(v.visitor) ?? ''),
        locale: null,
        text: text(v.description)
      })
    }
  }
  for (const file of files.travels) {
    const doc = parser.parse(readFileSync(file, 'utf8')) as { trips?: { trip?: Array<Record<string, unknown>> } }
    for (const trip of doc.trips?.trip ?? []) {
      const country = trip.country as Record<string, string> | string | undefined
      const role = (text(trip.role) ?? text(trip['@role'])) === 'president' ? 'president' : 'secretary'
      records.push({
        dataset: 'travels',
        id: text(trip.id) ?? '',
        file: relative(file),
        startDate: text(trip['start-date']) ?? '',
        endDate: text(trip['end-date']) ?? text(trip['start-date']) ?? '',
        country: { slug: typeof country === 'object' ? country['@id'] ?? '' : '', name: text(country) ?? '' },
        visitors: [],
        traveller: { who: String(trip['@who'] ?? ''), name: text(trip.name) ?? '', role },
        locale: text(trip.locale),
        text: text(trip.remarks)
      })
    }
  }
  return records
}

function reject (record: SourceRecord): string | null {
  if (!/^\d+$/.test(record.id)) return 'no record id'
  if (!isPartialDate(record.startDate)) return `start date "${record.startDate}" is not a date`
  if (!isPartialDate(record.endDate) || record.endDate < record.startDate) return `end date "${record.endDate}" is not a date on or after the start`
  if (!/^[a-z0-9-]+$/.test(record.country.slug) || record.country.name === '') return 'no country'
  if (record.dataset === 'visits' && record.visitors.every((v) => v.name === '')) return 'no visitor'
  if (record.dataset === 'travels' && !record.traveller?.name) return 'no traveller'
  return null
}

/** Compares what a meeting holds with what an import would write, ignoring ids made by Parley. */
function sameMeeting (m: Meeting, input: MeetingInput): boolean {
  const shape = (x: {
    title: string, summary?: string | null, start_date: string, end_date?: string | null, location?: { name: string, country_code?: string | null } | null,
    parties: Array<[string, string | undefined]>, participants: Array<[string, string | null, string | null, string | undefined]>, sources: string[]
  }) => JSON.stringify([x.title, x.summary ?? null, x.start_date, x.end_date ?? null, x.location?.name ?? null, x.location?.country_code ?? null, x.parties, x.participants, x.sources])
  return shape({
    ...m,
    parties: (m.parties ?? []).map((p) => [p.organization.id, p.role]),
    participants: (m.participants ?? []).map((p) => [p.person.id, p.represents?.id ?? null, p.title, p.role]),
    sources: (m.sources ?? []).map((s) => s.id)
  }) === shape({
    ...input,
    parties: (input.parties ?? []).map((p) => [p.organization as string, p.role]),
    participants: (input.participants ?? []).map((p) => [p.person as string, (p.represents as string | null | undefined) ?? null, p.title ?? null, p.role]),
    sources: (input.sources ?? []) as string[]
  })
}

export interface ImportOptions {
  presidents?: Term[]
  onProgress?: (done: number, total: number) => void
}

/** Writes the records as meetings within the caller's transaction; a thrown error leaves nothing behind. */
export function importRecords (ctx: WriteContext, records: SourceRecord[], options: ImportOptions = {}): ImportReport {
  const report: ImportReport = { read: records.length, created: 0, updated: 0, unchanged: 0, rejected: [] }
  const personIds = new Map<string, string>()
  const organizationIds = new Set<string>()

  // A country keeps the name of its latest record: "Russia", not the "U.S.S.R." filed under the same slug.
  const countryNames = new Map<string, { name: string, day: string }>()
  for (const r of records) {
    const known = countryNames.get(r.country.slug)
    if (!known || r.startDate >= known.day) countryNames.set(r.country.slug, { name: r.country.name, day: r.startDate })
  }

  const organization = (slug: string, name: string, code: string | null) => {
    if (!organizationIds.has(slug)) {
      if (!ctx.db.get(sql`SELECT 1 FROM organizations WHERE id = ${slug}`)) createOrganization(ctx, { id: slug, name, kind: 'state', country_code: code })
      organizationIds.add(slug)
    }
    return slug
  }
  const person = (name: string) => {
    let id = personIds.get(name)
    if (!id) {
      id = ctx.db.get<{ id: string }>(sql`SELECT id FROM persons WHERE name = ${name} ORDER BY id LIMIT 1`)?.id ?? createPerson(ctx, { name }).id
      personIds.set(name, id)
    }
    return id
  }
  const source = (input: SourceInput & { id: string }) => {
    const existing = findSource(ctx.db, input.id)
    if (!existing) return createSource(ctx, input).id
    const { id: _, ...fields } = input
    const changed = Object.entries(fields).some(([k, v]) => JSON.stringify((existing as Record<string, unknown>)[k] ?? null) !== JSON.stringify(v ?? null))
    if (changed) patchSource(ctx, existing, fields)
    return input.id
  }

  records.forEach((r, index) => {
    options.onProgress?.(index, records.length)
    const reason = reject(r)
    if (reason) {
      report.rejected.push({ record: `${r.dataset}:${r.id || '?'} (${r.file})`, reason })
      return
    }
    const code = countryCode(r.country.slug, r.country.name)
    const country = organization(r.country.slug, countryNames.get(r.country.slug)!.name, code)
    organization(US, 'United States', 'US')
    const endDate = r.endDate === r.startDate ? null : r.endDate
    let input: MeetingInput
    if (r.dataset === 'visits') {
      const host = options.presidents && presidentOn(options.presidents, r.startDate)
      const who = r.visitors.map((v) => [v.title, v.name].filter(Boolean).join(' ')).join(' and ')
      input = {
        title: `${who} of ${r.country.name} in the United States`,
        summary: r.text,
        start_date: r.startDate,
        end_date: endDate,
        format: 'in_person',
        location: { name: 'United States', country_code: 'US' },
        parties: [{ organization: country, role: 'guest' }, { organization: US, role: 'host' }],
        participants: [
          ...r.visitors.map((v) => ({ person: person(v.name), represents: country, title: v.title, role: 'head_of_delegation' as const })),
          ...(host ? [{ person: person(host.name), represents: US, title: 'President of the United States', role: 'host' as const }] : [])
        ],
        sources: [source({
          id: `history-state-gov-visit-${r.id}`, publisher: PUBLISHER, title: 'Visits by Foreign Leaders and Heads of State',
          url: `${SITE}/visits/${r.startDate.slice(0, 4)}`, repository: 'https://github.com/HistoryAtState/visits', file: r.file, record_id: r.id
        })]
      }
    } else {
      const t = r.traveller!
      const title = t.role === 'president' ? 'President of the United States' : 'Secretary of State'
      input = {
        title: `${title} ${t.name} in ${r.country.name}`,
        summary: r.text,
        start_date: r.startDate,
        end_date: endDate,
        format: 'in_person',
        location: { name: r.locale ?? r.country.name, country_code: code },
        parties: [{ organization: US, role: 'guest' }, { organization: country, role: 'host' }],
        participants: [{ person: person(t.name), represents: US, title, role: 'head_of_delegation' }],
        sources: [source({
          id: `history-state-gov-trip-${r.id}`, publisher: PUBLISHER,
          title: t.role === 'president' ? 'Travels Abroad of the President' : 'Travels Abroad of the Secretary of State',
          url: `${SITE}/travels/${t.role}/${t.who}`, repository: 'https://github.com/HistoryAtState/travels', file: r.file, record_id: r.id
        })]
      }
    }
    const sourceId = (input.sources as string[])[0]!
    const existingId = ctx.db.get<{ meeting_id: string }>(sql`SELECT meeting_id FROM meeting_sources WHERE source_id = ${sourceId} ORDER BY meeting_id LIMIT 1`)?.meeting_id
    const existing = existingId ? findMeeting(ctx.db, existingId) : undefined
    if (!existing) {
      createMeeting(ctx, input)
      report.created++
    } else if (sameMeeting(existing, input)) {
      report.unchanged++
    } else {
      replaceMeeting(ctx, existing, { ...input, format: existing.format, status: existing.status, date_note: existing.date_note, themes: existing.themes?.map((th) => th.id), statements: undefined, proposals: undefined })
      report.updated++
    }
  })
  options.onProgress?.(records.length, records.length)
  return report
}
