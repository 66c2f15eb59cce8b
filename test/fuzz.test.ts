// Malformed requests by the thousand, generated with fast-check for every operation in openapi/openapi.json
// (wrong types, huge and non-finite numbers, bad dates and cursors, unicode and control characters, oversize
// strings, prototype-pollution keys, bad FTS syntax, wrong content types, truncated JSON), with and without a
// write key: no 5xx, every error is problem+json, and a refused request changes no row of any table.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import t, { type Test } from 'tap'
import type { App } from '../src/app.js'
import { addFixtures, build, DEMO_ID, makeKey, rowCounts } from './helpers.js'

// Two runs of 2,600 requests each, on a busy machine.
t.setTimeout(900_000)

const RUNS = 2600
const SEED = process.env.FUZZ_SEED === undefined ? Date.now() : Number(process.env.FUZZ_SEED)

interface Schema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  anyOf?: Schema[]
  oneOf?: Schema[]
  items?: Schema
  properties?: Record<string, Schema>
  required?: string[]
  pattern?: string
  format?: string
  minLength?: number
  maxLength?: number
}

interface Operation {
  method: string
  path: string
  params: Array<{ name: string, in: 'path' | 'query' | 'header', schema: Schema }>
  body?: Schema
}

const doc = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Operation['params'], requestBody?: { content: Record<string, { schema: Schema }> } }>>
  components: { schemas: Record<string, Schema> }
}

const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    params: op.parameters ?? [],
    body: op.requestBody ? Object.values(op.requestBody.content)[0]?.schema : undefined
  })))

const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]!) : schema

// Values a client could mean: ids of records that exist, dates, codes, enum members.
const PLAUSIBLE = [DEMO_ID, `${DEMO_ID}-p1`, 'osce', 'turkmenistan', 'rashid-meredov', 'energy', 'security', 'terrorism',
  'trend-2021-03-18-turkmenistan-osce', 'france', 'ada-nkosi', '2010-01-15-brazil-au-kenya', 'TM', 'FR', '2021', '2021-03',
  '2021-03-18', 'Ana Lima', 'https://example.org/a', 'en', 'Q874', '1', '2', 'host', 'state', 'proposed', 'noted']

/** Ids of records that exist, for a path parameter (`id` after `/v1/persons`, `themeId`, `version`, ...). */
function existing (name: string, before: string): string[] {
  const collection = name === 'id' ? before.split('/').at(-1)! : name
  const ids: Record<string, string[]> = {
    meetings: [DEMO_ID, '2010-01-15-brazil-au-kenya', '1998-france-kenya'],
    proposals: [`${DEMO_ID}-p1`, `${DEMO_ID}-p2`],
    persons: ['rashid-meredov', 'ada-nkosi', 'luc-marchand'],
    organizations: ['osce', 'turkmenistan', 'france', 'kenya'],
    organizationId: ['osce', 'turkmenistan', 'kenya'],
    themes: ['energy', 'security', 'health'],
    themeId: ['energy', 'terrorism', 'health'],
    sources: ['trend-2021-03-18-turkmenistan-osce'],
    sourceId: ['trend-2021-03-18-turkmenistan-osce']
  }
  return ids[collection] ?? ['0', '1', '2', '3']
}

// Values no client should send, each aimed at a known way to break a server.
const NASTY_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\t\r\n', '\u001b[31m', '\u202e\u0645\u0631\u062d\u0628\u0627', '\ud800', '\udfff', '🤝🏽', 'Z\u0351\u0352\u0353',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  '1e309', '-1e309', 'Infinity', '-Infinity', 'NaN', '-0', '0x10', '1_000', '9007199254740993', '99999999999999999999999', '1.5', '-1', '0',
  '2021-13-01', '2021-02-30', '2021-00', '0000-00-00', '99999', '2021-1-1', '2021-03-18T00:00:00Z', '20210318', '-2021', '2021--03',
  '"', '""', '"unterminated', 'NEAR(', 'NEAR(a b, -1)', 'a AND', 'AND', 'OR OR', 'NOT', '*', 'a*b*', '(a', 'a)', '^x', 'col:x', 'title:x',
  '{a b}: c', '-x', '+', 'a + b', 'x"y', "o'brien", '%', '%25', '%00', '\\', '\\u0000', '../../etc/passwd', '<script>alert(1)</script>',
  "'; DROP TABLE meetings; --", 'eyJzIjoiLWRhdGUiLCJrIjpbXX0', 'eyJzIjoiLWRhdGUiLCJrIjpbMWUzMDgsbnVsbF19', 'e30', '!!!', 'W/"1"',
  'x'.repeat(256), 'y'.repeat(5000), 'z'.repeat(70_000)
]

