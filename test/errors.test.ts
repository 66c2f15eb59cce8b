// Bad input gets a clear 400/404 problem+json answer with a pointer to the offending value, never a 5xx.
import type { Test } from 'tap'
import t from 'tap'
import { build, DEMO_ID, getJson, makeKey, rowCounts } from './helpers.js'

const expectProblem = async (t: Test, app: Awaited<ReturnType<typeof build>>, url: string, status: number, pointer?: string) => {
  const res = await app.inject(url)
  t.equal(res.statusCode, status, `${url} → ${status}`)
  t.match(res.headers['content-type'], /^application\/problem\+json/, `${url} is problem+json`)
  const body = res.json()
  t.match(body, { type: String, title: String, status, detail: String, instance: url.split('?')[0], code: String })
  if (pointer) t.same(body.errors.map((e: any) => [e.in, e.pointer]), [['query', pointer]], `${url} points at ${pointer}`)
  return body
}

t.test('each kind of invalid query parameter is a 400 naming the parameter', async (t) => {
  const app = await build(t)
  const cases: Array<[string, string]> = [
    ['/v1/meetings?bogus=1', '/bogus'],
    ['/v1/meetings?limit=0', '/limit'],
    ['/v1/meetings?limit=101', '/limit'],
    ['/v1/meetings?limit=5.5', '/limit'],
    ['/v1/meetings?limit=abc', '/limit'],
    ['/v1/meetings?limit=1e309', '/limit'],
    ['/v1/meetings?limit=-1e309', '/limit'],
    ['/v1/meetings?from=2021-13', '/from'],
    ['/v1/meetings?from=2021-02-30', '/from'],
    ['/v1/meetings?to=21-03-18', '/to'],
    ['/v1/meetings?from=2022&to=2021', '/to'],
    ['/v1/meetings?format=carrier_pigeon', '/format'],
    ['/v1/meetings?country=tm', '/country'],
    ['/v1/meetings?sort=name', '/sort'],
    ['/v1/meetings?sort=relevance', '/sort'],
    ['/v1/meetings?include=everything', '/include'],
    ['/v1/meetings?cursor=not-a-cursor', '/cursor'],
    ['/v1/meetings?cursor=' + Buffer.from('{"s":"meetings:-date","k":[1,2]}').toString('base64url'), '/cursor'],
    ['/v1/meetings?q=%22unbalanced', '/q'],
    ['/v1/meetings?q=NEAR(', '/q'],
    ['/v1/meetings?q=*', '/q'],
    ['/v1/meetings?theme=Not%20A%20Slug', '/theme'],
    ['/v1/proposals?status=maybe', '/status'],
    ['/v1/proposals?q=AND', '/q'],
    ['/v1/proposals?from=2021-02-29', '/from'],
    ['/v1/persons?limit=1000', '/limit'],
    ['/v1/organizations?kind=empire', '/kind'],
    ['/v1/themes?depth=2', '/depth']
  ]
  for (const [url, pointer] of cases) await expectProblem(t, app, url, 400, pointer)
})

t.test('several problems are reported together', async (t) => {
  const app = await build(t)
  const body = await expectProblem(t, app, '/v1/meetings?limit=0&format=x&extra=1', 400)
  t.same(body.errors.map((e: any) => e.pointer).sort(), ['/extra', '/format', '/limit'])
})

t.test('unknown ids and routes are 404 problems', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/meetings/nope', '/v1/persons/nobody', '/v1/organizations/nowhere', '/v1/themes/nothing', '/v1/proposals/none', '/v1/sources/nothing', '/v1/nothing-here']) {
    await expectProblem(t, app, url, 404)
  }
  await expectProblem(t, app, '/v1/meetings/NOT%20AN%20ID', 400)
})

t.test('a URL that cannot be decoded is a 400 problem with a request id, not Fastify\'s own JSON', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/persons/%', '/v1/meetings/%E0%A4%A', '/v1/themes/%zz']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 400, code: 'FST_ERR_BAD_URL', type: 'urn:parley:problem:bad-url', request_id: res.headers['x-request-id'] })
  }
})

