// The Office of the Historian's data, imported from its original XML in ../shared, read back through the API.
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { XMLParser } from 'fast-xml-parser'
import { importRecords, locate, parseVisitors, readPresidents, readRecords } from '../src/import/historyatstate.js'
import { uncoveredEnv } from './built-server.js'
import { build, getJson, sharedPath } from './helpers.js'

const RAW = sharedPath('data/historyatstate/raw')
const root = fileURLToPath(new URL('..', import.meta.url))

/** The source records, read here with a parser of the test's own, to check the import against. */
function sourceRecords () {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'visit' || n === 'trip', parseTagValue: false })
  const files = locate(RAW)
  const visits = files.visits.flatMap((f) => (xml.parse(readFileSync(f, 'utf8')).visits?.visit ?? []) as any[])
  const trips = files.travels.flatMap((f) => (xml.parse(readFileSync(f, 'utf8')).trips?.trip ?? []) as any[])
  return { visits, trips }
}

const clean = (s: unknown) => String((s as any)?.['#text'] ?? s ?? '').replace(/\s+/g, ' ').trim()

t.test('importing both repositories makes one meeting per source record; importing again changes nothing', async (t) => {
  const app = await build(t, { loadDemo: false })
  const files = locate(RAW)
  t.equal(files.visits.length, 16)
  t.equal(files.travels.length, 55)
  t.ok(files.presidents)
  const records = readRecords(files)
  const presidents = readPresidents(files.presidents!)
  const ctx = (db: any) => ({ db, apiKeyId: null })

  const first = app.db.transaction((tx) => importRecords(ctx(tx), records, { presidents }))
  const { visits, trips } = sourceRecords()
  t.equal(visits.length, 3264)
  t.equal(trips.length, 4271)
  t.same(first, { read: 7535, created: 7535, updated: 0, unchanged: 0, rejected: [] })
  const count = (table: string) => (app.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  t.equal(count('meetings'), 7535, 'one meeting per source record')
  const before = { meetings: count('meetings'), persons: count('persons'), organizations: count('organizations'), revisions: count('revisions') }

  const again = app.db.transaction((tx) => importRecords(ctx(tx), records, { presidents }))
  t.same(again, { read: 7535, created: 0, updated: 0, unchanged: 7535, rejected: [] })
  t.same({ meetings: count('meetings'), persons: count('persons'), organizations: count('organizations'), revisions: count('revisions') }, before, 're-import writes nothing')

  // A record changed at the source is updated in place, keyed on its own id.
  const changed = records.map((r) => (r.dataset === 'visits' && r.id === visits[0]['id'] ? { ...r, text: 'Corrected description.' } : r))
  const third = app.db.transaction((tx) => importRecords(ctx(tx), changed, { presidents }))
  t.match(third, { created: 0, updated: 1, unchanged: 7534 })

  // An import that fails half-way leaves the database as it was.
  const broken = [...records.slice(0, 3000), { ...records[3000]!, country: { slug: 'nowhere', name: 'Nowhere' } }, ...records.slice(3001)]
  const countsBefore = { meetings: count('meetings'), revisions: count('revisions'), organizations: count('organizations') }
  t.throws(() => app.db.transaction((tx) => importRecords(ctx(tx), broken, {
    presidents,
    onProgress: (done) => { if (done === 4000) throw new Error('disk full') }
  })), /disk full/)
  t.same({ meetings: count('meetings'), revisions: count('revisions'), organizations: count('organizations') }, countsBefore)

  await t.test('random records read back field by field against the XML', async (t) => {
    const pick = <T>(list: T[], n: number) => Array.from({ length: n }, () => list[Math.floor(Math.random() * list.length)]!)
    for (const v of pick(visits, 25)) {
      const source = await getJson(app, `/v1/sources/history-state-gov-visit-${clean(v.id)}`)
      t.equal(source.status, 200)
      t.match(source.body, { record_id: clean(v.id), repository: 'https://github.com/HistoryAtState/visits', url: /^https:\/\/history\.state\.gov\/departmenthistory\/visits\/\d{4}$/ })
      const list = await getJson(app, `/v1/meetings?include=parties,participants,sources&party=${v.from['@id']}&from=${clean(v['start-date'])}&to=${clean(v['start-date'])}&limit=100`)
      const m = list.body.data.find((x: any) => x.sources.some((s: any) => s.record_id === clean(v.id)))
      t.ok(m, `visit ${clean(v.id)} is found by its country and date`)
      t.equal(m.start_date, clean(v['start-date']))
      t.equal(m.end_date ?? m.start_date, clean(v['end-date']) || clean(v['start-date']))
      t.equal(m.summary, clean(v.description) || null)
      t.same(m.parties.map((p: any) => [p.organization.id, p.role]), [[v.from['@id'], 'guest'], ['united-states', 'host']])
      const visitors = m.participants.filter((p: any) => p.role === 'head_of_delegation')
      t.same(visitors.map((p: any) => [p.title, p.person.name]), parseVisitors(clean(v.visitor)).map((x) => [x.title, x.name]))
      t.ok(visitors.every((p: any) => p.represents.id === v.from['@id']))
      t.equal(`${visitors.map((p: any) => [p.title, p.person.name].filter(Boolean).join(' ')).join(' and ')}`.replace(/\s+/g, ' '), parseVisitors(clean(v.visitor)).map((x) => [x.title, x.name].filter(Boolean).join(' ')).join(' and '))
      const host = m.participants.find((p: any) => p.role === 'host')
      t.ok(host, 'the president in office is the host')
      t.equal(host.title, 'President of the United States')
    }
    for (const trip of pick(trips, 25)) {
      const list = await getJson(app, `/v1/meetings?include=parties,participants,sources&party=${trip.country['@id']}&from=${clean(trip['start-date'])}&to=${clean(trip['start-date'])}&limit=100`)
      const m = list.body.data.find((x: any) => x.sources.some((s: any) => s.record_id === clean(trip.id)))
      t.ok(m, `trip ${clean(trip.id)} is found by its country and date`)
      t.equal(m.start_date, clean(trip['start-date']))
      t.equal(m.summary, clean(trip.remarks) || null)
      t.equal(m.location.name, clean(trip.locale) || clean(trip.country))
      t.same(m.parties.map((p: any) => [p.organization.id, p.role]), [['united-states', 'guest'], [trip.country['@id'], 'host']])
      t.match(m.participants, [{ person: { name: clean(trip.name) }, title: trip['@role'] === 'president' ? 'President of the United States' : 'Secretary of State', represents: { id: 'united-states' } }])
      t.match(m.sources[0], { url: `https://history.state.gov/departmenthistory/travels/${trip['@role']}/${trip['@who']}`, file: /^(president|secretary)-travels\/.+\.xml$/ })
    }
  })

  await t.test('country codes: ISO where one exists, historical states kept as their own organizations', async (t) => {
    t.match((await getJson(app, '/v1/organizations/france')).body, { country_code: 'FR', kind: 'state' })
    t.match((await getJson(app, '/v1/organizations/russia')).body, { country_code: 'RU' })
    t.match((await getJson(app, '/v1/organizations/yugoslavia')).body, { name: 'Yugoslavia', country_code: null })
    t.match((await getJson(app, '/v1/organizations/german-democratic-republic')).body, { country_code: null })
    const party = await getJson(app, '/v1/meetings?party=FR&party=US&limit=1')
    t.equal(party.body.data.length, 1)
  })

  await t.test('persons are one record per name', async (t) => {
    const dupes = app.db.$client.prepare('SELECT name, count(*) AS n FROM persons GROUP BY name HAVING n > 1').all()
    t.same(dupes, [])
    const obama = await getJson(app, '/v1/persons?q=Barack%20Obama')
    t.equal(obama.body.data.length, 1)
    t.ok(obama.body.data[0].meeting_count > 100, 'his visits as host and his trips abroad')
  })

  await t.test('facet counts equal direct counts over the filtered set', async (t) => {
    const { body } = await getJson(app, '/v1/meetings?party=FR&from=1990&to=1999&facets=theme,party,person,year,format,country&limit=1')
    const filtered = `SELECT m.id FROM meetings m WHERE m.last_day >= '1990-01-01' AND m.first_day <= '1999-12-31'
      AND EXISTS (SELECT 1 FROM meeting_parties mp JOIN organizations o ON o.id = mp.organization_id WHERE mp.meeting_id = m.id AND o.country_code = 'FR')`
    const direct = (sql: string) => app.db.$client.prepare(sql).all() as Array<{ value: string, count: number }>
    const asMap = (rows: Array<{ value: string, count: number }>) => Object.fromEntries(rows.map((r) => [r.value, r.count]))
    t.same(asMap(body.facets.party), asMap(direct(`SELECT organization_id AS value, count(*) AS count FROM meeting_parties WHERE meeting_id IN (${filtered}) GROUP BY 1`)))
    t.same(asMap(body.facets.year), asMap(direct(`SELECT substr(first_day, 1, 4) AS value, count(*) AS count FROM meetings WHERE id IN (${filtered}) GROUP BY 1`)))
    t.same(asMap(body.facets.person), asMap(direct(`SELECT person_id AS value, count(DISTINCT meeting_id) AS count FROM participants WHERE meeting_id IN (${filtered}) GROUP BY 1`)))
    t.same(asMap(body.facets.country), asMap(direct(`SELECT location_country_code AS value, count(*) AS count FROM meetings WHERE id IN (${filtered}) AND location_country_code IS NOT NULL GROUP BY 1`)))
    t.same(asMap(body.facets.format), { in_person: body.facets.year.reduce((n: number, y: any) => n + y.count, 0) })
    t.same(body.facets.theme, [])
    const total = direct(`SELECT count(*) AS count, 'all' AS value FROM (${filtered})`)[0]!.count
    t.equal(body.facets.party.find((p: any) => p.value === 'france').count, total, 'every meeting in the set has France as a party')
    t.equal(body.facets.party.find((p: any) => p.value === 'united-states').count, total, 'and the United States')
  })
})

t.test('parley import historyatstate: a visits checkout, with progress and counts', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-import-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = uncoveredEnv({ ...process.env, DATABASE_PATH: join(dir, 'p.db'), LOAD_DEMO: 'false' })
  const run = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  t.equal(run('import', 'historyatstate', join(RAW, 'visits')).trim(), 'read 3264, created 3264, updated 0, unchanged 0, rejected 0')
  t.equal(run('import', 'historyatstate', join(RAW, 'visits')).trim(), 'read 3264, created 0, updated 0, unchanged 3264, rejected 0')
  t.throws(() => run('import', 'historyatstate', dir), /no visits/)
})

t.test('visitor strings are split into titled people', async (t) => {
  t.same(parseVisitors('President Anwar Sadat, Prime Minister Mustafa Khalil'), [{ title: 'President', name: 'Anwar Sadat' }, { title: 'Prime Minister', name: 'Mustafa Khalil' }])
  t.same(parseVisitors('King Abdullah and Crown Prince Hussein'), [{ title: 'King', name: 'Abdullah' }, { title: 'Crown Prince', name: 'Hussein' }])
  t.same(parseVisitors('President- elect Ernesto Zedillo Ponce de Leon'), [{ title: 'President-elect', name: 'Ernesto Zedillo Ponce de Leon' }])
  t.same(parseVisitors('Prime Minster Nawaz Sharif'), [{ title: 'Prime Minister', name: 'Nawaz Sharif' }])
  t.same(parseVisitors('Premier and Prince Sihanouk'), [{ title: 'Premier and Prince', name: 'Sihanouk' }])
  t.same(parseVisitors('Valdas Adamkus'), [{ title: null, name: 'Valdas Adamkus' }])
  t.same(parseVisitors('President Kingsley Jones'), [{ title: 'President', name: 'Kingsley Jones' }])
})
