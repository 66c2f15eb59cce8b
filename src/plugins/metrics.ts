// Prometheus metrics at /metrics: request durations by route and status, database and WAL size, open
// connections, and the process's own (CPU, memory, event loop lag, garbage collection); behind METRICS_KEY on the
// API's port, or on a listener of their own (METRICS_PORT).
import { createHash, timingSafeEqual } from 'node:crypto'
import { statSync } from 'node:fs'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { Type } from 'typebox'
import type { Config } from '../config.js'
import { UnauthorizedError } from '../common/errors.js'
import errorsPlugin from './errors.js'
import { ProblemErrorSchema, ProblemSchema } from '../common/schemas.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The metrics text, for /metrics here or on the metrics port. */
    metricsText: () => Promise<{ contentType: string, text: string }>
  }
}

export type MetricsOptions = Pick<Config, 'metricsKey' | 'metricsPort'>

/** Parley's own metrics after one request for the demo meeting; the process metrics follow them. */
const METRICS_EXAMPLE = `# HELP parley_http_request_duration_seconds Time from receiving a request to sending its response, by method, route template and status.
# TYPE parley_http_request_duration_seconds histogram
parley_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/v1/meetings/:id",status_code="200"} 1
parley_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/v1/meetings/:id",status_code="200"} 1
parley_http_request_duration_seconds_sum{method="GET",route="/v1/meetings/:id",status_code="200"} 0.0031
parley_http_request_duration_seconds_count{method="GET",route="/v1/meetings/:id",status_code="200"} 1
# HELP parley_database_size_bytes Size of the SQLite database (pages in use times page size), not counting the WAL.
# TYPE parley_database_size_bytes gauge
parley_database_size_bytes 376832
# HELP parley_database_wal_size_bytes Size of the write-ahead log file; it shrinks back at checkpoints.
# TYPE parley_database_wal_size_bytes gauge
parley_database_wal_size_bytes 0
# HELP parley_open_connections TCP connections open to this server, idle keep-alive ones included.
# TYPE parley_open_connections gauge
parley_open_connections 1
`

/** Process metrics are collected once per process, however many apps it builds (the tests build many). */
const processRegistry = new Registry()
let collectingProcessMetrics = false

function sizeOnDisk (path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest()

/** Checks `Authorization: Bearer <METRICS_KEY>` in constant time; without a key set, nothing passes. */
function checkMetricsKey (request: FastifyRequest, key: string): void {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')
  if (key === '') {
    throw new UnauthorizedError('Metrics are not served on this port without a key: set METRICS_KEY and send it as Authorization: Bearer <key>, or set METRICS_PORT to serve them on a port of their own.')
  }
  if (!match || !timingSafeEqual(digest(match[1]!), digest(key))) {
    throw new UnauthorizedError('This needs the metrics key (METRICS_KEY), sent as Authorization: Bearer <key>.', match ? 'invalid_token' : undefined)
  }
}

/** GET /metrics on `server`, with the text of `app`; the key is checked when `keyRequired`. */
function metricsRoute (server: FastifyInstance, app: FastifyInstance, key: string, keyRequired: boolean): void {
  server.get('/metrics', {
    config: { ownToken: true },
    schema: {
      tags: ['operations'],
      operationId: 'getMetrics',
      summary: 'Prometheus metrics',
      description: 'Request durations by route and status, database and WAL size, open connections and process metrics, ' +
        'in the Prometheus text format. On this port they need `Authorization: Bearer <METRICS_KEY>` (401 otherwise, and always ' +
        'while no METRICS_KEY is set); with `METRICS_PORT` they are served on that port instead. Not rate limited; turn off with `METRICS=false`.',
      response: {
        200: {
          description: 'Metrics in the Prometheus text exposition format 0.0.4.',
          content: { 'text/plain': { schema: Type.String({ examples: [METRICS_EXAMPLE] }) } }
        }
      }
    }
  }, async function prometheusMetrics (request, reply) {
    if (keyRequired) checkMetricsKey(request, key)
    const { contentType, text } = await app.metricsText()
    return reply.type(contentType).send(text)
  })
}

/**
 * The listener of METRICS_PORT: /metrics of `app` and nothing else, so that the port can stay inside the network
 * while the API is public. It never listens by itself; server.ts does, after `app` is ready.
 */
export function buildMetricsServer (app: FastifyInstance, options: MetricsOptions): FastifyInstance {
  const server = Fastify({ loggerInstance: app.log.child({ listener: 'metrics' }) })
  // The route's error answers refer to the Problem component, as on the API's port.
  for (const schema of [ProblemErrorSchema, ProblemSchema]) server.addSchema(schema)
  server.register(errorsPlugin)
  server.register(async function routes (scope) {
    metricsRoute(scope, app, options.metricsKey, options.metricsKey !== '')
  })
  return server
}

async function metrics (app: FastifyInstance, options: MetricsOptions) {
  if (!collectingProcessMetrics) {
    collectDefaultMetrics({ register: processRegistry })
    collectingProcessMetrics = true
  }
  const registry = new Registry()

  const durations = new Histogram({
    name: 'parley_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response, by method, route template and status.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry]
  })
  new Gauge({
    name: 'parley_database_size_bytes',
    help: 'Size of the SQLite database (pages in use times page size), not counting the WAL.',
    registers: [registry],
    collect () {
      const sqlite = app.db.$client
      this.set(Number(sqlite.pragma('page_count', { simple: true })) * Number(sqlite.pragma('page_size', { simple: true })))
    }
  })
  new Gauge({
    name: 'parley_database_wal_size_bytes',
    help: 'Size of the write-ahead log file; it shrinks back at checkpoints.',
    registers: [registry],
    collect () {
      const path = app.db.$client.name
      this.set(path === ':memory:' ? 0 : sizeOnDisk(`${path}-wal`))
    }
  })
  new Gauge({
    name: 'parley_open_connections',
    help: 'TCP connections open to this server, idle keep-alive ones included.',
    registers: [registry],
    async collect () {
      const count = await new Promise<number>((resolve) => {
        app.server.getConnections((error, n) => resolve(error ? 0 : n))
      })
      this.set(count)
    }
  })

  app.addHook('onResponse', function timeRequest (request, reply, done) {
    durations.observe({
      method: request.method,
      // Route templates, not URLs, keep the number of series small; unmatched URLs share one label.
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode)
    }, reply.elapsedTime / 1000)
    done()
  })

  app.decorate('metricsText', async () => ({
    contentType: registry.contentType,
    text: (await processRegistry.metrics()) + (await registry.metrics())
  }))
  // On the API's port the key is always needed: metrics tell an outsider the routes' traffic and the process's state.
  if (options.metricsPort === 0) metricsRoute(app, app, options.metricsKey, true)
}

export default fp(metrics, { name: 'metrics', dependencies: ['db'] })