/** Base64url JSON that looks like a cursor: right or wrong sort, wrong arity or types, polluted keys. */
const forgedCursor = fc.oneof(
  fc.record({ s: fc.constantFrom('-date', 'date', 'relevance', 'id', 'name', '__proto__'), k: fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.object()), { maxLength: 4 }) }),
  fc.jsonValue({ maxDepth: 3 })
).map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'))

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: forgedCursor },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 60 }) }
)

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -1, 0, 0.5, 1.5, -0, 4294967296, true, false, null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom({}, [], [[]], { __proto__: null, x: 1 }, { id: {} }, ['a', 1, null]) }
)

/** A string the schema allows: a value that exists or a fresh one matching its pattern. */
function text (s: Schema): fc.Arbitrary<string> {
  const fits = (v: string) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity)
  if (s.format === 'uri') return fc.constantFrom('https://example.org/a', 'http://example.org/b?c=d')
  if (s.format === 'date-time') return fc.constantFrom('2021-03-18T10:00:00Z', '2021-03-18T10:00:00.123+02:00')
  if (!s.pattern) return fc.oneof(fc.constantFrom(...PLAUSIBLE), fc.string({ minLength: 1, maxLength: 30 })).filter(fits)
  const pattern = new RegExp(s.pattern, 'u')
  const known = PLAUSIBLE.filter((v) => pattern.test(v) && fits(v))
  const fresh = fc.stringMatching(pattern, { size: 'xsmall' }).filter(fits)
  return known.length > 0 ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fresh }) : fresh
}

/** What the schema allows; with `nasty`, its parts are sometimes what it does not. */
function wellFormed (schema: Schema, depth = 0, nasty = false): fc.Arbitrary<unknown> {
  const s = resolve(schema)
  if (s.enum) return fc.constantFrom(...s.enum)
  if (s.const !== undefined) return fc.constant(s.const)
  const union = s.anyOf ?? s.oneOf
  if (union) return fc.oneof(...union.map((u) => wellFormed(u, depth, nasty)))
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  switch (type) {
    case 'string': return text(s)
    case 'integer': return fc.integer({ min: 0, max: 5 })
    case 'number': return fc.double({ min: -1000, max: 1000, noNaN: true })
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'array': return depth > 2 ? fc.constant([]) : fc.array(part(s.items ?? {}, depth + 1, nasty), { maxLength: 3 })
    case 'object': return depth > 2 ? fc.constant({}) : objectOf(s, depth + 1, nasty)
    default: return fc.jsonValue({ maxDepth: 2 })
  }
}

const part = (schema: Schema, depth: number, nasty: boolean) => nasty
  ? fc.oneof({ weight: 4, arbitrary: wellFormed(schema, depth, nasty) }, { weight: 1, arbitrary: nastyValue })
  : wellFormed(schema, depth, nasty)

function objectOf (schema: Schema, depth: number, nasty: boolean): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {})
  const required = new Set(schema.required ?? [])
  const model = Object.fromEntries(properties.map(([name, property]) => [name, fc.option(part(property, depth, nasty), { nil: undefined, freq: required.has(name) ? 8 : 2 })]))
  const extra = nasty ? fc.option(fc.dictionary(fc.oneof(fc.constantFrom('constructor', 'prototype', 'unknown', 'ID', ''), fc.string({ maxLength: 8 })), nastyValue, { maxKeys: 2 }), { freq: 5 }) : fc.constant(null)
  return fc.tuple(fc.record(model), extra)
    .map(([known, extra]) => {
      const object = Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined))
      return extra ? { ...object, ...extra } : object
    })
}

