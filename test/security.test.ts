// Limits and headers: security headers, CORS allowlist, rate limits, load shedding, refusal while shutting down,
// Cache-Control, body and header limits. Every refusal is problem+json.
import { once } from 'node:events'
import { connect } from 'node:net'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { build, DEMO_ID, makeKey, rowCounts } from './helpers.js'

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
  const app = await build(t, { rateLimitMax: 3, rateLimitWindowMs: 60_000, metricsKey: 'scrape-me-0123456789' })
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
    const headers = url === '/metrics' ? { authorization: 'Bearer scrape-me-0123456789' } : {}
    for (let i = 0; i < 5; i++) t.equal((await app.inject({ url, ...client, headers })).statusCode, 200, `${url} is never rate limited`)
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

t.test('TRUST_PROXY: X-Forwarded-For names the client only when a trusted proxy sent it', async (t) => {
  const proxy = '10.1.2.3'
  /** Requests from the proxy, each claiming another client, until one is refused: how many got through. */
  const rotating = async (trustProxy: boolean | string[]) => {
    const app = await build(t, { rateLimitMax: 2, rateLimitWindowMs: 60_000, trustProxy })
    const statuses = []
    for (let i = 0; i < 4; i++) {
      statuses.push((await app.inject({ url: '/v1/themes', remoteAddress: proxy, headers: { 'x-forwarded-for': `198.51.100.${i}` } })).statusCode)
    }
    return statuses
  }
  t.same(await rotating(false), [200, 200, 429, 429], 'untrusted: the proxy is the client, whatever it forwards')
  t.same(await rotating(['192.168.0.0/16', '::1']), [200, 200, 429, 429], 'a proxy not on the list is not believed')
  t.same(await rotating(['10.0.0.0/8']), [200, 200, 200, 200], 'a listed proxy: each forwarded client has its own allowance')
  t.same(await rotating([proxy]), [200, 200, 200, 200], 'an address works as a CIDR does')
  t.same(await rotating(true), [200, 200, 200, 200], 'true believes anyone, so a client that rotates X-Forwarded-For escapes the limit')
  const direct = await build(t, { rateLimitMax: 2, rateLimitWindowMs: 60_000, trustProxy: ['10.0.0.0/8'] })
  const statuses = []
  for (let i = 0; i < 3; i++) {
    statuses.push((await direct.inject({ url: '/v1/themes', remoteAddress: '203.0.113.9', headers: { 'x-forwarded-for': `198.51.100.${i}` } })).statusCode)
  }
  t.same(statuses, [200, 200, 429], 'a client calling directly cannot claim to be another')
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

interface BodyOperation { method: string, url: string, type: string }

/** Every operation of the document that takes a body, its path filled in with the examples of its parameters. */
function bodyOperations (app: Awaited<ReturnType<typeof build>>): BodyOperation[] {
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, { parameters?: Array<{ name: string, schema?: { examples?: unknown[] } }>, requestBody?: { content: Record<string, unknown> } }>> }
  return Object.entries(doc.paths).flatMap(([template, item]) => Object.entries(item).filter(([, op]) => op.requestBody).map(([method, op]) => ({
    method: method.toUpperCase(),
    url: template.replace(/\{(\w+)\}/g, (_, name) => String(op.parameters?.find((p) => p.name === name)?.schema?.examples?.[0] ?? '1')),
    type: Object.keys(op.requestBody!.content)[0]!
  })))
}

t.test('bodies that are not UTF-8, or say another charset, are refused on every route that takes one', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app, ['admin'])
  const before = rowCounts(app)
  const operations = bodyOperations(app)
  t.ok(operations.length >= 13, `${operations.length} operations take a body`)
  const invalid = [Buffer.from('{"name":"Ann \xff Lee"}', 'latin1'), Buffer.from('{"name":"A\xed\xa0\x80B"}', 'latin1'), Buffer.from('{"name":"\xc0\xafoverlong"}', 'latin1')]
  for (const { method, url, type } of operations) {
    const types = type === 'application/json' && method === 'PATCH' ? [type, 'application/merge-patch+json'] : [type]
    for (const contentType of types) {
      for (const payload of invalid) {
        const res = await app.inject({ method: method as 'POST', url, headers: { ...auth, 'content-type': contentType }, payload })
        t.equal(res.statusCode, 400, `${method} ${url} (${contentType}) with ${payload.toString('hex')}`)
        t.ok(isProblem(res, 400, 'PARLEY_INVALID_REQUEST'), res.body)
        t.same(res.json().errors, [{ in: 'body', pointer: '', message: 'is not valid UTF-8' }])
      }
      const utf16 = await app.inject({ method: method as 'POST', url, headers: { ...auth, 'content-type': `${contentType}; charset=utf-16` }, payload: Buffer.from('{"name":"Ann"}', 'utf16le') })
      t.equal(utf16.statusCode, 415, `${method} ${url}: charset=utf-16 is 415`)
      t.ok(isProblem(utf16, 415, 'PARLEY_UNSUPPORTED_MEDIA_TYPE'), utf16.body)
      t.match(utf16.json().detail, /must be UTF-8; charset=utf-16/)
    }
  }
  t.same(rowCounts(app), before, 'nothing was written')
  const stated = await app.inject({ method: 'POST', url: '/v1/persons', headers: { ...auth, 'content-type': 'application/json; charset="UTF-8"' }, payload: '{"name":"Ana Lima Čapek"}' })
  t.equal(stated.statusCode, 201, 'charset=UTF-8 (any case, quoted or not) is fine')
  t.equal(stated.json().name, 'Ana Lima Čapek')
})

