// buildApp(config): a ready-to-use Parley instance that never listens; server.ts and the tests both use it.
import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyServerOptions } from 'fastify'
import etag from '@fastify/etag'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { TSchema } from 'typebox'
import type { Config } from './config.js'
import { invalidQuery } from './common/errors.js'
import { sharedSchemas } from './common/schemas.js'
import dbPlugin from './plugins/db.js'
import errorsPlugin from './plugins/errors.js'
import swaggerPlugin from './plugins/swagger.js'
import healthRoutes from './health/routes.js'
import meetingRoutes from './meetings/routes.js'
import { LocationSchema, MeetingSchema, ParticipantSchema, PartySchema, StatementSchema } from './meetings/schemas.js'
import organizationRoutes from './organizations/routes.js'
import { OrganizationSchema, OrganizationSummarySchema } from './organizations/schemas.js'
import personRoutes from './persons/routes.js'
import { PersonSchema, PersonSummarySchema } from './persons/schemas.js'
import proposalRoutes from './proposals/routes.js'
import { MeetingSummarySchema, ProposalSchema } from './proposals/schemas.js'
import sourceRoutes from './sources/routes.js'
import { SourceSchema } from './sources/schemas.js'
import themeRoutes from './themes/routes.js'
import { ThemeDetailSchema, ThemeNodeSchema, ThemeSummarySchema } from './themes/schemas.js'

/** Every schema with an $id; routes refer to them by name and the OpenAPI document lists them as components. */
const componentSchemas: TSchema[] = [
  ...sharedSchemas,
  OrganizationSummarySchema, OrganizationSchema,
  PersonSummarySchema, PersonSchema,
  ThemeSummarySchema, ThemeNodeSchema, ThemeDetailSchema,
  SourceSchema,
  MeetingSummarySchema, ProposalSchema,
  PartySchema, ParticipantSchema, StatementSchema, LocationSchema, MeetingSchema
]

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

export function buildApp (config: Config, options: Pick<FastifyServerOptions, 'logger'> = {}) {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Honour a caller's request id when it is safe to log; otherwise make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    ajv: {
      customOptions: {
        // Unknown properties and parameters are errors, not silently dropped.
        removeAdditional: false,
        allErrors: true
      }
    }
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  // Ajv coerces `limit=1e309` to Infinity and lets it through every numeric keyword.
  app.addHook('preHandler', async (request) => {
    const query = request.query as Record<string, unknown> | undefined
    if (!query || typeof query !== 'object') return
    for (const [name, value] of Object.entries(query)) {
      if (typeof value === 'number' && !Number.isFinite(value)) throw invalidQuery(name, 'must be a finite number')
    }
  })

  for (const schema of componentSchemas) app.addSchema(schema)

  app.register(errorsPlugin)
  app.register(dbPlugin, { path: config.databasePath, loadDemo: config.loadDemo })
  app.register(etag)
  app.register(swaggerPlugin, { publicUrl: config.publicUrl })
  app.register(healthRoutes)
  app.register(async function v1 (api) {
    api.register(meetingRoutes)
    api.register(proposalRoutes)
    api.register(personRoutes)
    api.register(organizationRoutes)
    api.register(themeRoutes)
    api.register(sourceRoutes)
  }, { prefix: '/v1' })

  return app
}

export type App = ReturnType<typeof buildApp>
