// Every operation answers as openapi/openapi.json says, for every status these requests provoke: the status is
// declared, and the content type, every header and the body match the document. Bodies and headers are checked
// by Ajv for JSON Schema 2020-12 (the dialect of OpenAPI 3.1) against the document's own schemas, including the
// meeting and proposal answers whose JSON SQLite builds (sent as text, past Fastify's serializer).
import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fp from 'fastify-plugin'
import t, { type Test } from 'tap'
import { buildApp, type App } from '../src/app.js'
import { testConfig, type Config } from '../src/config.js'
import { dateFormats } from '../src/common/dates.js'
import { demoIds, proposalId } from '../src/demo/examples.js'
import { makeKey } from './helpers.js'

type Json = any

const doc = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020.default({ strict: false, allErrors: true, formats: dateFormats })
addFormats.default(ajv)
ajv.addSchema(doc, 'openapi.json')

const pointer = (parts: Array<string | number>) => parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
const validate = (at: Array<string | number>, value: unknown) => ajv.validate({ $ref: `openapi.json#/${pointer(at)}` }, value)

/**
 * Headers of HTTP itself rather than of Parley's API, which the document leaves out: the date, the connection and
 * how the body is framed; and Vary, which CORS sets (`Origin`) on every answer for caches. Content-Type is checked against
 * the response's `content` instead.
 */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'content-type', 'vary'])

interface Operation { path: string, method: string, op: Json, name: string }
const operations: Operation[] = Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
  Object.entries<Json>(item).map(([method, op]) => ({ path, method, op, name: `${method.toUpperCase()} ${path}` })))
const reads = operations.filter((o) => o.method === 'get')
const writes = operations.filter((o) => o.method !== 'get')

interface Answer { status: number, headers: Record<string, string | string[] | undefined>, body: string }

/** Operation and status pairs answered, to show what the requests below cover. */
const covered = new Set<string>()

/** Checks one answer against the document: its status is declared, and its content type, headers and body match. */
function check (t: Test, { name, path, method, op }: Operation, res: Answer, what: string) {
  const label = `${name} ${what} (${res.status})`
  const response = op.responses[String(res.status)]
  if (!response) {
    t.fail(`${label}: status ${res.status} is not documented`, { body: res.body.slice(0, 500) })
    return
  }
  covered.add(`${name} ${res.status}`)
  const at = ['paths', path, method, 'responses', String(res.status)]
  const problems: string[] = []
  if (response.content === undefined) {
    if (res.body !== '') problems.push('a body where the document declares none')
  } else {
    const type = String(res.headers['content-type'] ?? '').split(';')[0]!.trim()
    if (!(type in response.content)) {
      problems.push(`content type ${type || 'none'} is not one of ${Object.keys(response.content).join(', ')}`)
    } else {
      const body = /[/+]json$/.test(type) ? JSON.parse(res.body) : res.body
      if (!validate([...at, 'content', type, 'schema'], body)) problems.push(`body: ${ajv.errorsText(ajv.errors)}`)
    }
  }
  const declared = new Map<string, { schemaAt: Array<string | number>, required: boolean }>()
  for (const [headerName, spec] of Object.entries<Json>(response.headers ?? {})) {
    const component = spec.$ref ? spec.$ref.replace('#/components/headers/', '') : undefined
    const header = component ? doc.components.headers[component] : spec
    const schemaAt = component ? ['components', 'headers', component, 'schema'] : [...at, 'headers', headerName, 'schema']
    declared.set(headerName.toLowerCase(), { schemaAt, required: header.required === true })
  }
  for (const [headerName, value] of Object.entries(res.headers)) {
    if (TRANSPORT.has(headerName)) continue
    const spec = declared.get(headerName)
    if (!spec) {
      problems.push(`header ${headerName} is sent but not declared`)
      continue
    }
    const schema = ajv.getSchema(`openapi.json#/${pointer(spec.schemaAt)}`)!.schema as Json
    const text = String(value)
    const typed = schema.type === 'integer' && /^\d+$/.test(text) ? Number(text) : text
    if (!validate(spec.schemaAt, typed)) problems.push(`header ${headerName}: ${JSON.stringify(text)} ${ajv.errorsText(ajv.errors)}`)
  }
  for (const [headerName, spec] of declared) {
    if (spec.required && res.headers[headerName] === undefined) problems.push(`required header ${headerName} is missing`)
  }
  t.same(problems, [], `${label} matches the document`)
}

const pathParameter = (op: Json, name: string) => op.parameters.find((p: Json) => p.in === 'path' && p.name === name)

/** The path with its parameters' examples; `missing` replaces the first one, for a 404. */
function examplePath ({ path, op }: Operation, missing?: string): string {
  let first = true
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = first && missing !== undefined ? missing : String(pathParameter(op, name).example)
    first = false
    return encodeURIComponent(value)
  })
}

