// Revisions, the change feed, idempotent POSTs, and writes to persons, organizations, themes, sources and proposals.
import t from 'tap'
import { build, DEMO_ID, getJson, makeKey, rowCounts } from './helpers.js'

t.test('Idempotency-Key: a replay returns the first answer without writing; another body is 422; keys are per API key', async (t) => {
  const app = await build(t)
  const alice = makeKey(app, ['write'], 'alice')
  const bob = makeKey(app, ['write'], 'bob')
  const body = { title: 'Call', start_date: '2022-02-02', parties: [{ organization: 'osce' }] }
  const post = (auth: object, key: string, payload: object = body) =>
    app.inject({ method: 'POST', url: '/v1/meetings', headers: { ...auth, 'idempotency-key': key }, payload })

  const first = await post(alice.auth, 'abc-123')
  t.equal(first.statusCode, 201)
  const counts = rowCounts(app)
  const replay = await post(alice.auth, 'abc-123')
  t.equal(replay.statusCode, 201)
  t.same(replay.json(), first.json(), 'same body')
  t.equal(replay.headers.location, first.headers.location)
  t.equal(first.headers.etag, '"1"')
  t.equal(replay.headers.etag, first.headers.etag, 'the same ETag, which If-Match accepts')
  t.equal(replay.headers['content-type'], first.headers['content-type'])
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.notOk(first.headers['idempotent-replayed'])
  t.same(rowCounts(app), counts, 'nothing written again')
  const patched = await app.inject({
    method: 'PATCH', url: replay.headers.location as string, headers: { ...alice.auth, 'content-type': 'application/merge-patch+json', 'if-match': replay.headers.etag as string }, payload: { title: 'Call, renamed' }
  })
  t.equal(patched.statusCode, 200, 'the replayed ETag names the version it answered')
  const again = await post(alice.auth, 'abc-123')
  t.equal(again.headers.etag, '"1"', 'a replay answers as the first answer did, even after the record changed')
  t.same(again.json(), first.json())
  const counts2 = rowCounts(app)

  const other = await post(alice.auth, 'abc-123', { ...body, title: 'Another call' })
  t.equal(other.statusCode, 422)
  t.equal(other.json().code, 'PARLEY_IDEMPOTENCY_KEY_REUSED')
  t.same(rowCounts(app), counts2)

  const bobs = await post(bob.auth, 'abc-123')
  t.equal(bobs.statusCode, 201, 'another API key has its own idempotency keys')
  t.not(bobs.json().id, first.json().id)

  const invalid = await post(alice.auth, 'x'.repeat(256))
  t.equal(invalid.statusCode, 400)
  t.match(invalid.json().errors[0], { in: 'header', pointer: '/idempotency-key' })
  const control = await post(alice.auth, 'tab\there')
  t.equal(control.statusCode, 400)
  t.same(control.json().errors[0], { in: 'header', pointer: '/idempotency-key', message: 'must be 1 to 255 visible ASCII characters' })

  const failed = await post(alice.auth, 'fails', { ...body, parties: [{ organization: 'nowhere' }] })
  t.equal(failed.statusCode, 422)
  const fixed = await post(alice.auth, 'fails')
  t.equal(fixed.statusCode, 201, 'a refused request does not use up its key')

  app.db.$client.prepare("UPDATE idempotency_keys SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-25 hours') WHERE key = 'abc-123'").run()
  const later = await post(alice.auth, 'abc-123')
  t.equal(later.statusCode, 201)
  t.not(later.json().id, first.json().id, 'after 24 hours the key is forgotten')
  t.notOk(later.headers['idempotent-replayed'])
})

