// Writes to meetings: whole records, merge patches, replacement, deletion, sub-records; all or nothing.
import t from 'tap'
import { build, DEMO_ID, getJson, makeKey, readShared, rowCounts } from './helpers.js'

const seed = JSON.parse(readShared('data/seed-meeting.json'))

/** The founding record, as a client would send it from seed-meeting.json, quotes included. */
function seedAsInput () {
  const orgId = (name: string) => (name === 'Turkmenistan' ? 'tm-state' : 'osce-org')
  return {
    id: 'seed-copy',
    title: seed.meeting.title,
    summary: seed.meeting.summary,
    start_date: seed.meeting.date,
    date_note: seed.meeting.date_note,
    format: seed.meeting.format,
    location: seed.meeting.location,
    parties: seed.parties.map((p: any) => ({
      organization: { id: orgId(p.name), name: p.name, abbreviation: p.abbreviation ?? null, kind: p.kind === 'state' ? 'state' : 'intergovernmental', country_code: p.iso3166_alpha2 ?? null }
    })),
    participants: seed.participants.map((p: any) => ({
      person: { name: p.person }, title: p.role_at_meeting, represents: orgId(p.represents === 'OSCE' ? 'OSCE' : p.represents), role: 'head_of_delegation'
    })),
    themes: seed.themes.map((th: any) => ({ id: `seed-${th.slug}`, label: th.label })),
    sources: [{ id: 'seed-source', publisher: seed.source.publisher, via: [seed.source.via], dateline: seed.source.dateline, published_on: seed.source.published_on, language: seed.source.language }],
    proposals: seed.proposals.map((p: any) => ({
      by: orgId(p.by), summary: p.summary, kind: p.kind, quote: p.quote, source: 'seed-source', themes: p.themes.map((th: string) => `seed-${th}`)
    })),
    statements: seed.statements.map((s: any) => ({ by: null, kind: s.verb, text: s.text }))
  }
}

t.test('the founding record sent through the API reads back whole, quotes included', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const input = seedAsInput()
  const res = await app.inject({ method: 'POST', url: '/v1/meetings', headers: auth, payload: input })
  t.equal(res.statusCode, 201, res.body)
  t.equal(res.headers.location, '/v1/meetings/seed-copy')
  t.equal(res.headers.etag, '"1"')
  const { body: m } = await getJson(app, '/v1/meetings/seed-copy')
  t.same(res.json(), m, 'the answer is the stored record')
  t.equal(m.title, seed.meeting.title)
  t.equal(m.summary, seed.meeting.summary)
  t.equal(m.kind, 'bilateral')
  t.same(m.parties.map((p: any) => [p.organization.name, p.organization.country_code]), [['Turkmenistan', 'TM'], ['Organization for Security and Co-operation in Europe', null]])
  t.same(m.participants.map((p: any) => [p.person.name, p.title, p.represents.id]), seed.participants.map((p: any) => [p.person, p.role_at_meeting, p.represents === 'OSCE' ? 'osce-org' : 'tm-state']))
  t.same(m.proposals.map((p: any) => [p.summary, p.kind, p.quote, p.proposer.id, p.source_id, p.themes.map((th: any) => th.id).sort()]),
    seed.proposals.map((p: any) => [p.summary, p.kind, p.quote, 'tm-state', 'seed-source', p.themes.map((th: string) => `seed-${th}`).sort()]))
  t.same(m.statements.map((s: any) => [s.by, s.kind, s.text]), seed.statements.map((s: any) => [null, s.verb, s.text]))
  t.equal(m.themes.length, 12)
  t.match(m.sources, [{ id: 'seed-source', publisher: seed.source.publisher, via: [seed.source.via], dateline: seed.source.dateline }])
  t.same(m.participants.map((p: any) => p.person.id), ['rashid-meredov-2', 'helga-schmid-2'], 'new persons get readable ids, never a taken one')

  const search = await getJson(app, '/v1/proposals?q=%22Council%20for%20Sustainable%20Energy%22&meeting=seed-copy')
  t.equal(search.body.data.length, 1, 'quotes and summaries are searchable')
})

