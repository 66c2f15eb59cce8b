// Limits and headers: security headers, CORS allowlist, rate limits, load shedding, refusal while shutting down,
// Cache-Control, body and header limits. Every refusal is problem+json.
import { once } from 'node:events'
import { connect } from 'node:net'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { build, DEMO_ID, makeKey } from './helpers.js'

// Fifteen apps with different settings: more than the default time on a busy machine.
t.setTimeout(360_000)

const isProblem = (res: { headers: Record<string, unknown>, json: () => any }, status: number, code: string) =>
  String(res.headers['content-type']).startsWith('application/problem+json') && res.json().status === status && res.json().code === code

t.test('security headers on reads, errors and the docs; the CSP lets Swagger UI load from this origin only', async (t) => {
  const app = await build(t)
  for (const url of ['/', '/docs/', '/docs/static/swagger-ui-bundle.js', `/v1/meetings/${DEMO_ID}`, '/v1/meetings/missing', '/openapi.json']) {
    const res = await app.inject(url)
    const csp = String(res.headers['content-security-policy'])
    if (url === '/' || url.startsWith('/docs')) {
      t.match(csp, /default-src 'self'/, `${url}: CSP`)
      t.match(csp, /script-src 'self';/, 'scripts only from this origin, none inline')
      t.match(csp, /object-src 'none'/)
      t.notMatch(csp, /upgrade-insecure-requests/, 'the docs work over plain HTTP on a private network too')
      t.equal(res.headers['cross-origin-opener-policy'], 'same-origin')
    } else {
      t.equal(csp, "default-src 'none'; frame-ancestors 'none'", `${url}: an API answer loads nothing and is framed nowhere`)
      t.equal(res.headers['cross-origin-opener-policy'], undefined, 'headers for pages only are left out')
    }
    t.match(csp, /frame-ancestors 'none'/)
    t.equal(res.headers['cross-origin-resource-policy'], 'same-origin')
    t.equal(res.headers['x-content-type-options'], 'nosniff')
    t.equal(res.headers['x-frame-options'], 'DENY')
    t.equal(res.headers['referrer-policy'], 'no-referrer')
    t.match(String(res.headers['strict-transport-security']), /max-age=\d+/)
  }
  const page = await app.inject('/docs/')
  t.equal(page.statusCode, 200)
  for (const src of page.body.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)) {
    t.notMatch(src[1], /^(https?:)?\/\//, `Swagger UI asset ${src[1]} is served by Parley itself`)
  }
  t.notMatch(page.body, /<script>(?!\s*<\/script>)/, 'no inline script the CSP would block')
  const withPublicUrl = await build(t, { publicUrl: 'https://api.example.org' })
  t.match(String((await withPublicUrl.inject('/docs/')).headers['content-security-policy']), /connect-src 'self' https:\/\/api\.example\.org/,
    'Swagger UI may call the public URL')
})

t.test('CORS: only allowlisted origins may read responses from a browser', async (t) => {
  const closed = await build(t)
  const none = await closed.inject({ url: '/v1/meetings', headers: { origin: 'https://app.example.org' } })
  t.equal(none.headers['access-control-allow-origin'], undefined, 'no CORS_ORIGINS: no cross-origin reads')
  t.equal(none.headers['cross-origin-resource-policy'], 'same-origin')

  const app = await build(t, { corsOrigins: ['https://app.example.org', 'http://localhost:5173'] })
  const allowed = await app.inject({ url: '/v1/meetings', headers: { origin: 'https://app.example.org' } })
  t.equal(allowed.headers['access-control-allow-origin'], 'https://app.example.org')
  t.match(String(allowed.headers.vary), /Origin/i)
  t.match(String(allowed.headers['access-control-expose-headers']), /etag.*link.*retry-after.*x-request-id/)
  const other = await app.inject({ url: '/v1/meetings', headers: { origin: 'https://evil.example.com' } })
  t.equal(other.statusCode, 200, 'the request itself is answered (CORS is enforced by browsers)')
  t.equal(other.headers['access-control-allow-origin'], undefined, 'but no other origin may read it')
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/v1/persons',
    headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' }
  })
  t.equal(preflight.statusCode, 204)
  t.equal(preflight.headers['access-control-allow-origin'], 'http://localhost:5173')
  t.match(String(preflight.headers['access-control-allow-methods']), /POST/)
  t.match(String(preflight.headers['access-control-allow-headers']), /authorization/)
  t.equal(preflight.headers['access-control-allow-credentials'], undefined, 'keys travel in Authorization, never in cookies')

  const any = await build(t, { corsOrigins: ['*'] })
  t.equal((await any.inject({ url: '/v1/themes', headers: { origin: 'https://x.example' } })).headers['access-control-allow-origin'], '*')
})