t.test('control characters and lone surrogates in bodies are 400 with a pointer to each; tabs and newlines stay in free text', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app, ['admin'])
  const before = rowCounts(app)
  const json = { ...auth, 'content-type': 'application/json' }
  const refused: Array<[string, string, string, Array<[string, string]>]> = [
    ['POST', '/v1/persons', '{"name":"Mallory \\u001b[31mRED"}', [['/name', 'contains the control character U+001B']]],
    ['POST', '/v1/persons', '{"name":"Ann\\u0000Lee","other_names":["Ok","B\\ud800C"]}', [['/name', 'contains the control character U+0000'], ['/other_names/1', 'contains a lone UTF-16 surrogate, which is not a character']]],
    ['POST', '/v1/persons', '{"name":"Ann","other_names":["\\udc00"]}', [['/other_names/0', 'contains a lone UTF-16 surrogate, which is not a character']]],
    ['PATCH', '/v1/themes/security', '{"label":"Safe\\u0007ty"}', [['/label', 'contains the control character U+0007']]],
    ['POST', `/v1/meetings/${DEMO_ID}/statements`, '{"text":"Bell \\u0007 here","kind":"noted"}', [['/text', 'contains the control character U+0007']]],
    ['POST', '/v1/sources', '{"publisher":"Trend","a/b\\u0001":1}', [['/a~1b\u0001', 'has a name that contains the control character U+0001']]]
  ]
  for (const [method, url, payload, errors] of refused) {
    const res = await app.inject({ method: method as 'POST', url, headers: method === 'PATCH' ? { ...auth, 'content-type': 'application/merge-patch+json' } : json, payload })
    t.equal(res.statusCode, 400, `${method} ${url} ${payload}`)
    t.ok(isProblem(res, 400, 'PARLEY_INVALID_REQUEST'), res.body)
    t.same(res.json().errors.map((e: any) => [e.pointer, e.message]), errors)
  }
  const meeting = (title: string) => JSON.stringify({ title, start_date: '2021', format: 'phone_call', parties: [{ organization: 'osce' }, { organization: 'turkmenistan' }] })
  const imported = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...auth, 'content-type': 'application/x-ndjson' }, payload: `${meeting('Fine')}\n${meeting('Talks\u0000')}\n` })
  t.equal(imported.statusCode, 400)
  t.same(imported.json().errors, [{ in: 'body', line: 2, pointer: '/title', message: 'contains the control character U+0000' }])
  const tabbedName = await app.inject({ method: 'POST', url: '/v1/persons', headers: json, payload: '{"name":"Ann\\tLee"}' })
  t.equal(tabbedName.statusCode, 400, 'names hold no control character at all, not even a tab')
  t.same(tabbedName.json().errors.map((e: any) => e.pointer), ['/name'])
  t.same(rowCounts(app), before, 'nothing was written')
  const text = 'First line,\r\n\tthen an indented one.'
  const kept = await app.inject({ method: 'POST', url: `/v1/meetings/${DEMO_ID}/statements`, headers: json, payload: JSON.stringify({ kind: 'noted', text }) })
  t.equal(kept.statusCode, 200, kept.body)
  t.equal(kept.json().statements.at(-1).text, text, 'tab, carriage return and newline are kept in free text')
  const emoji = await app.inject({ method: 'POST', url: '/v1/persons', headers: json, payload: '{"name":"Ann \\ud83d\\ude00 Lee"}' })
  t.equal(emoji.statusCode, 201, 'a surrogate pair is a character')
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
