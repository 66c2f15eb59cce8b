// Reads meetings: filtered keyset pages, single records with everything embedded, facets.
import { sql, type SQL } from 'drizzle-orm'
import type { Db, Queryable } from '../db/open.js'
import { allValues, getKeyed } from '../db/query.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { firstDay, lastDay } from '../common/dates.js'
import { and, ftsQuery, organizationsNamedBy, seqOfSearchRow, themeAndDescendants, limitRows } from '../common/sql.js'
import { WITHIN_DEADLINE } from '../db/deadline.js'
import type { PageReader } from '../db/readers.js'
import { meetingJson } from './json.js'
import { EXPORT_FORMATS, FACET_NAMES, INCLUDES, type Include, type Meeting, type MeetingListQuery } from './schemas.js'

/** One meeting as the JSON document the API answers (by default with everything embedded), and its version (for the ETag). */
export function findMeetingJson (db: Queryable, id: string, include: readonly Include[] = INCLUDES): { json: string, version: number } | undefined {
  return getKeyed(db, `meeting:${include.join(',')}`, (value: string) => sql`SELECT m.version, ${meetingJson(include)} AS json FROM meetings m WHERE m.id = ${value}`, id)
}

export function findMeeting (db: Queryable, id: string): Meeting | undefined {
  const found = findMeetingJson(db, id)
  return found && JSON.parse(found.json) as Meeting
}

export interface MeetingScope {
  person?: string
  organization?: string
}

export interface MeetingPage {
  data: Meeting[]
  nextCursor: string | null
}

