import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { addFixtures, build, DEMO_ID, getJson, makeKey, walk, type FixtureMeeting } from './helpers.js'

const FIXTURES: FixtureMeeting[] = [
  { id: '1995-05-02-france-kenya', startDate: '1995-05-02', parties: ['france', 'kenya'], persons: ['luc-marchand', 'ada-nkosi'], themes: ['trade'], country: 'KE', title: 'Trade talks in Nairobi' },
  { id: '1998-france-brazil', startDate: '1998', parties: ['france', 'brazil'], themes: ['energy'], title: 'Energy dialogue, date known only to the year' },
  { id: '1999-11-30-kenya-au', startDate: '1999-11-29', endDate: '1999-12-02', parties: ['kenya', 'au'], persons: ['ada-nkosi'], themes: ['maritime-security'], country: 'KE', title: 'Summit on piracy in the Indian Ocean' },
  { id: '2001-06-france-mfa-kenya', startDate: '2001-06', parties: ['france-mfa', 'kenya'], themes: ['health'], format: 'phone_call', title: 'Call on vaccine supply' },
  { id: '2010-01-15-brazil-au-kenya', startDate: '2010-01-15', parties: ['brazil', 'au', 'kenya'], persons: ['rita-alves', 'ada-nkosi'], themes: ['terrorism', 'trade'], country: 'BR', title: 'Trilateral meeting on financing of terrorism', statements: ['The sides agreed to share financial intelligence on armed groups.'] },
  { id: '2010-01-15-france-brazil', startDate: '2010-01-15', parties: ['france', 'brazil'], persons: ['luc-marchand', 'rita-alves'], themes: ['environment'], country: 'FR', format: 'videoconference', title: 'Amazon protection' },
  ...Array.from({ length: 30 }, (_, i): FixtureMeeting => ({
    id: `2015-03-${String((i % 28) + 1).padStart(2, '0')}-kenya-au-${i}`,
    startDate: `2015-03-${String((i % 28) + 1).padStart(2, '0')}`,
    parties: ['kenya', 'au'],
    themes: i % 2 === 0 ? ['health'] : ['trade'],
    country: 'KE',
    title: `Routine consultation number ${i}`
  }))
]

t.test('lists the demo meeting with its basic fields and no embeds unless asked', async (t) => {
  const app = await build(t)
  const { status, body, headers } = await getJson(app, '/v1/meetings')
  t.equal(status, 200)
  t.match(headers['content-type'], /^application\/json/)
  t.equal(body.data.length, 1)
  t.equal(body.next_cursor, null)
  const meeting = body.data[0]
  t.equal(meeting.id, DEMO_ID)
  t.equal(meeting.format, 'videoconference')
  t.equal(meeting.kind, 'bilateral')
  t.equal(meeting.location, null)
  t.equal(meeting.start_date, '2021-03-18')
  t.notOk('participants' in meeting, 'no participants unless included')
})

t.test('include embeds every kind of related record', async (t) => {
  const app = await build(t)
  const { body } = await getJson(app, '/v1/meetings?include=parties,participants,proposals,statements,themes,sources')
  const m = body.data[0]
  t.same(m.parties.map((p: any) => p.organization.id), ['turkmenistan', 'osce'])
  t.same(m.participants.map((p: any) => [p.person.id, p.represents.id, p.title]), [
    ['rashid-meredov', 'turkmenistan', 'Minister of Foreign Affairs'],
    ['helga-schmid', 'osce', 'Secretary-General']
  ])
  t.equal(m.proposals.length, 5)
  t.equal(m.statements.length, 6)
  t.equal(m.themes.length, 12)
  t.same(m.sources.map((s: any) => s.publisher), ['Trend News Agency'])

  const some = await getJson(app, '/v1/meetings?include=themes')
  t.ok(Array.isArray(some.body.data[0].themes))
  t.notOk('parties' in some.body.data[0])
})

t.test('one meeting comes with everything, an ETag, and 304 for a matching If-None-Match', async (t) => {
  const app = await build(t)
  const res = await app.inject(`/v1/meetings/${DEMO_ID}`)
  t.equal(res.statusCode, 200)
  const meeting = res.json()
  for (const key of ['parties', 'participants', 'proposals', 'statements', 'themes', 'sources']) {
    t.ok(Array.isArray(meeting[key]) && meeting[key].length > 0, `${key} embedded`)
  }
  const etag = res.headers.etag as string
  t.match(etag, /^"[^"]+"$/)
  const again = await app.inject({ url: `/v1/meetings/${DEMO_ID}`, headers: { 'if-none-match': etag } })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')
  const stale = await app.inject({ url: `/v1/meetings/${DEMO_ID}`, headers: { 'if-none-match': '"something-else"' } })
  t.equal(stale.statusCode, 200)
})

