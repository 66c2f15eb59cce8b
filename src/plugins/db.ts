// Opens the database once per app, decorates it as `app.db`, and closes it when the app closes.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { openDatabase, type Db } from '../db/open.js'
import { loadDemo } from '../demo/load.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
  }
}

export interface DbPluginOptions {
  path: string
  cacheMb: number
  loadDemo: boolean
}

async function db (app: FastifyInstance, options: DbPluginOptions) {
  const handle = openDatabase({ path: options.path, cacheMb: options.cacheMb })
  const sqlite = handle.$client
  const pragma = (name: string) => sqlite.pragma(name, { simple: true })
  app.log.info({
    path: options.path,
    journal_mode: pragma('journal_mode'),
    synchronous: ['off', 'normal', 'full', 'extra'][Number(pragma('synchronous'))],
    busy_timeout: pragma('busy_timeout'),
    foreign_keys: pragma('foreign_keys') === 1,
    cache_mb: options.cacheMb
  }, 'database open')
  app.decorate('db', handle)
  // Runs after the server has stopped and in-flight requests have finished (Fastify closes the server first).
  app.addHook('onClose', async () => {
    if (sqlite.memory) return sqlite.close()
    // Fold the WAL back into the database so that the file alone is complete (for copies and backups).
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number, log: number, checkpointed: number }>
    sqlite.close()
    app.log.info({ wal_checkpoint: result }, 'database checkpointed and closed')
  })
  if (options.loadDemo && loadDemo(handle)) {
    app.log.info('loaded the demo record into an empty database')
  }
}

export default fp(db, { name: 'db' })
