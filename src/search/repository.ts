// One search across meetings, proposals, persons and organizations, ranked, with the matching passages.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { ftsQuery, seqOfSearchRow, limitRows } from '../common/sql.js'

export const SEARCH_TYPES = ['meeting', 'proposal', 'person', 'organization'] as const
export type SearchType = typeof SEARCH_TYPES[number]

export interface SearchHit {
  type: SearchType
  id: string
  title: string
  snippet: string
  rank: number
  url: string
}

const MARK = sql`'<mark>', '</mark>', '…', 16`

/** The statements of a search (one per kind of record, rows of SearchHit without url), and how their rows merge. */
export interface SearchPlan {
  statements: SQL[]
  merge: (results: unknown[][]) => SearchHit[]
}

/** Each kind's best matches, by BM25 within its own index; merged by rank (lower is better). */
export function planSearch (db: Db, q: string, types: readonly SearchType[], limit: number): SearchPlan {
  const queries: Record<SearchType, (match: string) => SQL> = {
    meeting: (match) => sql`SELECT 'meeting' AS type, m.id, m.title, snippet(meetings_fts, -1, ${MARK}) AS snippet, f.rank AS rank
      FROM meetings_fts f JOIN meetings m ON m.seq = ${seqOfSearchRow('f')} WHERE meetings_fts MATCH ${match} ORDER BY f.rank ${limitRows(limit)}`,
    proposal: (match) => sql`SELECT 'proposal' AS type, p.id, p.summary AS title, snippet(proposals_fts, -1, ${MARK}) AS snippet, f.rank AS rank
      FROM proposals_fts f JOIN proposals p ON p.seq = f.rowid WHERE proposals_fts MATCH ${match} ORDER BY f.rank ${limitRows(limit)}`,
    person: (match) => sql`SELECT 'person' AS type, f.id, f.name AS title, snippet(persons_fts, -1, ${MARK}) AS snippet, f.rank AS rank
      FROM persons_fts f WHERE persons_fts MATCH ${match} ORDER BY f.rank ${limitRows(limit)}`,
    organization: (match) => sql`SELECT 'organization' AS type, f.id, f.name AS title, snippet(organizations_fts, -1, ${MARK}) AS snippet, f.rank AS rank
      FROM organizations_fts f WHERE organizations_fts MATCH ${match} ORDER BY f.rank ${limitRows(limit)}`
  }
  const tables: Record<SearchType, 'meetings_fts' | 'proposals_fts' | 'persons_fts' | 'organizations_fts'> = {
    meeting: 'meetings_fts', proposal: 'proposals_fts', person: 'persons_fts', organization: 'organizations_fts'
  }
  const collection: Record<SearchType, string> = { meeting: 'meetings', proposal: 'proposals', person: 'persons', organization: 'organizations' }
  return {
    statements: types.map((type) => queries[type](ftsQuery(db, tables[type], q))),
    merge: (results) => (results.flat() as Array<Omit<SearchHit, 'url'>>)
      .sort((a, b) => a.rank - b.rank || a.type.localeCompare(b.type) || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((h) => ({ ...h, url: `/v1/${collection[h.type]}/${h.id}` }))
  }
}
