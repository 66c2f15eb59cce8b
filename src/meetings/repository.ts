// Reads meetings: filtered keyset pages, single records, and related records embedded in bulk.
import { sql, type SQL } from 'drizzle-orm'
import type { Db, Queryable } from '../db/open.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { firstDay, lastDay } from '../common/dates.js'
import { and, ftsQuery, groupBy, organizationsNamedBy, themeAndDescendants } from '../common/sql.js'
import type { OrganizationSummary } from '../organizations/schemas.js'
import { proposalsByMeeting } from '../proposals/repository.js'
import type { Source } from '../sources/schemas.js'
import type { ThemeSummary } from '../themes/schemas.js'
import { EXPORT_FORMATS, FACET_NAMES, INCLUDES, type Include, type Meeting, type MeetingListQuery, type Participant, type Party, type Statement } from './schemas.js'

interface MeetingRow {
  seq: number
  id: string
  title: string
  summary: string | null
  start_date: string
  end_date: string | null
  first_day: string
  date_note: string | null
  format: Meeting['format']
  status: Meeting['status']
  location_name: string | null
  location_country_code: string | null
  version: number
  created_at: string
  updated_at: string
  party_count: number
}

const meetingColumns = sql`m.seq, m.id, m.title, m.summary, m.start_date, m.end_date, m.first_day, m.date_note, m.format, m.status,
    m.location_name, m.location_country_code, m.version, m.created_at, m.updated_at,
    (SELECT count(*) FROM meeting_parties WHERE meeting_id = m.id) AS party_count`

const selectMeetings = sql`SELECT ${meetingColumns} FROM meetings m`

const list = (values: string[]): SQL => sql.join(values.map((v) => sql`${v}`), sql`, `)

const organization = (prefix: string, row: Record<string, unknown>): OrganizationSummary | null =>
  row[`${prefix}id`] === null
    ? null
    : {
        id: row[`${prefix}id`] as string,
        name: row[`${prefix}name`] as string,
        abbreviation: row[`${prefix}abbreviation`] as string | null,
        kind: row[`${prefix}kind`] as OrganizationSummary['kind'],
        country_code: row[`${prefix}country_code`] as string | null
      }

const orgColumns = (alias: string, prefix: string) => sql.raw(
  ['id', 'name', 'abbreviation', 'kind', 'country_code'].map((c) => `${alias}.${c} AS ${prefix}${c}`).join(', '))

function partiesOf (db: Queryable, ids: string[]): Map<string, Party[]> {
  const rows = db.all<Record<string, unknown> & { meeting_id: string, role: Party['role'] }>(sql`
    SELECT mp.meeting_id, mp.role, ${orgColumns('o', 'o_')}
    FROM meeting_parties mp JOIN organizations o ON o.id = mp.organization_id
    WHERE mp.meeting_id IN (${list(ids)}) ORDER BY mp.meeting_id, mp.position, o.id`)
  const parties = rows.map((r) => ({ meetingId: r.meeting_id, organization: organization('o_', r)!, role: r.role }))
  return new Map([...groupBy(parties, (p) => p.meetingId)].map(([k, v]) => [k, v.map(({ organization, role }) => ({ organization, role }))]))
}

function participantsOf (db: Queryable, ids: string[]): Map<string, Participant[]> {
  const rows = db.all<Record<string, unknown> & { meeting_id: string, id: number, person_id: string, person_name: string, title: string | null, role: Participant['role'] }>(sql`
    SELECT pa.meeting_id, pa.id, pa.title, pa.role, pe.id AS person_id, pe.name AS person_name, ${orgColumns('o', 'o_')}
    FROM participants pa JOIN persons pe ON pe.id = pa.person_id LEFT JOIN organizations o ON o.id = pa.organization_id
    WHERE pa.meeting_id IN (${list(ids)}) ORDER BY pa.meeting_id, pa.position, pa.id`)
  const groups = groupBy(rows, (r) => r.meeting_id)
  return new Map([...groups].map(([k, v]) => [k, v.map((r) => ({
    id: String(r.id),
    person: { id: r.person_id, name: r.person_name },
    represents: organization('o_', r),
    title: r.title,
    role: r.role
  }))]))
}

