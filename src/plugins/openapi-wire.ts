// What Parley puts on the wire, written into the generated OpenAPI document: errors as problem+json with an
// example of their own status, the response headers the plugins send, security and success examples of each
// operation. Route schemas say what a route returns; this says what every response carries besides.
// test/contract.test.ts sends requests to every operation and checks the answers against the result.
import { PROBES } from './security.js'
import { problemType, TITLES } from './errors.js'

type Json = any

const header = (description: string, schema: Json, required = true) => ({ description, required, schema })

const RATE_LIMIT_NOTE = 'Sent while rate limiting is on (RATE_LIMIT_MAX > 0, the default).'

/** Every header Parley sends, as components; responses name them with `$ref`. */
export const HEADERS: Record<string, Json> = {
  'X-Request-Id': header('The id of this request (the caller\'s own `x-request-id` when it is safe to log, a UUID otherwise); quote it when reporting a problem.',
    { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$', examples: ['5f0c6d2e-8b1a-4c3e-9f4d-2a7b1e6c9d30'] }),
  ETag: header('An entity tag of this answer: a record\'s version (`"3"`, or `"3-parties"` for part of it), the state of the database for a list (`W/"..."`), ' +
    'or a hash of the body. Send it in `If-None-Match` to get 304 while it is unchanged; a record\'s in `If-Match` to change that version only.',
  { type: 'string', pattern: '^(W/)?"[^"]*"$', examples: ['"1"'] }, false),
  'Cache-Control': header('How long the answer may be reused: reads of `/v1` are `public, max-age=60` (CACHE_MAX_AGE; `private` when reads need a key; ' +
    '`no-cache` for the change feed), everything else `no-store`.', { type: 'string', examples: ['public, max-age=60'] }),
  Link: header('RFC 8288 links: the next page of a list (`rel="next"`, absent on the last page), or the last revision of a deleted record (`rel="latest-version"`).',
    { type: 'string', pattern: '^<[^>]*>; rel="[a-z-]+"$', examples: ['</v1/meetings?cursor=eyJkIjoiMjAyMS0wMy0xOCJ9>; rel="next"'] }, false),
  Location: header('The path of the record created.', { type: 'string', format: 'uri-reference', examples: ['/v1/persons/rashid-meredov'] }),
  'Idempotent-Replayed': header('`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`; nothing was written again.',
    { type: 'string', enum: ['true'] }, false),
  'Retry-After': header('Seconds to wait before trying again.', { type: 'integer', minimum: 0, maximum: 86400, examples: [5] }),
  'WWW-Authenticate': header('RFC 6750 challenge: which key is needed, and why the one sent was refused.',
    { type: 'string', pattern: '^Bearer realm="parley"', examples: ['Bearer realm="parley", error="invalid_token", error_description="The API key is not known."'] }),
  'Content-Disposition': header('The file name an export or feed is saved under (`inline`: it may be shown too). Sent with CSV, NDJSON and iCalendar answers.',
    { type: 'string', pattern: '^inline; filename="[a-z.]+"$', examples: ['inline; filename="meetings.csv"'] }, false),
  'X-RateLimit-Limit': header(`Requests a client may make per window. ${RATE_LIMIT_NOTE}`, { type: 'integer', minimum: 1, examples: [600] }, false),
  'X-RateLimit-Remaining': header(`Requests this client has left in the window. ${RATE_LIMIT_NOTE}`, { type: 'integer', minimum: 0, examples: [599] }, false),
  'X-RateLimit-Reset': header(`Seconds until the window starts again. ${RATE_LIMIT_NOTE}`, { type: 'integer', minimum: 0, examples: [60] }, false),
  'Access-Control-Allow-Origin': header('The origin whose pages may read the answer: sent when CORS_ORIGINS names the request\'s `Origin` (or is `*`).',
    { type: 'string', maxLength: 2000, examples: ['https://app.example.org'] }, false),
  'Access-Control-Expose-Headers': header('The headers a page on an allowed origin may read; sent with Access-Control-Allow-Origin.',
    { type: 'string', maxLength: 1000, examples: ['etag,link,location,retry-after,x-request-id'] }, false),
  Vary: header('The answer depends on `Accept` (HTML for browsers, JSON otherwise).', { type: 'string', examples: ['Accept'] }),
  // Security headers (see security.ts): API answers get the few that apply to a response no browser renders as a page.
  'Content-Security-Policy': header('Nothing may load in or frame the answer; pages (the landing page, /docs) allow this server\'s own scripts, styles and images.',
    { type: 'string', examples: ["default-src 'none'; frame-ancestors 'none'"] }),
  'Cross-Origin-Resource-Policy': header('Which origins may embed the answer: this one, or any when CORS_ORIGINS is set.',
    { type: 'string', enum: ['same-origin', 'cross-origin'] }),
  'Referrer-Policy': header('No referrer is sent from here.', { type: 'string', enum: ['no-referrer'] }),
  'Strict-Transport-Security': header('Use HTTPS for this host for a year.', { type: 'string', examples: ['max-age=31536000; includeSubDomains'] }),
  'X-Content-Type-Options': header('No content sniffing.', { type: 'string', enum: ['nosniff'] }),
  'X-Frame-Options': header('No framing.', { type: 'string', enum: ['DENY'] }),
  // Pages only: the rest of helmet's defaults.
  'Cross-Origin-Opener-Policy': header('Pages: same-origin.', { type: 'string', enum: ['same-origin'] }),
  'Origin-Agent-Cluster': header('Pages: an origin-keyed agent cluster.', { type: 'string', enum: ['?1'] }),
  'X-DNS-Prefetch-Control': header('Pages: no DNS prefetching.', { type: 'string', enum: ['off'] }),
  'X-Download-Options': header('Pages: downloads are not opened in the site\'s context.', { type: 'string', enum: ['noopen'] }),
  'X-Permitted-Cross-Domain-Policies': header('Pages: no cross-domain policy files.', { type: 'string', enum: ['none'] }),
  'X-XSS-Protection': header('Pages: the legacy XSS auditor is off.', { type: 'string', enum: ['0'] })
}

const API_SECURITY = ['Content-Security-Policy', 'Cross-Origin-Resource-Policy', 'Referrer-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options']
const PAGE_SECURITY = [...API_SECURITY, 'Cross-Origin-Opener-Policy', 'Origin-Agent-Cluster', 'X-DNS-Prefetch-Control', 'X-Download-Options',
  'X-Permitted-Cross-Domain-Policies', 'X-XSS-Protection']
const CORS = ['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers']
const RATE_LIMIT = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']
const EXPORT_TYPES = ['text/csv', 'application/x-ndjson', 'text/calendar']

/** What each error status means, as its response's description. */
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: a parameter, header or body value is not what this operation takes, or is not known to it. `errors` names each one.',
  401: 'Unauthorized: this needs an API key and none was sent, or the key sent is malformed, unknown or revoked.',
  403: 'Forbidden: the API key lacks the scope this needs.',
  404: 'Not found: no record has this id.',
  406: 'Not acceptable: none of the types in `Accept` can be given.',
  409: 'Conflict: the id is taken, a link already exists, or the record is still used by others.',
  410: 'Gone: the record was deleted; `Link` names its last revision.',
  412: 'Precondition failed: `If-Match` names a version that is no longer current. Nothing was changed.',
  413: 'Payload too large: the body is over the server\'s limit (BODY_LIMIT).',
  415: 'Unsupported media type: the body is not sent as a type this operation reads.',
  422: 'Unprocessable: the request is well formed but names records that do not exist, breaks a rule between fields, or reuses an `Idempotency-Key` for another request.',
  428: 'Precondition required: this server requires `If-Match` on changes (REQUIRE_IF_MATCH).',
  429: 'Too many requests from this client in the window; `Retry-After` says when to try again.',
  500: 'Internal error: a fault in Parley, not in the request; it was logged with the request id. No client input should cause one.',
  503: 'Service unavailable: the server is shutting down or overloaded, or the database is busy or gone. `Retry-After` says when to try again.'
}

const NOUNS: Record<string, string> = {
  meetings: 'Meeting', proposals: 'Proposal', persons: 'Person', organizations: 'Organization', themes: 'Theme', sources: 'Source'
}

interface Operation { path: string, method: string, op: Json }

/** The path of an operation with its parameters' examples filled in. */
function examplePath ({ path, op }: Operation): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const parameter = (op.parameters ?? []).find((p: Json) => p.in === 'path' && p.name === name)
    return String(parameter?.example ?? parameter?.schema?.examples?.[0] ?? name)
  })
}