/** The path and a query of every query parameter's example: the request the document shows. */
function exampleUrl (operation: Operation, extra: Record<string, string> = {}, missing?: string): string {
  const query = new URLSearchParams()
  for (const p of (operation.op.parameters ?? []).filter((p: Json) => p.in === 'query' && 'example' in p)) {
    for (const value of [p.example].flat()) query.append(p.name, String(value))
  }
  for (const [key, value] of Object.entries(extra)) query.set(key, value)
  const path = examplePath(operation, missing)
  return query.size > 0 ? `${path}?${query}` : path
}

const component = (schema: Json) => (schema?.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : undefined)

/** The request body the document shows, and its type. */
function exampleBody ({ op }: Operation): { type: string, payload: string } | undefined {
  const [type, media] = Object.entries<Json>(op.requestBody?.content ?? {})[0] ?? []
  if (!type) return undefined
  const example = 'example' in media ? media.example : media.schema?.examples?.[0] ?? component(media.schema)?.examples?.[0]
  return { type, payload: typeof example === 'string' ? example : JSON.stringify(example) }
}

const exampleHeaders = ({ op }: Operation): Record<string, string> =>
  Object.fromEntries((op.parameters ?? []).filter((p: Json) => p.in === 'header' && 'example' in p).map((p: Json) => [p.name, String(p.example)]))

/** The same request body with one text changed: the same Idempotency-Key sent with it is another request. */
const changed = (payload: string) => payload.replace(/"(name|title|summary|text|label|publisher)":"/, '"$1":"Changed: ')

/** A record given whole, with the id of one that exists: a conflict. */
const takenOrganization = { id: demoIds.organization, name: 'Another name', kind: 'intergovernmental' }
const withParty = (body: Json, organization: unknown) => ({ ...body, parties: [{ ...body.parties[0], organization }, ...body.parties.slice(1)] })

/** Bodies that provoke the refusals no generic variation of the example does: 409 and 422 of each write. */
const REFUSALS: Record<string, Array<[number, (example: Json) => Json]>> = {
  patchMeeting: [[409, () => ({ parties: [{ organization: takenOrganization, role: 'participant' }] })], [422, () => ({ end_date: '2020-01-01' })]],
  replaceMeeting: [[409, (body) => withParty(body, takenOrganization)], [422, (body) => withParty(body, 'nowhere')]],
  patchProposal: [[409, () => ({ by: takenOrganization })], [422, () => ({ by: 'nowhere' })]],
  addProposal: [[409, (body) => ({ ...body, id: proposalId(1) })]],
  createPerson: [[409, (body) => ({ ...body, id: demoIds.person })]],
  createOrganization: [[409, (body) => ({ ...body, id: demoIds.state })]],
  patchOrganization: [[422, () => ({ parent_id: 'nowhere' })]],
  patchTheme: [[422, () => ({ parent_id: 'nowhere' })]],
  createSource: [[409, (body) => ({ ...body, id: demoIds.source })]],
  addParty: [[409, () => ({ organization: demoIds.organization, role: 'participant' })]],
  addParticipant: [[409, (body) => ({ ...body, person: { id: demoIds.person, name: 'Another Name' } })]],
  patchParticipant: [[409, () => ({ person: { id: demoIds.person, name: 'Another Name' } })], [422, () => ({ person: 'nowhere' })]],
  addStatement: [[409, (body) => ({ ...body, by: takenOrganization })]],
  patchStatement: [[409, () => ({ by: takenOrganization })], [422, () => ({ by: 'nowhere' })]]
}

const unconditionalOf = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'if-match'))

const UNKNOWN_KEY = { authorization: `Bearer pk_${'a'.repeat(32)}` }
const METRICS_KEY = 'scrape-me-0123456789'
/**
 * Rate limiting on, as in production, so that its headers are on every answer (its limit too high to be reached
 * here), and CORS for the origin every request below comes from.
 */
const ORIGIN = 'https://app.example.org'
const LIMITED = { rateLimitMax: 1_000_000, metricsKey: METRICS_KEY, corsOrigins: [ORIGIN] }

