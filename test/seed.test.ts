// Every fact of the founding record (../shared/data/seed-meeting.json) can be read back through the API.
import t from 'tap'
import { build, DEMO_ID, getJson, readShared } from './helpers.js'

interface Seed {
  source: { publisher: string, via: string, dateline: string, published_on: string, language: string }
  meeting: { date: string, format: string, location: null, kind: string }
  parties: Array<{ name: string, kind: string, iso3166_alpha2?: string, abbreviation?: string }>
  participants: Array<{ person: string, role_at_meeting: string, represents: string }>
  proposals: Array<{ by: string, kind: string, themes: string[] }>
  statements: Array<{ by: string, verb: string }>
  themes: Array<{ slug: string, label: string }>
  mentioned: { initiatives: string[], places: string[] }
}

const seed = JSON.parse(readShared('data/seed-meeting.json')) as Seed

t.test('the demo meeting holds every fact of the founding record', async (t) => {
  const app = await build(t)
  const { status, body: m } = await getJson(app, `/v1/meetings/${DEMO_ID}`)
  t.equal(status, 200)

  t.equal(m.start_date, seed.meeting.date)
  t.equal(m.format, seed.meeting.format)
  t.equal(m.location, seed.meeting.location)
  t.equal(m.kind, seed.meeting.kind)
  t.type(m.date_note, 'string', 'the uncertainty of the date is recorded')

  const byName = (name: string) => m.parties.find((p: any) => p.organization.name === name || p.organization.abbreviation === name)
  t.equal(m.parties.length, seed.parties.length)
  for (const party of seed.parties) {
    const found = byName(party.name)
    t.ok(found, `party ${party.name}`)
    t.equal(found.organization.kind, party.kind === 'intergovernmental_organization' ? 'intergovernmental' : party.kind)
    if (party.iso3166_alpha2) t.equal(found.organization.country_code, party.iso3166_alpha2)
    if (party.abbreviation) t.equal(found.organization.abbreviation, party.abbreviation)
  }

  t.equal(m.participants.length, seed.participants.length)
  for (const p of seed.participants) {
    const found = m.participants.find((x: any) => x.person.name === p.person)
    t.ok(found, `participant ${p.person}`)
    t.equal(found.title, p.role_at_meeting, 'the title held that day')
    t.ok(found.represents.name === p.represents || found.represents.abbreviation === p.represents, `${p.person} represents ${p.represents}`)
  }

  t.equal(m.proposals.length, seed.proposals.length)
  seed.proposals.forEach((p, i) => {
    const found = m.proposals[i]
    t.equal(found.kind, p.kind, `proposal ${i + 1} kind`)
    t.equal(found.proposer.name, p.by, `proposal ${i + 1} proposer`)
    t.same(found.themes.map((th: any) => th.id).sort(), [...p.themes].sort(), `proposal ${i + 1} themes`)
    t.equal(found.source_id, m.sources[0].id, `proposal ${i + 1} cites the source`)
    t.ok(found.summary.length > 20, `proposal ${i + 1} has a summary`)
  })

  const stated = m.statements.filter((s: any) => s.kind !== 'mentioned')
  t.same(stated.map((s: any) => s.kind), seed.statements.map((s) => s.verb), 'the four statements in order, by verb')
  t.ok(stated.every((s: any) => s.by === null), 'both sides made them jointly')
  const mentioned = m.statements.filter((s: any) => s.kind === 'mentioned')
  t.equal(mentioned.length + 1, seed.mentioned.initiatives.length, 'the initiatives mentioned beside the green-ports project, which is a statement itself')
  t.match(mentioned.map((s: any) => s.text).join(' '), /environmental programme[\s\S]*energy diplomacy/)

  t.same(m.themes.map((th: any) => th.id).sort(), seed.themes.map((th) => th.slug).sort(), 'all twelve themes')
  for (const theme of seed.themes) t.equal(m.themes.find((th: any) => th.id === theme.slug).label, theme.label)

  t.equal(m.sources.length, 1)
  t.match(m.sources[0], {
    publisher: seed.source.publisher,
    via: [seed.source.via],
    dateline: seed.source.dateline,
    published_on: seed.source.published_on,
    language: seed.source.language
  })

  const text = [m.summary, ...m.proposals.map((p: any) => p.summary), ...m.statements.map((s: any) => s.text)].join(' ')
  for (const place of seed.mentioned.places.filter((p) => p !== 'Baku')) t.match(text, place, `${place} is named`)
  t.match(m.sources[0].dateline, 'Baku')
})

t.test('the project keeps the facts in its own words, not the article\'s sentences', async (t) => {
  const app = await build(t)
  const article = readShared('data/seed-article.txt')
  const { body: m } = await getJson(app, `/v1/meetings/${DEMO_ID}`)
  const texts = [m.title, m.summary, m.date_note, ...m.proposals.map((p: any) => p.summary), ...m.statements.map((s: any) => s.text)]
  for (const text of texts) {
    const words = text.split(/\s+/)
    for (let i = 0; i + 8 <= words.length; i++) {
      const run = words.slice(i, i + 8).join(' ')
      if (article.includes(run)) t.fail(`copied from the article: "${run}"`)
    }
  }
  t.pass('no run of eight words is taken from the article')
})

t.test('the demo record is loaded only into an empty database, and can be turned off', async (t) => {
  const off = await build(t, { loadDemo: false })
  t.same((await getJson(off, '/v1/meetings')).body.data, [])
})