function statementsOf (db: Queryable, ids: string[]): Map<string, Statement[]> {
  const rows = db.all<Record<string, unknown> & { meeting_id: string, id: number, kind: Statement['kind'], text: string }>(sql`
    SELECT s.meeting_id, s.id, s.kind, s.text, ${orgColumns('o', 'o_')}
    FROM statements s LEFT JOIN organizations o ON o.id = s.organization_id
    WHERE s.meeting_id IN (${list(ids)}) ORDER BY s.meeting_id, s.position, s.id`)
  const groups = groupBy(rows, (r) => r.meeting_id)
  return new Map([...groups].map(([k, v]) => [k, v.map((r) => ({ id: String(r.id), by: organization('o_', r), kind: r.kind, text: r.text }))]))
}

function themesOf (db: Queryable, ids: string[]): Map<string, ThemeSummary[]> {
  const rows = db.all<ThemeSummary & { meeting_id: string }>(sql`
    SELECT mt.meeting_id, t.id, t.label, t.parent_id FROM meeting_themes mt JOIN themes t ON t.id = mt.theme_id
    WHERE mt.meeting_id IN (${list(ids)}) ORDER BY mt.meeting_id, t.label, t.id`)
  const groups = groupBy(rows, (r) => r.meeting_id)
  return new Map([...groups].map(([k, v]) => [k, v.map(({ id, label, parent_id }) => ({ id, label, parent_id }))]))
}

function sourcesOf (db: Queryable, ids: string[]): Map<string, Source[]> {
  const rows = db.all<Omit<Source, 'via'> & { via: string, meeting_id: string }>(sql`
    SELECT ms.meeting_id, s.id, s.publisher, s.via, s.url, s.title, s.published_on, s.dateline, s.language, s.repository, s.file, s.record_id, s.version
    FROM meeting_sources ms JOIN sources s ON s.id = ms.source_id
    WHERE ms.meeting_id IN (${list(ids)}) ORDER BY ms.meeting_id, s.published_on, s.id`)
  const groups = groupBy(rows, (r) => r.meeting_id)
  return new Map([...groups].map(([k, v]) => [k, v.map(({ meeting_id: _, via, ...source }) => ({ ...source, via: JSON.parse(via) as string[] }))]))
}

const loaders: Record<Include, (db: Queryable, ids: string[]) => Map<string, unknown[]>> = {
  parties: partiesOf,
  participants: participantsOf,
  proposals: proposalsByMeeting,
  statements: statementsOf,
  themes: themesOf,
  sources: sourcesOf
}

/** Turns rows into meetings with the requested related records: one query per kind of record, not per meeting. */
function toMeetings (db: Queryable, rows: MeetingRow[], include: readonly Include[]): Meeting[] {
  const ids = rows.map((r) => r.id)
  const embedded = ids.length === 0 ? [] : include.map((name) => [name, loaders[name](db, ids)] as const)
  return rows.map((r) => {
    const meeting: Meeting = {
      id: r.id,
      title: r.title,
      summary: r.summary,
      start_date: r.start_date,
      end_date: r.end_date,
      date_note: r.date_note,
      format: r.format,
      status: r.status,
      kind: r.party_count === 2 ? 'bilateral' : r.party_count > 2 ? 'multilateral' : null,
      location: r.location_name === null ? null : { name: r.location_name, country_code: r.location_country_code },
      version: r.version,
      created_at: r.created_at,
      updated_at: r.updated_at
    }
    for (const [name, records] of embedded) {
      (meeting as Record<string, unknown>)[name] = records.get(r.id) ?? []
    }
    return meeting
  })
}

export function findMeeting (db: Queryable, id: string): Meeting | undefined {
  const rows = db.all<MeetingRow>(sql`${selectMeetings} WHERE m.id = ${id}`)
  return toMeetings(db, rows, INCLUDES)[0]
}

export interface MeetingScope {
  person?: string
  organization?: string
}

export interface MeetingPage {
  data: Meeting[]
  nextCursor: string | null
}

export function parseInclude (include: string | undefined): Include[] {
  return include ? [...new Set(include.split(',') as Include[])] : []
}

/**
 * A link table whose index (key, meeting_first_day, meeting_id) yields one person's or organization's
 * meetings already in date order: a page reads 20 index entries instead of walking every meeting by date.
 */
interface Driver {
  table: 'participants' | 'meeting_parties'
  column: 'person_id' | 'organization_id'
  value: string
}

function chooseDriver (query: MeetingListQuery, scope: MeetingScope): Driver | undefined {
  const person = scope.person ?? query.person
  if (person) return { table: 'participants', column: 'person_id', value: person }
  const party = [...(scope.organization ? [scope.organization] : []), ...(query.party ?? [])].find((p) => !/^[A-Z]{2}$/.test(p))
  return party ? { table: 'meeting_parties', column: 'organization_id', value: party } : undefined
}

