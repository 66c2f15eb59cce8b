// A deadline for read statements. better-sqlite3 cannot interrupt a statement, so heavy statements call the SQL
// function within_deadline() on the rows they walk; once the deadline has passed it throws, and SQLite stops.
import type Database from 'better-sqlite3'

export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError'
}

/** The SQL condition heavy statements add to the rows they walk (always true until the deadline). */
export const WITHIN_DEADLINE = 'within_deadline()'

export interface Deadline {
  /** Runs `read` with its statements stopped `ms` milliseconds from now (or at an earlier deadline already set). */
  within<T>(ms: number, read: () => T): T
}

const installed = new WeakMap<Database.Database, Deadline>()

/** The deadline of a connection opened by openDatabase (or a reader thread). */
export function deadlineOf (sqlite: Database.Database): Deadline {
  const deadline = installed.get(sqlite)
  if (!deadline) throw new Error('within_deadline() is not installed on this connection')
  return deadline
}

export function installDeadline (sqlite: Database.Database): Deadline {
  let until = Infinity
  let limitMs = 0
  let calls = 0
  sqlite.function('within_deadline', { deterministic: false }, () => {
    // The clock is read once every 64 rows: a row costs a microsecond or less.
    if ((++calls & 63) === 0 && performance.now() > until) {
      throw new QueryTimeoutError(`The query ran past the ${limitMs} ms a read may take`)
    }
    return 1
  })
  const deadline: Deadline = {
    within<T> (ms: number, read: () => T): T {
      const [outerUntil, outerLimit] = [until, limitMs]
      const end = performance.now() + ms
      if (end < until) [until, limitMs] = [end, ms]
      try {
        return read()
      } finally {
        [until, limitMs] = [outerUntil, outerLimit]
      }
    }
  }
  installed.set(sqlite, deadline)
  return deadline
}