t.test('one meeting with only the embeds named in include, each part with its own ETag', async (t) => {
  const app = await build(t)
  const full = await app.inject(`/v1/meetings/${DEMO_ID}`)
  const bare = await app.inject(`/v1/meetings/${DEMO_ID}?include=none`)
  t.equal(bare.statusCode, 200)
  const { parties, participants, proposals, statements, themes, sources, ...fields } = full.json()
  t.same(bare.json(), fields, 'the meeting alone: every field, nothing embedded')
  const some = await app.inject(`/v1/meetings/${DEMO_ID}?include=themes,parties`)
  t.same(some.json(), { ...fields, parties, themes })
  t.equal(some.headers.etag, '"1-parties,themes"')
  t.equal(bare.headers.etag, '"1-none"')
  t.equal(full.headers.etag, '"1"')
  t.equal((await app.inject({ url: `/v1/meetings/${DEMO_ID}?include=none`, headers: { 'if-none-match': '"1-none"' } })).statusCode, 304)
  t.equal((await app.inject({ url: `/v1/meetings/${DEMO_ID}`, headers: { 'if-none-match': '"1-none"' } })).statusCode, 200,
    'the ETag of a part does not stand for the whole')

  const key = makeKey(app)
  const patched = await app.inject({
    method: 'PATCH',
    url: `/v1/meetings/${DEMO_ID}`,
    headers: { ...key.auth, 'content-type': 'application/merge-patch+json', 'if-match': bare.headers.etag as string },
    payload: { date_note: null }
  })
  t.equal(patched.statusCode, 200, 'a part\'s ETag names the version for If-Match')
  t.equal((await app.inject(`/v1/meetings/${DEMO_ID}?include=none`)).headers.etag, '"2-none"')

  const wrong = await app.inject(`/v1/meetings/${DEMO_ID}?include=none,themes`)
  t.equal(wrong.statusCode, 400)
  t.match(wrong.json(), { errors: [{ in: 'query', pointer: '/include' }] })
})

t.test('an unknown meeting is a 404 problem', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/meetings/1900-01-01-nobody')
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { status: 404, title: 'Not found', instance: '/v1/meetings/1900-01-01-nobody', code: 'PARLEY_NOT_FOUND' })
})

t.test('filters', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const ids = async (query: string) => {
    const { status, body } = await getJson(app, `/v1/meetings?limit=100&${query}`)
    t.equal(status, 200, query)
    return body.data.map((m: any) => m.id) as string[]
  }

  t.same(await ids('party=TM&theme=energy'), [DEMO_ID], 'the demo meeting by country code and theme')
  t.same(await ids('party=turkmenistan&party=osce'), [DEMO_ID], 'all named parties must attend')
  t.same(await ids('party=TM&party=FR'), [], 'no meeting has both')
  t.same(await ids('party=FR'), ['2010-01-15-france-brazil', '2001-06-france-mfa-kenya', '1998-france-brazil', '1995-05-02-france-kenya'],
    'a country code matches the state and its ministries')
  t.same(await ids('party=france'), ['2010-01-15-france-brazil', '1998-france-brazil', '1995-05-02-france-kenya'], 'an id matches that organization only')
  t.same(await ids('party=brazil&party=kenya'), ['2010-01-15-brazil-au-kenya'])
  t.same(await ids('person=ada-nkosi'), ['2010-01-15-brazil-au-kenya', '1999-11-30-kenya-au', '1995-05-02-france-kenya'])
  t.same(await ids('person=rita-alves&party=FR'), ['2010-01-15-france-brazil'])
  t.same(await ids('theme=security'), [DEMO_ID, '2010-01-15-brazil-au-kenya', '1999-11-30-kenya-au'], 'a theme includes its sub-themes')
  t.same(await ids('theme=terrorism'), [DEMO_ID, '2010-01-15-brazil-au-kenya'])
  t.same(await ids('format=videoconference'), [DEMO_ID, '2010-01-15-france-brazil'])
  t.same(await ids('format=phone_call'), ['2001-06-france-mfa-kenya'])
  t.same(await ids('country=BR'), ['2010-01-15-brazil-au-kenya'])
  t.same(await ids('country=KE&party=FR'), ['1995-05-02-france-kenya'])

  t.same(await ids('from=1998&to=1999'), ['1999-11-30-kenya-au', '1998-france-brazil'], 'years are whole years')
  t.same(await ids('from=1998-06&to=1998-06'), ['1998-france-brazil'], 'a year-only date overlaps any month of that year')
  t.same(await ids('from=1999-12-01&to=1999-12-31'), ['1999-11-30-kenya-au'], 'a meeting over several days matches any of its days')
  t.same(await ids('from=2001-06-15&to=2001-06-15'), ['2001-06-france-mfa-kenya'], 'a month-only date overlaps its days')
  t.same(await ids('to=1995-05-01'), [])
  t.same(await ids('from=2021-03-18'), [DEMO_ID])
  t.same(await ids('from=2010-01-15&to=2010-01-15&sort=date'), ['2010-01-15-brazil-au-kenya', '2010-01-15-france-brazil'], 'ties are ordered by id')
  t.same(await ids('from=2010&to=2010&party=au&theme=trade&person=ada-nkosi&country=BR&format=in_person'), ['2010-01-15-brazil-au-kenya'], 'every filter at once')
  t.same(await ids('party=nonexistent'), [], 'an unknown party matches nothing')
})