/** The WHERE conditions (over `meetings m`) that a list's filters make, without paging. */
function meetingConditions (db: Db, query: MeetingListQuery, scope: MeetingScope, driver?: Driver): { where: SQL[], match?: string } {
  const where: SQL[] = []
  const person = scope.person ?? query.person
  const parties = [...(scope.organization ? [scope.organization] : []), ...(query.party ?? [])]
  for (const party of new Set(parties)) {
    if (driver?.table === 'meeting_parties' && driver.value === party) continue
    where.push(sql`EXISTS (SELECT 1 FROM meeting_parties mp WHERE mp.meeting_id = m.id AND mp.organization_id IN (${organizationsNamedBy(party)}))`)
  }
  if (person && driver?.table !== 'participants') where.push(sql`EXISTS (SELECT 1 FROM participants pa WHERE pa.meeting_id = m.id AND pa.person_id = ${person})`)
  if (query.theme) where.push(sql`EXISTS (SELECT 1 FROM meeting_themes mt WHERE mt.meeting_id = m.id AND mt.theme_id IN (${themeAndDescendants(query.theme)}))`)
  if (query.format && !(EXPORT_FORMATS as readonly string[]).includes(query.format)) where.push(sql`m.format = ${query.format}`)
  if (query.country) where.push(sql`m.location_country_code = ${query.country}`)
  if (query.from) where.push(sql`m.last_day >= ${firstDay(query.from)}`)
  if (query.to) where.push(sql`m.first_day <= ${lastDay(query.to)}`)
  return { where, match: query.q ? ftsQuery(db, 'meetings_fts', query.q) : undefined }
}

export function listMeetings (db: Db, query: MeetingListQuery, scope: MeetingScope = {}): MeetingPage {
  const sort = query.sort ?? (query.q ? 'relevance' : '-date')
  const limit = query.limit ?? 20
  const driver = sort !== 'relevance' && !query.q ? chooseDriver(query, scope) : undefined
  const { where, match } = meetingConditions(db, query, scope, driver)
  let rows: MeetingRow[]
  if (driver) {
    const direction = sql.raw(sort === 'date' ? 'ASC' : 'DESC')
    if (query.cursor) {
      const [day, id] = decodeCursor(query.cursor, `meetings:${sort}`, ['string', 'string'])
      where.push(sort === 'date' ? sql`(d.meeting_first_day, d.meeting_id) > (${day}, ${id})` : sql`(d.meeting_first_day, d.meeting_id) < (${day}, ${id})`)
    }
    rows = db.all<MeetingRow>(sql`
      SELECT ${meetingColumns} FROM ${sql.raw(driver.table)} d JOIN meetings m ON m.id = d.meeting_id
      WHERE d.${sql.raw(driver.column)} = ${driver.value} AND ${and(where)}
      ${driver.table === 'participants' ? sql`GROUP BY d.meeting_first_day, d.meeting_id` : sql``}
      ORDER BY d.meeting_first_day ${direction}, d.meeting_id ${direction} LIMIT ${limit + 1}`)
  } else if (sort === 'relevance' && match) {
    // Rank every match once, then page through them by (rank, seq).
    const after = query.cursor ? decodeCursor(query.cursor, 'meetings:relevance', ['number', 'number']) : undefined
    rows = db.all<MeetingRow & { rank: number }>(sql`
      SELECT * FROM (
        SELECT m.*, f.rank AS rank FROM meetings_fts f JOIN (${selectMeetings}) m ON m.seq = f.rowid
        WHERE meetings_fts MATCH ${match}
      ) m WHERE ${and(where)} ${after ? sql`AND (m.rank, m.seq) > (${after[0]}, ${after[1]})` : sql``}
      ORDER BY m.rank, m.seq LIMIT ${limit + 1}`)
  } else {
    // The unary + keeps SQLite from driving the query by the matches (which sorts every match as a full row):
    // it walks the date index instead and tests each meeting against the matches, stopping after one page.
    if (match) where.push(sql`+m.seq IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ${match})`)
    if (query.cursor) {
      const [day, id] = decodeCursor(query.cursor, `meetings:${sort}`, ['string', 'string'])
      where.push(sort === 'date' ? sql`(m.first_day, m.id) > (${day}, ${id})` : sql`(m.first_day, m.id) < (${day}, ${id})`)
    }
    const order = sort === 'date' ? sql`m.first_day ASC, m.id ASC` : sql`m.first_day DESC, m.id DESC`
    rows = db.all<MeetingRow>(sql`${selectMeetings} WHERE ${and(where)} ORDER BY ${order} LIMIT ${limit + 1}`)
  }

  const page = rows.slice(0, limit)
  const data = toMeetings(db, page, parseInclude(query.include))
  if (match && page.length > 0) addMatches(db, match, page, data)
  const last = page.at(-1)
  let nextCursor: string | null = null
  if (rows.length > limit && last) {
    nextCursor = sort === 'relevance'
      ? encodeCursor('meetings:relevance', [(last as MeetingRow & { rank: number }).rank, last.seq])
      : encodeCursor(`meetings:${sort}`, [last.first_day, last.id])
  }
  return { data, nextCursor }
}