t.test('ids are made readable and unique; a taken id is 409', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const body = { title: 'Follow-up call', start_date: '2021-04-02', format: 'phone_call', parties: [{ organization: 'turkmenistan' }, { organization: 'osce' }] }
  const first = await app.inject({ method: 'POST', url: '/v1/meetings', headers: auth, payload: body })
  t.equal(first.json().id, '2021-04-02-turkmenistan-osce')
  const second = await app.inject({ method: 'POST', url: '/v1/meetings', headers: auth, payload: body })
  t.equal(second.json().id, '2021-04-02-turkmenistan-osce-2')
  const before = rowCounts(app)
  const taken = await app.inject({ method: 'POST', url: '/v1/meetings', headers: auth, payload: { ...body, id: DEMO_ID } })
  t.equal(taken.statusCode, 409)
  t.equal(taken.json().code, 'PARLEY_CONFLICT')
  const takenPerson = await app.inject({ method: 'POST', url: '/v1/meetings', headers: auth, payload: { ...body, participants: [{ person: { id: 'helga-schmid', name: 'Someone Else' } }] } })
  t.equal(takenPerson.statusCode, 409)
  t.same(rowCounts(app), before)
})

t.test('unknown references are a 422 pointing at each, and leave no partial rows', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const before = rowCounts(app)
  const res = await app.inject({
    method: 'POST',
    url: '/v1/meetings',
    headers: auth,
    payload: {
      title: 'Talks', start_date: '2022-01-10',
      parties: [{ organization: { name: 'Republic of Newland', kind: 'state' } }, { organization: 'osce' }],
      participants: [{ person: { name: 'New Person' }, represents: 'osce' }, { person: 'nobody-at-all' }],
      proposals: [{ by: 'osce', summary: 'A plan', themes: ['energy', 'no-such-theme'] }],
      sources: [{ publisher: 'A new wire' }]
    }
  })
  t.equal(res.statusCode, 422)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.same(res.json().errors.map((e: any) => e.pointer), ['/participants/1/person', '/proposals/0/themes/1'])
  t.same(rowCounts(app), before, 'the new organization, person and source made before the failure are gone too')
})

t.test('a failure in the middle of a nested create rolls everything back', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const before = rowCounts(app)
  const res = await app.inject({
    method: 'POST',
    url: '/v1/meetings',
    headers: auth,
    payload: {
      title: 'Talks', start_date: '2022-01-10',
      parties: [{ organization: { name: 'Republic of Newland', kind: 'state' } }],
      participants: [{ person: { name: 'New Person' } }],
      proposals: [{ id: 'dup-proposal', summary: 'One' }, { id: `${DEMO_ID}-p1`, summary: 'Two, with a taken id' }]
    }
  })
  t.equal(res.statusCode, 409, 'the second proposal cannot be written')
  t.same(rowCounts(app), before)
})

t.test('bad bodies are refused before anything is written', async (t) => {
  const app = await build(t, { bodyLimit: 4096 })
  const { auth } = makeKey(app)
  const before = rowCounts(app)
  const send = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/v1/meetings', headers: { ...auth, ...headers }, payload: payload as string })

  const unknown = await send({ title: 'x', start_date: '2021', colour: 'blue' })
  t.equal(unknown.statusCode, 400)
  t.same(unknown.json().errors, [{ in: 'body', pointer: '/colour', message: 'is not a known property' }])
  const nested = await send({ title: 'x', start_date: '2021', parties: [{ organization: { name: 'A', kind: 'state', flag: 'red' } }] })
  t.equal(nested.statusCode, 400)
  t.equal(nested.json().errors[0].pointer, '/parties/0/organization')
  const missing = await send({ start_date: '2021' })
  t.same(missing.json().errors, [{ in: 'body', pointer: '/title', message: 'is required' }])
  const badDate = await send({ title: 'x', start_date: '2021-02-30' })
  t.equal(badDate.statusCode, 400)
  t.equal(badDate.json().errors[0].pointer, '/start_date')
  const backwards = await send({ title: 'x', start_date: '2021-05-02', end_date: '2021-05-01' })
  t.equal(backwards.statusCode, 422)
  t.equal(backwards.json().errors[0].pointer, '/end_date')
  const tooBig = await send({ title: 'x'.repeat(5000), start_date: '2021' })
  t.equal(tooBig.statusCode, 413)
  t.match(tooBig.headers['content-type'], /^application\/problem\+json/)
  const truncated = await send('{"title": "x", "start_da', { 'content-type': 'application/json' })
  t.equal(truncated.statusCode, 400)
  const xml = await send('<meeting/>', { 'content-type': 'application/xml' })
  t.equal(xml.statusCode, 415)
  const proto = await send('{"title": "x", "start_date": "2021", "__proto__": {"admin": true}}', { 'content-type': 'application/json' })
  t.equal(proto.statusCode, 400)
  t.same(rowCounts(app), before)
})