t.test('full-text search ranks by relevance and shows the matching passage', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const { body } = await getJson(app, '/v1/meetings?q=terrorism')
  t.same(body.data.map((m: any) => m.id).sort(), [DEMO_ID, '2010-01-15-brazil-au-kenya'].sort())
  for (const m of body.data) {
    t.match(m.match.snippet, /<mark>terrorism<\/mark>/i)
    t.type(m.match.rank, 'number')
  }
  t.ok(body.data[0].match.rank <= body.data[1].match.rank, 'best match first')

  const statement = await getJson(app, '/v1/meetings?q=intelligence')
  t.same(statement.body.data.map((m: any) => m.id), ['2010-01-15-brazil-au-kenya'], 'statements are searched too')
  t.match(statement.body.data[0].match.snippet, /<mark>intelligence<\/mark>/)

  const byDate = await getJson(app, '/v1/meetings?q=terrorism&sort=date')
  t.same(byDate.body.data.map((m: any) => m.id), ['2010-01-15-brazil-au-kenya', DEMO_ID], 'q with date order')

  const hyphen = await getJson(app, '/v1/meetings?q=Co-operation')
  t.equal(hyphen.status, 200, 'plain words with punctuation need no FTS syntax')

  const phrase = await getJson(app, '/v1/meetings?q=%22green%20ports%22')
  t.same(phrase.body.data.map((m: any) => m.id), [DEMO_ID], 'FTS5 phrase syntax works')
  const prefix = await getJson(app, '/v1/meetings?q=piraс* OR pira*')
  t.same(prefix.body.data.map((m: any) => m.id), ['1999-11-30-kenya-au'], 'prefix and OR syntax work')

  const combined = await getJson(app, '/v1/meetings?q=terrorism&party=KE')
  t.same(combined.body.data.map((m: any) => m.id), ['2010-01-15-brazil-au-kenya'])
})

t.test('pages walk the whole list once, in order, with no duplicates or gaps', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const all = (await getJson(app, '/v1/meetings?limit=100')).body.data.map((m: any) => m.id)
  t.equal(all.length, FIXTURES.length + 1)

  for (const [query, expected] of [
    ['limit=7', all],
    ['limit=1', all],
    ['limit=5&sort=date', [...all].reverse()],
    ['limit=4&party=KE', all.filter((id: string) => id.includes('kenya'))]
  ] as const) {
    const { items, pages } = await walk(app, `/v1/meetings?${query}`)
    const ids = items.map((m) => m.id)
    t.same(ids, expected, `${query}: same order as one big page`)
    t.equal(new Set(ids).size, ids.length, `${query}: no duplicates`)
    t.ok(pages > 1, `${query}: more than one page`)
  }

  const relevance = await walk(app, '/v1/meetings?q=consultation&limit=4')
  t.equal(relevance.items.length, 30, 'relevance order pages through every match')
  t.equal(new Set(relevance.items.map((m) => m.id)).size, 30)

  // A search in date order reads the full-text index in date order: the same meetings, in the list's order.
  const matching = new Set(relevance.items.map((m) => m.id))
  for (const sort of ['-date', 'date']) {
    const dated = await walk(app, `/v1/meetings?q=consultation&sort=${sort}&limit=4`)
    const days = dated.items.map((m) => (m as { start_date: string }).start_date)
    t.same(days, [...days].sort((a, b) => sort === 'date' ? a.localeCompare(b) : b.localeCompare(a)), `q, sort=${sort}: in date order`)
    t.same(new Set(dated.items.map((m) => m.id)), matching, `q, sort=${sort}: every match once`)
    t.equal(dated.items.length, matching.size, `q, sort=${sort}: no duplicates`)
    for (const m of dated.items as Array<{ match: { snippet: string, rank?: number } }>) {
      t.match(m.match.snippet, /<mark>consultation<\/mark>/i)
      t.equal(m.match.rank, undefined, 'no rank where relevance does not order the list')
    }
  }

  const first = await getJson(app, '/v1/meetings?limit=20')
  t.equal(first.body.data.length, 20, 'limit defaults to 20')
  t.type(first.body.next_cursor, 'string')
  t.match(first.headers.link, /^<\/v1\/meetings\?limit=20&cursor=[A-Za-z0-9_-]+>; rel="next"$/)
})

