// Reads proposals: lists with filters and single records, as the JSON documents SQLite builds (src/meetings/json.ts).
import { sql, type SQL } from 'drizzle-orm'
import type { Db, Queryable } from '../db/open.js'
import { allValues, get } from '../db/query.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { firstDay, lastDay } from '../common/dates.js'
import { and, ftsQuery, organizationsNamedBy, themeAndDescendants, limitRows } from '../common/sql.js'
import { proposalJson, summaryOf } from '../meetings/json.js'
import type { Proposal, ProposalListQuery } from './schemas.js'

/** Proposals `p` with what their JSON documents embed: meeting `pm`, proposer `po`, person `pp`. */
const embeddedJoins = sql.raw(`JOIN meetings pm ON pm.id = p.meeting_id
  LEFT JOIN ${summaryOf.organizations('po')} ON po.id = p.organization_id LEFT JOIN ${summaryOf.persons('pp')} ON pp.id = p.person_id`)
const document = sql.raw(proposalJson)

/** One proposal as the JSON document the API answers, and its version (for the ETag). */
export function findProposalJson (db: Queryable, id: string): { json: string, version: number } | undefined {
  return get<{ json: string, version: number }>(db, sql`SELECT p.version, ${document} AS json FROM proposals p ${embeddedJoins} WHERE p.id = ${id}`)
}

export function findProposal (db: Queryable, id: string): Proposal | undefined {
  const found = findProposalJson(db, id)
  return found && JSON.parse(found.json) as Proposal
}

export interface ProposalPage {
  data: Proposal[]
  nextCursor: string | null
}

/** A page of proposals as JSON documents: the page's keys first, then a document for each of them only. */
export function listProposalsJson (db: Db, query: ProposalListQuery): { data: string[], nextCursor: string | null } {
  const sort = query.sort ?? '-date'
  const limit = query.limit ?? 20
  const where: SQL[] = []
  if (query.proposer) where.push(sql`p.organization_id IN (${organizationsNamedBy(query.proposer)})`)
  if (query.theme) where.push(sql`p.id IN (SELECT proposal_id FROM proposal_themes WHERE theme_id IN (${themeAndDescendants(query.theme)}))`)
  if (query.status) where.push(sql`p.status = ${query.status}`)
  if (query.kind) where.push(sql`p.kind = ${query.kind}`)
  if (query.meeting) where.push(sql`p.meeting_id = ${query.meeting}`)
  if (query.from) where.push(sql`m.last_day >= ${firstDay(query.from)}`)
  if (query.to) where.push(sql`m.first_day <= ${lastDay(query.to)}`)
  if (query.q) where.push(sql`p.seq IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ${ftsQuery(db, 'proposals_fts', query.q)})`)
  // Ordered by meeting (date, id), then proposal: the meetings' date index yields the order, and each
  // meeting's proposals come from their own index, so an unfiltered page walks one page of meetings.
  if (query.cursor) {
    const [day, meeting, id] = decodeCursor(query.cursor, `proposals:${sort}`, ['string', 'string', 'string'])
    where.push(sort === 'date' ? sql`(m.first_day, m.id, p.id) > (${day}, ${meeting}, ${id})` : sql`(m.first_day, m.id, p.id) < (${day}, ${meeting}, ${id})`)
  }
  const direction = sql.raw(sort === 'date' ? 'ASC' : 'DESC')
  // Without a filter on proposals, CROSS JOIN makes SQLite walk the meetings in date order (it would
  // otherwise read every proposal and sort them); with one, it picks the index of that filter.
  const join = sql.raw(query.proposer || query.theme || query.status || query.kind || query.meeting || query.q ? 'JOIN' : 'CROSS JOIN')
  const rows = allValues<[firstDay: string, meetingId: string, id: string, json: string]>(db, sql`
    SELECT x.first_day, x.meeting_id, x.id, ${document} AS json
    FROM (SELECT m.first_day, m.id AS meeting_id, p.seq, p.id FROM meetings m ${join} proposals p ON p.meeting_id = m.id WHERE ${and(where)}
      ORDER BY m.first_day ${direction}, m.id ${direction}, p.id ${direction} ${limitRows(limit + 1)}) x
    JOIN proposals p ON p.seq = x.seq ${embeddedJoins}
    ORDER BY x.first_day ${direction}, x.meeting_id ${direction}, x.id ${direction}`)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    data: page.map((row) => row[3]),
    nextCursor: rows.length > limit && last ? encodeCursor(`proposals:${sort}`, [last[0], last[1], last[2]]) : null
  }
}

export function listProposals (db: Db, query: ProposalListQuery): ProposalPage {
  const page = listProposalsJson(db, query)
  return { data: page.data.map((json) => JSON.parse(json) as Proposal), nextCursor: page.nextCursor }
}

/** Every proposal the filters select, a page at a time: for exports of any size. */
export function * allProposals (db: Db, query: ProposalListQuery, pageSize = 500): Generator<Proposal[]> {
  let cursor: string | undefined
  do {
    const page = listProposals(db, { ...query, limit: pageSize, cursor })
    yield page.data
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}
