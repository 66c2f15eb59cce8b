// Runs the repositories' SQL. Reads are written as Drizzle `sql` templates; Drizzle turns one into text and
// parameters with a builder that handles every kind of chunk (tables, columns, typed params, aliases…),
// which costs more than running a page query against a warm cache. Templates made only of text and plain
// values, as the read paths' are, are joined here in one pass instead and run on the statement cache
// (src/db/open.ts); anything else, and every query inside a transaction object, goes through Drizzle.
// test/db.test.ts holds the two to the same text and parameters.
import { SQL, StringChunk } from 'drizzle-orm'
import type Database from 'better-sqlite3'
import type { Db, Queryable } from './open.js'

export interface CompiledQuery {
  sql: string
  params: unknown[]
}

function append (query: SQL, out: CompiledQuery): boolean {
  // Drizzle inlines the values of sql.inlineParams() into the text; those take its own path.
  if ((query as unknown as { shouldInlineParams?: boolean }).shouldInlineParams) return false
  for (const chunk of query.queryChunks) {
    if (chunk instanceof StringChunk) {
      out.sql += chunk.value.length === 1 ? chunk.value[0] : chunk.value.join('')
    } else if (chunk instanceof SQL) {
      if (!append(chunk, out)) return false
    } else if (chunk === null || typeof chunk === 'string' || typeof chunk === 'number' || typeof chunk === 'bigint') {
      out.sql += '?'
      out.params.push(chunk)
    } else if (chunk !== undefined) {
      return false
    }
  }
  return true
}

/** The text and parameters of a template of text and plain values, or undefined when it holds anything else. */
export function compile (query: SQL): CompiledQuery | undefined {
  const out: CompiledQuery = { sql: '', params: [] }
  return append(query, out) ? out : undefined
}

/** The cached statement and parameters of a query this module runs, or undefined when Drizzle runs it. */
function prepared (db: Queryable, query: SQL) {
  if (!('$client' in db)) return undefined
  const compiled = compile(query)
  return compiled && { statement: (db as Db).$client.prepare(compiled.sql), params: compiled.params }
}

/** Every row of a query. */
export function all<T> (db: Queryable, query: SQL): T[] {
  const p = prepared(db, query)
  return p ? p.statement.all(...p.params) as T[] : db.all<T>(query)
}

/**
 * Every row of a query as an array of its values, in the order of the SELECT list. better-sqlite3 makes each
 * row object by setting its properties one at a time under the column names; for a page of twenty meeting
 * documents that was a sixth of the query's time.
 */
export function allValues<T extends unknown[]> (db: Queryable, query: SQL): T[] {
  const p = prepared(db, query)
  return p ? p.statement.raw(true).all(...p.params) as T[] : db.values<T>(query)
}

/** The first row of a query, if any. */
export function get<T> (db: Queryable, query: SQL): T | undefined {
  const p = prepared(db, query)
  return p ? p.statement.get(...p.params) as T | undefined : db.get<T>(query)
}

const keyedStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * The first row of a query whose text depends only on `key` and whose parameters are exactly `values`, in order
 * (`build(...values)` makes it). Against the database the text is joined and its statement found once per key,
 * not on every run: for a single meeting, joining and hashing its text (0.5 to 2.5 kB) costs a sixth to
 * a third of the read. Anything else runs as `get` does.
 */
export function getKeyed<T, V extends unknown[]> (db: Queryable, key: string, build: (...values: V) => SQL, ...values: V): T | undefined {
  if (!('$client' in db)) return get<T>(db, build(...values))
  const client = (db as Db).$client
  let statements = keyedStatements.get(client)
  if (!statements) keyedStatements.set(client, statements = new Map())
  let statement = statements.get(key)
  if (!statement) {
    const query = build(...values)
    const compiled = compile(query)
    if (!compiled) return get<T>(db, query)
    if (compiled.params.length !== values.length || compiled.params.some((param, i) => param !== values[i])) {
      throw new Error(`getKeyed: the parameters of query "${key}" are not the values it was given`)
    }
    statement = client.prepare(compiled.sql)
    statements.set(key, statement)
  }
  return statement.get(...values) as T | undefined
}

/**
 * Runs `read` in one read transaction: its queries see one state of the database (a write committed in
 * between is either wholly in the answer or not at all), and the file's read lock is taken once instead of
 * once per statement. Inside a transaction already, it simply runs.
 */
export function snapshot<T> (db: Db, read: () => T): T {
  const client = db.$client
  if (client.inTransaction) return read()
  client.prepare('BEGIN').run()
  try {
    return read()
  } finally {
    if (client.inTransaction) client.prepare('COMMIT').run()
  }
}
