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

/** Most words (or prefixes) one search may name. */
export const MAX_SEARCH_TERMS = 16
/** Most prefix searches (`word*`) in one query, and the fewest characters before each `*`. */
export const MAX_PREFIX_TERMS = 4
export const MIN_PREFIX_LENGTH = 2

type FtsTable = 'meetings_fts' | 'proposals_fts' | 'persons_fts' | 'organizations_fts'

const syntaxTables = new WeakMap<Db['$client'], Set<FtsTable>>()

/**
 * An empty full-text table with the columns of `table`, in the connection's temporary schema: a query is
 * checked against it for FTS5 syntax at no cost, where a check against the index itself would expand every
 * prefix over the whole index first.
 */
function syntaxTable (db: Db, table: FtsTable): string {
  const client = db.$client
  let made = syntaxTables.get(client)
  if (!made) syntaxTables.set(client, made = new Set())
  const twin = `${table}_syntax`
  if (!made.has(table)) {
    const columns = (client.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).map((c) => `"${c}"`)
    client.prepare(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${twin} USING fts5(${columns.join(', ')})`).run()
    made.add(table)
  }
  return twin
}

/** The cost of a search grows with its terms and, most of all, with short prefixes: both are bounded. */
function checkSearchCost (text: string): void {
  const terms = text.match(/[\p{L}\p{N}_]+/gu) ?? []
  if (terms.length > MAX_SEARCH_TERMS) throw invalidQuery('q', `names ${terms.length} words; a search may name at most ${MAX_SEARCH_TERMS}`)
  const prefixes = [...text.matchAll(/([\p{L}\p{N}_]*)"?\s*\*/gu)].map((m) => m[1] ?? '')
  if (prefixes.length > MAX_PREFIX_TERMS) throw invalidQuery('q', `has ${prefixes.length} prefix searches (word*); at most ${MAX_PREFIX_TERMS} are allowed`)
  const short = prefixes.find((prefix) => [...prefix].length < MIN_PREFIX_LENGTH)
  if (short !== undefined) throw invalidQuery('q', `a prefix search needs at least ${MIN_PREFIX_LENGTH} letters before * (got "${short}*")`)
}

/**
 * Turns the `q` parameter into an FTS5 query. Plain words are each searched as a quoted term, so that
 * "Co-operation" or "U.S." just work; a query using FTS5 syntax (quotes, prefix*, AND/OR/NOT, NEAR)
 * is passed on as written and checked first: a syntax error or a query over the limits of checkSearchCost
 * is a 400 on `q`, not a 500 or a statement that holds the database for seconds.
 */
export function ftsQuery (db: Db, table: FtsTable, q: string): string {
  // eslint-disable-next-line no-control-regex
  const text = q.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()
  if (!FTS_OPERATORS.test(text)) {
    const words = text.split(/\s+/).filter(Boolean)
    if (words.length === 0) throw invalidQuery('q', 'has no words to search for')
    checkSearchCost(text)
    return words.map((word) => `"${word}"`).join(' ')
  }
  checkSearchCost(text)
  try {
    db.$client.prepare(`SELECT rowid FROM ${syntaxTable(db, table)} WHERE ${syntaxTable(db, table)} MATCH ? LIMIT 1`).all(text)
  } catch (error) {
    throw invalidQuery('q', `is not a valid search: ${(error as Error).message.replace(/^fts5: /, '')}`)
  }
  return text
}