/** A page of meetings as JSON documents, one per meeting. */
export interface MeetingJsonPage {
  data: string[]
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

/** A page query of meetings, ready to run, and how its rows become the page. */
export interface MeetingListPlan {
  statement: SQL
  /**
   * Whether the statement may walk much more than a page (full-text matches, filters that most meetings fail):
   * such statements run as heavy reads, off the event loop and under the read deadline.
   */
  heavy: boolean
  page: (rows: unknown[][]) => MeetingJsonPage
}

const deadline = sql.raw(WITHIN_DEADLINE)

/**
 * A page of meetings. An inner query finds the page's keys (through an index, a link table or the full-text
 * index, stopping after one page); only those rows are then turned into JSON documents, so no document is
 * built for a row the page does not show. The documents are made from meetings_by_day_idx, which holds every
 * column they show in date order: the meetings of a page sit side by side there, not spread over the table.
 * A page filtered by dates alone needs no keys first: the walk of that index is the page.
 */
export function planMeetingList (db: Db, query: MeetingListQuery, scope: MeetingScope = {}): MeetingListPlan {
  const sort = query.sort ?? (query.q ? 'relevance' : '-date')
  const limit = query.limit ?? 20
  const driver = sort !== 'relevance' && !query.q ? chooseDriver(query, scope) : undefined
  const { where, match } = meetingConditions(db, query, scope, driver)
  const direction = sql.raw(sort === 'date' ? 'ASC' : 'DESC')
  const include = parseInclude(query.include)
  /** The documents of the meetings `keys` finds (seq, first_day, id and what `order` needs), in that order. */
  const documents = (keys: SQL, order: SQL) => sql`
    SELECT x.*, ${meetingJson(include, match === undefined ? undefined : sort === 'relevance' ? 'ranked' : 'snippet')} AS json
    FROM (${keys}) x JOIN meetings m INDEXED BY meetings_by_day_idx ON m.first_day = x.first_day AND m.id = x.id ORDER BY ${order}`
  let statement: SQL
  let heavy = true
  if (driver) {
    // One person's or organization's meetings stop after a page unless other filters reject most of them.
    heavy = where.length > 0
    if (heavy) where.push(deadline)
    if (query.cursor) {
      const [day, id] = decodeCursor(query.cursor, `meetings:${sort}`, ['string', 'string'])
      where.push(sort === 'date' ? sql`(d.meeting_first_day, d.meeting_id) > (${day}, ${id})` : sql`(d.meeting_first_day, d.meeting_id) < (${day}, ${id})`)
    }
    statement = documents(sql`
      SELECT m.seq, d.meeting_first_day AS first_day, d.meeting_id AS id FROM ${sql.raw(driver.table)} d JOIN meetings m ON m.id = d.meeting_id
      WHERE d.${sql.raw(driver.column)} = ${driver.value} AND ${and(where)}
      ${driver.table === 'participants' ? sql`GROUP BY d.meeting_first_day, d.meeting_id` : sql``}
      ORDER BY d.meeting_first_day ${direction}, d.meeting_id ${direction} ${limitRows(limit + 1)}`, sql`x.first_day ${direction}, x.id ${direction}`)
  } else if (sort === 'relevance' && match) {
    // Rank every match once, then page through them by (rank, seq). The page's passages come from one more
    // walk of the matches, materialized apart: looked up by rowid, each would set the whole query up again.
    const after = query.cursor ? decodeCursor(query.cursor, 'meetings:relevance', ['number', 'number']) : undefined
    const ranked = sql`SELECT ${seqOfSearchRow('f')} AS seq, f.rank, f.rowid AS key FROM meetings_fts f WHERE meetings_fts MATCH ${match} AND ${deadline}`
    const page = after ? sql`WHERE (r.rank, r.seq) > (${after[0]}, ${after[1]})` : sql``
    // Without other filters the ranking reads the full-text index alone (a bounded sort keeps the best page);
    // with them, each match is joined to its meeting to be tested.
    const keys = where.length === 0
      ? sql`SELECT r.seq, m.first_day, m.id, r.rank, r.key FROM (SELECT * FROM (${ranked}) r ${page} ORDER BY r.rank, r.seq ${limitRows(limit + 1)}) r
          JOIN meetings m ON m.seq = r.seq`
      : sql`SELECT r.seq, m.first_day, m.id, r.rank, r.key FROM (${ranked}) r JOIN meetings m ON m.seq = r.seq
          WHERE ${and(where)} ${after ? sql`AND (r.rank, r.seq) > (${after[0]}, ${after[1]})` : sql``}
          ORDER BY r.rank, r.seq ${limitRows(limit + 1)}`
    statement = documents(sql`
      WITH page AS MATERIALIZED (${keys}),
        passages AS MATERIALIZED (SELECT f.rowid AS key, snippet(meetings_fts, -1, '<mark>', '</mark>', '…', 16) AS snippet
          FROM meetings_fts f WHERE meetings_fts MATCH ${match} AND +f.rowid IN (SELECT key FROM page) AND ${deadline})
      SELECT page.seq, page.first_day, page.id, page.rank, passages.snippet FROM page LEFT JOIN passages ON passages.key = page.key`, sql`x.rank, x.seq`)
  } else if (match) {
    // Newest (or oldest) first: full-text rows are keyed by date (searchKey), so FTS5 reads the matches in
    // date order and the query stops after one page, however many meetings match.
    if (query.cursor) {
      const [day, seq] = decodeCursor(query.cursor, `meetings:${sort}:search`, ['string', 'number'])
      const key = sql`((CAST(julianday(${day}) AS INTEGER) << 32) | ${seq})`
      where.push(sort === 'date' ? sql`f.rowid > ${key}` : sql`f.rowid < ${key}`)
    }
    // The last day a meeting may start on bounds the keys too, so a walk from the newest starts there.
    if (query.to) where.push(sql`f.rowid < ((CAST(julianday(${lastDay(query.to)}) AS INTEGER) + 1) << 32)`)
    where.push(deadline)
    statement = documents(sql`
      SELECT m.seq, m.first_day, m.id, f.rowid AS key,
        snippet(meetings_fts, -1, '<mark>', '</mark>', '…', 16) AS snippet FROM meetings_fts f JOIN meetings m ON m.seq = ${seqOfSearchRow('f')}
      WHERE meetings_fts MATCH ${match} AND ${and(where)} ORDER BY f.rowid ${direction} ${limitRows(limit + 1)}`, sql`x.key ${direction}`)
  } else {
    // from and to make one condition each: with no other filter, the walk of the date index is the page.
    const datesOnly = where.length === Number(Boolean(query.from)) + Number(Boolean(query.to))
    heavy = !datesOnly
    if (heavy) where.push(deadline)
    if (query.cursor) {
      const [day, id] = decodeCursor(query.cursor, `meetings:${sort}`, ['string', 'string'])
      where.push(sort === 'date' ? sql`(m.first_day, m.id) > (${day}, ${id})` : sql`(m.first_day, m.id) < (${day}, ${id})`)
    }
    const walk = sql`WHERE ${and(where)} ORDER BY m.first_day ${direction}, m.id ${direction} ${limitRows(limit + 1)}`
    statement = datesOnly
      ? sql`SELECT m.seq, m.first_day, m.id, ${meetingJson(include)} AS json FROM meetings m INDEXED BY meetings_by_day_idx ${walk}`
      : documents(sql`SELECT m.seq, m.first_day, m.id FROM meetings m ${walk}`, sql`x.first_day ${direction}, x.id ${direction}`)
  }
  // Every branch selects seq, first_day and id first (then rank, when ranked) and the document last.
  const toPage = (all: unknown[][]): MeetingJsonPage => {
    const rows = all as Array<[seq: number, firstDay: string, id: string, ...rest: unknown[]]>
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    let nextCursor: string | null = null
    if (rows.length > limit && last) {
      const [seq, day, id, rank] = last
      nextCursor = sort === 'relevance'
        ? encodeCursor('meetings:relevance', [rank as number, seq])
        : match
          ? encodeCursor(`meetings:${sort}:search`, [day, seq])
          : encodeCursor(`meetings:${sort}`, [day, id])
    }
    return { data: page.map((row) => row[row.length - 1] as string), nextCursor }
  }
  return { statement, heavy, page: toPage }
}

/** A page of meetings, read on the calling thread. */
export function listMeetingsJson (db: Db, query: MeetingListQuery, scope: MeetingScope = {}): MeetingJsonPage {
  const plan = planMeetingList(db, query, scope)
  return plan.page(allValues(db, plan.statement))
}

export type FacetName = typeof FACET_NAMES[number]
export interface FacetValue {
  value: string
  label: string | null
  count: number
}

/** The statement that counts one facet, in rows of FacetValue. */
export interface FacetPlan {
  name: FacetName
  statement: SQL
}

/**
 * Counts over the whole filtered set, in SQL: each meeting counts once under each value it has, so a
 * meeting with two parties counts under both. The 100 largest values of each facet are returned. They walk
 * the whole filtered set, so they run as heavy reads.
 */
export function planMeetingFacets (db: Db, query: MeetingListQuery, scope: MeetingScope, names: FacetName[]): FacetPlan[] {
  const { where, match } = meetingConditions(db, query, scope)
  if (match) where.push(sql`m.seq IN (SELECT ${seqOfSearchRow('meetings_fts')} FROM meetings_fts WHERE meetings_fts MATCH ${match} AND ${deadline})`)
  where.push(deadline)
  const filtered = sql`SELECT m.id FROM meetings m WHERE ${and(where)}`
  const queries: Record<FacetName, SQL> = {
    theme: sql`SELECT t.id AS value, t.label AS label, count(*) AS count FROM meeting_themes x JOIN themes t ON t.id = x.theme_id
      WHERE x.meeting_id IN (${filtered}) AND ${deadline} GROUP BY t.id`,
    party: sql`SELECT o.id AS value, o.name AS label, count(*) AS count FROM meeting_parties x JOIN organizations o ON o.id = x.organization_id
      WHERE x.meeting_id IN (${filtered}) AND ${deadline} GROUP BY o.id`,
    person: sql`SELECT p.id AS value, p.name AS label, count(DISTINCT x.meeting_id) AS count FROM participants x JOIN persons p ON p.id = x.person_id
      WHERE x.meeting_id IN (${filtered}) AND ${deadline} GROUP BY p.id`,
    year: sql`SELECT substr(m.first_day, 1, 4) AS value, NULL AS label, count(*) AS count FROM meetings m
      WHERE m.id IN (${filtered}) AND ${deadline} GROUP BY 1`,
    format: sql`SELECT m.format AS value, NULL AS label, count(*) AS count FROM meetings m WHERE m.id IN (${filtered}) AND ${deadline} GROUP BY 1`,
    country: sql`SELECT m.location_country_code AS value, NULL AS label, count(*) AS count FROM meetings m
      WHERE m.id IN (${filtered}) AND m.location_country_code IS NOT NULL AND ${deadline} GROUP BY 1`
  }
  return names.map((name) => ({ name, statement: sql`SELECT * FROM (${queries[name]}) ORDER BY count DESC, value LIMIT 100` }))
}

/**
 * Every meeting the filters select, a page at a time, in the list's order: for exports of any size. Each
 * page is read apart (heavy ones off the event loop), so other requests are answered between pages.
 */
export async function * meetingPages (db: Db, read: PageReader, query: MeetingListQuery, scope: MeetingScope = {}, pageSize = 200): AsyncGenerator<Meeting[]> {
  let cursor: string | undefined
  do {
    const plan = planMeetingList(db, { ...query, limit: pageSize, cursor }, scope)
    const page = plan.page(await read(plan.statement, plan.heavy))
    yield page.data.map((json) => JSON.parse(json) as Meeting)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}