/** A problem of this status as this operation would answer it. */
function problemExample (status: number, operation: Operation): Json {
  const { path, method } = operation
  const write = method !== 'get'
  const collection = path.split('/')[2] ?? ''
  const noun = NOUNS[collection] ?? 'Record'
  let instance = examplePath(operation)
  const code = (name: string, detail: string, extra: Json = {}) => ({ code: name, detail, ...extra })
  const cases: Record<number, () => Json> = {
    400: () => code('PARLEY_INVALID_REQUEST', 'query /colour is not a known parameter', { errors: [{ in: 'query', pointer: '/colour', message: 'is not a known parameter' }] }),
    401: () => path === '/metrics'
      ? code('PARLEY_UNAUTHORIZED', 'This needs the metrics key (METRICS_KEY), sent as Authorization: Bearer <key>.')
      : write
        ? code('PARLEY_UNAUTHORIZED', 'This needs an API key with the write scope, sent as Authorization: Bearer <key>.')
        : code('PARLEY_UNAUTHORIZED', 'The API key is not known.'),
    403: () => code('PARLEY_FORBIDDEN', 'This needs an API key with the write scope.'),
    404: () => {
      instance = instance.replace(/^(\/v1\/[a-z]+\/)[^/]+/, '$1no-such-record')
      return code('PARLEY_NOT_FOUND', `${noun} no-such-record was not found`)
    },
    406: () => code('PARLEY_NOT_ACCEPTABLE', 'None of the types in Accept can be given'),
    409: () => method === 'delete'
      ? code('PARLEY_CONFLICT', `${noun} ${instance.split('/')[3]} is still used by meetings; remove those links first`)
      : code('PARLEY_CONFLICT', `A ${noun.toLowerCase()} with the id "${instance.split('/')[3] ?? 'rashid-meredov'}" already exists`),
    410: () => code('PARLEY_GONE', `${noun} ${instance.split('/')[3]} was deleted`),
    412: () => code('PARLEY_PRECONDITION_FAILED', `If-Match does not match the current version of this ${noun.toLowerCase()} (now "2"); read it again and retry`),
    413: () => code('FST_ERR_CTP_BODY_TOO_LARGE', 'Request body is too large'),
    415: () => code('FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported Media Type: application/xml'),
    422: () => method === 'post'
      ? code('PARLEY_IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request; use a new key for a new request')
      : code('PARLEY_UNPROCESSABLE', '/organization: no organization has the id "nowhere"', { errors: [{ in: 'body', pointer: '/organization', message: 'no organization has the id "nowhere"' }] }),
    428: () => code('PARLEY_PRECONDITION_REQUIRED', 'Writes to this server must send If-Match with the ETag of the version they change'),
    429: () => code('PARLEY_RATE_LIMITED', 'More than 600 requests in 60 seconds from this client; retry in 42 seconds.'),
    500: () => code('PARLEY_INTERNAL', 'The server could not complete this request; it has been logged.'),
    503: () => path === '/readyz'
      ? code('PARLEY_NOT_READY', 'The database is not answering.')
      : write
        ? code('PARLEY_DATABASE_BUSY', 'The database is busy (another process holds the write lock); retry shortly')
        : code('PARLEY_SHUTTING_DOWN', 'The server is shutting down; retry on another instance or in a few seconds.')
  }
  const { code: problemCode, detail, errors } = (cases[status] ?? (() => code('PARLEY_CLIENT_ERROR', 'The request could not be answered')))()
  return {
    type: problemType(problemCode, status),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance,
    code: problemCode,
    request_id: '5f0c6d2e-8b1a-4c3e-9f4d-2a7b1e6c9d30',
    ...(errors ? { errors } : {})
  }
}

