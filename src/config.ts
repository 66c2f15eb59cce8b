// Parley's settings: one TypeBox schema, read from the environment here and nowhere else.
import { isIP } from 'node:net'
import { availableParallelism } from 'node:os'
import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'

const Bool = Type.Enum(['true', 'false', '1', '0'])

export const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port to listen on' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'Interface to bind; 0.0.0.0 in containers' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/parley.db', description: 'SQLite file (created and migrated on start); :memory: for a throwaway database' }),
  DATABASE_CACHE_MB: Type.Integer({ minimum: 1, maximum: 65536, default: 32, description: 'SQLite page cache of each process, in MiB; resident memory grows by up to this much' }),
  DATABASE_CREATE: Type.Optional(Bool),
  READ_ONLY: Type.Optional(Bool),
  PRIMARY_URL: Type.String({ default: '', pattern: '^(https?://[^\\s]+)?$', description: 'With READ_ONLY, the base URL of the primary that takes writes (sent in a Link header with each refused write)' }),
  DATABASE_BUSY_TIMEOUT_MS: Type.Integer({ minimum: 0, maximum: 100, default: 20, description: 'How long a statement waits on the event loop for a lock another process holds' }),
  DATABASE_LOCK_WAIT_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 750, description: 'How long a write keeps retrying, without blocking, while another process holds the write lock; 503 with Retry-After beyond' }),
  READ_THREADS: Type.Integer({ minimum: 0, maximum: 16, default: 1, description: 'Threads that run heavy reads (searches, facets, filtered walks, export pages) beside the event loop; 0 runs them on it' }),
  QUERY_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 600_000, default: 5000, description: 'Longest a heavy read may run; beyond it the request gets 422 (too costly)' }),
  EXPORT_TIMEOUT_MS: Type.Integer({ minimum: 1000, maximum: 86_400_000, default: 600_000, description: 'Longest a CSV or NDJSON export may stream; beyond it the response is cut off' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  LOAD_DEMO: Type.Optional(Bool),
  PUBLIC_URL: Type.String({ default: '', description: 'Base URL that clients use, listed as the OpenAPI server; empty means relative' }),
  TRUST_PROXY: Type.Optional(Type.String({ description: 'false, the reverse proxies to trust X-Forwarded-* from (comma-separated addresses or CIDRs), or true for any' })),
  READS_REQUIRE_KEY: Type.Optional(Bool),
  BODY_LIMIT: Type.Integer({ minimum: 1024, maximum: 100 * 1024 * 1024, default: 1024 * 1024, description: 'Largest request body in bytes' }),
  REQUIRE_IF_MATCH: Type.Optional(Bool),
  CORS_ORIGINS: Type.String({ default: '', description: 'Comma-separated origins whose browser pages may call the API (https://app.example.org); * for any; empty for none' }),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 0, default: 600, description: 'Requests one client (IP address) may make per window; 0 turns rate limiting off' }),
  RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1000, default: 60_000, description: 'Length of the rate-limit window in milliseconds' }),
  MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ minimum: 0, default: 1000, description: 'Shed load (503 with Retry-After) while the event loop lags more than this; 0 turns it off' }),
  REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 30_000, description: 'Time a client has to send a whole request (408 beyond); 0 for no limit' }),
  CONNECTION_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 60_000, description: 'An idle socket is closed after this many milliseconds; 0 for never' }),
  KEEP_ALIVE_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 72_000, description: 'How long a keep-alive connection waits for its next request; above a load balancer\'s idle timeout' }),
  CACHE_MAX_AGE: Type.Integer({ minimum: 0, default: 60, description: 'Seconds clients and proxies may reuse a read without asking again (Cache-Control max-age)' }),
  METRICS: Type.Optional(Bool),
  METRICS_PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 0, description: 'Serve /metrics on this port alone, instead of on PORT; 0 for on PORT, behind METRICS_KEY' }),
  METRICS_KEY: Type.String({ default: '', description: 'Bearer token /metrics needs (at least 16 characters); on PORT /metrics needs it, so without one it answers 401 there' }),
  WORKERS: Type.Integer({ minimum: 0, maximum: 64, default: 1, description: 'HTTP worker processes sharing the port and the database file; 0 for one per CPU core' }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 1000, default: 10_000, description: 'On SIGTERM, how long in-flight requests may take before the process exits anyway' })
})

export interface Config {
  port: number
  host: string
  databasePath: string
  /** SQLite's page cache, in MiB, for the connection of each process. */
  databaseCacheMb: number
  /** Create (and fill with the demo record) a database file that does not exist; false refuses to start instead. */
  databaseCreate: boolean
  /** Serve a read replica of the file: every read, and 503 PARLEY_READ_ONLY for every write; nothing is written. */
  readOnly: boolean
  primaryUrl: string
  databaseBusyTimeoutMs: number
  databaseLockWaitMs: number
  readThreads: number
  queryTimeoutMs: number
  exportTimeoutMs: number
  logLevel: Static<typeof EnvSchema>['LOG_LEVEL']
  /** Load the founding meeting into an empty database. */
  loadDemo: boolean
  publicUrl: string
  /** Whose X-Forwarded-* headers to believe: nobody, everybody, or these addresses and CIDR ranges. */
  trustProxy: boolean | string[]
  /** Reads under /v1 need a key with the read scope; otherwise they are public. */
  readsRequireKey: boolean
  /** Writes to existing records must send If-Match (428 without it). */
  requireIfMatch: boolean
  /** Largest request body, in bytes; larger ones get 413. */
  bodyLimit: number
  /** Origins allowed to make cross-origin browser requests; `['*']` for any, empty for none. */
  corsOrigins: string[]
  /** Requests per client per window; 0 disables rate limiting. */
  rateLimitMax: number
  rateLimitWindowMs: number
  /** Event-loop delay beyond which requests are shed with 503; 0 disables load shedding. */
  maxEventLoopDelayMs: number
  requestTimeoutMs: number
  connectionTimeoutMs: number
  keepAliveTimeoutMs: number
  /** max-age, in seconds, of successful reads. */
  cacheMaxAge: number
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean
  /** A port of their own for the metrics (a second listener); 0 for /metrics on the API's port. */
  metricsPort: number
  /** The bearer token /metrics needs; '' for none, which on the API's port means no access. */
  metricsKey: string
  /** Longest graceful shutdown before the process exits anyway. */
  shutdownTimeoutMs: number
  workers: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const truthy = (v: string | undefined, fallback: boolean) => (v === undefined ? fallback : v === 'true' || v === '1')

const ORIGIN = /^https?:\/\/[^/\s,]+$/

function parseOrigins (value: string): string[] {
  const origins = value.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean)
  const invalid = origins.filter((o) => o !== '*' && !ORIGIN.test(o))
  if (invalid.length > 0) {
    throw new ConfigError(`Invalid configuration: CORS_ORIGINS: ${invalid.join(', ')} is not an origin such as https://app.example.org (or *)`)
  }
  return origins.includes('*') ? ['*'] : origins
}

