// Every write route refuses requests without a valid key of the right scope, and changes no row when it does.
import { readFileSync } from 'node:fs'
import { once } from 'node:events'
import { connect } from 'node:net'
import t from 'tap'
import { revokeApiKey, verifyApiKey } from '../src/auth/keys.js'
import { build, DEMO_ID, makeKey, rowCounts } from './helpers.js'

const doc = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'))

const PARAMS: Record<string, string> = {
  id: DEMO_ID, organizationId: 'osce', participantId: '1', statementId: '1', themeId: 'energy', sourceId: 'trend-2021-03-18-turkmenistan-osce'
}

/** Every operation the document marks as needing the bearer scheme, with its path filled in. */
const writeRoutes = Object.entries<any>(doc.paths).flatMap(([path, item]) =>
  Object.entries<any>(item).filter(([, op]) => op.security?.some((scheme: object) => 'bearerAuth' in scheme)).map(([method]) => {
    let url = path.replace(/\{(\w+)\}/g, (_, name: string) => PARAMS[name] ?? 'x')
    if (url.startsWith('/v1/proposals/')) url = `/v1/proposals/${DEMO_ID}-p1`
    if (/^\/v1\/(persons|organizations|themes|sources)\/[^/]+$/.test(url)) {
      url = url.replace(DEMO_ID, { persons: 'helga-schmid', organizations: 'osce', themes: 'energy', sources: 'trend-2021-03-18-turkmenistan-osce' }[url.split('/')[2]!]!)
    }
    return { method: method.toUpperCase() as 'POST' | 'PATCH' | 'PUT' | 'DELETE', url }
  }))

t.test('the write routes are all covered', async (t) => {
  t.ok(writeRoutes.length >= 25, `${writeRoutes.length} write routes`)
  for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) t.ok(writeRoutes.some((r) => r.method === method), method)
})

t.test('every write route × no key, malformed key, unknown key, read-only key, revoked key: 401/403 and no row changed', async (t) => {
  const app = await build(t)
  const reader = makeKey(app, ['read'])
  const revoked = makeKey(app, ['write'])
  revokeApiKey(app.db, revoked.id)
  const before = rowCounts(app)
  const cases = [
    { name: 'no key', headers: {}, status: 401, challenge: /^Bearer realm="parley"$/ },
    { name: 'not a bearer token', headers: { authorization: 'Basic dXNlcjpwYXNz' }, status: 401, challenge: /error="invalid_token"/ },
    { name: 'malformed key', headers: { authorization: 'Bearer pk_short' }, status: 401, challenge: /error="invalid_token"/ },
    { name: 'unknown key', headers: { authorization: `Bearer pk_${'A'.repeat(32)}` }, status: 401, challenge: /error="invalid_token"/ },
    { name: 'read-only key', headers: reader.auth, status: 403, challenge: /error="insufficient_scope", scope="write"/ },
    { name: 'revoked key', headers: revoked.auth, status: 401, challenge: /error="invalid_token"/ }
  ]
  for (const route of writeRoutes) {
    for (const c of cases) {
      const res = await app.inject({ method: route.method, url: route.url, headers: c.headers, payload: route.method === 'DELETE' ? undefined : { title: 'x' } })
      t.equal(res.statusCode, c.status, `${route.method} ${route.url} with ${c.name}`)
      t.match(res.headers['www-authenticate'], c.challenge)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
    }
  }
  t.same(rowCounts(app), before, 'no table changed')
})

t.test('reads are public unless the setting asks for a read key', async (t) => {
  const open = await build(t)
  t.equal((await open.inject('/v1/meetings')).statusCode, 200)

  const closed = await build(t, { readsRequireKey: true })
  const anonymous = await closed.inject('/v1/meetings')
  t.equal(anonymous.statusCode, 401)
  t.match(anonymous.headers['www-authenticate'], /^Bearer/)
  const reader = makeKey(closed, ['read'])
  t.equal((await closed.inject({ url: '/v1/meetings', headers: reader.auth })).statusCode, 200)
  const writer = makeKey(closed, ['write'])
  t.equal((await closed.inject({ url: `/v1/meetings/${DEMO_ID}`, headers: writer.auth })).statusCode, 200, 'write includes read')
  t.equal((await closed.inject('/healthz')).statusCode, 200, 'health checks stay open')
  t.equal((await closed.inject('/openapi.json')).statusCode, 200, 'so do the docs')
})

t.test('keys are stored as hashes, recognised by prefix, and record their last use', async (t) => {
  const app = await build(t)
  const writer = makeKey(app, ['write'], 'curator')
  t.match(writer.key, /^pk_[A-Za-z0-9_-]{32}$/)
  const stored = app.db.$client.prepare('SELECT * FROM api_keys WHERE id = ?').get(writer.id) as Record<string, string>
  t.not(stored.hash, writer.key)
  t.notMatch(JSON.stringify(stored), writer.key.slice(10), 'the secret part is nowhere in the row')
  t.equal(stored.prefix, writer.key.slice(0, 10))
  t.equal(stored.last_used_at, null)
  await app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'Ana Lima' } })
  const used = app.db.$client.prepare('SELECT last_used_at FROM api_keys WHERE id = ?').get(writer.id) as { last_used_at: string | null }
  t.type(used.last_used_at, 'string')
  t.same(verifyApiKey(app.db, `${writer.key.slice(0, -1)}x`), { ok: false, reason: 'unknown' })
})

t.test('admin includes write', async (t) => {
  const app = await build(t)
  const admin = makeKey(app, ['admin'])
  const res = await app.inject({ method: 'POST', url: '/v1/persons', headers: admin.auth, payload: { name: 'Ana Lima' } })
  t.equal(res.statusCode, 201)
})

t.test('two Authorization headers on one request are 400 problem+json, whichever comes first', async (t) => {
  const app = await build(t)
  const writer = makeKey(app, ['write'])
  const reader = makeKey(app, ['read'])
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  const before = rowCounts(app)
  const send = async (headers: string[]) => {
    const socket = connect(port, '127.0.0.1')
    await once(socket, 'connect')
    let text = ''
    socket.on('data', (chunk) => { text += chunk })
    const body = '{"name":"Ana Lima"}'
    socket.end(`POST /v1/persons HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n${headers.join('\r\n')}\r\n\r\n${body}`)
    await once(socket, 'close')
    const [head, payload] = text.split('\r\n\r\n')
    return { status: Number(head!.split(' ')[1]), type: /content-type: ([^\r]+)/i.exec(head!)?.[1], body: payload ? JSON.parse(payload) : undefined }
  }
  for (const pair of [[writer.auth.authorization, reader.auth.authorization], [reader.auth.authorization, writer.auth.authorization], [writer.auth.authorization, writer.auth.authorization]]) {
    const res = await send([`Authorization: ${pair[0]}`, `authorization: ${pair[1]}`])
    t.equal(res.status, 400)
    t.match(res.type, /^application\/problem\+json/)
    t.match(res.body, { status: 400, code: 'PARLEY_INVALID_REQUEST', errors: [{ in: 'header', pointer: '/authorization', message: 'is sent more than once; send one' }] })
  }
  t.same(rowCounts(app), before, 'nothing was written')
  t.equal((await send([`Authorization: ${writer.auth.authorization}`])).status, 201, 'one header is fine')
})