t.test('a cursor from one sort order is refused by another', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const { body } = await getJson(app, '/v1/meetings?limit=2')
  const res = await getJson(app, `/v1/meetings?limit=2&sort=date&cursor=${body.next_cursor}`)
  t.equal(res.status, 400)
  t.same(res.body.errors.map((e: any) => e.pointer), ['/cursor'])
})

t.test('meetings of a person and of an organization', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const person = await getJson(app, '/v1/persons/rita-alves/meetings')
  t.same(person.body.data.map((m: any) => m.id), ['2010-01-15-france-brazil', '2010-01-15-brazil-au-kenya'])
  const org = await getJson(app, '/v1/organizations/brazil/meetings?theme=environment')
  t.same(org.body.data.map((m: any) => m.id), ['2010-01-15-france-brazil'])
  const orgWithPerson = await getJson(app, '/v1/organizations/kenya/meetings?person=ada-nkosi&include=participants')
  t.equal(orgWithPerson.body.data.length, 3)
  t.ok(orgWithPerson.body.data.every((m: any) => m.participants.some((p: any) => p.person.id === 'ada-nkosi')))
  const paged = await walk(app, '/v1/organizations/au/meetings?limit=6')
  t.equal(paged.items.length, 32)

  t.equal((await getJson(app, '/v1/persons/nobody/meetings')).status, 404)
  t.equal((await getJson(app, '/v1/organizations/nowhere/meetings')).status, 404)
  const unknownParam = await getJson(app, '/v1/persons/rita-alves/meetings?person=ada-nkosi')
  t.equal(unknownParam.status, 400, 'the person is given by the path')
})

t.test('meeting kind follows from the number of parties', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const { body } = await getJson(app, '/v1/meetings/2010-01-15-brazil-au-kenya')
  t.equal(body.kind, 'multilateral')
  t.same(body.location, { name: 'Capital of BR', country_code: 'BR' })
})

t.test('a list\'s ETag follows the database: 304 while nothing changed, a new one after any write', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-etag-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const app = await build(t, { databasePath: join(dir, 'parley.db') })
  const url = '/v1/meetings?party=TM'
  const first = await app.inject(url)
  const etag = first.headers.etag as string
  t.match(etag, /^W\/"[^"]+"$/)
  t.equal((await app.inject(url)).headers.etag, etag, 'the same while nothing changes')
  const cached = await app.inject({ url, headers: { 'if-none-match': etag } })
  t.equal(cached.statusCode, 304)
  t.equal(cached.body, '')
  const csv = await app.inject({ url, headers: { accept: 'text/csv' } })
  t.not(csv.headers.etag, etag, 'CSV of the same list has a tag of its own')
  t.equal((await app.inject({ url, headers: { accept: 'text/csv', 'if-none-match': etag } })).statusCode, 200)

  const key = makeKey(app)
  const patched = await app.inject({
    method: 'PATCH',
    url: `/v1/meetings/${DEMO_ID}`,
    headers: { ...key.auth, 'content-type': 'application/merge-patch+json' },
    payload: { title: 'Renamed through this server' }
  })
  t.equal(patched.statusCode, 200)
  const afterOwn = await app.inject({ url, headers: { 'if-none-match': etag } })
  t.equal(afterOwn.statusCode, 200, 'a write by this server gives a new ETag')
  t.match(afterOwn.json(), { data: [{ title: 'Renamed through this server' }] })

  // Another process (the CLI, another worker) writing to the same file.
  const other = new Database(join(dir, 'parley.db'))
  t.teardown(() => other.close())
  const before = afterOwn.headers.etag as string
  t.equal((await app.inject({ url, headers: { 'if-none-match': before } })).statusCode, 304)
  other.prepare('UPDATE meetings SET title = ? WHERE id = ?').run('Renamed by another process', DEMO_ID)
  const afterOther = await app.inject({ url, headers: { 'if-none-match': before } })
  t.equal(afterOther.statusCode, 200, 'a write by another connection gives a new ETag')
  t.match(afterOther.json(), { data: [{ title: 'Renamed by another process' }] })
})