t.test('PATCH is a merge patch that honours If-Match', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const first = await app.inject(`/v1/meetings/${DEMO_ID}`)
  t.equal(first.headers.etag, '"1"')

  const before = rowCounts(app)
  const stale = await app.inject({ method: 'PATCH', url: `/v1/meetings/${DEMO_ID}`, headers: { ...auth, 'if-match': '"7"' }, payload: { title: 'Stale' } })
  t.equal(stale.statusCode, 412)
  t.equal(stale.json().code, 'PARLEY_PRECONDITION_FAILED')
  t.same(rowCounts(app), before, '412 changes nothing')

  const ok = await app.inject({
    method: 'PATCH',
    url: `/v1/meetings/${DEMO_ID}`,
    headers: { ...auth, 'if-match': first.headers.etag as string, 'content-type': 'application/merge-patch+json' },
    payload: JSON.stringify({ title: 'Renamed', date_note: null, location: { name: 'Ashgabat', country_code: 'TM' }, themes: ['energy'] })
  })
  t.equal(ok.statusCode, 200, ok.body)
  t.equal(ok.headers.etag, '"2"')
  const m = ok.json()
  t.equal(m.title, 'Renamed')
  t.equal(m.date_note, null, 'null clears')
  t.same(m.location, { name: 'Ashgabat', country_code: 'TM' })
  t.same(m.themes.map((th: any) => th.id), ['energy'], 'a list replaces the list')
  t.equal(m.participants.length, 2, 'lists not given stay')
  t.equal(m.summary.length > 0, true, 'fields not given stay')

  const again = await app.inject({ method: 'PATCH', url: `/v1/meetings/${DEMO_ID}`, headers: { ...auth, 'if-match': first.headers.etag as string }, payload: { title: 'Lost update' } })
  t.equal(again.statusCode, 412, 'the old ETag is stale now')
  t.equal((await getJson(app, `/v1/meetings/${DEMO_ID}`)).body.title, 'Renamed')

  const any = await app.inject({ method: 'PATCH', url: `/v1/meetings/${DEMO_ID}`, headers: { ...auth, 'if-match': '*' }, payload: { start_date: '2021-03-17' } })
  t.equal(any.statusCode, 200)
  t.same((await getJson(app, '/v1/meetings?from=2021-03-17&to=2021-03-17&party=TM&theme=energy')).body.data.map((x: any) => x.id), [DEMO_ID], 'filters see the new date')
  const empty = await app.inject({ method: 'PATCH', url: `/v1/meetings/${DEMO_ID}`, headers: auth, payload: {} })
  t.equal(empty.statusCode, 400, 'an empty patch is refused')
})

t.test('with REQUIRE_IF_MATCH a write without If-Match is 428', async (t) => {
  const app = await build(t, { requireIfMatch: true })
  const { auth } = makeKey(app)
  const before = rowCounts(app)
  const res = await app.inject({ method: 'PATCH', url: `/v1/meetings/${DEMO_ID}`, headers: auth, payload: { title: 'x' } })
  t.equal(res.statusCode, 428)
  const del = await app.inject({ method: 'DELETE', url: '/v1/persons/helga-schmid', headers: auth })
  t.equal(del.statusCode, 428)
  t.same(rowCounts(app), before)
  const ok = await app.inject({ method: 'PATCH', url: `/v1/meetings/${DEMO_ID}`, headers: { ...auth, 'if-match': '"1"' }, payload: { title: 'x' } })
  t.equal(ok.statusCode, 200)
  const created = await app.inject({ method: 'POST', url: '/v1/persons', headers: auth, payload: { name: 'New' } })
  t.equal(created.statusCode, 201, 'creating needs no If-Match')
})

t.test('PUT replaces the whole meeting', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const res = await app.inject({ method: 'PUT', url: `/v1/meetings/${DEMO_ID}`, headers: auth, payload: { title: 'Only this', start_date: '2021-03-18', parties: [{ organization: 'osce' }] } })
  t.equal(res.statusCode, 200, res.body)
  const m = res.json()
  t.match(m, { title: 'Only this', summary: null, format: 'unknown', participants: [], proposals: [], statements: [], themes: [], sources: [], kind: null })
  t.equal((await getJson(app, '/v1/proposals')).body.data.length, 0, 'its proposals are gone')
  const withId = await app.inject({ method: 'PUT', url: `/v1/meetings/${DEMO_ID}`, headers: auth, payload: { id: 'other', title: 'x', start_date: '2021' } })
  t.equal(withId.statusCode, 400, 'the id comes from the path')
})