/** proxy-addr's names for ranges, as Fastify's trustProxy takes them. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal'])

function isProxyAddress (entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true
  const [address = '', bits, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128))
}

function parseTrustProxy (value: string | undefined): boolean | string[] {
  if (value === undefined || value === 'false' || value === '0') return false
  if (value === 'true' || value === '1') return true
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean)
  const invalid = entries.filter((e) => !isProxyAddress(e))
  if (invalid.length > 0 || entries.length === 0) {
    throw new ConfigError(`Invalid configuration: TRUST_PROXY: ${invalid.join(', ') || value} is not true, false, an IP address or a CIDR range such as 10.0.0.0/8`)
  }
  return entries
}

export function loadConfig (env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(EnvSchema.properties)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]])
  )
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, known))
  if (!Value.Check(EnvSchema, converted)) {
    const problems = [...Value.Errors(EnvSchema, converted)]
      .map((e) => `${e.instancePath.slice(1) || 'environment'}: ${e.message}`)
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`)
  }
  const settings = converted as Static<typeof EnvSchema>
  if (settings.WORKERS !== 1 && settings.DATABASE_PATH === ':memory:') {
    throw new ConfigError('Invalid configuration: WORKERS: worker processes share a database file; an in-memory database cannot be shared')
  }
  if (settings.METRICS_PORT !== 0 && settings.METRICS_PORT === settings.PORT) {
    throw new ConfigError('Invalid configuration: METRICS_PORT: must differ from PORT (0 serves /metrics on PORT)')
  }
  if (settings.METRICS_KEY !== '' && !/^[A-Za-z0-9._~+/=-]{16,}$/.test(settings.METRICS_KEY)) {
    throw new ConfigError('Invalid configuration: METRICS_KEY: must be at least 16 letters, digits or -._~+/=')
  }
  return {
    port: settings.PORT,
    host: settings.HOST,
    databasePath: settings.DATABASE_PATH,
    databaseCacheMb: settings.DATABASE_CACHE_MB,
    databaseCreate: truthy(settings.DATABASE_CREATE, true),
    readOnly: truthy(settings.READ_ONLY, false),
    primaryUrl: settings.PRIMARY_URL.replace(/\/+$/, ''),
    databaseBusyTimeoutMs: settings.DATABASE_BUSY_TIMEOUT_MS,
    databaseLockWaitMs: settings.DATABASE_LOCK_WAIT_MS,
    readThreads: settings.READ_THREADS,
    queryTimeoutMs: settings.QUERY_TIMEOUT_MS,
    exportTimeoutMs: settings.EXPORT_TIMEOUT_MS,
    logLevel: settings.LOG_LEVEL,
    loadDemo: truthy(settings.LOAD_DEMO, true),
    publicUrl: settings.PUBLIC_URL.replace(/\/+$/, ''),
    trustProxy: parseTrustProxy(settings.TRUST_PROXY),
    readsRequireKey: truthy(settings.READS_REQUIRE_KEY, false),
    requireIfMatch: truthy(settings.REQUIRE_IF_MATCH, false),
    bodyLimit: settings.BODY_LIMIT,
    corsOrigins: parseOrigins(settings.CORS_ORIGINS),
    rateLimitMax: settings.RATE_LIMIT_MAX,
    rateLimitWindowMs: settings.RATE_LIMIT_WINDOW_MS,
    maxEventLoopDelayMs: settings.MAX_EVENT_LOOP_DELAY_MS,
    requestTimeoutMs: settings.REQUEST_TIMEOUT_MS,
    connectionTimeoutMs: settings.CONNECTION_TIMEOUT_MS,
    keepAliveTimeoutMs: settings.KEEP_ALIVE_TIMEOUT_MS,
    cacheMaxAge: settings.CACHE_MAX_AGE,
    metrics: truthy(settings.METRICS, true),
    metricsPort: settings.METRICS_PORT,
    metricsKey: settings.METRICS_KEY,
    shutdownTimeoutMs: settings.SHUTDOWN_TIMEOUT_MS,
    workers: settings.WORKERS === 0 ? availableParallelism() : settings.WORKERS
  }
}

/**
 * Settings for tests and tools: an in-memory database with the demo record, quiet logs, no rate limit (every
 * injected request comes from one address) and no load shedding (tests run on busy machines); the tests of
 * those two turn them on.
 */
export function testConfig (overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }), ...overrides }
}
