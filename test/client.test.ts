// The typed client: generated types in step with the OpenAPI document, and the example run against a started app.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import type { Test } from 'tap'
import t from 'tap'
import { listMeetings, parleyClient } from '../examples/list-meetings.js'
import { generateClientTypes } from '../scripts/generate-client.js'
import { uncoveredEnv } from './built-server.js'
import { DEMO_ID, addFixtures, build } from './helpers.js'

const committed = readFileSync(new URL('../examples/parley-api.d.ts', import.meta.url), 'utf8')

/** The app with the demo record and two more meetings Turkmenistan attended on energy, listening on a free port. */
async function started (t: Test): Promise<string> {
  const app = await build(t)
  addFixtures(app, [
    { id: '2022-06-01-turkmenistan-france', startDate: '2022-06-01', parties: ['turkmenistan', 'france'], themes: ['energy'] },
    { id: '2021-09-10-turkmenistan-kenya', startDate: '2021-09-10', parties: ['turkmenistan', 'kenya'], themes: ['energy'] },
    { id: '2021-10-01-france-kenya', startDate: '2021-10-01', parties: ['france', 'kenya'], themes: ['energy'] }
  ])
  // Tests may listen; the service's own listener is src/server.ts.
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return `http://127.0.0.1:${address.port}`
}

t.test('the committed examples/parley-api.d.ts is what openapi-typescript makes of openapi/openapi.json (run `npm run client`)', async (t) => {
  t.equal(committed, await generateClientTypes())
  t.match(committed, /listMeetings: \{/)
})

t.test('listMeetings sends the filters and follows next_cursor to the last page', async (t) => {
  const client = parleyClient(await started(t))
  const requested: URL[] = []
  client.use({ onRequest ({ request }) { requested.push(new URL(request.url)) } })
  const ids: string[] = []
  for await (const meeting of listMeetings(client, { party: ['TM'], theme: 'energy', sort: 'date', limit: 1 })) ids.push(meeting.id)
  t.same(ids, [DEMO_ID, '2021-09-10-turkmenistan-kenya', '2022-06-01-turkmenistan-france'])
  t.equal(requested.length, 3, 'one request a page')
  t.same(requested.map((url) => url.searchParams.get('party')), ['TM', 'TM', 'TM'], 'every page keeps the filters')
  t.equal(requested[0]!.searchParams.get('cursor'), null)
  t.ok(requested.slice(1).every((url) => url.searchParams.get('cursor')), 'later pages send the cursor')
})

t.test('an invalid filter is thrown with the problem Parley reported', async (t) => {
  const client = parleyClient(await started(t))
  await t.rejects(async () => {
    for await (const meeting of listMeetings(client, { limit: 500 })) t.fail(`unexpected ${meeting.id}`)
  }, /answered 400 Invalid request: .*limit/)
})

t.test('the example runs as a program against a server', async (t) => {
  const base = await started(t)
  const script = new URL('../examples/list-meetings.ts', import.meta.url).pathname
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, base], { timeout: 60_000, env: uncoveredEnv(process.env) })
  t.same(stdout.trim().split('\n').map((line) => line.split(/\s+/)[1]), [DEMO_ID, '2021-09-10-turkmenistan-kenya', '2022-06-01-turkmenistan-france'])
  t.match(stdout, /^2021-03-18 {2}2021-03-18-turkmenistan-osce {2}\S/)
})
