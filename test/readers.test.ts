// Bounded work per request: full-text limits, heavy reads on a reader thread beside light ones, the read deadline.
import t, { type Test } from 'tap'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { testConfig, type Config } from '../src/config.js'
import type { App } from '../src/app.js'
import { build, DEMO_ID } from './helpers.js'

/** An app on a database file holding the demo record and `count` more meetings (titles alternate two words). */
async function appWithMeetings (t: Test, count: number, overrides: Partial<Config> = {}): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-readers-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const app = buildApp(testConfig({ databasePath: join(dir, 'parley.db'), readThreads: 1, ...overrides }), { logger: false })
  t.teardown(() => app.close())
  await app.ready()
  app.db.$client.prepare(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
    INSERT INTO meetings (id, title, summary, start_date, first_day, last_day, format)
    SELECT printf('bulk-%06d', i), CASE i % 2 WHEN 0 THEN 'Talks on grain' ELSE 'Talks on gas' END, 'Consultations continued.',
      date('2000-01-01', '+' || (i % 9000) || ' days'), date('2000-01-01', '+' || (i % 9000) || ' days'), date('2000-01-01', '+' || (i % 9000) || ' days'),
      'in_person'
    FROM n`).run(count)
  return app
}

t.test('a search is bounded in words and prefixes, with a 400 that names the limit', async (t) => {
  const app = await build(t)
  const cases: Array<[string, RegExp]> = [
    ['e* OR g*', /at least 2 letters before \*/],
    ['co* OR ge* OR pr* OR st* OR ta*', /at most 4 are allowed/],
    [Array.from({ length: 17 }, (_, i) => `word${i}`).join(' '), /at most 16/]
  ]
  for (const [q, detail] of cases) {
    for (const url of [`/v1/meetings?q=${encodeURIComponent(q)}`, `/v1/search?q=${encodeURIComponent(q)}`, `/v1/proposals?q=${encodeURIComponent(q)}`]) {
      const res = await app.inject(url)
      t.equal(res.statusCode, 400, url)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.match(res.json(), { errors: [{ in: 'query', pointer: '/q', message: detail }] })
    }
  }
  const within = await app.inject(`/v1/meetings?q=${encodeURIComponent('co* OR ge* OR pr* OR ener*')}`)
  t.equal(within.statusCode, 200, 'four prefixes of two letters or more are allowed')
  t.equal(within.json().data[0].id, DEMO_ID)
  t.match(within.json().data[0].match, { snippet: /<mark>/, rank: Number }, 'ranked matches carry their passage and rank')
})

t.test('light reads are answered while a heavy read runs on the reader thread', async (t) => {
  const app = await appWithMeetings(t, 60_000)
  t.ok(app.readers, 'a database file gets a reader thread')
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address() as { port: number }
  const base = `http://127.0.0.1:${address.port}`

  const events: string[] = []
  const started = performance.now()
  const heavy = fetch(`${base}/v1/meetings?facets=theme,party,year,format&limit=1`).then(async (res) => {
    await res.arrayBuffer()
    events.push('heavy')
    return { status: res.status, ms: performance.now() - started }
  })
  // Light reads, one after another, while the facets are counted.
  const light: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    const res = await fetch(`${base}/v1/meetings/${DEMO_ID}?include=none`)
    t.equal(res.status, 200)
    await res.arrayBuffer()
    light.push(performance.now() - t0)
    events.push('light')
  }
  const { status, ms } = await heavy
  t.equal(status, 200, 'the heavy read is answered too')
  t.same(events.slice(0, 5), ['light', 'light', 'light', 'light', 'light'], `every light read came back before the heavy one (${ms.toFixed(0)} ms)`)
  t.ok(Math.max(...light) < ms, 'and each took less time than it')
})

t.test('a heavy read past QUERY_TIMEOUT_MS is stopped with 422, and the server goes on', async (t) => {
  for (const readThreads of [1, 0]) {
    t.test(`with ${readThreads} reader threads`, async (t) => {
      const app = await appWithMeetings(t, 200_000, { queryTimeoutMs: 100, readThreads })
      const res = await app.inject('/v1/meetings?facets=theme,party,year,format&limit=1')
      t.equal(res.statusCode, 422)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.match(res.json(), { code: 'PARLEY_QUERY_TOO_COSTLY', detail: /100 ms/ })
      t.equal((await app.inject(`/v1/meetings/${DEMO_ID}`)).statusCode, 200)
      const small = await app.inject('/v1/meetings?q=grain&sort=-date&limit=2')
      t.equal(small.statusCode, 200, 'a search that stops after a page is within the deadline')
    })
  }
})

t.test('exports of a search come newest first and stream every match', async (t) => {
  const app = await appWithMeetings(t, 1000)
  const res = await app.inject('/v1/meetings?q=grain&format=ndjson')
  t.equal(res.statusCode, 200)
  const lines = res.body.trim().split('\n').map((line) => JSON.parse(line) as { start_date: string })
  t.equal(lines.length, 500)
  const dates = lines.map((m) => m.start_date)
  t.same(dates, [...dates].sort().reverse())
  const calendar = await app.inject('/v1/meetings.ics?q=grain&limit=120')
  t.equal(calendar.statusCode, 200)
  t.equal(calendar.body.match(/BEGIN:VEVENT/g)?.length, 120)
  t.match(calendar.body, /^BEGIN:VCALENDAR\r\n[^]*END:VEVENT\r\nEND:VCALENDAR$/)
})

t.test('a file export whose query cannot run is refused before any of it is sent', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/meetings.ics?q=e*', '/v1/meetings?q=e*&format=csv', '/v1/meetings?q=e*&format=ndjson', '/v1/proposals?q=e*&format=csv']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
  }
})