/** Request bodies: JSON from the schema, with pollution keys spliced in, or text that is not the JSON it claims to be. */
function bodyText (schema: Schema | undefined): fc.Arbitrary<string | Buffer> {
  const valid = schema ? wellFormed(schema) : fc.jsonValue({ maxDepth: 3 })
  const json = (schema ? fc.oneof(valid, wellFormed(schema, 0, true)) : valid).map((value) => JSON.stringify(value) ?? 'null')
  return fc.oneof(
    { weight: 6, arbitrary: json },
    {
      weight: 2,
      arbitrary: fc.tuple(json, fc.constantFrom('"__proto__": {"polluted": true, "scopes": ["admin"]}', '"constructor": {"prototype": {"polluted": true}}',
        '"__proto__": null', '"title": 1e400', '"name": -1e400', '"start_date": "2021-02-30"', '"id": "__proto__"', '"name": "a", "name": 5'))
        .map(([text, key]) => (text.startsWith('{') && text.length > 2 ? `{${key},${text.slice(1)}` : `{${key}}`))
    },
    { weight: 2, arbitrary: fc.tuple(json, fc.nat()).map(([text, cut]) => text.slice(0, cut % Math.max(text.length, 1))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', 'null', '[]', '"text"', '{', '{"a":', '{"a" 1}', '{\'a\': 1}', 'NaN', '{"a": NaN}', '{"a": Infinity}', '\ufeff{}',
        '['.repeat(10_000), '{"a":'.repeat(3000), `{"name": "${'x'.repeat(2_000_000)}"}`, 'title=x&start_date=2021', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--')
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.concat([Buffer.from('{"name": "'), Buffer.from(bytes), Buffer.from('"}')])) }
  )
}

const CONTENT_TYPES = ['application/json', 'application/json', 'application/json', 'application/merge-patch+json', 'application/json; charset=utf-8',
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=utf-16',
  'application/x-ndjson', 'application/*', 'json', ';;;', undefined]

const ACCEPTS = [undefined, 'application/json', 'text/csv', 'application/x-ndjson', 'text/calendar', 'text/html', '*/*', 'application/xml',
  'text/csv;q=0', 'garbage;;q=x', 'application/problem+json']

const headerText = fc.oneof(
  fc.constantFrom('"1"', '"2"', 'W/"1"', '*', '"abc"', '"-1"', '"1e309"', '"99999999999999999999"', '1', '""', '"1", "2"', 'null'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 })
)

/** A query value as text: lists comma-separated, anything else that is not a string as JSON. */
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.map(asText).join(',') : JSON.stringify(value) ?? ''

/** Percent-encodes text; a lone surrogate, which encodeURIComponent refuses, becomes its (invalid) UTF-8 bytes. */
function encode (text: string): string {
  return [...text].map((ch) => {
    const code = ch.charCodeAt(0)
    if (ch.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(ch)
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
  }).join('')
}

interface Fuzzed {
  method: string
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
  operation: string
}

function request (operation: Operation, authorization: fc.Arbitrary<string | undefined>): fc.Arbitrary<Fuzzed> {
  const pathParams = operation.params.filter((p) => p.in === 'path')
  const queryParams = operation.params.filter((p) => p.in === 'query')
  const segment = (name: string, before: string) => fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...existing(name, before)) },
    { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...PLAUSIBLE), fc.constantFrom('0', '3', '999', '-1', '1.5', '1e309')).map(encode) },
    { weight: 2, arbitrary: nastyString.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AE', '%00', '..', '.', '%2F', 'a%2Fb', '%uD800') }
  )
  const queryValue = (schema: Schema) => fc.oneof({ weight: 2, arbitrary: wellFormed(schema).map(asText) }, { weight: 3, arbitrary: nastyString })
  const query = fc.tuple(
    fc.record(Object.fromEntries(queryParams.map((p) => [p.name, fc.option(fc.array(queryValue(p.schema), { minLength: 1, maxLength: 2 }), { freq: 2 })]))),
    fc.option(fc.tuple(fc.constantFrom('__proto__', 'constructor[prototype][x]', '__proto__[admin]', 'limit[]', 'unknown', 'Limit', 'a'.repeat(300), ''), nastyString), { freq: 4 })
  ).map(([known, extra]) => {
    const pairs: Array<[string, string]> = Object.entries(known).flatMap(([name, values]) => (values ?? []).map((v) => [name, v] as [string, string]))
    if (extra) pairs.push(extra)
    return pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')
  })
  const hasBody = operation.body !== undefined
  return fc.record({
    segments: fc.tuple(...pathParams.map((p) => segment(p.name, operation.path.split(`/{${p.name}}`)[0]!))),
    query,
    method: fc.oneof({ weight: 12, arbitrary: fc.constant(operation.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS') }),
    suffix: fc.constantFrom('', '', '', '', '', '', '/', '//', '/x', '.json', '?'),
    payload: fc.option(bodyText(operation.body), { freq: hasBody ? 12 : 1 }),
    contentType: fc.constantFrom(...CONTENT_TYPES),
    accept: fc.constantFrom(...ACCEPTS),
    authorization,
    ifMatch: fc.option(headerText, { freq: 2 }),
    ifNoneMatch: fc.option(headerText, { freq: 6 }),
    idempotencyKey: fc.option(headerText, { freq: 3 }),
    requestId: fc.option(headerText, { freq: 8 })
  }).map((r) => {
    let path = operation.path
    pathParams.forEach((p, i) => { path = path.replace(`{${p.name}}`, r.segments[i]!) })
    const headers: Record<string, string> = {}
    if (r.payload !== null && r.contentType !== undefined) headers['content-type'] = r.contentType
    if (r.accept !== undefined) headers.accept = r.accept
    if (r.authorization !== undefined) headers.authorization = r.authorization
    if (r.ifMatch !== null) headers['if-match'] = r.ifMatch
    if (r.ifNoneMatch !== null) headers['if-none-match'] = r.ifNoneMatch
    if (r.idempotencyKey !== null) headers['idempotency-key'] = r.idempotencyKey
    if (r.requestId !== null) headers['x-request-id'] = r.requestId
    return {
      method: r.method,
      url: `${path}${r.suffix}${r.query ? `${r.suffix.includes('?') ? '' : '?'}${r.query}` : ''}`,
      headers,
      payload: r.payload ?? undefined,
      operation: `${operation.method} ${operation.path}`
    }
  })
}

const describe = (r: Fuzzed) => JSON.stringify({ ...r, payload: typeof r.payload === 'string' ? r.payload.slice(0, 300) : r.payload?.toString('hex').slice(0, 300) })

/** Sends every generated request and checks what came back, and that a refusal wrote nothing. */
async function fuzz (t: Test, app: App, authorization: fc.Arbitrary<string | undefined>) {
  const seen = new Map<string, number>()
  const statuses = new Map<number, number>()
  // One arbitrary per operation, built once: building them is far slower than drawing from them.
  const requests = fc.oneof(...operations.map((op) => request(op, authorization)))
  const property = fc.asyncProperty(requests, async (r) => {
    const before = rowCounts(app)
    const res = await app.inject({ method: r.method as 'GET', url: r.url, headers: r.headers, payload: r.payload })
    seen.set(r.operation, (seen.get(r.operation) ?? 0) + 1)
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
    if (res.statusCode >= 500) throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}`)
    if (res.statusCode < 400) return
    const type = String(res.headers['content-type'])
    if (!type.startsWith('application/problem+json')) throw new Error(`${res.statusCode} with content-type ${type}: ${res.body.slice(0, 300)}`)
    if (r.method !== 'HEAD') {
      const problem = res.json() as Record<string, unknown>
      if (problem.status !== res.statusCode || typeof problem.title !== 'string' || typeof problem.type !== 'string' ||
        typeof problem.detail !== 'string' || typeof problem.code !== 'string' || problem.request_id !== res.headers['x-request-id']) {
        throw new Error(`not problem details: ${res.body.slice(0, 300)}`)
      }
    }
    const after = rowCounts(app)
    const changed = Object.keys(after).filter((table) => after[table] !== before[table])
    if (changed.length > 0) throw new Error(`refused with ${res.statusCode} but changed ${changed.join(', ')}`)
  })
  try {
    await fc.assert(property, { numRuns: RUNS, seed: SEED, reporter: (details) => {
      if (details.failed) throw new Error(`${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\nrequest: ${describe(details.counterexample![0])}\nreplay with FUZZ_SEED=${SEED}`)
    } })
    t.pass(`${RUNS} requests, seed ${SEED}: no 5xx, every error problem+json, no refused request changed a row`)
  } catch (error) {
    t.fail((error as Error).message)
  }
  const sent = [...seen.values()].reduce((a, b) => a + b, 0)
  t.comment(`statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`)
  const rare = operations.map((op) => `${op.method} ${op.path}`).filter((op) => (seen.get(op) ?? 0) < 10)
  t.same(rare, [], `each of the ${operations.length} operations got at least 10 of the ${sent} requests`)
  return sent
}

async function world (t: Test): Promise<App> {
  const app = await build(t)
  addFixtures(app, [
    { id: '2010-01-15-brazil-au-kenya', startDate: '2010-01-15', parties: ['brazil', 'au', 'kenya'], persons: ['rita-alves', 'ada-nkosi'], themes: ['terrorism'], country: 'BR', statements: ['On terrorism.'] },
    { id: '1998-france-kenya', startDate: '1998', parties: ['france', 'kenya'], persons: ['luc-marchand'], format: 'videoconference' }
  ])
  return app
}

let total = 0

t.test('without a key (and with bad ones): reads, and refusals of writes', async (t) => {
  const app = await world(t)
  const reader = makeKey(app, ['read'])
  total += await fuzz(t, app, fc.constantFrom(undefined, undefined, undefined, reader.auth.authorization, 'Bearer', 'Basic YTpi', `Bearer pk_${'x'.repeat(32)}`, 'Bearer pk_short', `bearer  ${'é'.repeat(3)}`))
})

t.test('with a valid write key: body validation, references, versions and idempotency', async (t) => {
  const app = await world(t)
  const writer = makeKey(app, ['write'])
  total += await fuzz(t, app, fc.constant(writer.auth.authorization))
})

t.test('at least 5,000 requests in all', async (t) => {
  t.ok(total >= 5000, `${total} requests`)
})