/** Adds the best passage and rank of each meeting on the page; snippets are made for the page only. */
function addMatches (db: Queryable, match: string, rows: MeetingRow[], meetings: Meeting[]): void {
  const found = db.all<{ rowid: number, snippet: string, rank: number }>(sql`
    SELECT rowid, snippet(meetings_fts, -1, '<mark>', '</mark>', '…', 16) AS snippet, rank
    FROM meetings_fts WHERE meetings_fts MATCH ${match} AND rowid IN (${sql.join(rows.map((r) => sql`${r.seq}`), sql`, `)})`)
  const bySeq = new Map(found.map((f) => [f.rowid, f]))
  rows.forEach((row, i) => {
    const hit = bySeq.get(row.seq)
    if (hit) meetings[i]!.match = { snippet: hit.snippet, rank: hit.rank }
  })
}

export type FacetName = typeof FACET_NAMES[number]
export interface FacetValue {
  value: string
  label: string | null
  count: number
}

/**
 * Counts over the whole filtered set, in SQL: each meeting counts once under each value it has, so a
 * meeting with two parties counts under both. The 100 largest values of each facet are returned.
 */
export function meetingFacets (db: Db, query: MeetingListQuery, scope: MeetingScope, names: FacetName[]): Partial<Record<FacetName, FacetValue[]>> {
  const { where, match } = meetingConditions(db, query, scope)
  if (match) where.push(sql`m.seq IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ${match})`)
  const filtered = sql`SELECT m.id FROM meetings m WHERE ${and(where)}`
  const queries: Record<FacetName, SQL> = {
    theme: sql`SELECT t.id AS value, t.label AS label, count(*) AS count FROM meeting_themes x JOIN themes t ON t.id = x.theme_id
      WHERE x.meeting_id IN (${filtered}) GROUP BY t.id`,
    party: sql`SELECT o.id AS value, o.name AS label, count(*) AS count FROM meeting_parties x JOIN organizations o ON o.id = x.organization_id
      WHERE x.meeting_id IN (${filtered}) GROUP BY o.id`,
    person: sql`SELECT p.id AS value, p.name AS label, count(DISTINCT x.meeting_id) AS count FROM participants x JOIN persons p ON p.id = x.person_id
      WHERE x.meeting_id IN (${filtered}) GROUP BY p.id`,
    year: sql`SELECT substr(m.first_day, 1, 4) AS value, NULL AS label, count(*) AS count FROM meetings m
      WHERE m.id IN (${filtered}) GROUP BY 1`,
    format: sql`SELECT m.format AS value, NULL AS label, count(*) AS count FROM meetings m WHERE m.id IN (${filtered}) GROUP BY 1`,
    country: sql`SELECT m.location_country_code AS value, NULL AS label, count(*) AS count FROM meetings m
      WHERE m.id IN (${filtered}) AND m.location_country_code IS NOT NULL GROUP BY 1`
  }
  return Object.fromEntries(names.map((name) => [
    name,
    db.all<FacetValue>(sql`SELECT * FROM (${queries[name]}) ORDER BY count DESC, value LIMIT 100`)
  ]))
}

/** Every meeting the filters select, a page at a time, in the list's order: for exports of any size. */
export function * allMeetings (db: Db, query: MeetingListQuery, scope: MeetingScope = {}, pageSize = 500): Generator<Meeting[]> {
  let cursor: string | undefined
  do {
    const page = listMeetings(db, { ...query, limit: pageSize, cursor }, scope)
    yield page.data
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}
