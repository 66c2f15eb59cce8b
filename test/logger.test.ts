// Logs: one JSON line per event, each request's lines carrying its id; keys and credentials never appear.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { loggerOptions, redactUrl } from '../src/logger.js'
import { makeKey } from './helpers.js'

function capture () {
  const lines: Array<Record<string, any>> = []
  const stream = new Writable({
    write (chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    }
  })
  return { lines, stream }
}

t.test('every request is logged with its id, the caller\'s x-request-id when it sent one', async (t) => {
  const { lines, stream } = capture()
  const app = buildApp(testConfig(), { logger: { ...loggerOptions({ logLevel: 'info' }), stream } })
  t.teardown(() => app.close())
  await app.ready()
  const mine = await app.inject({ url: '/v1/themes', headers: { 'x-request-id': 'trace-42' } })
  t.equal(mine.headers['x-request-id'], 'trace-42')
  const theirs = await app.inject('/v1/meetings/missing')
  const id = String(theirs.headers['x-request-id'])
  t.equal(theirs.json().request_id, id, 'problem details quote the same id')
  for (const reqId of ['trace-42', id]) {
    const events = lines.filter((l) => l.reqId === reqId).map((l) => l.msg)
    t.same(events, ['incoming request', 'request completed'], `${reqId}: both lines carry the id`)
  }
  const completed = lines.find((l) => l.reqId === id && l.msg === 'request completed')!
  t.equal(completed.res.statusCode, 404)
  t.type(completed.responseTime, 'number')
  const unsafe = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\nforged line' } })
  t.not(unsafe.headers['x-request-id'], 'bad id\nforged line', 'an id that could forge log lines is replaced')
})

t.test('the database pragmas are logged at start', async (t) => {
  const { lines, stream } = capture()
  const app = buildApp(testConfig(), { logger: { ...loggerOptions({ logLevel: 'info' }), stream } })
  t.teardown(() => app.close())
  await app.ready()
  const open = lines.find((l) => l.msg === 'database open')
  t.match(open, { synchronous: 'full', busy_timeout: 20, foreign_keys: true, read_threads: 0 })
  t.match(open!.journal_mode, /^(wal|memory)$/, 'WAL on a file; an in-memory database has no journal file')
})

t.test('no key, hash or Authorization header reaches the logs, even at trace level or in an error', async (t) => {
  const { lines, stream } = capture()
  const app = buildApp(testConfig(), { logger: { ...loggerOptions({ logLevel: 'trace' }), stream } })
  t.teardown(() => app.close())
  app.get('/test/fails', async (request) => {
    request.log.info({ req: { headers: request.headers }, headers: request.headers }, 'a careless line')
    throw new Error('boom')
  })
  await app.ready()
  const { key, auth } = makeKey(app)
  const hash = (app.db.$client.prepare('SELECT hash FROM api_keys').get() as { hash: string }).hash
  t.equal((await app.inject({ method: 'POST', url: '/v1/persons', headers: auth, payload: { name: 'Ana Lima' } })).statusCode, 201)
  t.equal((await app.inject({ method: 'POST', url: '/v1/persons', headers: { authorization: `Bearer ${key.slice(0, -1)}x` }, payload: { name: 'B' } })).statusCode, 401)
  t.equal((await app.inject({ url: '/test/fails', headers: { ...auth, cookie: 'session=secret-cookie' } })).statusCode, 500)
  app.log.info({ key, hash, created: { key, hash } }, 'a key was made')
  const text = lines.map((l) => JSON.stringify(l)).join('\n')
  t.ok(lines.length > 10, `${lines.length} lines logged`)
  t.notMatch(text, key, 'the key is never logged')
  t.notMatch(text, key.slice(0, -1), 'nor a presented one')
  t.notMatch(text, hash, 'nor its hash')
  t.notMatch(text, 'secret-cookie', 'nor cookies')
  const careless = lines.find((l) => l.msg === 'a careless line')!
  t.equal(careless.headers.authorization, '[redacted]')
  t.equal(careless.req.headers, undefined, 'a request is logged without its headers')
  t.ok(lines.find((l) => l.msg === 'request failed' && l.err?.message === 'boom'), 'the error itself is logged')
})

t.test('a key in a URL never reaches the log file, whatever the parameter and the answer', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-log-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'parley.log')
  const app = buildApp(testConfig(), { logger: { ...loggerOptions({ logLevel: 'info' }), file } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const { key } = makeKey(app)
  const urls = [
    `/v1/meetings?api_key=${key}`, `/v1/meetings?limit=5&key=${key}`, `/v1/themes?token=${key}`, `/v1/themes?ACCESS_TOKEN=${key}`,
    `/v1/persons?api%5Fkey=${key}`, `/v1/search?q=${key}`, `/v1/persons/${key}`, `/v1/meetings?token=not-a-parley-key-but-secret`
  ]
  const statuses = []
  for (const url of urls) statuses.push((await fetch(base + url)).status)
  t.same(statuses, [400, 400, 400, 400, 400, 200, 400, 400], 'refused (unknown parameters, an id no record could have), but for the search')
  t.equal((await fetch(`${base}/v1/meetings`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: '{}' })).status, 400)
  await app.close()
  const log = readFileSync(file, 'utf8')
  const logged = log.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.msg === 'incoming request').map((l) => l.req.url)
  t.equal(logged.length, urls.length + 1, 'every request was logged')
  t.notMatch(log, key, 'the key is nowhere in the log')
  t.notMatch(log, key.slice(3, 20), 'nor a part of it')
  t.notMatch(log, 'not-a-parley-key-but-secret', 'nor the value of a token parameter')
  t.same(logged.slice(0, 3), ['/v1/meetings?api_key=[redacted]', '/v1/meetings?limit=5&key=[redacted]', '/v1/themes?token=[redacted]'],
    'the rest of the URL is kept')
})

t.test('redactUrl keeps what is not secret', async (t) => {
  t.equal(redactUrl('/v1/meetings?party=TM&q=talks&keys=1&key'), '/v1/meetings?party=TM&q=talks&keys=1&key')
  t.equal(redactUrl('/v1/meetings?password=a%20b&sort=date'), '/v1/meetings?password=[redacted]&sort=date')
  t.equal(redactUrl('/healthz'), '/healthz')
})
