import t from 'tap'
import { addFixtures, build, getJson } from './helpers.js'

t.test('themes come as a tree with meeting counts that include sub-themes', async (t) => {
  const app = await build(t)
  addFixtures(app, [
    { id: '2000-01-01-kenya-au', startDate: '2000-01-01', parties: ['kenya', 'au'], themes: ['maritime-security'] },
    { id: '2000-02-01-kenya-au', startDate: '2000-02-01', parties: ['kenya', 'au'], themes: ['maritime-security', 'drug-trafficking'] }
  ])
  const { status, body } = await getJson(app, '/v1/themes')
  t.equal(status, 200)
  const top = body.data.map((th: any) => th.id)
  t.same(top, ['digitalization', 'energy', 'environment', 'health', 'security', 'trade', 'transport'])
  const security = body.data.find((th: any) => th.id === 'security')
  t.equal(security.meeting_count, 3, 'the demo meeting and both fixtures, each counted once')
  const crime = security.children.find((th: any) => th.id === 'organized-crime')
  t.same(crime.children.map((th: any) => th.id), ['drug-trafficking', 'human-trafficking'])
  t.equal(crime.meeting_count, 2)
  t.equal(body.data.find((th: any) => th.id === 'health').meeting_count, 0)

  for (const node of [security, crime]) {
    const listed = await getJson(app, `/v1/meetings?theme=${node.id}&limit=100`)
    t.equal(listed.body.data.length, node.meeting_count, `${node.id}: the count is what the meeting filter finds`)
  }
})

t.test('one theme with its ancestors and children, or a 404', async (t) => {
  const app = await build(t)
  const { body } = await getJson(app, '/v1/themes/drug-trafficking')
  t.match(body, { id: 'drug-trafficking', label: 'Drug trafficking', parent_id: 'organized-crime', children: [], meeting_count: 1 })
  t.same(body.ancestors.map((a: any) => a.id), ['security', 'organized-crime'])
  t.equal((await getJson(app, '/v1/themes/astrology')).status, 404)
})
