// The OpenAPI 3.1 document, generated from the routes' TypeBox schemas, and Swagger UI at /docs.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import swagger, { type SwaggerTransform } from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from '../config.js'
import { packageRoot } from '../db/open.js'
import { swaggerUiOptions } from './swagger-ui.js'
import { describeWire } from './openapi-wire.js'

const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }

/** The introduction; `base` is this server's public URL, or empty for links relative to it. */
const introduction = (base: string) => `Parley serves structured records of diplomatic meetings: who met whom, when, where or by what format,
the people who took part and the title each held that day, what each side proposed and said, the themes, and the sources
every fact came from.

**Start here.** Open *meetings*, choose \`GET /v1/meetings\`, press **Try it out**, type \`TM\` into \`party\` and press
**Execute**. [The answer](${base}/v1/meetings?party=TM) holds the demo record, the March 2021 videoconference between
Turkmenistan's foreign minister and the OSCE Secretary-General; \`GET /v1/meetings/{id}\` with its id
[\`2021-03-18-turkmenistan-osce\`](${base}/v1/meetings/2021-03-18-turkmenistan-osce) shows everything Parley knows about it.

### Data model

- **Meeting**: a title, a summary, a start and end date, a format (in person, videoconference, phone call, hybrid, written),
  a status (held, planned, cancelled) and a place. Its id is readable and stable:
  [\`2021-03-18-turkmenistan-osce\`](${base}/v1/meetings/2021-03-18-turkmenistan-osce).
- **Party**: a state or organization that took part, and as what: host, guest, participant, observer or mediator. Two parties
  make a meeting bilateral, more make it multilateral.
- **Participant**: a person at a meeting, the organization they represented, the title they held *that day* ("Minister of
  Foreign Affairs") and their role (head of delegation, delegate, host, observer, chair).
- **Proposal**: what a party, and perhaps one of its people, put forward: a summary, a kind (strategy, institution, conference,
  instrument, project, commitment, agreement, other), a status (proposed, under consideration, accepted, rejected,
  implemented), its themes and a short quote.
- **Statement**: what the parties noted, stressed, agreed or discussed, jointly or one of them alone.
- **Theme**: a subject in a hierarchy ([\`security\`](${base}/v1/themes/security) > [\`terrorism\`](${base}/v1/themes/terrorism)).
  A filter on a theme includes the themes below it.
- **Source**: a publication that facts came from, with its chain of attribution (\`via\`): the demo record's
  [source](${base}/v1/sources/trend-2021-03-18-turkmenistan-osce) is an article by one news agency citing another.

Persons and organizations (states, intergovernmental organizations, ministries, agencies) are records of their own, shared by
every meeting that names them.

### Filters, search and includes

Every filter is a query parameter, and a record must match all of them. \`party\` may be repeated (every party named must have
attended) and takes an organization id or an ISO 3166 alpha-2 code such as \`TM\`, which also matches that state's ministries and
agencies. Dates are ISO 8601 and may be partial: \`2021\`, \`2021-03\`, \`2021-03-18\`; \`from\` and \`to\` select meetings any of
whose days fall in the range. \`q\` searches the full text: plain words match as words, and SQLite FTS5 syntax (\`"green ports"\`,
\`energ*\`, \`OR\`, \`NOT\`, \`NEAR\`) works too; each result then carries \`match.snippet\`, the best passage with the matches in
\`<mark>\`. \`include=participants,proposals\` embeds related records in each result, so one request is enough. A parameter Parley
does not know is an error, never silently ignored.

### Pages

Lists are paged with keyset cursors: \`limit\` is 20 by default and 100 at most, and each page has \`next_cursor\` (null on the last
page) and a \`Link: <...>; rel="next"\` header with the same link. Send \`cursor\` with the same filters to get the next page;
pages neither skip nor repeat records when others are added meanwhile.

### Errors

Errors are RFC 9457 problem details (\`application/problem+json\`) with a stable, machine-readable \`code\` and the \`request_id\`
(also sent as \`x-request-id\`). For an invalid request, \`errors\` lists each offending value, where it was sent and a JSON
pointer to it: \`{"in": "query", "pointer": "/limit", "message": "must be <= 100"}\`.

### Caching and versions

Every read carries an \`ETag\`; send it back in \`If-None-Match\` to get 304 Not Modified. Every record has a \`version\` that its
\`ETag\` names: send it in \`If-Match\`, and a change to a record that changed since gets 412 and changes nothing.

### Authentication and writing

Reads are public. Writes need an API key with the \`write\` scope (\`admin\` includes \`write\`), made on the server with
\`parley keys create --name curator --scope write\` and shown once. Here, press **Authorize**, paste the key (\`pk_...\`, without
"Bearer") and the writes below send it as \`Authorization: Bearer pk_...\`. No key is 401; a key without the scope is 403.
A meeting is created whole, with its parties, participants, proposals, themes and sources, in one request. A \`POST\` with
\`Idempotency-Key\` can be retried safely: a retry within 24 hours gets the first answer again. Every write is kept as a
revision (before, after, which key, when), and \`GET /v1/changes\` lists them all in commit order.`

