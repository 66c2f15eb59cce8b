import t from 'tap'
import { build, getJson } from './helpers.js'

t.test('a source with its attribution chain, or a 404', async (t) => {
  const app = await build(t)
  const { status, body } = await getJson(app, '/v1/sources/trend-2021-03-18-turkmenistan-osce')
  t.equal(status, 200)
  t.same(body, {
    id: 'trend-2021-03-18-turkmenistan-osce',
    publisher: 'Trend News Agency',
    via: ["Turkmenistan's State News Agency"],
    url: null,
    title: null,
    published_on: '2021-03-18',
    dateline: 'Baku, Azerbaijan',
    language: 'en',
    repository: null,
    file: null,
    record_id: null,
    version: 1
  })
  t.equal((await getJson(app, '/v1/sources/nothing')).status, 404)
})
