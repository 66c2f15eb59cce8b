// Limits and headers: security headers, a CORS allowlist, per-client rate limits, load shedding, refusal
// while shutting down, and Cache-Control. Every refusal is problem+json, with Retry-After where it helps.
import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import cors from '@fastify/cors'
import helmet, { type HelmetOptions } from 'helmet'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import type { Config } from '../config.js'
import { ProblemRef, type Problem } from '../common/schemas.js'
import { sendProblem } from './errors.js'

export type SecurityOptions = Pick<Config, 'corsOrigins' | 'rateLimitMax' | 'rateLimitWindowMs' | 'maxEventLoopDelayMs' |
  'cacheMaxAge' | 'readsRequireKey' | 'publicUrl'>

/** Probes for orchestrators and scrapers: never rate limited; /healthz and /metrics are never shed either. */
export const PROBES = new Set(['/healthz', '/readyz', '/metrics'])
const ALWAYS_ANSWER = new Set(['/healthz', '/metrics'])

/** Seconds a client is asked to wait after a 503 from load shedding or shutdown. */
const RETRY_AFTER_SECONDS = 5

/** How often the event-loop delay is measured for load shedding. */
const SAMPLE_INTERVAL_MS = 1000

const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? ''

/** The directives /docs (Swagger UI, served from this origin) and the landing page need, and no more. */
function contentSecurityPolicy (publicUrl: string) {
  const api = publicUrl ? [new URL(publicUrl).origin] : []
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'", ...api],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // Swagger UI sets style attributes from its scripts.
      styleSrc: ["'self'", "'unsafe-inline'"]
    }
  }
}

/**
 * The headers helmet sets for these options. They do not depend on the request, so they are worked out once
 * at start instead of by running helmet's middleware on every request.
 */
export function securityHeaders (options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {
    setHeader (name: string, value: string | number) { headers[name.toLowerCase()] = String(value) },
    removeHeader (name: string) { delete headers[name.toLowerCase()] }
  }
  let done = false
  helmet(options)({} as never, response as never, () => { done = true })
  if (!done) throw new Error('helmet did not finish synchronously')
  return headers
}

