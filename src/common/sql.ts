// Small SQL helpers shared by the repositories.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { invalidQuery } from './errors.js'

export const and = (conditions: SQL[]): SQL =>
  conditions.length === 0 ? sql`1 = 1` : sql.join(conditions.map((c) => sql`(${c})`), sql` AND `)

/**
 * `LIMIT n` with n written into the text. SQLite (3.47 on) plans with the value bound to a LIMIT parameter
 * and so recompiles the statement whenever that parameter is bound again, which better-sqlite3 does on
 * every run: a page query bound `LIMIT ?` was parsed and planned afresh on each request. A page size is
 * one of a hundred integers, so each is its own cached statement instead.
 */
export function limitRows (rows: number): SQL {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`LIMIT needs a non-negative integer, not ${rows}`)
  return sql.raw(`LIMIT ${rows}`)
}

/** Ids of a theme and every theme below it. */
export const themeAndDescendants = (themeId: string): SQL => sql`
  WITH RECURSIVE tree(id) AS (
    SELECT id FROM themes WHERE id = ${themeId}
    UNION SELECT themes.id FROM themes JOIN tree ON themes.parent_id = tree.id
  ) SELECT id FROM tree`

/** Organization ids a party filter names: the id itself, or every body of a country for an ISO code. */
export const organizationsNamedBy = (party: string): SQL =>
  /^[A-Z]{2}$/.test(party)
    ? sql`SELECT id FROM organizations WHERE country_code = ${party}`
    : sql`SELECT ${party}`

/**
 * The full-text rowid of meeting `alias` (migrations/0005): its first day's Julian day number in the high
 * bits and its seq in the low 32, so that FTS5 yields matches in date order. Keys stay in SQL: they exceed
 * JavaScript's exact integers.
 */
export const searchKey = (alias: string) => sql.raw(`((CAST(julianday(${alias}.first_day) AS INTEGER) << 32) | ${alias}.seq)`)

/** The seq of the meeting a full-text row of meetings_fts belongs to. */
export const seqOfSearchRow = (alias: string) => sql.raw(`(${alias}.rowid & 4294967295)`)

const FTS_OPERATORS = /["*()^:{}+]|\b(AND|OR|NOT|NEAR)\b/

/**
 * Turns the `q` parameter into an FTS5 query. Plain words are each searched as a quoted term, so that
 * "Co-operation" or "U.S." just work; a query using FTS5 syntax (quotes, prefix*, AND/OR/NOT, NEAR)
 * is passed on as written and checked against the index: a syntax error is a 400 on `q`, not a 500.
 */
export function ftsQuery (db: Db, table: 'meetings_fts' | 'proposals_fts' | 'persons_fts' | 'organizations_fts', q: string): string {
  // eslint-disable-next-line no-control-regex
  const text = q.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()
  if (!FTS_OPERATORS.test(text)) {
    const words = text.split(/\s+/).filter(Boolean)
    if (words.length === 0) throw invalidQuery('q', 'has no words to search for')
    return words.map((word) => `"${word}"`).join(' ')
  }
  try {
    db.$client.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT 1`).all(text)
  } catch (error) {
    throw invalidQuery('q', `is not a valid search: ${(error as Error).message.replace(/^fts5: /, '')}`)
  }
  return text
}