t.test('every kind of write leaves a revision with before, after, key and diff', async (t) => {
  const app = await build(t)
  const writer = makeKey(app)
  const url = `/v1/meetings/${DEMO_ID}`
  const write = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, payload?: object) =>
    app.inject({ method, url: path, headers: writer.auth, payload })

  await write('PATCH', url, { title: 'Renamed' })
  await write('POST', `${url}/participants`, { person: 'helga-schmid', title: 'Observer' })
  await write('PUT', `${url}/themes/energy`)
  await write('DELETE', `${url}/themes/energy`)
  await write('PATCH', '/v1/persons/helga-schmid', { name: 'Helga M. Schmid' })

  const list = await getJson(app, `${url}/revisions`)
  t.same(list.body.data.map((r: any) => [r.version, r.action]), [[5, 'update'], [4, 'update'], [3, 'update'], [2, 'update'], [1, 'create']])
  t.equal(list.body.data[0].api_key_id, writer.id)
  t.equal(list.body.data.at(-1).api_key_id, null, 'the demo record was loaded by Parley itself')

  const rename = await getJson(app, `${url}/revisions/2`)
  t.equal(rename.body.before.title, 'Turkmenistan–OSCE videoconference on security, energy and connectivity')
  t.equal(rename.body.after.title, 'Renamed')
  t.same(rename.body.diff.filter((d: any) => !/^\/(updated_at|version|proposals\/\d+\/meeting\/title)$/.test(d.path)), [{ op: 'replace', path: '/title', value: 'Renamed' }])

  const personRename = await getJson(app, `${url}/revisions/5`)
  t.ok(personRename.body.diff.some((d: any) => d.path.endsWith('/person/name') && d.value === 'Helga M. Schmid'), 'renaming a person revises the meetings that show them')
  t.equal((await getJson(app, url)).headers.etag, '"5"')

  const paged = await getJson(app, `${url}/revisions?limit=2`)
  t.equal(paged.body.data.length, 2)
  const next = await getJson(app, `${url}/revisions?limit=2&cursor=${paged.body.next_cursor}`)
  t.same(next.body.data.map((r: any) => r.version), [3, 2])
  t.equal((await getJson(app, `${url}/revisions/99`)).status, 404)
  t.equal((await getJson(app, '/v1/meetings/never-existed/revisions')).status, 404)
})

