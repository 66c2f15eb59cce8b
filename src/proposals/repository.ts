// Reads proposals: lists with filters and single records, as the JSON documents SQLite builds (src/meetings/json.ts).
import { sql, type SQL } from 'drizzle-orm'
import type { Db, Queryable } from '../db/open.js'
import { get } from '../db/query.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { firstDay, lastDay } from '../common/dates.js'
import { and, ftsQuery, organizationsNamedBy, themeAndDescendants, limitRows } from '../common/sql.js'
import { proposalJson, summaryOf } from '../meetings/json.js'
import type { Proposal, ProposalListQuery } from './schemas.js'
import { WITHIN_DEADLINE } from '../db/deadline.js'
import type { PageReader } from '../db/readers.js'

const deadline = sql.raw(WITHIN_DEADLINE)

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

/** A page query of proposals, whether it is a heavy read (see MeetingListPlan), and how its rows become the page. */
export interface ProposalListPlan {
  statement: SQL
  heavy: boolean
  page: (rows: unknown[][]) => { data: string[], nextCursor: string | null }
}

/** A page of proposals as JSON documents: the page's keys first, then a document for each of them only. */
export function planProposalList (db: Db, query: ProposalListQuery): ProposalListPlan {
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
  if (query.q) where.push(sql`p.seq IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ${ftsQuery(db, 'proposals_fts', query.q)} AND ${deadline})`)
  // One meeting's proposals, or an unfiltered walk by date, stop after a page; other filters may walk them all.
  const heavy = !query.meeting && Boolean(query.proposer || query.theme || query.status || query.kind || query.q)
  if (heavy) where.push(deadline)
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
  const statement = sql`
    SELECT x.first_day, x.meeting_id, x.id, ${document} AS json
    FROM (SELECT m.first_day, m.id AS meeting_id, p.seq, p.id FROM meetings m ${join} proposals p ON p.meeting_id = m.id WHERE ${and(where)}
      ORDER BY m.first_day ${direction}, m.id ${direction}, p.id ${direction} ${limitRows(limit + 1)}) x
    JOIN proposals p ON p.seq = x.seq ${embeddedJoins}
    ORDER BY x.first_day ${direction}, x.meeting_id ${direction}, x.id ${direction}`
  const page = (all: unknown[][]) => {
    const rows = all as Array<[firstDay: string, meetingId: string, id: string, json: string]>
    const shown = rows.slice(0, limit)
    const last = shown.at(-1)
    return {
      data: shown.map((row) => row[3]),
      nextCursor: rows.length > limit && last ? encodeCursor(`proposals:${sort}`, [last[0], last[1], last[2]]) : null
    }
  }
  return { statement, heavy, page }
}

/** Every proposal the filters select, a page at a time (each read apart, heavy ones off the event loop): for exports. */
export async function * proposalPages (db: Db, read: PageReader, query: ProposalListQuery, pageSize = 200): AsyncGenerator<Proposal[]> {
  let cursor: string | undefined
  do {
    const plan = planProposalList(db, { ...query, limit: pageSize, cursor })
    const page = plan.page(await read(plan.statement, plan.heavy))
    yield page.data.map((json) => JSON.parse(json) as Proposal)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}
