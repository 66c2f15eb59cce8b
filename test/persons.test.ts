import t from 'tap'
import { addFixtures, build, getJson, walk } from './helpers.js'

t.test('persons are listed by name, searchable in other spellings, and paged', async (t) => {
  const app = await build(t)
  addFixtures(app, [{ id: '2000-01-01-kenya-au', startDate: '2000-01-01', parties: ['kenya', 'au'], persons: ['ada-nkosi'] }])
  const { status, body } = await getJson(app, '/v1/persons')
  t.equal(status, 200)
  t.same(body.data.map((p: any) => p.id), ['ada-nkosi', 'helga-schmid', 'luc-marchand', 'rashid-meredov', 'rita-alves'])
  const meredov = body.data.find((p: any) => p.id === 'rashid-meredov')
  t.match(meredov, { name: 'Rashid Meredov', other_names: ['Raşit Meredow', 'Rashid Meredow'], meeting_count: 1, version: 1 })

  t.same((await getJson(app, '/v1/persons?q=meredow')).body.data.map((p: any) => p.id), ['rashid-meredov'], 'another spelling finds the person')
  t.same((await getJson(app, '/v1/persons?q=N%27Kosi')).body.data.map((p: any) => p.id), ['ada-nkosi'])
  t.same((await getJson(app, '/v1/persons?q=%25')).body.data, [], 'LIKE wildcards are matched literally')

  const paged = await walk(app, '/v1/persons?limit=2')
  t.same(paged.items.map((p) => p.id), body.data.map((p: any) => p.id))
  t.equal(paged.pages, 3)
})

t.test('one person, or a 404', async (t) => {
  const app = await build(t)
  const { status, body } = await getJson(app, '/v1/persons/helga-schmid')
  t.equal(status, 200)
  t.match(body, { id: 'helga-schmid', name: 'Helga Schmid', meeting_count: 1 })
  t.equal((await getJson(app, '/v1/persons/nobody')).status, 404)
})
