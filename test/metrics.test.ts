// /metrics: Prometheus text with request durations by route and status, database size and open connections.
import { mkdtempSync, rmSync } from 'node:fs'
import { request as httpRequest, Agent } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { buildMetricsServer } from '../src/plugins/metrics.js'
import { build, DEMO_ID, makeKey } from './helpers.js'

const METRICS_KEY = 'scrape-me-0123456789'
const scrape = { url: '/metrics', headers: { authorization: `Bearer ${METRICS_KEY}` } }

/** The value of one sample line, e.g. `parley_database_size_bytes` or `name{label="x"}`. */
function sample (text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

t.test('request durations are counted by route template and status; unmatched URLs share one label', async (t) => {
  const app = await build(t, { metricsKey: METRICS_KEY })
  await app.inject(`/v1/meetings/${DEMO_ID}`)
  await app.inject(`/v1/meetings/${DEMO_ID}`)
  await app.inject('/v1/meetings/no-such-meeting')
  await app.inject('/v1/meetings?limit=0')
  await app.inject('/no/such/route/1')
  await app.inject('/no/such/route/2')
  const res = await app.inject(scrape)
  t.equal(res.statusCode, 200)
  t.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/)
  const text = res.body
  t.match(text, /# TYPE parley_http_request_duration_seconds histogram/)
  t.equal(sample(text, 'parley_http_request_duration_seconds_count{method="GET",route="/v1/meetings/:id",status_code="200"}'), 2)
  t.equal(sample(text, 'parley_http_request_duration_seconds_count{method="GET",route="/v1/meetings/:id",status_code="404"}'), 1)
  t.equal(sample(text, 'parley_http_request_duration_seconds_count{method="GET",route="/v1/meetings",status_code="400"}'), 1)
  t.equal(sample(text, 'parley_http_request_duration_seconds_count{method="GET",route="unmatched",status_code="404"}'), 2)
  t.notMatch(text, /no-such-meeting|no\/such\/route/, 'URLs are never labels')
  t.ok(sample(text, 'parley_database_size_bytes')! > 0, 'database size')
  t.equal(sample(text, 'parley_open_connections'), 0, 'no sockets: the tests inject requests')
  t.match(text, /^process_cpu_user_seconds_total /m, 'process metrics')
  t.match(text, /^nodejs_eventloop_lag_seconds /m)
  t.equal(res.headers['cache-control'], 'no-store')
})

t.test('on a database file: WAL size, and open connections of the listening server', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-metrics-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const app = buildApp(testConfig({ databasePath: join(dir, 'parley.db'), metricsKey: METRICS_KEY }), { logger: false })
  t.teardown(() => app.close())
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  const { auth } = makeKey(app)
  t.equal((await app.inject({ method: 'POST', url: '/v1/persons', headers: auth, payload: { name: 'Ana Lima' } })).statusCode, 201)

  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  t.teardown(() => agent.destroy())
  const get = (path: string) => new Promise<string>((resolve, reject) => {
    httpRequest({ port, host: '127.0.0.1', path, agent, headers: scrape.headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => { body += chunk })
      res.on('end', () => resolve(body))
    }).on('error', reject).end()
  })
  await get('/healthz')
  const text = await get('/metrics')
  t.equal(sample(text, 'parley_open_connections'), 1, 'the keep-alive connection this scrape came on')
  t.ok(sample(text, 'parley_database_wal_size_bytes')! > 0, 'the write went to the WAL')
  t.ok(sample(text, 'parley_database_size_bytes')! >= 4096)
})

t.test('METRICS=false: no /metrics', async (t) => {
  const app = await build(t, { metrics: false })
  t.equal((await app.inject('/metrics')).statusCode, 404)
})

t.test('on the API\'s port /metrics needs METRICS_KEY: 401 problem+json without it, and always while none is set', async (t) => {
  const app = await build(t, { metricsKey: METRICS_KEY })
  const { auth } = makeKey(app, ['admin'])
  for (const headers of [{}, { authorization: `Bearer ${METRICS_KEY}x` }, { authorization: METRICS_KEY }, auth]) {
    const res = await app.inject({ url: '/metrics', headers })
    t.equal(res.statusCode, 401, JSON.stringify(headers))
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 401, code: 'PARLEY_UNAUTHORIZED', detail: /METRICS_KEY/ })
    t.match(res.headers['www-authenticate'], /^Bearer realm="parley"/)
    t.notMatch(res.body, /parley_http_request_duration_seconds/)
  }
  t.equal((await app.inject(scrape)).statusCode, 200, 'the key, and only the key, opens it (an admin API key does not)')

  const unset = await build(t)
  for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: 'Bearer anything-at-all-0123' }]) {
    const res = await unset.inject({ url: '/metrics', headers })
    t.equal(res.statusCode, 401, `no METRICS_KEY: ${JSON.stringify(headers)} is refused`)
    t.match(res.json().detail, /set METRICS_KEY .* or set METRICS_PORT/)
  }
})

t.test('METRICS_PORT: a listener of its own serves /metrics and nothing else; the API\'s port has none', async (t) => {
  const config = testConfig({ metricsPort: 9464 })
  const app = buildApp(config, { logger: false })
  t.teardown(() => app.close())
  const metrics = buildMetricsServer(app, config)
  t.teardown(() => metrics.close())
  await app.ready()
  await metrics.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(metrics.server.address() as { port: number }).port}`
  t.equal(app.server.listening, false, 'the app itself still never listens')
  await app.inject(`/v1/meetings/${DEMO_ID}`)
  const res = await fetch(`${base}/metrics`)
  t.equal(res.status, 200, 'no key needed on a port of its own')
  t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/)
  t.equal(sample(await res.text(), 'parley_http_request_duration_seconds_count{method="GET",route="/v1/meetings/:id",status_code="200"}'), 1, 'the API\'s requests are counted')
  const other = await fetch(`${base}/v1/themes`)
  t.equal(other.status, 404)
  t.match(other.headers.get('content-type'), /^application\/problem\+json/)
  t.equal((await app.inject('/metrics')).statusCode, 404, 'the API\'s port does not serve them')

  const keyed = { ...testConfig({ metricsPort: 9464, metricsKey: METRICS_KEY }) }
  const keyedApp = buildApp(keyed, { logger: false })
  t.teardown(() => keyedApp.close())
  const keyedMetrics = buildMetricsServer(keyedApp, keyed)
  t.teardown(() => keyedMetrics.close())
  await keyedApp.ready()
  t.equal((await keyedMetrics.inject('/metrics')).statusCode, 401, 'with METRICS_KEY set the key is needed there too')
  t.equal((await keyedMetrics.inject(scrape)).statusCode, 200)
})