async function security (app: FastifyInstance, options: SecurityOptions) {
  // Headers first, so that refusals below carry them too. Pages (the landing page, /docs) get helmet's
  // whole set; JSON and the other API answers the few that apply to a response no browser renders as a page
  // (OWASP REST Security Cheat Sheet): nothing may load or frame it, no sniffing, no referrer, HTTPS only.
  const pageHeaders = securityHeaders({
    contentSecurityPolicy: contentSecurityPolicy(options.publicUrl),
    // Pages on allowed origins may read responses; otherwise only this origin.
    crossOriginResourcePolicy: { policy: options.corsOrigins.length > 0 ? 'cross-origin' : 'same-origin' },
    frameguard: { action: 'deny' }
  })
  const apiHeaders: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cross-origin-resource-policy': pageHeaders['cross-origin-resource-policy']!,
    'referrer-policy': pageHeaders['referrer-policy']!,
    'strict-transport-security': pageHeaders['strict-transport-security']!,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY'
  }
  const isPage = (url: string) => url === '/' || url.startsWith('/docs') || url.startsWith('/?')
  let shuttingDown = false
  // One hook for what every request gets first: its id back, the headers, and a refusal while shutting down
  // (Fastify's own refusal while closing is not problem+json; return503OnClosing is off in app.ts).
  app.addHook('onRequest', function securityHeaders (request, reply, done) {
    reply.header('x-request-id', request.id)
    reply.headers(isPage(request.url) ? pageHeaders : apiHeaders)
    if (!shuttingDown || ALWAYS_ANSWER.has(routeOf(request))) return done()
    reply.header('retry-after', RETRY_AFTER_SECONDS)
    sendProblem(request, reply, 503, 'The server is shutting down; retry on another instance or in a few seconds.', 'PARLEY_SHUTTING_DOWN')
  })

  if (options.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: options.corsOrigins[0] === '*' ? '*' : options.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'x-request-id'],
      exposedHeaders: ['etag', 'link', 'location', 'retry-after', 'x-request-id', 'idempotent-replayed',
        'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
      maxAge: 600
    })
  }

  app.addHook('preClose', async function refuseNewWork () {
    shuttingDown = true
  })

  if (options.maxEventLoopDelayMs > 0) {
    // The first samples include the start-up (schemas compiled synchronously): they say nothing about load.
    let warm = false
    app.addHook('onReady', async function startSampling () {
      setTimeout(() => { warm = true }, 2 * SAMPLE_INTERVAL_MS).unref()
    })
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      sampleInterval: SAMPLE_INTERVAL_MS,
      pressureHandler (request, reply) {
        if (!warm || ALWAYS_ANSWER.has(routeOf(request))) return
        reply.header('retry-after', RETRY_AFTER_SECONDS)
        sendProblem(request, reply, 503, 'The server is overloaded; retry in a few seconds.', 'PARLEY_OVERLOADED')
      }
    })
  }

  if (options.rateLimitMax > 0) {
    // The plugin only counts; the hook below runs before authentication, so guessing keys is limited too.
    await app.register(rateLimit, { global: false, max: options.rateLimitMax, timeWindow: options.rateLimitWindowMs })
    const limit = app.createRateLimit()
    app.addHook('onRequest', async function rateLimitClient (request, reply) {
      if (PROBES.has(routeOf(request)) || reply.sent) return
      const state = await limit(request)
      if (state.isAllowed) return
      reply.header('x-ratelimit-limit', state.max)
        .header('x-ratelimit-remaining', state.remaining)
        .header('x-ratelimit-reset', state.ttlInSeconds)
      if (!state.isExceeded) return
      reply.header('retry-after', state.ttlInSeconds)
      return sendProblem(request, reply, 429,
        `More than ${state.max} requests in ${options.rateLimitWindowMs / 1000} seconds from this client; retry in ${state.ttlInSeconds} seconds.`,
        'PARLEY_RATE_LIMITED')
    })
  }

  // Every route may be rate limited or shed, so the OpenAPI document lists 429 and 503 for each.
  app.addHook('onRoute', function documentRefusals (route) {
    const schema = route.schema as { hide?: boolean, response?: Record<string, unknown> } | undefined
    if (!schema?.response || schema.hide) return
    const refusals = {
      ...(PROBES.has(route.url) ? {} : { 429: ProblemRef }),
      ...(ALWAYS_ANSWER.has(route.url) ? {} : { 503: ProblemRef })
    }
    route.schema = { ...schema, response: { ...refusals, ...schema.response } } as typeof route.schema
  })

  const readCaching = options.cacheMaxAge > 0
    ? `${options.readsRequireKey ? 'private' : 'public'}, max-age=${options.cacheMaxAge}`
    : 'no-cache'
  app.addHook('onSend', function cacheControl (request, reply, payload, done) {
    // A keep-alive connection whose request finishes after closing began would otherwise stay open, idle, until
    // its keep-alive timeout, and hold the shutdown up that long.
    if (shuttingDown) reply.header('connection', 'close')
    if (!reply.hasHeader('cache-control')) {
      const route = routeOf(request)
      const read = request.method === 'GET' || request.method === 'HEAD'
      if (read && (reply.statusCode === 200 || reply.statusCode === 304) && route.startsWith('/v1/')) {
        // The change feed's newest page is what mirrors poll: they revalidate it (ETag) every time.
        reply.header('cache-control', route === '/v1/changes' ? 'no-cache' : readCaching)
      } else if (!read || reply.statusCode >= 400 || PROBES.has(route)) {
        reply.header('cache-control', 'no-store')
      }
    }
    done(null, payload)
  })
}

export default fp(security, { name: 'security', dependencies: ['errors'] })

/**
 * Errors Node finds before Fastify sees a request (a malformed request line, headers too large, a request
 * not received within REQUEST_TIMEOUT_MS), answered as problem+json too.
 */
export function clientErrorHandler (this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const problem: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Bad Request',
    status,
    detail: status === 408 ? 'The request was not received in time.' : 'The request could not be read as HTTP.',
    instance: '',
    code: status === 408 ? 'PARLEY_REQUEST_TIMEOUT' : 'PARLEY_MALFORMED_HTTP',
    request_id: randomUUID()
  }
  const body = JSON.stringify(problem)
  this.log.debug({ err: error }, 'client error')
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${problem.title}\r\nConnection: close\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }
  socket.destroy(error)
}