/** The headers a response of this operation and status carries: their names, each one required or not there. */
function responseHeaders ({ path, method, op }: Operation, status: number, response: Json): string[] {
  const names = ['X-Request-Id', ...(path === '/' ? PAGE_SECURITY : API_SECURITY), ...CORS]
  const read = method === 'get'
  // Every answer with a body gets an ETag (@fastify/etag hashes what others do not tag), and 304 repeats it.
  if (status !== 204 || !read) names.push('ETag')
  if (!(path === '/' && status === 200)) names.push('Cache-Control')
  if (!PROBES.has(path)) names.push(...RATE_LIMIT)
  const json = response.content?.['application/json']?.schema
  if (status === 200 && read && json?.properties?.next_cursor) names.push('Link')
  if (status === 410) names.push('Link')
  if (status === 201) names.push('Location')
  if (method === 'post' && status < 300) names.push('Idempotent-Replayed')
  if (status === 401 || status === 403) names.push('WWW-Authenticate')
  if (status === 429 || status === 503) names.push('Retry-After')
  const success = op.responses['200'] ?? {}
  if ((status === 200 || status === 304) && Object.keys(success.content ?? {}).some((type) => EXPORT_TYPES.includes(type))) names.push('Content-Disposition')
  if (path === '/' && status === 200) names.push('Vary')
  return names
}