async function build (t: Test, overrides: Partial<Config> = {}): Promise<App> {
  const app = buildApp(testConfig({ ...LIMITED, ...overrides }), { logger: false })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

interface Request { method?: string, url: string, headers?: Record<string, string>, payload?: string }

/** The request the document shows for an operation, with the key it needs. */
function exampleRequest (operation: Operation, auth: Record<string, string>): Request {
  const body = exampleBody(operation)
  const own: Record<string, string> = operation.path === '/metrics' ? { authorization: `Bearer ${METRICS_KEY}` } : {}
  return {
    method: operation.method.toUpperCase(),
    url: exampleUrl(operation),
    headers: { origin: ORIGIN, ...auth, ...own, ...exampleHeaders(operation), ...(body ? { 'content-type': body.type } : {}) },
    ...(body ? { payload: body.payload } : {})
  }
}

async function send (t: Test, app: App, operation: Operation, request: Request, what: string): Promise<Answer> {
  const res = await app.inject({ ...request, method: (request.method ?? 'GET') as 'GET' })
  const answer = { status: res.statusCode, headers: res.headers as Answer['headers'], body: res.body }
  check(t, operation, answer, what)
  return answer
}

t.test('reads: success in each content type, 304, a page with a next link, 400, 401, 404 and 410', async (t) => {
  const app = await build(t)
  for (const operation of reads) {
    const base = exampleRequest(operation, {})
    for (const type of Object.keys(operation.op.responses['200'].content)) {
      const ok = await send(t, app, operation, { ...base, headers: { ...base.headers, accept: type } }, `as ${type}`)
      t.equal(ok.status, 200, `${operation.name} answers its example request as ${type}`)
      if (operation.op.responses['304'] && typeof ok.headers.etag === 'string') {
        const again = await send(t, app, operation, { ...base, headers: { ...base.headers, accept: type, 'if-none-match': ok.headers.etag } }, 'revalidated')
        t.equal(again.status, 304, `${operation.name} as ${type} revalidates`)
      }
    }
    if (operation.op.parameters?.some((p: Json) => p.in === 'query' && p.name === 'limit')) {
      await send(t, app, operation, { ...base, url: exampleUrl(operation, { limit: '1' }) }, 'a page of one')
    }
    await send(t, app, operation, { ...base, url: exampleUrl(operation, { colour: 'blue' }) }, 'with an unknown parameter')
    if (operation.path !== '/metrics') await send(t, app, operation, { ...base, headers: { ...base.headers, ...UNKNOWN_KEY } }, 'with an unknown key')
    else await send(t, app, operation, { url: operation.path }, 'without its key')
    if (operation.path.includes('{')) await send(t, app, operation, { ...base, url: exampleUrl(operation, {}, 'no-such-record') }, 'of a missing record')
  }
  // A deleted meeting is gone, with a link to its last revision.
  const { auth } = makeKey(app)
  const meeting = reads.find((o) => o.path === '/v1/meetings/{id}')!
  t.equal((await app.inject({ method: 'DELETE', url: examplePath(meeting), headers: auth })).statusCode, 204)
  t.equal((await send(t, app, meeting, { url: examplePath(meeting) }, 'once deleted')).status, 410)
})

t.test('writes: success, a replay, 400, 401, 403, 404, 409, 412, 413, 415 and 422', async (t) => {
  for (const operation of writes) {
    const { path, method, op } = operation
    // The example of a new meeting is the demo record itself, so it is created where the demo is not loaded.
    const app = await build(t, { loadDemo: op.operationId !== 'createMeeting' })
    const writer = makeKey(app).auth
    const reader = makeKey(app, ['read'], 'reader').auth
    const base = exampleRequest(operation, writer)
    const headers = base.headers!
    await send(t, app, operation, { ...base, url: exampleUrl(operation, { colour: 'blue' }) }, 'with an unknown parameter')
    const anonymous = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'authorization'))
    await send(t, app, operation, { ...base, headers: anonymous }, 'without a key')
    await send(t, app, operation, { ...base, headers: { ...headers, ...UNKNOWN_KEY } }, 'with an unknown key')
    await send(t, app, operation, { ...base, headers: { ...headers, ...reader } }, 'with a read-only key')
    if (path.includes('{')) await send(t, app, operation, { ...base, url: exampleUrl(operation, {}, 'no-such-record') }, 'of a missing record')
    if (op.responses['412']) await send(t, app, operation, { ...base, headers: { ...headers, 'if-match': '"999"' } }, 'with a stale If-Match')
    const limit = path === '/v1/import' ? 50 * 1024 * 1024 : 1024 * 1024
    await send(t, app, operation, { ...base, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'x'.repeat(limit) }) }, 'with a body too large')
    await send(t, app, operation, { ...base, headers: { ...headers, 'content-type': 'application/xml' }, payload: '<meeting/>' }, 'as XML')

    const idempotent: Record<string, string> = method === 'post' ? { 'idempotency-key': `contract-${op.operationId}` } : {}
    let ok = await send(t, app, operation, { ...base, headers: { ...headers, ...idempotent } }, 'as its example')
    const create = operations.find((o) => o.path === path.replace(/\/\{id\}$/, '') && o.method === 'post')
    if (ok.status === 409 && method === 'delete' && create) {
      // The example names a record the demo meeting still uses: a new one is deleted instead.
      const made = await app.inject({ ...exampleRequest(create, writer), method: 'POST' })
      ok = await send(t, app, operation, { ...base, url: String(made.headers.location) }, 'of an unused record')
    }
    if (ok.status === 409 && op.operationId === 'unlinkMeetingSource') {
      // The example's source is cited by the demo's proposals: a new one is cited and unlinked instead.
      const made = await app.inject({ method: 'POST', url: '/v1/sources', headers: writer, payload: { publisher: 'Another publisher' } })
      const url = base.url.replace(demoIds.source, made.json().id)
      t.equal((await app.inject({ method: 'PUT', url, headers: writer })).statusCode, 200)
      ok = await send(t, app, operation, { ...base, url, headers: unconditionalOf(headers) }, 'of an uncited source')
    }
    t.ok(ok.status >= 200 && ok.status < 300, `${operation.name} succeeds with its example: ${ok.body.slice(0, 300)}`)
    if (method === 'post') {
      const replay = await send(t, app, operation, { ...base, headers: { ...headers, ...idempotent } }, 'replayed')
      t.equal(replay.headers['idempotent-replayed'], 'true', `${operation.name} replays`)
      if (base.payload !== undefined && changed(base.payload) !== base.payload) {
        await send(t, app, operation, { ...base, headers: { ...headers, ...idempotent }, payload: changed(base.payload) }, 'reusing its Idempotency-Key')
      }
    }
    for (const [status, body] of REFUSALS[op.operationId] ?? []) {
      const res = await send(t, app, operation, { ...base, headers: unconditionalOf(headers), payload: JSON.stringify(body(JSON.parse(base.payload!))) }, `refused with ${status}`)
      t.equal(res.status, status, `${operation.name} can answer ${status}: ${res.body.slice(0, 200)}`)
    }
    if (op.operationId === 'importMeetings') {
      const line = withParty(JSON.parse(base.payload!), takenOrganization)
      const res = await send(t, app, operation, { ...base, payload: JSON.stringify(line) + '\n' }, 'naming a taken id')
      t.equal(res.status, 409, `${operation.name} can answer 409`)
    }
    // Once more, without If-Match: the record or link is there already.
    await send(t, app, operation, { ...base, headers: unconditionalOf(headers) }, 'again')
  }
})

