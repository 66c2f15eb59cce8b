// Reads proposals: lists with filters, single records, and the proposals of a page of meetings.
import { sql, type SQL } from 'drizzle-orm'
import type { Db, Queryable } from '../db/open.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { firstDay, lastDay } from '../common/dates.js'
import { and, ftsQuery, groupBy, organizationsNamedBy, themeAndDescendants } from '../common/sql.js'
import type { ThemeSummary } from '../themes/schemas.js'
import type { Proposal, ProposalListQuery } from './schemas.js'

interface ProposalRow {
  id: string
  meeting_id: string
  meeting_title: string
  meeting_start_date: string
  first_day: string
  summary: string
  kind: Proposal['kind']
  status: Proposal['status']
  quote: string | null
  source_id: string | null
  version: number
  created_at: string
  updated_at: string
  o_id: string | null
  o_name: string
  o_abbreviation: string | null
  o_kind: NonNullable<Proposal['proposer']>['kind']
  o_country_code: string | null
  pe_id: string | null
  pe_name: string
}

const selectProposals = sql`
  SELECT p.id, p.meeting_id, m.title AS meeting_title, m.start_date AS meeting_start_date, m.first_day,
    p.summary, p.kind, p.status, p.quote, p.source_id, p.version, p.created_at, p.updated_at,
    o.id AS o_id, o.name AS o_name, o.abbreviation AS o_abbreviation, o.kind AS o_kind, o.country_code AS o_country_code,
    pe.id AS pe_id, pe.name AS pe_name
  FROM proposals p
  JOIN meetings m ON m.id = p.meeting_id
  LEFT JOIN organizations o ON o.id = p.organization_id
  LEFT JOIN persons pe ON pe.id = p.person_id`

const list = (values: string[]): SQL => sql.join(values.map((v) => sql`${v}`), sql`, `)

function themesOf (db: Queryable, proposalIds: string[]): Map<string, ThemeSummary[]> {
  if (proposalIds.length === 0) return new Map()
  const rows = db.all<ThemeSummary & { proposal_id: string }>(sql`
    SELECT pt.proposal_id, t.id, t.label, t.parent_id FROM proposal_themes pt JOIN themes t ON t.id = pt.theme_id
    WHERE pt.proposal_id IN (${list(proposalIds)}) ORDER BY t.label, t.id`)
  return groupBy(rows, (r) => r.proposal_id)
}

function toProposals (db: Queryable, rows: ProposalRow[]): Proposal[] {
  const themes = themesOf(db, rows.map((r) => r.id))
  return rows.map((r) => ({
    id: r.id,
    meeting: { id: r.meeting_id, title: r.meeting_title, start_date: r.meeting_start_date },
    summary: r.summary,
    kind: r.kind,
    status: r.status,
    proposer: r.o_id === null ? null : { id: r.o_id, name: r.o_name, abbreviation: r.o_abbreviation, kind: r.o_kind, country_code: r.o_country_code },
    person: r.pe_id === null ? null : { id: r.pe_id, name: r.pe_name },
    quote: r.quote,
    source_id: r.source_id,
    themes: (themes.get(r.id) ?? []).map(({ id, label, parent_id }) => ({ id, label, parent_id })),
    version: r.version,
    created_at: r.created_at,
    updated_at: r.updated_at
  }))
}

export function findProposal (db: Queryable, id: string): Proposal | undefined {
  const rows = db.all<ProposalRow>(sql`${selectProposals} WHERE p.id = ${id}`)
  return toProposals(db, rows)[0]
}

/** The proposals of each meeting, in the order they were recorded; two queries for any number of meetings. */
export function proposalsByMeeting (db: Queryable, meetingIds: string[]): Map<string, Proposal[]> {
  if (meetingIds.length === 0) return new Map()
  const rows = db.all<ProposalRow>(sql`${selectProposals} WHERE p.meeting_id IN (${list(meetingIds)}) ORDER BY p.meeting_id, p.position, p.seq`)
  return groupBy(toProposals(db, rows), (p) => p.meeting.id)
}

export interface ProposalPage {
  data: Proposal[]
  nextCursor: string | null
}

export function listProposals (db: Db, query: ProposalListQuery): ProposalPage {
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
  if (query.cursor) {
    const [day, id] = decodeCursor(query.cursor, `proposals:${sort}`, ['string', 'string'])
    where.push(sort === 'date' ? sql`(m.first_day, p.id) > (${day}, ${id})` : sql`(m.first_day, p.id) < (${day}, ${id})`)
  }
  const order = sort === 'date' ? sql`m.first_day ASC, p.id ASC` : sql`m.first_day DESC, p.id DESC`
  const rows = db.all<ProposalRow>(sql`${selectProposals} WHERE ${and(where)} ORDER BY ${order} LIMIT ${limit + 1}`)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    data: toProposals(db, page),
    nextCursor: rows.length > limit && last ? encodeCursor(`proposals:${sort}`, [last.first_day, last.id]) : null
  }
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