t.test('a few hundred malformed query strings produce no 5xx and always problem+json', async (t) => {
  const app = await build(t)
  const routes = ['/v1/meetings', '/v1/proposals', '/v1/persons', '/v1/organizations', '/v1/themes', `/v1/persons/rashid-meredov/meetings`, '/v1/organizations/osce/meetings']
  const params = ['limit', 'cursor', 'from', 'to', 'party', 'person', 'theme', 'format', 'country', 'q', 'sort', 'include', 'kind', 'status', 'proposer', '__proto__', 'constructor']
  const values = ['', '-1', '1e309', 'NaN', '0x1F', '9'.repeat(400), '%00', '%FF%FE', '%E2%80%AE', '\u{1F600}', '"', '\'', 'a:b', '*', 'NEAR(', '(((', 'AND OR', '2021-02-30', '0000-00-00', '[]', '{}', 'null', 'true',
    encodeURIComponent('x'.repeat(5000)), 'eyJzIjoxfQ', Buffer.from('{"s":"meetings:-date","k":["2021",null]}').toString('base64url')]
  let count = 0
  let serverErrors = 0
  for (const route of routes) {
    for (const [i, name] of params.entries()) {
      for (const value of values.filter((_, j) => (i + j) % 3 === 0 || route === '/v1/meetings')) {
        const res = await app.inject(`${route}?${name}=${value}`)
        count++
        if (res.statusCode >= 500) {
          serverErrors++
          t.fail(`${route}?${name}=${value} answered ${res.statusCode}: ${res.body}`)
        } else if (res.statusCode !== 200) {
          t.match(res.headers['content-type'], /^application\/problem\+json/, `${route}?${name}=${value}`)
        }
      }
    }
  }
  t.ok(count >= 300, `${count} requests sent`)
  t.equal(serverErrors, 0)
})

t.test('every answer carries a request id, and a caller\'s id is echoed', async (t) => {
  const app = await build(t)
  const mine = await app.inject({ url: '/v1/meetings/nope', headers: { 'x-request-id': 'trace-42' } })
  t.equal(mine.headers['x-request-id'], 'trace-42')
  t.equal(mine.json().request_id, 'trace-42')
  const unsafe = await app.inject({ url: `/v1/meetings/${DEMO_ID}`, headers: { 'x-request-id': 'bad id\nwith newline' } })
  t.not(unsafe.headers['x-request-id'], 'bad id\nwith newline')
  t.match(unsafe.headers['x-request-id'], /^[0-9a-f-]{36}$/)
})

t.test('server errors are logged and their details hidden', async (t) => {
  const app = await build(t)
  app.db.$client.close()
  const res = await getJson(app, '/v1/meetings')
  t.equal(res.status, 500)
  t.equal(res.body.detail, 'The server could not complete this request; it has been logged.')
  t.notMatch(JSON.stringify(res.body), /database connection/i)
  const ready = await getJson(app, '/readyz')
  t.equal(ready.status, 503)
  t.equal(ready.body.code, 'PARLEY_NOT_READY')
  t.equal((await getJson(app, '/healthz')).status, 200, 'the process itself is still alive')
})

interface Operation { parameters?: Array<{ in: string, name: string, schema?: { examples?: unknown[] } }>, requestBody?: unknown }

