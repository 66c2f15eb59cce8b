// The OpenAPI 3.1 document, generated from the routes' TypeBox schemas, and Swagger UI at /docs.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../db/open.js'

const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }

const description = `Parley serves structured records of diplomatic meetings: who met whom, when, where or by what format,
what each side proposed and said, on which themes, and the sources every fact came from.

**Data model.** A *meeting* has *parties* (the states and organizations that took part, as host, guest, participant,
observer or mediator) and *participants* (a person, the organization they represented and the title they held that day).
*Proposals* are what a party put forward, with a kind (strategy, institution, conference, ...) and a status.
*Statements* are what the parties noted, stressed, agreed or discussed, jointly or alone. *Themes* form a hierarchy;
a filter on a theme includes the themes below it. *Sources* record where facts came from, with the chain of attribution.

**Lists** are filtered with query parameters and paged with keyset cursors: each page has \`next_cursor\` (null on the
last page) and a \`Link: <...>; rel="next"\` header. \`limit\` is 20 by default and 100 at most. \`include\` embeds related
records in the same response.

**Dates** are ISO 8601 and may be partial: \`2021\`, \`2021-03\`, \`2021-03-18\`. \`from\`/\`to\` match meetings any of whose days
fall in the range.

**Errors** are RFC 9457 problem details (\`application/problem+json\`) with a machine-readable \`code\`; for invalid requests,
\`errors\` lists each offending value with a JSON pointer (\`/limit\` for a query parameter). Unknown query parameters are
rejected, not ignored.

**Caching.** Every read carries an \`ETag\`; send it back in \`If-None-Match\` to get 304 Not Modified.

**Writes** need an API key with the \`write\` scope (\`Authorization: Bearer pk_...\`); reads are public. Every record has a
\`version\` and its \`ETag\` names it: send it in \`If-Match\` and a write to a record that changed since gets 412 and changes
nothing. POSTs honour \`Idempotency-Key\`: a retry within 24 hours gets the first answer again. Every write is kept as a
revision (before, after, which key, when), and \`GET /v1/changes\` lists them all in commit order.`

export const TAGS = [
  { name: 'meetings', description: 'Meetings with their parties, participants, proposals, statements, themes and sources.' },
  { name: 'proposals', description: 'What the parties put forward, across all meetings.' },
  { name: 'persons', description: 'People who took part in meetings.' },
  { name: 'organizations', description: 'States, intergovernmental organizations, ministries, agencies and NGOs.' },
  { name: 'themes', description: 'The hierarchy of subjects meetings and proposals are filed under.' },
  { name: 'sources', description: 'Publications that facts were taken from.' },
  { name: 'changes', description: 'Every write in commit order, for mirroring Parley incrementally.' },
  { name: 'operations', description: 'Health checks for load balancers and orchestrators.' }
]

export interface SwaggerOptions {
  publicUrl: string
}

async function openapi (app: FastifyInstance, options: SwaggerOptions) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Parley',
        version,
        description,
        license: { name: 'MIT', identifier: 'MIT' }
      },
      servers: [{ url: options.publicUrl || '/', description: 'This server' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key made with `parley keys create`, sent as `Authorization: Bearer pk_...`. Writes need the `write` scope.'
          }
        }
      }
    },
    refResolver: {
      // Components keep the names of their $id instead of def-0, def-1, ...
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`)
    }
  })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 1 }
  })
  app.get('/openapi.json', { schema: { hide: true } }, async function openapiDocument () {
    return app.swagger()
  })
}

export default fp(openapi, { name: 'openapi' })
