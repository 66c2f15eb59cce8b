// Every response matches what openapi/openapi.json promises for its route and status.
import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { dateFormats } from '../src/common/dates.js'
import { addFixtures, build, DEMO_ID } from './helpers.js'

const doc = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020.default({ strict: false, allErrors: true, formats: dateFormats })
addFormats.default(ajv)
ajv.addSchema(doc, 'openapi.json')

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

const requests: Array<[string, string]> = [
  ['/v1/meetings', '/v1/meetings'],
  ['/v1/meetings', '/v1/meetings?include=parties,participants,proposals,statements,themes,sources&limit=3'],
  ['/v1/meetings', '/v1/meetings?q=terrorism'],
  ['/v1/meetings', '/v1/meetings?limit=0'],
  ['/v1/meetings/{id}', `/v1/meetings/${DEMO_ID}`],
  ['/v1/meetings/{id}', '/v1/meetings/2010-01-15-brazil-au-kenya'],
  ['/v1/meetings/{id}', '/v1/meetings/missing'],
  ['/v1/proposals', '/v1/proposals?limit=2'],
  ['/v1/proposals', '/v1/proposals?status=nope'],
  ['/v1/proposals/{id}', `/v1/proposals/${DEMO_ID}-p1`],
  ['/v1/persons', '/v1/persons'],
  ['/v1/persons/{id}', '/v1/persons/rashid-meredov'],
  ['/v1/persons/{id}/meetings', '/v1/persons/ada-nkosi/meetings?include=participants'],
  ['/v1/organizations', '/v1/organizations?limit=2'],
  ['/v1/organizations/{id}', '/v1/organizations/france-mfa'],
  ['/v1/organizations/{id}/meetings', '/v1/organizations/osce/meetings'],
  ['/v1/organizations/{id}/meetings', '/v1/organizations/nowhere/meetings'],
  ['/v1/themes', '/v1/themes'],
  ['/v1/themes/{id}', '/v1/themes/drug-trafficking'],
  ['/v1/sources/{id}', '/v1/sources/trend-2021-03-18-turkmenistan-osce'],
  ['/healthz', '/healthz'],
  ['/readyz', '/readyz']
]

t.test('responses match the OpenAPI document', async (t) => {
  const app = await build(t)
  addFixtures(app, [
    { id: '2010-01-15-brazil-au-kenya', startDate: '2010-01-15', parties: ['brazil', 'au', 'kenya'], persons: ['rita-alves', 'ada-nkosi'], themes: ['terrorism'], country: 'BR', statements: ['On terrorism.'] }
  ])
  for (const [template, url] of requests) {
    const res = await app.inject(url)
    const response = doc.paths[template]?.get?.responses?.[String(res.statusCode)]
    if (!response) {
      t.fail(`${url}: status ${res.statusCode} is not documented`)
      continue
    }
    const ref = `openapi.json#/${pointer('paths', template, 'get', 'responses', String(res.statusCode), 'content', 'application/json', 'schema')}`
    const valid = ajv.validate({ $ref: ref }, res.json())
    t.ok(valid, `${url} (${res.statusCode}) matches its schema`, { errors: ajv.errors })
  }
})
