// Opens the database once per app, decorates it as `app.db` (and reader threads as `app.readers`), watches that
// the file stays the one it opened, and closes both when the app closes.
import { statSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { openDatabase, type Db } from '../db/open.js'
import { ReadPool } from '../db/readers.js'
import { loadDemo } from '../demo/load.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    /** Threads for heavy reads; null when they run on the event loop (READ_THREADS=0, or :memory:). */
    readers: ReadPool | null
    /** Why the database cannot take writes now (its file was removed or replaced), or null when it can. */
    databaseProblem: () => string | null
  }
}

export interface DbPluginOptions {
  path: string
  cacheMb: number
  loadDemo: boolean
  create: boolean
  readOnly: boolean
  busyTimeoutMs: number
  readThreads: number
  queryTimeoutMs: number
}

/** How often the file's identity is checked between requests (writes and /readyz check it themselves). */
const WATCH_INTERVAL_MS = 1000

type Identity = { dev: number, ino: number }

function identify (path: string): Identity | string {
  try {
    const { dev, ino } = statSync(path)
    return { dev, ino }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'was removed' : `cannot be read (${(error as Error).message})`
  }
}

async function db (app: FastifyInstance, options: DbPluginOptions) {
  const handle = openDatabase({ path: options.path, cacheMb: options.cacheMb, busyTimeoutMs: options.busyTimeoutMs, create: options.create, readOnly: options.readOnly })
  const sqlite = handle.$client
  const pragma = (name: string) => sqlite.pragma(name, { simple: true })
  app.decorate('db', handle)

  // The file a server opened must stay the file at its path: if it is removed (a lost volume) or replaced
  // (a restore by copy), writes would go to a file nobody will read again. Compared by device and inode.
  const opened = sqlite.memory ? undefined : identify(options.path)
  let lost: string | null = null
  const databaseProblem = (): string | null => {
    if (opened === undefined || typeof opened === 'string') return null
    if (lost) return lost
    const now = identify(options.path)
    const problem = typeof now === 'string' ? now : now.dev !== opened.dev || now.ino !== opened.ino ? 'was replaced by another file' : null
    if (problem) {
      lost = `The database file ${options.path} ${problem} after the server opened it; restart the server`
      app.log.error({ path: options.path }, `${lost}: readiness and writes answer 503 from now on`)
    }
    return lost
  }
  app.decorate('databaseProblem', databaseProblem)
  const watch = setInterval(databaseProblem, WATCH_INTERVAL_MS).unref()

  const readers = sqlite.memory || options.readThreads === 0
    ? null
    : new ReadPool({ path: options.path, cacheMb: Math.max(8, Math.round(options.cacheMb / 2)), busyTimeoutMs: options.busyTimeoutMs }, {
      threads: options.readThreads,
      timeoutMs: options.queryTimeoutMs,
      queueLimit: 64,
      onError: (err) => app.log.error({ err }, 'reader thread failed')
    })
  app.decorate('readers', readers)

  app.log.info({
    path: options.path,
    journal_mode: pragma('journal_mode'),
    synchronous: ['off', 'normal', 'full', 'extra'][Number(pragma('synchronous'))],
    busy_timeout: pragma('busy_timeout'),
    foreign_keys: pragma('foreign_keys') === 1,
    cache_mb: options.cacheMb,
    read_only: options.readOnly,
    read_threads: readers ? options.readThreads : 0
  }, 'database open')

  // Runs after the server has stopped and in-flight requests have finished (Fastify closes the server first).
  app.addHook('onClose', async () => {
    clearInterval(watch)
    await readers?.close()
    if (sqlite.memory || options.readOnly) return sqlite.close()
    if (databaseProblem()) {
      sqlite.close()
      app.log.error({ path: options.path }, 'database closed without a checkpoint: its file is no longer at its path')
      return
    }
    // Fold the WAL back into the database so that the file alone is complete (for copies and backups).
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number, log: number, checkpointed: number }>
    sqlite.close()
    app.log.info({ wal_checkpoint: result }, 'database checkpointed and closed')
  })
  if (options.loadDemo && !options.readOnly && loadDemo(handle)) {
    app.log.info('loaded the demo record into an empty database')
  }
}

export default fp(db, { name: 'db' })