t.test('writes without If-Match where it is required: 428', async (t) => {
  const app = await build(t, { requireIfMatch: true })
  const { auth } = makeKey(app)
  for (const operation of writes.filter((o) => o.op.responses['428'])) {
    const { 'if-match': _, ...headers } = exampleRequest(operation, auth).headers!
    const res = await send(t, app, operation, { ...exampleRequest(operation, auth), headers }, 'without If-Match')
    t.equal(res.status, 428, `${operation.name} requires If-Match`)
  }
})

t.test('every operation but the probes is rate limited: 429', async (t) => {
  const app = await build(t, { rateLimitMax: 1 })
  const { auth } = makeKey(app)
  await app.inject('/v1/themes')
  for (const operation of operations) {
    const res = await send(t, app, operation, exampleRequest(operation, auth), 'over the rate limit')
    if (operation.op.responses['429']) t.equal(res.status, 429, `${operation.name} is limited`)
  }
})

t.test('while shutting down, every operation but /healthz and /metrics answers 503', async (t) => {
  const app = buildApp(testConfig(LIMITED), { logger: false })
  let auth: Record<string, string> = {}
  let answers: Array<[Operation, Answer]> = []
  // Registered after the security plugin, so this runs once it refuses new work and before the server closes.
  app.register(fp(async (instance) => {
    instance.addHook('preClose', async () => {
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
      answers = await Promise.all(operations.map(async (operation): Promise<[Operation, Answer]> => {
        const request = exampleRequest(operation, auth)
        const res = await fetch(base + request.url, { method: request.method, headers: request.headers, body: request.payload })
        return [operation, { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() }]
      }))
    })
  }))
  await app.ready()
  auth = makeKey(app).auth
  await app.listen({ port: 0, host: '127.0.0.1' })
  await app.close()
  t.equal(answers.length, operations.length)
  for (const [operation, res] of answers) {
    check(t, operation, res, 'while shutting down')
    if (operation.op.responses['503']) t.equal(res.status, 503, `${operation.name} is refused`)
  }
})

t.test('the requests above provoke every status the document declares', async (t) => {
  const declared = operations.flatMap(({ name, op }) => Object.keys(op.responses).map((status) => `${name} ${status}`))
  // A 500 is a fault of Parley's: no request may provoke one, and none of these did.
  const missing = declared.filter((pair) => !covered.has(pair) && !pair.endsWith(' 500'))
  t.comment(`${covered.size} of ${declared.length} operation and status pairs answered and checked`)
  t.same(missing, [], 'every declared status was answered')
})