t.test('rate limits: per client, with Retry-After and problem+json; probes are exempt; bad keys count too', async (t) => {
  const app = await build(t, { rateLimitMax: 3, rateLimitWindowMs: 60_000 })
  const client = { remoteAddress: '203.0.113.7' }
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ url: '/v1/themes', ...client })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['x-ratelimit-remaining'], String(2 - i))
    t.equal(res.headers['x-ratelimit-limit'], '3')
  }
  const limited = await app.inject({ url: '/v1/themes', ...client })
  t.equal(limited.statusCode, 429)
  t.ok(isProblem(limited, 429, 'PARLEY_RATE_LIMITED'), limited.body)
  t.ok(Number(limited.headers['retry-after']) > 0 && Number(limited.headers['retry-after']) <= 60, `retry-after ${limited.headers['retry-after']}`)
  t.equal(limited.headers['x-ratelimit-remaining'], '0')
  t.ok(limited.headers['content-security-policy'], 'refusals carry the security headers')
  t.equal(limited.json().request_id, limited.headers['x-request-id'])
  for (const url of ['/healthz', '/readyz', '/metrics']) {
    for (let i = 0; i < 5; i++) t.equal((await app.inject({ url, ...client })).statusCode, 200, `${url} is never rate limited`)
  }
  t.equal((await app.inject({ url: '/v1/themes', remoteAddress: '203.0.113.8' })).statusCode, 200, 'another client has its own allowance')

  const guesser = { remoteAddress: '198.51.100.9' }
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ method: 'POST', url: '/v1/persons', ...guesser, headers: { authorization: `Bearer pk_${'x'.repeat(32)}` }, payload: { name: 'X' } })
    t.equal(res.statusCode, 401)
  }
  const blocked = await app.inject({ method: 'POST', url: '/v1/persons', ...guesser, headers: { authorization: `Bearer pk_${'y'.repeat(32)}` }, payload: { name: 'X' } })
  t.equal(blocked.statusCode, 429, 'guessing keys is rate limited: the limit applies before authentication')

  const unlimited = await build(t, { rateLimitMax: 0 })
  for (let i = 0; i < 20; i++) t.equal((await unlimited.inject('/v1/themes')).headers['x-ratelimit-limit'], undefined)
})

t.test('load shedding: 503 with Retry-After while the event loop lags; /healthz still answers', async (t) => {
  const app = await build(t, { maxEventLoopDelayMs: 5 })
  t.equal((await app.inject('/v1/meetings')).statusCode, 200, 'the start-up itself is not taken for load')
  await new Promise((resolve) => setTimeout(resolve, 2100))
  // Keep the event loop busy for a whole sampling interval (about a second).
  const until = Date.now() + 1300
  await new Promise<void>((resolve) => {
    const spin = () => {
      const stop = Date.now() + 40
      while (Date.now() < stop) { /* block */ }
      if (Date.now() < until) setImmediate(spin)
      else resolve()
    }
    spin()
  })
  const shed = await app.inject('/v1/meetings')
  t.equal(shed.statusCode, 503)
  t.ok(isProblem(shed, 503, 'PARLEY_OVERLOADED'), shed.body)
  t.equal(shed.headers['retry-after'], '5')
  t.equal((await app.inject('/healthz')).statusCode, 200, 'liveness is not shed: the process is alive, only busy')
  t.equal((await app.inject('/readyz')).statusCode, 503, 'readiness is: a load balancer should send traffic elsewhere')
})

t.test('Cache-Control: reads may be reused for CACHE_MAX_AGE, errors and writes never', async (t) => {
  const app = await build(t)
  const read = await app.inject(`/v1/meetings/${DEMO_ID}`)
  t.equal(read.headers['cache-control'], 'public, max-age=60')
  const revalidated = await app.inject({ url: `/v1/meetings/${DEMO_ID}`, headers: { 'if-none-match': String(read.headers.etag) } })
  t.equal(revalidated.statusCode, 304)
  t.equal(revalidated.headers['cache-control'], 'public, max-age=60')
  t.equal((await app.inject('/v1/meetings?limit=0')).headers['cache-control'], 'no-store', 'errors are not cached')
  t.equal((await app.inject('/v1/changes')).headers['cache-control'], 'no-cache', 'the change feed is revalidated every time')
  t.equal((await app.inject('/readyz')).headers['cache-control'], 'no-store')
  const { auth } = makeKey(app)
  const write = await app.inject({ method: 'POST', url: '/v1/persons', headers: auth, payload: { name: 'Ana Lima' } })
  t.equal(write.statusCode, 201)
  t.equal(write.headers['cache-control'], 'no-store')

  const keyed = await build(t, { readsRequireKey: true, cacheMaxAge: 30 })
  const reader = makeKey(keyed, ['read'])
  t.equal((await keyed.inject({ url: '/v1/themes', headers: reader.auth })).headers['cache-control'], 'private, max-age=30',
    'reads that need a key are not kept by shared caches')
  const always = await build(t, { cacheMaxAge: 0 })
  t.equal((await always.inject('/v1/themes')).headers['cache-control'], 'no-cache')
})

