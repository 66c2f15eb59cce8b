import t from 'tap'
import { addFixtures, build, getJson, walk } from './helpers.js'

t.test('organizations are listed by name and filtered by kind, country and name', async (t) => {
  const app = await build(t)
  addFixtures(app, [{ id: '2000-01-01-kenya-au', startDate: '2000-01-01', parties: ['kenya', 'au'] }])
  const ids = async (query: string) => (await getJson(app, `/v1/organizations?${query}`)).body.data.map((o: any) => o.id)
  t.same(await ids(''), ['au', 'brazil', 'france', 'kenya', 'france-mfa', 'osce', 'turkmenistan'])
  t.same(await ids('kind=state'), ['brazil', 'france', 'kenya', 'turkmenistan'])
  t.same(await ids('country=FR'), ['france', 'france-mfa'])
  t.same(await ids('q=osce'), ['osce'], 'matches the abbreviation')
  t.same(await ids('q=co-operation'), ['osce'], 'matches inside the name, ignoring case')
  t.same(await ids('kind=intergovernmental&q=union'), ['au'])
  const paged = await walk(app, '/v1/organizations?limit=3')
  t.same(paged.items.map((o) => o.id), await ids(''))
})

t.test('one organization with its parent and meeting count, or a 404', async (t) => {
  const app = await build(t)
  addFixtures(app, [])
  const { body } = await getJson(app, '/v1/organizations/turkmenistan')
  t.match(body, { id: 'turkmenistan', kind: 'state', country_code: 'TM', parent_id: null, meeting_count: 1 })
  t.match((await getJson(app, '/v1/organizations/france-mfa')).body, { kind: 'ministry', parent_id: 'france', meeting_count: 0 })
  t.equal((await getJson(app, '/v1/organizations/atlantis')).status, 404)
})
