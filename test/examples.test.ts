// The OpenAPI document's examples: every operation has them, each fits its schema, and each is what Parley does with the demo record.
import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { dateFormats } from '../src/common/dates.js'
import { CALENDAR_EXAMPLE_BASE } from '../src/meetings/routes.js'
import { build, makeKey } from './helpers.js'

const doc = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'))
// The same validator and formats as contract.test.ts: Ajv for JSON Schema 2020-12, which OpenAPI 3.1 uses.
const ajv = new Ajv2020.default({ strict: false, allErrors: true, formats: dateFormats })
addFormats.default(ajv)
ajv.addSchema(doc, 'openapi.json')

type Json = any
const pointer = (parts: Array<string | number>) => parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
const validate = (at: Array<string | number>, value: unknown) => ajv.validate({ $ref: `openapi.json#/${pointer(at)}` }, value)

const operations = Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
  Object.entries<Json>(item).map(([method, op]) => ({ path, method, op, name: `${method.toUpperCase()} ${path}` })))

const component = (schema: Json) => (schema?.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : undefined)

/** A media type's examples: its own, its schema's, or those of the component its schema names. */
function examplesOf (media: Json): unknown[] {
  if ('example' in media) return [media.example]
  if (media.examples) return Object.values<Json>(media.examples).map((e) => e.value)
  return media.schema?.examples ?? component(media.schema)?.examples ?? []
}

const success = (op: Json) => Object.entries<Json>(op.responses).find(([status]) => status.startsWith('2'))!

t.test('every operation has a summary, a description, examples of its parameters, body and success, and errors with an example', async (t) => {
  for (const { name, op } of operations) {
    t.ok(op.summary, `${name}: summary`)
    t.ok(op.description?.length > 20, `${name}: description`)
    for (const parameter of op.parameters ?? []) {
      if (parameter.in === 'path' || parameter.required) t.ok('example' in parameter, `${name}: example of ${parameter.in} parameter ${parameter.name}`)
    }
    for (const [type, media] of Object.entries<Json>(op.requestBody?.content ?? {})) {
      t.ok(examplesOf(media).length > 0, `${name}: example of the ${type} request body`)
    }
    const [status, response] = success(op)
    t.ok(status, `${name}: a 2xx response`)
    if (status === '204') continue
    t.ok(response.content, `${name}: ${status} has content`)
    for (const [type, media] of Object.entries<Json>(response.content ?? {})) {
      t.ok(examplesOf(media).length > 0, `${name}: example of the ${status} ${type} response`)
    }
    for (const [code, error] of Object.entries<Json>(op.responses)) {
      if (Number(code) < 400) continue
      for (const media of Object.values<Json>(error.content)) t.ok(examplesOf(media).length > 0, `${name}: example of ${code}`)
    }
  }
})

t.test('every example in the document is valid against its schema', async (t) => {
  let checked = 0
  const walk = (node: Json, at: Array<string | number>) => {
    if (node === null || typeof node !== 'object') return
    const inContent = at.at(-2) === 'content'
    // A parameter or a media type: its example(s) against its schema.
    if (node.schema && 'example' in node) {
      checked++
      t.ok(validate([...at, 'schema'], node.example), `${pointer(at)} example`, { errors: ajv.errors })
    }
    if (node.schema && node.examples && !Array.isArray(node.examples)) {
      for (const [key, example] of Object.entries<Json>(node.examples)) {
        checked++
        t.ok(validate([...at, 'schema'], example.value), `${pointer(at)} example ${key}`, { errors: ajv.errors })
      }
    }
    // A schema: each of its examples against itself.
    if (Array.isArray(node.examples) && !inContent) {
      node.examples.forEach((example: unknown, i: number) => {
        checked++
        t.ok(validate(at, example), `${pointer(at)} examples/${i}`, { errors: ajv.errors })
      })
    }
    for (const [key, child] of Object.entries<Json>(node)) {
      if (key !== 'examples' && key !== 'example') walk(child, [...at, key])
    }
  }
  walk(doc.paths, ['paths'])
  walk(doc.components, ['components'])
  t.ok(checked > 100, `${checked} examples checked`)
})

/** The path with its parameters' examples, and a query string of every query parameter that has one. */
function exampleUrl (path: string, op: Json): string {
  const parameters: Json[] = op.parameters ?? []
  const url = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(parameters.find((p) => p.in === 'path' && p.name === name)!.example))
  const query = new URLSearchParams()
  for (const p of parameters.filter((p) => p.in === 'query' && 'example' in p)) {
    for (const value of [p.example].flat()) query.append(p.name, String(value))
  }
  return query.size > 0 ? `${url}?${query}` : url
}

const exampleHeaders = (op: Json) => Object.fromEntries((op.parameters ?? []).filter((p: Json) => p.in === 'header' && 'example' in p).map((p: Json) => [p.name, p.example]))

const TIMESTAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g