t.test('every operation in the OpenAPI document lists 429 and 503, except the probes that are never refused', async (t) => {
  const app = await build(t)
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const statuses = Object.keys(op.responses)
      if (path === '/healthz' || path === '/metrics') t.notOk(statuses.includes('503'), `${method} ${path} is never shed`)
      else t.ok(statuses.includes('503'), `${method} ${path} documents 503`)
      if (path === '/healthz' || path === '/readyz' || path === '/metrics') t.notOk(statuses.includes('429'), `${method} ${path} is never rate limited`)
      else t.ok(statuses.includes('429'), `${method} ${path} documents 429`)
    }
  }
})

/** A raw connection to a listening app, and everything it answers until it closes. */
async function open (port: number) {
  const socket = connect(port, '127.0.0.1')
  await once(socket, 'connect')
  let text = ''
  socket.on('data', (chunk) => { text += chunk })
  const answer = once(socket, 'close').then(() => text)
  return { socket, answer }
}

async function raw (port: number, request: string): Promise<string> {
  const { socket, answer } = await open(port)
  socket.write(request)
  return answer
}

t.test('requests Node refuses before routing (malformed, headers too large) are problem+json too', async (t) => {
  const app = buildApp(testConfig(), { logger: false })
  t.teardown(() => app.close())
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  const malformed = await raw(port, 'GET /v1/themes HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n')
  t.match(malformed, /^HTTP\/1\.1 400 Bad Request\r\n/)
  t.match(malformed, /Content-Type: application\/problem\+json/)
  t.equal(JSON.parse(malformed.split('\r\n\r\n')[1]!).code, 'PARLEY_MALFORMED_HTTP')
  const huge = await raw(port, `GET /v1/themes HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`)
  t.match(huge, /^HTTP\/1\.1 431 /)
  t.equal(JSON.parse(huge.split('\r\n\r\n')[1]!).status, 431)
})

t.test('a body over BODY_LIMIT is 413 problem+json', async (t) => {
  const app = await build(t, { bodyLimit: 2048 })
  const { auth } = makeKey(app)
  const res = await app.inject({ method: 'POST', url: '/v1/persons', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x'.repeat(5000) }) })
  t.equal(res.statusCode, 413)
  t.ok(isProblem(res, 413, 'FST_ERR_CTP_BODY_TOO_LARGE'), res.body)
})

t.test('while shutting down, new requests get 503 problem+json and /readyz fails; in-flight requests finish', async (t) => {
  const app = buildApp(testConfig(), { logger: false })
  app.get('/test/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300))
    return { done: true }
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  const inFlight = await open(port)
  inFlight.socket.write('GET /test/slow HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n')
  // A request still arriving when the shutdown begins is routed during it.
  const arriving = await open(port)
  arriving.socket.write('GET /readyz HTTP/1.1\r\nHost: x\r\n')
  await new Promise((resolve) => setTimeout(resolve, 100))
  const started = Date.now()
  const closed = app.close()
  await new Promise((resolve) => setTimeout(resolve, 50))
  arriving.socket.write('\r\n')
  const [slow, ready] = await Promise.all([inFlight.answer, arriving.answer])
  await closed
  t.ok(Date.now() - started < 2000, `closed in ${Date.now() - started} ms: connections are not left open until their keep-alive timeout`)
  t.match(slow, /^HTTP\/1\.1 200 /, 'the request in flight completed')
  t.match(slow, /\{"done":true\}/)
  t.match(slow, /connection: close/i, 'and its connection was closed after it')
  t.match(ready, /^HTTP\/1\.1 503 /, '/readyz fails while shutting down')
  t.match(ready, /content-type: application\/problem\+json/i)
  t.match(ready, /retry-after: 5/i)
  t.match(ready, /"code":"PARLEY_SHUTTING_DOWN"/)
})