export const TAGS = [
  { name: 'meetings', description: 'Meetings, the heart of Parley: list and search them, read one with everything embedded, create one whole, change its parts, and read its revisions.' },
  { name: 'proposals', description: 'What the parties put forward, across all meetings, with each proposal\'s kind, status and themes. New proposals are added to their meeting.' },
  { name: 'persons', description: 'People who took part in meetings, under every spelling of their names, and the meetings each attended.' },
  { name: 'organizations', description: 'States, intergovernmental organizations, ministries, agencies and NGOs, and the meetings each took part in.' },
  { name: 'themes', description: 'The hierarchy of subjects that meetings and proposals are filed under, with meeting counts.' },
  { name: 'sources', description: 'Publications that facts were taken from, with their chain of attribution.' },
  { name: 'search', description: 'One full-text search across meetings, proposals, persons and organizations.' },
  { name: 'changes', description: 'Every create, update and delete in commit order, for mirroring Parley incrementally.' },
  { name: 'overview', description: 'Where to start: a page for browsers, and links to every collection for programs.' },
  { name: 'operations', description: 'Health checks for load balancers and container orchestrators.' }
]

export type SwaggerOptions = Pick<Config, 'publicUrl' | 'readsRequireKey'>

/**
 * Gives each documented route that declares no `security` of its own (the writes declare theirs) what it needs:
 * nothing for a public read, said as `security: []` so that Swagger UI shows no padlock and sends no key; a read key
 * under /v1 when the server requires one for reads; the metrics key for /metrics.
 */
function declareSecurity (readsRequireKey: boolean): SwaggerTransform {
  return function securityOfRoute ({ schema, url, route }) {
    const own = schema as { hide?: boolean, security?: unknown } | undefined
    if (!own || own.hide || own.security) return { schema, url }
    const security = route.config?.ownToken
      ? [{ metricsKey: [] }]
      : readsRequireKey && url.startsWith('/v1/') ? [{ bearerAuth: [] }] : []
    return { schema: { ...schema, security } as typeof schema, url }
  }
}

async function openapi (app: FastifyInstance, options: SwaggerOptions) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Parley',
        version,
        description: introduction(options.publicUrl),
        license: { name: 'MIT', identifier: 'MIT' }
      },
      // x-internal: false says the API is meant to be reached from outside (OWASP API9, inventory).
      servers: [{
        url: options.publicUrl || '/',
        description: options.publicUrl ? 'This server (production)' : 'This server, wherever it runs (local or production)',
        'x-internal': false
      } as { url: string, description: string }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key made with `parley keys create`, sent as `Authorization: Bearer pk_...`. Writes need the `write` scope.'
          },
          metricsKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'The `METRICS_KEY` the server was started with, sent as `Authorization: Bearer <key>`. Only `/metrics` takes it.'
          }
        }
      }
    },
    transform: declareSecurity(options.readsRequireKey),
    // Headers, problem+json and examples of every response: see openapi-wire.ts.
    transformObject: (document) => describeWire('openapiObject' in document ? document.openapiObject : document.swaggerObject),
    refResolver: {
      // Components keep the names of their $id instead of def-0, def-1, ...
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`)
    }
  })
  await app.register(swaggerUi, swaggerUiOptions(`${options.publicUrl}/openapi.json`))
  app.get('/openapi.json', { schema: { hide: true } }, async function openapiDocument () {
    return app.swagger()
  })
}

export default fp(openapi, { name: 'openapi' })
