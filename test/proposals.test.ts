import t from 'tap'
import { build, DEMO_ID, getJson, walk } from './helpers.js'

t.test('proposals are listed with their meeting, proposer and themes, and filtered', async (t) => {
  const app = await build(t)
  const ids = async (query: string) => {
    const { status, body } = await getJson(app, `/v1/proposals?${query}`)
    t.equal(status, 200, query)
    return body.data.map((p: any) => p.id.replace(`${DEMO_ID}-`, '')).sort()
  }
  const { body } = await getJson(app, '/v1/proposals')
  t.equal(body.data.length, 5)
  t.match(body.data[0], { meeting: { id: DEMO_ID, start_date: '2021-03-18' }, proposer: { id: 'turkmenistan' }, status: 'proposed' })

  t.same(await ids('proposer=TM'), ['p1', 'p2', 'p3', 'p4', 'p5'])
  t.same(await ids('proposer=turkmenistan&kind=institution'), ['p3'])
  t.same(await ids('proposer=osce'), [])
  t.same(await ids('theme=security'), ['p1', 'p2', 'p4'], 'sub-themes are included')
  t.same(await ids('theme=energy'), ['p3'])
  t.same(await ids('status=proposed&kind=conference'), ['p4'])
  t.same(await ids('status=accepted'), [])
  t.same(await ids(`meeting=${DEMO_ID}&from=2021&to=2021-03`), ['p1', 'p2', 'p3', 'p4', 'p5'])
  t.same(await ids('from=2022'), [])
  t.same(await ids('q=council'), ['p3'])
  t.same(await ids('q=ports&theme=environment'), ['p5'])

  const paged = await walk(app, '/v1/proposals?limit=2&sort=date')
  t.equal(paged.items.length, 5)
  t.equal(new Set(paged.items.map((p) => p.id)).size, 5)
})

t.test('one proposal, or a 404', async (t) => {
  const app = await build(t)
  const { status, body } = await getJson(app, `/v1/proposals/${DEMO_ID}-p3`)
  t.equal(status, 200)
  t.match(body, { kind: 'institution', themes: [{ id: 'energy' }], source_id: 'trend-2021-03-18-turkmenistan-osce' })
  t.equal((await getJson(app, '/v1/proposals/nothing-p9')).status, 404)
})