/** Times of writing and relevance scores vary from run to run; the rest must be as the example says. */
function normalized (value: Json, key?: string): Json {
  if (key === 'rank' && typeof value === 'number') return 'a number'
  if (typeof value === 'string') return value.replace(TIMESTAMP, 'a time')
  if (Array.isArray(value)) return value.map((item) => normalized(item))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v, k)]))
  return value
}

/** An iCalendar text with its folded lines joined and its time stamps and links' server left out. */
const calendar = (text: string, base: string) =>
  text.replace(/\r\n[ \t]/g, '').replaceAll(base, 'SERVER').replace(/\d{8}T\d{6}Z/g, 'STAMP')

t.test('each read, sent with its parameters\' examples, answers its response examples for the demo record', async (t) => {
  const metricsKey = 'scrape-me-0123456789'
  const app = await build(t, { metricsKey })
  await app.inject(`/v1/meetings/${encodeURIComponent(doc.paths['/v1/meetings/{id}'].get.parameters.find((p: { name: string }) => p.name === 'id').example)}`)
  const reads = operations.filter(({ method }) => method === 'get')
  t.ok(reads.length >= 20)
  for (const { name, path, op } of reads) {
    const url = exampleUrl(path, op)
    for (const [type, media] of Object.entries<Json>(success(op)[1].content)) {
      const [example] = examplesOf(media) as [string]
      const res = await app.inject({ url, headers: { accept: type, ...(path === '/metrics' ? { authorization: `Bearer ${metricsKey}` } : {}) } })
      t.equal(res.statusCode, 200, `${name} ${type}: ${url}`)
      t.match(res.headers['content-type'], type, `${name} answers ${type}`)
      if (type === 'application/json') {
        t.same(normalized(res.json()), normalized(example), `${url} as JSON is its example`)
      } else if (type === 'application/x-ndjson') {
        const lines = (text: string) => text.trim().split('\n').map((line) => normalized(JSON.parse(line)))
        t.same(lines(res.body), lines(example), `${url} as NDJSON is its example`)
      } else if (type === 'text/calendar') {
        t.equal(calendar(res.body, 'http://localhost:80'), calendar(example, CALENDAR_EXAMPLE_BASE), `${url} as iCalendar is its example`)
      } else if (type === 'text/plain') {
        // Metrics change with every request: the example's series and their help must be there.
        for (const line of example.trim().split('\n')) {
          t.ok(res.body.includes(line.startsWith('#') ? line : line.slice(0, line.lastIndexOf(' '))), `${url}: ${line}`)
        }
      } else {
        t.equal(normalized(res.body), normalized(example), `${url} as ${type} is its example`)
      }
    }
  }
})

t.test('the problem example is the answer to a page too large', async (t) => {
  const app = await build(t)
  const example = doc.components.schemas.Problem.examples[0]
  const res = await app.inject(`${example.instance}?limit=1000`)
  t.equal(res.statusCode, example.status)
  const { request_id: id, ...problem } = res.json()
  const { request_id: exampleId, ...expected } = example
  t.match(id, /^[0-9a-f-]{36}$/)
  t.match(exampleId, /^[0-9a-f-]{36}$/)
  t.same(problem, expected)
})

t.test('each write, sent with its examples, succeeds on the demo record and answers as documented', async (t) => {
  const writes = operations.filter(({ method }) => method !== 'get')
  t.ok(writes.length >= 25)
  for (const { name, path, method, op } of writes) {
    // The example of a new meeting is the demo record itself, so it is created where the demo is not loaded.
    const creatingDemo = op.operationId === 'createMeeting'
    const app = await build(t, { loadDemo: !creatingDemo })
    const { auth } = makeKey(app)
    const [bodyType, bodyMedia] = Object.entries<Json>(op.requestBody?.content ?? {})[0] ?? []
    const body = bodyMedia ? examplesOf(bodyMedia)[0] : undefined
    const res = await app.inject({
      method: method.toUpperCase() as 'POST',
      url: exampleUrl(path, op),
      headers: { ...auth, ...exampleHeaders(op), ...(bodyType ? { 'content-type': bodyType } : {}) },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) })
    })
    const [status, response] = success(op)
    if (method === 'delete' && res.statusCode === 409) {
      // The example names a record the demo meeting still uses or cites, which is kept.
      t.match(res.json().detail, /still used|cited/, `${name}: ${res.json().detail}`)
      continue
    }
    t.equal(String(res.statusCode), status, `${name} with its examples: ${res.body.slice(0, 300)}`)
    if (status === '204') continue
    t.ok(validate(['paths', path, method, 'responses', status, 'content', 'application/json', 'schema'], res.json()), `${name} answers its schema`, { errors: ajv.errors })
    if (creatingDemo || op.operationId === 'importMeetings') {
      t.same(normalized(res.json()), normalized(examplesOf(response.content['application/json'])[0]), `${name} answers its example`)
    }
  }
})
