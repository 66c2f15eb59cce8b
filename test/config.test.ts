import t from 'tap'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { ConfigError, EnvSchema, loadConfig } from '../src/config.js'

t.test('every setting has a safe default', async (t) => {
  t.same(loadConfig({}), {
    port: 3000,
    host: '127.0.0.1',
    databasePath: './data/parley.db',
    databaseCacheMb: 32,
    databaseCreate: true,
    readOnly: false,
    primaryUrl: '',
    databaseBusyTimeoutMs: 20,
    databaseLockWaitMs: 750,
    readThreads: 1,
    queryTimeoutMs: 5000,
    exportTimeoutMs: 600000,
    logLevel: 'info',
    loadDemo: true,
    publicUrl: '',
    trustProxy: false,
    readsRequireKey: false,
    requireIfMatch: false,
    bodyLimit: 1048576,
    corsOrigins: [],
    rateLimitMax: 600,
    rateLimitWindowMs: 60000,
    maxEventLoopDelayMs: 1000,
    requestTimeoutMs: 30000,
    connectionTimeoutMs: 60000,
    keepAliveTimeoutMs: 72000,
    cacheMaxAge: 60,
    metrics: true,
    metricsPort: 0,
    metricsKey: '',
    shutdownTimeoutMs: 10000,
    workers: 1
  })
})

t.test('settings are read from the environment and converted', async (t) => {
  const config = loadConfig({
    PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/data/p.db', DATABASE_CACHE_MB: '256', LOG_LEVEL: 'warn', LOAD_DEMO: 'false', PUBLIC_URL: 'https://parley.example.org/',
    TRUST_PROXY: '1', READS_REQUIRE_KEY: 'true', REQUIRE_IF_MATCH: '1', BODY_LIMIT: '2048', UNRELATED: 'x',
    CORS_ORIGINS: 'https://app.example.org, http://localhost:5173/', RATE_LIMIT_MAX: '100', RATE_LIMIT_WINDOW_MS: '10000',
    MAX_EVENT_LOOP_DELAY_MS: '0', REQUEST_TIMEOUT_MS: '5000', CONNECTION_TIMEOUT_MS: '0', KEEP_ALIVE_TIMEOUT_MS: '5000',
    CACHE_MAX_AGE: '0', METRICS: 'false', METRICS_PORT: '9464', METRICS_KEY: 'scrape-me-0123456789', SHUTDOWN_TIMEOUT_MS: '25000', WORKERS: '3',
    DATABASE_CREATE: 'false', READ_ONLY: 'true', PRIMARY_URL: 'https://primary.example.org/', DATABASE_BUSY_TIMEOUT_MS: '50',
    DATABASE_LOCK_WAIT_MS: '500', READ_THREADS: '2', QUERY_TIMEOUT_MS: '1000', EXPORT_TIMEOUT_MS: '60000'
  })
  t.same(config, {
    port: 8080, host: '0.0.0.0', databasePath: '/data/p.db', databaseCacheMb: 256, logLevel: 'warn', loadDemo: false, publicUrl: 'https://parley.example.org',
    trustProxy: true, readsRequireKey: true, requireIfMatch: true, bodyLimit: 2048,
    corsOrigins: ['https://app.example.org', 'http://localhost:5173'], rateLimitMax: 100, rateLimitWindowMs: 10000,
    maxEventLoopDelayMs: 0, requestTimeoutMs: 5000, connectionTimeoutMs: 0, keepAliveTimeoutMs: 5000,
    cacheMaxAge: 0, metrics: false, metricsPort: 9464, metricsKey: 'scrape-me-0123456789', shutdownTimeoutMs: 25000, workers: 3,
    databaseCreate: false, readOnly: true, primaryUrl: 'https://primary.example.org', databaseBusyTimeoutMs: 50,
    databaseLockWaitMs: 500, readThreads: 2, queryTimeoutMs: 1000, exportTimeoutMs: 60000
  })
  t.equal(loadConfig({ WORKERS: '0' }).workers, availableParallelism(), 'WORKERS=0: one per CPU core')
  t.same(loadConfig({ CORS_ORIGINS: 'https://a.example, *' }).corsOrigins, ['*'], '* allows any origin')
  t.equal(loadConfig({ PORT: '' }).port, 3000, 'an empty variable means the default')
})

t.test('TRUST_PROXY: true, false, or the proxies\' addresses and CIDR ranges', async (t) => {
  t.equal(loadConfig({}).trustProxy, false)
  t.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false)
  t.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true)
  t.same(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,fd00::/8, ::1,loopback' }).trustProxy, ['10.0.0.1', '192.168.0.0/16', 'fd00::/8', '::1', 'loopback'])
})

t.test('invalid settings are refused with a message naming them', async (t) => {
  t.throws(() => loadConfig({ PORT: 'eighty' }), ConfigError)
  t.throws(() => loadConfig({ PORT: '70000' }), /PORT/)
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/)
  t.throws(() => loadConfig({ LOAD_DEMO: 'maybe' }), /LOAD_DEMO/)
  t.throws(() => loadConfig({ DATABASE_CACHE_MB: '0' }), /DATABASE_CACHE_MB/)
  t.throws(() => loadConfig({ CORS_ORIGINS: 'app.example.org' }), /CORS_ORIGINS: app\.example\.org is not an origin/)
  t.throws(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/path' }), /CORS_ORIGINS/)
  t.throws(() => loadConfig({ RATE_LIMIT_MAX: '-1' }), /RATE_LIMIT_MAX/)
  t.throws(() => loadConfig({ RATE_LIMIT_WINDOW_MS: '10' }), /RATE_LIMIT_WINDOW_MS/)
  t.throws(() => loadConfig({ METRICS: 'yes' }), /METRICS/)
  t.throws(() => loadConfig({ DATABASE_BUSY_TIMEOUT_MS: '5000' }), /DATABASE_BUSY_TIMEOUT_MS/)
  t.throws(() => loadConfig({ QUERY_TIMEOUT_MS: '10' }), /QUERY_TIMEOUT_MS/)
  t.throws(() => loadConfig({ PRIMARY_URL: 'primary.example.org' }), /PRIMARY_URL/)
  t.throws(() => loadConfig({ METRICS_PORT: '3000' }), /METRICS_PORT: must differ from PORT/)
  t.throws(() => loadConfig({ METRICS_PORT: '-1' }), /METRICS_PORT/)
  t.throws(() => loadConfig({ METRICS_KEY: 'short' }), /METRICS_KEY: must be at least 16/)
  t.throws(() => loadConfig({ METRICS_KEY: 'sixteen chars with spaces' }), /METRICS_KEY/)
  t.throws(() => loadConfig({ TRUST_PROXY: 'yes' }), /TRUST_PROXY: yes is not true, false, an IP address or a CIDR range/)
  t.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.1, proxy.example.org' }), /TRUST_PROXY: proxy\.example\.org is not/)
  t.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY: 10\.0\.0\.0\/33/)
  t.throws(() => loadConfig({ TRUST_PROXY: ',' }), /TRUST_PROXY/)
  t.throws(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '1.5' }), /SHUTDOWN_TIMEOUT_MS/)
  t.throws(() => loadConfig({ WORKERS: '65' }), /WORKERS/)
  t.throws(() => loadConfig({ WORKERS: '2', DATABASE_PATH: ':memory:' }), /WORKERS: worker processes share a database file/)
})

t.test('every setting is in the README\'s configuration table', async (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  for (const name of Object.keys(EnvSchema.properties)) t.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), name)
})