t.test('every route refuses an unknown query parameter, writes included, and writes nothing', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app, ['admin'])
  const before = rowCounts(app)
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> }
  let checked = 0
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const params = op.parameters ?? []
      t.notOk(params.some((p) => p.in === 'query' && p.name === 'dry_run'), `${method} ${template} lists no bogus parameter`)
      const path = template.replace(/\{(\w+)\}/g, (_, name) => String(params.find((p) => p.name === name)?.schema?.examples?.[0] ?? '1'))
      const url = `${path}${path.includes('?') ? '&' : '?'}dry_run=1`
      const res = await app.inject({ method: method.toUpperCase() as 'GET', url, headers: auth })
      t.equal(res.statusCode, 400, `${method} ${url} → 400`)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      // A body is validated before the query string: without one, the body is what is wrong.
      const named = (res.json().errors as Array<Record<string, string>>).some((e) => e.in === 'query' && e.pointer === '/dry_run' && e.message === 'is not a known parameter')
      if (!op.requestBody) t.ok(named, `${method} ${url} names it`)
      checked++
    }
  }
  t.ok(checked > 50, `${checked} operations`)
  const withBodies: Array<[string, string, string, string]> = [
    ['POST', '/v1/persons?dry_run=1', 'application/json', '{"name":"Ana Lima"}'],
    ['PATCH', '/v1/themes/security?dry_run=1', 'application/merge-patch+json', '{"label":"Safety"}'],
    ['POST', `/v1/meetings/${DEMO_ID}/statements?dry_run=1`, 'application/json', '{"kind":"noted","text":"More."}'],
    ['POST', '/v1/import?dry_run=1', 'application/x-ndjson', (await app.inject(`/v1/meetings/${DEMO_ID}`)).body.replace(/\n/g, ' ') + '\n']
  ]
  for (const [method, url, type, payload] of withBodies) {
    const res = await app.inject({ method: method as 'POST', url, headers: { ...auth, 'content-type': type }, payload })
    t.equal(res.statusCode, 400, `${method} ${url} with a good body → 400`)
    t.same(res.json().errors, [{ in: 'query', pointer: '/dry_run', message: 'is not a known parameter' }])
  }
  t.same(rowCounts(app), before, 'nothing was written')
  t.equal((await app.inject({ method: 'DELETE', url: '/v1/themes/security?dry_run=1', headers: auth })).statusCode, 400)
  t.equal((await app.inject('/v1/themes/security')).statusCode, 200, 'the theme is still there')
})

t.test('every date field refuses a day that does not exist, as start_date does', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app, ['admin'])
  const before = rowCounts(app)
  const json = { ...auth, 'content-type': 'application/json' }
  const meeting = { title: 'Talks', start_date: '2021-03', parties: [{ organization: 'osce' }, { organization: 'turkmenistan' }] }
  const cases: Array<[string, string, unknown, string]> = [
    ['POST', '/v1/sources', { publisher: 'Trend', published_on: '2021-02-30' }, '/published_on'],
    ['PATCH', '/v1/sources/trend-2021-03-18-turkmenistan-osce', { published_on: '2021-02-29' }, '/published_on'],
    ['POST', '/v1/meetings', { ...meeting, start_date: '2021-02-30' }, '/start_date'],
    ['POST', '/v1/meetings', { ...meeting, end_date: '2021-04-31' }, '/end_date'],
    ['POST', '/v1/meetings', { ...meeting, sources: [{ publisher: 'Trend', published_on: '2021-06-31' }] }, '/sources/0/published_on'],
    ['PUT', `/v1/meetings/${DEMO_ID}`, { ...meeting, sources: [{ publisher: 'Trend', published_on: '2021-09-31' }] }, '/sources/0/published_on'],
    ['POST', `/v1/meetings/${DEMO_ID}/proposals`, { summary: 'A plan', source: { publisher: 'Trend', published_on: '2021-11-31' } }, '/source/published_on']
  ]
  for (const [method, url, body, pointer] of cases) {
    const res = await app.inject({ method: method as 'POST', url, headers: json, payload: JSON.stringify(body) })
    t.equal(res.statusCode, 400, `${method} ${url} ${JSON.stringify(body)}`)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.same(res.json().errors, [{ in: 'body', pointer, message: 'is not a real date' }])
  }
  const line = JSON.stringify({ ...meeting, sources: [{ publisher: 'Trend', published_on: '2021-02-30' }] })
  const imported = await app.inject({ method: 'POST', url: '/v1/import', headers: { ...auth, 'content-type': 'application/x-ndjson' }, payload: `${line}\n` })
  t.equal(imported.statusCode, 400)
  t.same(imported.json().errors, [{ in: 'body', line: 1, pointer: '/sources/0/published_on', message: 'is not a real date' }])
  for (const url of ['/v1/meetings?from=2021-02-30', '/v1/proposals?to=2023-02-29']) {
    t.same((await app.inject(url)).json().errors, [{ in: 'query', pointer: url.includes('from') ? '/from' : '/to', message: 'is not a real date' }], url)
  }
  t.same(rowCounts(app), before, 'nothing was written')
  const leap = await app.inject({ method: 'POST', url: '/v1/sources', headers: json, payload: JSON.stringify({ publisher: 'Trend', published_on: '2024-02-29' }) })
  t.equal(leap.statusCode, 201, 'a leap day is a real date')
  t.equal(leap.json().published_on, '2024-02-29')
})
