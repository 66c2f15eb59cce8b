// The primary process of a server with WORKERS > 1: starts the workers (each a whole Parley on the shared
// WAL database, accepting on the shared port), replaces one that dies, and on SIGTERM or SIGINT passes the
// SIGTERM on and exits once every worker has finished its requests and closed the database.
import cluster, { type Worker } from 'node:cluster'
import type { Logger } from 'pino'
import type { Config } from './config.js'

/** A worker that dies sooner than this after starting is failing to start: the server stops instead of looping. */
const MIN_UPTIME_MS = 5000

export function supervise (config: Config, log: Logger): void {
  let stopping = false
  let exitCode = 0
  const started = new Map<Worker, number>()

  const fork = () => {
    // The primary has migrated the database and loaded the demo record already.
    const worker = cluster.fork({ LOAD_DEMO: 'false' })
    started.set(worker, Date.now())
  }

  cluster.on('listening', (worker, address) => {
    log.info({ worker: worker.process.pid, port: address.port }, 'worker listening')
  })

  cluster.on('exit', (worker, code, signal) => {
    const uptime = Date.now() - (started.get(worker) ?? 0)
    started.delete(worker)
    if (stopping) {
      if (code !== 0) exitCode = 1
      if (started.size === 0) {
        log.info({ code: exitCode }, 'all workers stopped')
        process.exit(exitCode)
      }
      return
    }
    if (uptime < MIN_UPTIME_MS) {
      log.fatal({ worker: worker.process.pid, code, signal }, 'a worker failed to start; stopping')
      stop('SIGTERM', 1)
      return
    }
    log.error({ worker: worker.process.pid, code, signal }, 'a worker died; starting another')
    fork()
  })

  function stop (signal: NodeJS.Signals, code = 0): void {
    if (stopping) {
      // A second signal: stop at once, as a single process does.
      for (const worker of started.keys()) worker.process.kill('SIGKILL')
      process.exit(1)
    }
    stopping = true
    exitCode = code
    log.info({ signal }, 'closing workers')
    if (started.size === 0) process.exit(exitCode)
    for (const worker of started.keys()) worker.process.kill('SIGTERM')
    // Each worker gives up after SHUTDOWN_TIMEOUT_MS; this is only for one that hangs beyond it.
    setTimeout(() => {
      log.error('workers did not stop in time')
      for (const worker of started.keys()) worker.process.kill('SIGKILL')
      process.exit(1)
    }, config.shutdownTimeoutMs + 5000).unref()
  }

  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))

  log.info({ workers: config.workers }, 'starting workers')
  for (let i = 0; i < config.workers; i++) fork()
}
