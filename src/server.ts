// The only file that listens: loadConfig → buildApp → listen, and a graceful close on signals. With WORKERS
// above 1 this process prepares the database and supervises that many workers sharing the port (node:cluster).
import cluster from 'node:cluster'
import closeWithGrace from 'close-with-grace'
import { pino } from 'pino'
import { ConfigError, loadConfig, type Config } from './config.js'
import { DatabaseOpenError, openDatabase } from './db/open.js'
import { loadDemo } from './demo/load.js'
import { loggerOptions } from './logger.js'
import { supervise } from './workers.js'

let config: Config
try {
  config = loadConfig()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

if (cluster.isPrimary && config.workers > 1) {
  // Migrations and the demo record run once, here, before any worker opens the database. The primary
  // serves nothing, so it opens only the database, not a whole app: it stays small.
  const log = pino(loggerOptions(config))
  try {
    const db = openDatabase({ path: config.databasePath, cacheMb: config.databaseCacheMb, create: config.databaseCreate, readOnly: config.readOnly })
    if (config.loadDemo && !config.readOnly && loadDemo(db)) log.info('loaded the demo record into an empty database')
    db.$client.close()
  } catch (error) {
    if (error instanceof DatabaseOpenError) log.fatal(error.message)
    else log.fatal({ err: error }, 'could not open the database')
    process.exit(1)
  }
  supervise(config, log)
} else {
  // Imported here, not above: a primary supervising workers never builds an app, so it does not load one.
  const { buildApp } = await import('./app.js')
  const { buildMetricsServer } = await import('./plugins/metrics.js')
  const app = buildApp(config)
  const metricsServer = config.metrics && config.metricsPort > 0 ? buildMetricsServer(app, config) : undefined

  // On SIGTERM or SIGINT: refuse new requests (503), finish those in flight, checkpoint and close the database,
  // exit 0. A second signal, or SHUTDOWN_TIMEOUT_MS passing, exits at once with 1. A worker leaves SIGINT
  // (Ctrl-C reaches every process of the terminal) to the primary, which sends it SIGTERM.
  if (cluster.isWorker) process.on('SIGINT', () => {})
  closeWithGrace({ delay: config.shutdownTimeoutMs, skip: cluster.isWorker ? ['SIGINT'] : [] }, async function closeApp ({ signal, err }) {
    if (err) app.log.error({ err }, 'closing after an error')
    else app.log.info({ signal }, 'closing')
    await metricsServer?.close()
    await app.close()
  })

  try {
    await app.listen({ port: config.port, host: config.host })
    await metricsServer?.listen({ port: config.metricsPort, host: config.host })
  } catch (error) {
    // A database that cannot be opened is one line naming the path and the cause; anything else keeps its stack.
    if (error instanceof DatabaseOpenError) app.log.fatal(error.message)
    else app.log.fatal({ err: error }, 'could not start')
    process.exit(1)
  }
}