function describeHeaders (operation: Operation, status: number, response: Json): Json {
  const headers: Json = {}
  for (const name of responseHeaders(operation, status, response)) {
    // /readyz answers its own 503 (the database), without Retry-After: a load balancer polls it anyway.
    const sometimes = name === 'Retry-After' && operation.path === '/readyz'
    headers[name] = sometimes ? { ...HEADERS[name], required: false } : { $ref: `#/components/headers/${name}` }
  }
  return headers
}

/** Enums of strings say they are strings, so that tools show `string` rather than any type. */
function typeEnums (node: Json): void {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node.enum) && node.type === undefined && node.enum.every((v: unknown) => typeof v === 'string')) node.type = 'string'
  for (const [key, child] of Object.entries(node)) if (key !== 'example' && key !== 'examples') typeEnums(child)
}

function exampleOf (doc: Json, media: Json): unknown {
  if ('example' in media || media.examples) return undefined
  const schema = media.schema ?? {}
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0]
  const name = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined
  return name ? doc.components.schemas[name]?.examples?.[0] : undefined
}

export function describeWire (openapiObject: Json): Json {
  const doc = structuredClone(openapiObject)
  doc.components.headers = HEADERS
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      const operation = { path, method, op }
      // Public reads need no key (one that is sent is still checked: 401 when it is not valid); writes name the bearer scheme.
      if (path === '/metrics') op.security = [{ metricsKey: [] }]
      else if (method === 'get') op.security = []
      for (const [code, response] of Object.entries<Json>(op.responses)) {
        const status = Number(code)
        if (status >= 400) {
          response.description = ERROR_DESCRIPTIONS[status] ?? response.description
          response.content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example: problemExample(status, operation) } }
        } else {
          for (const media of Object.values<Json>(response.content ?? {})) {
            const example = exampleOf(doc, media)
            if (example !== undefined) media.example = example
          }
        }
        response.headers = describeHeaders(operation, status, response)
      }
    }
  }
  typeEnums(doc.paths)
  typeEnums(doc.components.schemas)
  return doc
}