t.test('DELETE leaves a tombstone: 410 with a link to the last revision', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const stale = await app.inject({ method: 'DELETE', url: `/v1/meetings/${DEMO_ID}`, headers: { ...auth, 'if-match': '"9"' } })
  t.equal(stale.statusCode, 412)
  const res = await app.inject({ method: 'DELETE', url: `/v1/meetings/${DEMO_ID}`, headers: { ...auth, 'if-match': '"1"' } })
  t.equal(res.statusCode, 204)
  t.equal(res.body, '')
  const gone = await app.inject(`/v1/meetings/${DEMO_ID}`)
  t.equal(gone.statusCode, 410)
  t.equal(gone.headers.link, `</v1/meetings/${DEMO_ID}/revisions/2>; rel="latest-version"`)
  const last = await getJson(app, `/v1/meetings/${DEMO_ID}/revisions/2`)
  t.match(last.body, { version: 2, action: 'delete', after: null, before: { id: DEMO_ID, title: String } })
  t.same((await getJson(app, '/v1/meetings')).body.data, [])
  t.equal((await getJson(app, '/v1/proposals')).body.data.length, 0)
  const counts = rowCounts(app)
  t.match(counts, { meetings: 0, meeting_parties: 0, participants: 0, proposals: 0, statements: 0, meeting_themes: 0, meetings_fts: 0, proposals_fts: 0 })
  t.equal(counts.persons, 2, 'persons, organizations and themes stay')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/meetings/${DEMO_ID}`, headers: auth })).statusCode, 404)

  const again = await app.inject({ method: 'POST', url: '/v1/meetings', headers: auth, payload: { id: DEMO_ID, title: 'Recorded again', start_date: '2021-03-18' } })
  t.equal(again.statusCode, 201)
  t.equal(again.json().version, 3, 'a record made again continues its version count')
})

t.test('sub-records: parties, participants, statements, themes, sources', async (t) => {
  const app = await build(t)
  const { auth } = makeKey(app)
  const url = `/v1/meetings/${DEMO_ID}`
  const send = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, payload?: unknown, status = 200) => {
    const res = await app.inject({ method, url: `${url}${path}`, headers: auth, payload: payload as object })
    t.equal(res.statusCode, status, `${method} ${path}: ${res.body.slice(0, 200)}`)
    return res
  }
  const party = (await send('POST', '/parties', { organization: { name: 'European Union', abbreviation: 'EU', kind: 'intergovernmental' }, role: 'observer' })).json()
  t.same(party.parties.map((p: any) => [p.organization.id, p.role]), [['turkmenistan', 'participant'], ['osce', 'participant'], ['eu', 'observer']])
  t.equal(party.kind, 'multilateral')
  t.equal(party.version, 2)
  await send('POST', '/parties', { organization: 'eu' }, 409)
  t.equal((await send('DELETE', '/parties/eu')).json().kind, 'bilateral', 'two parties left')
  await send('DELETE', '/parties/eu', undefined, 404)

  const withPerson = (await send('POST', '/participants', { person: { name: 'Ayna Orazova' }, represents: 'turkmenistan', title: 'Deputy Minister', role: 'delegate' })).json()
  const added = withPerson.participants.at(-1)
  t.match(added, { person: { id: 'ayna-orazova', name: 'Ayna Orazova' }, represents: { id: 'turkmenistan' }, title: 'Deputy Minister' })
  const patched = (await send('PATCH', `/participants/${added.id}`, { title: 'First Deputy Minister', represents: null })).json()
  t.match(patched.participants.at(-1), { title: 'First Deputy Minister', represents: null })
  await send('PATCH', '/participants/99999', { title: 'x' }, 404)
  await send('POST', '/participants', { person: 'ghost' }, 422)
  await send('DELETE', `/participants/${added.id}`)

  const stated = (await send('POST', '/statements', { by: 'osce', kind: 'expressed', text: 'Readiness to support the conference.' })).json()
  const statement = stated.statements.at(-1)
  t.match(statement, { by: { id: 'osce' }, kind: 'expressed' })
  const restated = (await send('PATCH', `/statements/${statement.id}`, { text: 'Readiness to host the conference.' })).json()
  t.equal(restated.statements.at(-1).text, 'Readiness to host the conference.')
  t.same((await getJson(app, '/v1/meetings?q=host')).body.data.map((m: any) => m.id), [DEMO_ID], 'statement edits reach the search index')
  await send('DELETE', `/statements/${statement.id}`)
  t.same((await getJson(app, '/v1/meetings?q=host')).body.data, [])

  await send('DELETE', '/themes/energy')
  t.same((await getJson(app, '/v1/meetings?theme=energy')).body.data, [])
  await send('PUT', '/themes/energy')
  const idempotentPut = await send('PUT', '/themes/energy')
  t.equal(idempotentPut.json().themes.filter((th: any) => th.id === 'energy').length, 1)
  await send('PUT', '/themes/astrology', undefined, 404)
  await send('DELETE', '/sources/trend-2021-03-18-turkmenistan-osce', undefined, 409)

  const final = await getJson(app, url)
  t.equal(final.body.participants.length, 2)
  t.equal(final.body.statements.length, 6)
})