t.test('a proposal keeps its status history', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const id = `${DEMO_ID}-p3`
  const first = await app.inject({ method: 'PATCH', url: `/v1/proposals/${id}`, headers: { ...auth, 'if-match': '"1"' }, payload: { status: 'under_consideration' } })
  t.equal(first.statusCode, 200)
  t.equal(first.headers.etag, '"2"')
  const stale = await app.inject({ method: 'PATCH', url: `/v1/proposals/${id}`, headers: { ...auth, 'if-match': '"1"' }, payload: { status: 'accepted' } })
  t.equal(stale.statusCode, 412)
  await app.inject({ method: 'PATCH', url: `/v1/proposals/${id}`, headers: auth, payload: { status: 'implemented', themes: ['energy', 'environment'] } })
  const history = await getJson(app, `/v1/proposals/${id}/revisions`)
  const statuses = []
  for (const r of [...history.body.data].reverse()) statuses.push((await getJson(app, `/v1/proposals/${id}/revisions/${r.version}`)).body.after.status)
  t.same(statuses, ['proposed', 'under_consideration', 'implemented'])
  t.same((await getJson(app, '/v1/proposals?status=implemented&theme=environment')).body.data.map((p: any) => p.id), [id])

  const added = await app.inject({ method: 'POST', url: `/v1/meetings/${DEMO_ID}/proposals`, headers: auth, payload: { by: 'osce', summary: 'Send a needs-assessment mission', kind: 'project', source: { publisher: 'OSCE press office' } } })
  t.equal(added.statusCode, 201)
  t.equal(added.json().id, `${DEMO_ID}-p6`)
  t.equal(added.headers.location, `/v1/proposals/${DEMO_ID}-p6`)
  const meeting = await getJson(app, `/v1/meetings/${DEMO_ID}`)
  t.ok(meeting.body.sources.some((s: any) => s.publisher === 'OSCE press office'), 'a proposal\'s source is also a source of its meeting')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/proposals/${DEMO_ID}-p6`, headers: auth })).statusCode, 204)
  t.equal((await getJson(app, `/v1/proposals/${DEMO_ID}-p6`)).status, 404)
  t.equal((await getJson(app, `/v1/proposals/${DEMO_ID}-p6/revisions`)).body.data[0].action, 'delete')
})

t.test('persons, organizations, themes and sources: create, change, and no deleting what is in use', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = {}) =>
    app.inject({ method, url, headers: { ...auth, ...headers }, payload })

  const org = await send('POST', '/v1/organizations', { name: 'Ministry of Foreign Affairs of Turkmenistan', kind: 'ministry', country_code: 'TM', parent_id: 'turkmenistan' })
  t.equal(org.statusCode, 201)
  t.match(org.json(), { id: 'ministry-of-foreign-affairs-of-turkmenistan', parent_id: 'turkmenistan', version: 1, meeting_count: 0 })
  t.equal((await send('POST', '/v1/organizations', { id: 'osce', name: 'Again', kind: 'other' })).statusCode, 409)
  t.equal((await send('POST', '/v1/organizations', { name: 'Orphan', kind: 'agency', parent_id: 'nowhere' })).statusCode, 422)
  t.equal((await send('PATCH', '/v1/organizations/turkmenistan', { parent_id: 'ministry-of-foreign-affairs-of-turkmenistan' })).statusCode, 422, 'no cycles')
  t.equal((await send('DELETE', '/v1/organizations/turkmenistan')).statusCode, 409, 'in use')
  t.equal((await send('DELETE', '/v1/organizations/ministry-of-foreign-affairs-of-turkmenistan', undefined, { 'if-match': '"2"' })).statusCode, 412)
  t.equal((await send('DELETE', '/v1/organizations/ministry-of-foreign-affairs-of-turkmenistan', undefined, { 'if-match': '"1"' })).statusCode, 204)
  t.equal((await getJson(app, '/v1/organizations/ministry-of-foreign-affairs-of-turkmenistan')).status, 404)

  const renamed = await send('PATCH', '/v1/organizations/osce', { abbreviation: null, wikidata_id: 'Q81299' })
  t.equal(renamed.statusCode, 200)
  t.match(renamed.json(), { abbreviation: null, version: 2 })
  t.equal((await getJson(app, `/v1/meetings/${DEMO_ID}`)).body.parties[1].organization.abbreviation, null, 'meetings show the change')

  const person = await send('POST', '/v1/persons', { name: 'Raşit Meredow' })
  t.equal(person.json().id, 'rasit-meredow', 'ids are transliterated')
  t.equal((await send('PATCH', '/v1/persons/rasit-meredow', { other_names: ['Rashid Meredov'] })).json().other_names[0], 'Rashid Meredov')
  t.equal((await send('DELETE', '/v1/persons/rashid-meredov')).statusCode, 409)
  t.equal((await send('DELETE', '/v1/persons/rasit-meredow')).statusCode, 204)

  const theme = await send('POST', '/v1/themes', { label: 'Caspian Sea', parent_id: 'environment' })
  t.match(theme.json(), { id: 'caspian-sea', parent_id: 'environment', ancestors: [{ id: 'environment' }], meeting_count: 0 })
  t.equal((await send('PATCH', '/v1/themes/environment', { parent_id: 'caspian-sea' })).statusCode, 422, 'no cycles')
  t.equal((await send('DELETE', '/v1/themes/environment')).statusCode, 409)
  t.equal((await send('DELETE', '/v1/themes/caspian-sea')).statusCode, 204)

  const source = await send('POST', '/v1/sources', { publisher: 'Example Wire', url: 'https://news.example.org/1', published_on: '2021-03-19', language: 'en' })
  t.match(source.json(), { id: 'example-wire-2021-03-19', via: [] })
  t.equal((await send('POST', '/v1/sources', { publisher: 'x', url: 'javascript:alert(1)' })).statusCode, 400)
  t.equal((await send('DELETE', '/v1/sources/trend-2021-03-18-turkmenistan-osce')).statusCode, 409)
  t.equal((await send('PATCH', '/v1/sources/example-wire-2021-03-19', { via: null })).json().version, 2)
})

t.test('the change feed lists every acknowledged write in commit order, deletions included', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const initial = await getJson(app, '/v1/changes?limit=1000')
  t.equal(initial.body.has_more, false)
  const start = initial.body.next_cursor
  t.ok(initial.body.data.some((c: any) => c.entity_type === 'meeting' && c.entity_id === DEMO_ID && c.action === 'create'), 'the demo record is in the feed')

  const created = await app.inject({ method: 'POST', url: '/v1/meetings', headers: auth, payload: { title: 'Feed test', start_date: '2023-01-01', parties: [{ organization: { name: 'Feedland', kind: 'state' } }] } })
  const id = created.json().id
  await app.inject({ method: 'PATCH', url: `/v1/meetings/${id}`, headers: auth, payload: { summary: 'Edited' } })
  await app.inject({ method: 'PATCH', url: `/v1/meetings/${id}`, headers: auth, payload: { nonsense: 1 } })
  await app.inject({ method: 'DELETE', url: `/v1/meetings/${id}`, headers: auth })

  const collected: any[] = []
  let since = start
  for (let i = 0; i < 20; i++) {
    const page = await getJson(app, `/v1/changes?since=${since}&limit=1`)
    collected.push(...page.body.data)
    since = page.body.next_cursor
    if (!page.body.has_more) break
  }
  t.same(collected.map((c) => [c.entity_type, c.entity_id, c.action, c.version]), [
    ['organization', 'feedland', 'create', 1],
    ['meeting', id, 'create', 1],
    ['meeting', id, 'update', 2],
    ['meeting', id, 'delete', 3]
  ])
  t.ok(collected.every((c, i) => i === 0 || c.seq > collected[i - 1].seq), 'in commit order')
  const caughtUp = await getJson(app, `/v1/changes?since=${since}`)
  t.same(caughtUp.body, { data: [], next_cursor: since, has_more: false })
  t.same((await getJson(app, `/v1/changes?since=${start}&type=organization`)).body.data.map((c: any) => c.entity_id), ['feedland'])
  t.equal((await getJson(app, '/v1/changes?since=abc')).status, 400)
})
