// One search across meetings, proposals, persons and organizations; and NDJSON import, all or nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { main } from '../src/cli.js'
import { build, DEMO_ID, getJson, makeKey, rowCounts } from './helpers.js'

t.test('search finds every kind of record, ranked, with the matching passage', async (t) => {
  const app = await build(t)
  const { body } = await getJson(app, '/v1/search?q=energy')
  t.same(new Set(body.data.map((h: any) => h.type)), new Set(['meeting', 'proposal']))
  t.ok(body.data.every((h: any) => /<mark>energy<\/mark>/i.test(h.snippet)))
  t.ok(body.data.every((h: any, i: number) => i === 0 || body.data[i - 1].rank <= h.rank), 'best first')
  t.match(body.data.find((h: any) => h.type === 'proposal'), { id: `${DEMO_ID}-p3`, url: `/v1/proposals/${DEMO_ID}-p3` })

  t.match((await getJson(app, '/v1/search?q=Meredow')).body.data, [{ type: 'person', id: 'rashid-meredov', url: '/v1/persons/rashid-meredov' }], 'other spellings of a name')
  t.match((await getJson(app, '/v1/search?q=OSCE&types=organization')).body.data, [{ type: 'organization', id: 'osce' }])
  t.equal((await getJson(app, '/v1/search?q=energy&limit=1')).body.data.length, 1)
  t.same((await getJson(app, '/v1/search?q=zzzzzz')).body.data, [])

  const { auth } = makeKey(app)
  await app.inject({ method: 'PATCH', url: '/v1/persons/helga-schmid', headers: auth, payload: { other_names: ['Helga Maria Schmid', 'Хельга Шмид'] } })
  t.match((await getJson(app, '/v1/search?q=Шмид')).body.data, [{ type: 'person', id: 'helga-schmid' }], 'the index follows edits')

  for (const q of ['%22unclosed', 'NEAR(', '*', 'AND']) {
    const res = await getJson(app, `/v1/search?q=${q}`)
    t.equal(res.status, 400, `${q} is a 400`)
    t.same(res.body.errors.map((e: any) => e.pointer), ['/q'])
  }
  t.equal((await getJson(app, '/v1/search')).status, 400, 'q is required')
  t.equal((await getJson(app, '/v1/search?q=x&types=everything')).status, 400)
})

const line = (m: object) => JSON.stringify(m)

t.test('POST /v1/import takes NDJSON whole meetings, all or nothing, naming the line of each problem', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const send = (body: string, type = 'application/x-ndjson') => app.inject({ method: 'POST', url: '/v1/import', headers: { ...auth, 'content-type': type }, payload: body })
  const good = [
    line({ title: 'Call one', start_date: '2022-03-01', parties: [{ organization: 'osce' }, { organization: { name: 'Kazakhstan', kind: 'state', country_code: 'KZ' } }] }),
    '',
    line({ id: DEMO_ID, title: 'Replaced demo meeting', start_date: '2021-03-18', parties: [{ organization: 'osce' }] }),
    line({ title: 'Call two', start_date: '2022-03-02', parties: [{ organization: 'kazakhstan' }] })
  ].join('\n')

  const before = rowCounts(app)
  const bad = await send([good, line({ title: 'x', start_date: '2022-02-30', extra: 1 }), '{"title": "trunc', line({ title: 'y', start_date: '2022', parties: [{ organization: 'atlantis' }] })].join('\n'))
  t.equal(bad.statusCode, 400)
  t.same(bad.json().errors.map((e: any) => [e.line, e.pointer]).sort(), [[5, '/extra'], [5, '/start_date'], [6, '']].sort(), 'schema problems of every line at once, a day that does not exist included')
  const unknown = await send([good, line({ title: 'y', start_date: '2022', parties: [{ organization: 'atlantis' }] })].join('\n'))
  t.equal(unknown.statusCode, 422)
  t.same(unknown.json().errors, [{ in: 'body', line: 5, pointer: '/parties/0/organization', message: 'no organization has the id "atlantis"' }])
  t.same(rowCounts(app), before, 'nothing of a refused batch is written')

  const ok = await send(good)
  t.equal(ok.statusCode, 200, ok.body)
  t.match(ok.json(), { lines: 3, created: 2, replaced: 1, ids: ['2022-03-01-osce-kazakhstan', DEMO_ID, '2022-03-02-kazakhstan'] })
  const replaced = await getJson(app, `/v1/meetings/${DEMO_ID}`)
  t.equal(replaced.body.title, 'Replaced demo meeting', JSON.stringify(replaced.body).slice(0, 300))
  t.equal((await send('')).statusCode, 400)
  t.equal((await send(good, 'text/plain')).statusCode, 415)
  t.equal((await app.inject({ method: 'POST', url: '/v1/import', headers: { 'content-type': 'application/x-ndjson' }, payload: good })).statusCode, 401)
})

t.test('parley import ndjson', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ndjson-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  process.env.DATABASE_PATH = join(dir, 'p.db')
  t.teardown(() => { delete process.env.DATABASE_PATH })
  const file = join(dir, 'meetings.ndjson')
  writeFileSync(file, [line({ title: 'Call one', start_date: '2022-03-01', parties: [{ organization: { name: 'Mongolia', kind: 'state' } }] }), line({ title: 'Call two', start_date: '2022-03-02', parties: [{ organization: 'mongolia' }] })].join('\n'))
  const log = console.log
  const error = console.error
  const out: string[] = []
  console.log = (...a: unknown[]) => { out.push(a.join(' ')) }
  console.error = (...a: unknown[]) => { out.push(a.join(' ')) }
  try {
    t.equal(await main(['import', 'ndjson', file]), 0)
    writeFileSync(file, line({ title: 'Bad', start_date: '2022-13' }))
    t.equal(await main(['import', 'ndjson', file]), 1)
  } finally {
    console.log = log
    console.error = error
  }
  t.match(out.join('\n'), /read 2, created 2, replaced 0[\s\S]*line 1 \/start_date[\s\S]*nothing was imported/)
})
