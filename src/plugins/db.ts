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
  loadDemo: boolean
}

async function db (app: FastifyInstance, options: DbPluginOptions) {
  const handle = openDatabase({ path: options.path })
  app.decorate('db', handle)
  app.addHook('onClose', async () => {
    handle.$client.close()
  })
  if (options.loadDemo && loadDemo(handle)) {
    app.log.info('loaded the demo record into an empty database')
  }
}

export default fp(db, { name: 'db' })
