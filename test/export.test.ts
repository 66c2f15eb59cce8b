// Exports: CSV and NDJSON of every page, parsed back and compared with the JSON API; the iCalendar feed.
import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import t from 'tap'
import { addFixtures, build, DEMO_ID, walk, type FixtureMeeting } from './helpers.js'

const FIXTURES: FixtureMeeting[] = Array.from({ length: 45 }, (_, i): FixtureMeeting => ({
  id: `2019-${String((i % 12) + 1).padStart(2, '0')}-kenya-au-${i}`,
  startDate: i % 9 === 0 ? `2019-${String((i % 12) + 1).padStart(2, '0')}` : `2019-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
  endDate: i % 5 === 0 ? '2019-12-31' : undefined,
  parties: i % 2 ? ['kenya', 'au'] : ['kenya', 'au', 'france'],
  persons: ['ada-nkosi', 'luc-marchand'],
  themes: i % 3 ? ['health'] : ['trade', 'maritime-security'],
  country: 'KE',
  title: `Consultation, "round" ${i}; with commas`,
  summary: i % 4 ? `Line one\nline two of ${i}` : undefined
}))

t.test('CSV holds every meeting of every page, flattened as documented', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const json = (await walk(app, '/v1/meetings?party=KE&include=parties,participants,themes,sources&limit=7')).items
  const res = await app.inject({ url: '/v1/meetings?party=KE', headers: { accept: 'text/csv' } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/csv/)
  const rows = parse(res.body, { columns: true }) as Array<Record<string, string>>
  t.equal(rows.length, 45)
  t.same(rows.map((r) => r.id), json.map((m) => m.id), 'same meetings in the same order')
  for (const [i, m] of json.entries()) {
    const r = rows[i]!
    t.equal(r.title, m.title)
    t.equal(r.start_date, m.start_date)
    t.equal(r.end_date, m.end_date ?? '')
    t.equal(r.summary, m.summary ?? '')
    t.equal(r.kind, m.kind)
    t.equal(r.party_ids, m.parties.map((p: any) => p.organization.id).join('; '))
    t.equal(r.person_ids, m.participants.map((p: any) => p.person.id).join('; '))
    t.equal(r.participants, m.participants.map((p: any) => `${p.person.name}, ${p.title} (${p.represents.name})`).join('; '))
    t.equal(r.theme_ids, m.themes.map((th: any) => th.id).join('; '))
    t.equal(r.location_country_code, 'KE')
  }
  const byParam = await app.inject('/v1/meetings?party=KE&format=csv')
  t.equal(byParam.body, res.body, '?format=csv gives the same file')
})

t.test('NDJSON holds every meeting, each line the object the JSON list returns', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const json = (await walk(app, '/v1/meetings?include=participants,themes&limit=10')).items
  const res = await app.inject({ url: '/v1/meetings?include=participants,themes', headers: { accept: 'application/x-ndjson' } })
  t.match(res.headers['content-type'], /^application\/x-ndjson/)
  const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l))
  t.equal(lines.length, 46)
  t.same(lines, json)
  const proposals = await app.inject('/v1/proposals?format=ndjson')
  t.same(proposals.body.trimEnd().split('\n').map((l) => JSON.parse(l)), (await walk(app, '/v1/proposals')).items)
  const csv = parse((await app.inject('/v1/proposals?theme=security&format=csv')).body, { columns: true }) as Array<Record<string, string>>
  t.same(csv.map((r) => [r.id, r.kind, r.proposer_id]), [[`${DEMO_ID}-p4`, 'conference', 'turkmenistan'], [`${DEMO_ID}-p2`, 'instrument', 'turkmenistan'], [`${DEMO_ID}-p1`, 'strategy', 'turkmenistan']])
  const empty = await app.inject('/v1/meetings?party=nowhere&format=ndjson')
  t.equal(empty.body, '')
  const scoped = await app.inject('/v1/persons/ada-nkosi/meetings?format=csv')
  t.equal((parse(scoped.body, { columns: true }) as unknown[]).length, 45)
})

t.test('the iCalendar feed parses, with one all-day event per meeting', async (t) => {
  const app = await build(t)
  addFixtures(app, FIXTURES)
  const res = await app.inject('/v1/meetings.ics?party=KE&limit=30')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/calendar/)
  const calendar = new ICAL.Component(ICAL.parse(res.body))
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e))
  t.equal(events.length, 30, 'limit caps the feed')
  const json = (await walk(app, '/v1/meetings?party=KE&limit=30')).items.slice(0, 30)
  t.same(events.map((e) => e.uid), json.map((m: any) => `${m.id}@parley`))
  for (const [i, e] of events.entries()) {
    const m = json[i]
    t.equal(e.summary, m.title)
    t.ok(e.startDate.isDate, 'all-day')
    t.equal(e.startDate.toString().slice(0, 7), m.start_date.slice(0, 7))
    if (m.end_date === '2019-12-31') t.equal(e.endDate.toString(), '2020-01-01', 'the end is the day after the last day')
  }
  const month = events.find((e) => e.uid.startsWith('2019-10-kenya-au-9@'))!
  t.equal(month.startDate.toString(), '2019-10-01', 'a meeting known to the month starts on its first day')
  t.equal(month.endDate.toString(), '2019-11-01', 'and lasts the month')
  t.equal((await app.inject('/v1/meetings.ics?limit=0')).statusCode, 400)
  t.equal((await app.inject('/v1/meetings.ics?format=csv')).statusCode, 400)
})

t.test('CSV cells a spreadsheet would run as formulas come out as text', async (t) => {
  const app = await build(t)
  const titles = ['=HYPERLINK("http://x")', '@SUM(1+1)', '+1+2', '-2+3', '\tTabbed', 'Plain = fine']
  addFixtures(app, titles.map((title, i) => ({ id: `2018-01-0${i + 1}-kenya-au`, startDate: `2018-01-0${i + 1}`, parties: ['kenya', 'au'], title })))
  const res = await app.inject('/v1/meetings?party=KE&sort=date&format=csv')
  t.equal(res.statusCode, 200)
  const rows = parse(res.body, { columns: true }) as Array<Record<string, string>>
  t.same(rows.map((r) => r.title), ["'=HYPERLINK(\"http://x\")", "'@SUM(1+1)", "'+1+2", "'-2+3", "'\tTabbed", 'Plain = fine'])
  t.match(res.body, /^2018-01-01-kenya-au,"'=HYPERLINK\(""http:\/\/x""\)",/m, 'the raw file: quote first, then the formula')
})
