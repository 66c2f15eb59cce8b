// A reader thread: its own read-only connection to the database file, running the statements the main thread
// sends, each job in one read transaction and under a deadline (src/db/readers.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { installDeadline } from './deadline.js'
import type { ReadJob, ReadOutcome, ReaderSettings } from './readers.js'

const settings = workerData as ReaderSettings
const sqlite = new Database(settings.path, { readonly: true, fileMustExist: true })
sqlite.pragma(`busy_timeout = ${settings.busyTimeoutMs}`)
sqlite.pragma(`cache_size = -${Math.round(settings.cacheMb * 1024)}`)
sqlite.pragma('mmap_size = 0')
sqlite.pragma('query_only = true')
const deadline = installDeadline(sqlite)
// ETags of reads answered here name this connection's view of the database (data_version is per connection).
const epoch = randomBytes(6).toString('base64url')
const begin = sqlite.prepare('BEGIN')
const commit = sqlite.prepare('COMMIT')
const dataVersion = sqlite.prepare('PRAGMA data_version').pluck()
// Preparing costs more than running many of these statements; a few hundred texts cover every query shape.
const statements = new Map<string, Database.Statement>()
function statementFor (sql: string): Database.Statement {
  let statement = statements.get(sql)
  if (!statement) {
    if (statements.size >= 500) statements.delete(statements.keys().next().value!)
    statements.set(sql, statement = sqlite.prepare(sql))
  }
  return statement
}

function run (job: ReadJob): ReadOutcome {
  begin.run()
  try {
    const state = `${epoch}.r.${dataVersion.get() as number}`
    return deadline.within(job.timeoutMs, () => ({
      ok: true as const,
      state,
      results: job.statements.map(({ sql, params, rows }) => {
        const statement = statementFor(sql)
        return rows ? statement.raw(false).all(...params) : statement.raw(true).all(...params)
      })
    }))
  } finally {
    if (sqlite.inTransaction) commit.run()
  }
}

parentPort!.on('message', (job: ReadJob) => {
  let outcome: ReadOutcome
  try {
    outcome = run(job)
  } catch (error) {
    const { name, message, code } = error as { name: string, message: string, code?: string }
    outcome = { ok: false, error: { name, message, code } }
  }
  parentPort!.postMessage(outcome)
})
