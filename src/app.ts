// buildApp(config): a ready-to-use Parley instance that never listens; server.ts and the tests both use it.
import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyServerOptions } from 'fastify'
import etag from '@fastify/etag'
import accepts from '@fastify/accepts'
import AjvCompiler from '@fastify/ajv-compiler'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Config } from './config.js'
import { invalidQuery } from './common/errors.js'
import { strictJsonParser } from './common/bodies.js'
import { dateFormats } from './common/dates.js'
import { componentSchemas } from './schemas.js'
import { ProblemRef } from './common/schemas.js'
import dbPlugin from './plugins/db.js'
import errorsPlugin, { frameworkErrors } from './plugins/errors.js'
import freshnessPlugin from './plugins/freshness.js'
import securityPlugin, { clientErrorHandler } from './plugins/security.js'
import metricsPlugin from './plugins/metrics.js'
import { loggerOptions } from './logger.js'
import swaggerPlugin from './plugins/swagger.js'
import healthRoutes from './health/routes.js'
import landingRoutes from './landing/routes.js'
import meetingRoutes from './meetings/routes.js'
import organizationRoutes from './organizations/routes.js'
import { OrganizationRef, OrganizationInputSchema, OrganizationPatchSchema } from './organizations/schemas.js'
import personRoutes from './persons/routes.js'
import { PersonRef, PersonInputSchema, PersonPatchSchema } from './persons/schemas.js'
import proposalRoutes from './proposals/routes.js'
import sourceRoutes from './sources/routes.js'
import { SourceRef, SourceInputSchema, SourcePatchSchema } from './sources/schemas.js'
import themeRoutes from './themes/routes.js'
import { ThemeDetailRef, ThemeInputSchema, ThemePatchSchema } from './themes/schemas.js'
import authPlugin from './plugins/auth.js'
import { registerWrites } from './common/write.js'
import { entityWriteRoutes } from './common/entity-routes.js'
import meetingWriteRoutes from './meetings/write-routes.js'
import proposalWriteRoutes from './proposals/write-routes.js'
import revisionRoutes from './revisions/routes.js'
import importRoutes from './import/routes.js'
import searchRoutes from './search/routes.js'
import { createOrganization, deleteOrganization, patchOrganization, requireOrganization } from './organizations/write.js'
import { findOrganization } from './organizations/repository.js'
import { createPerson, deletePerson, patchPerson, requirePerson } from './persons/write.js'
import { findPerson } from './persons/repository.js'
import { createTheme, deleteTheme, patchTheme, requireTheme } from './themes/write.js'
import { findTheme } from './themes/repository.js'
import { createSource, deleteSource, patchSource, requireSource } from './sources/write.js'
import { findSource } from './sources/repository.js'
import { demoIds } from './demo/examples.js'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
  }
}

const ajvCompiler = AjvCompiler()

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

const NO_PARAMETERS = Type.Object({}, { additionalProperties: false })

export function buildApp (config: Config, options: Pick<FastifyServerOptions, 'logger'> = {}) {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config),
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    clientErrorHandler,
    frameworkErrors,
    // Requests arriving while closing get problem+json from the security plugin instead.
    return503OnClosing: false,
    // Honour a caller's request id when it is safe to log; otherwise make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    ajv: {
      customOptions: {
        // Unknown properties and parameters are errors, not silently dropped.
        removeAdditional: false,
        allErrors: true,
        formats: dateFormats
      }
    },
    schemaController: {
      compilersFactory: {
        // Query strings, paths and headers are text and are coerced to the types their schemas give;
        // JSON bodies already carry types, so `"title": 5` or `"via": null` are errors, not coerced.
        buildValidator (externalSchemas, ajvOptions) {
          const coercing = ajvCompiler(externalSchemas, ajvOptions)
          const strict = ajvCompiler(externalSchemas, { ...ajvOptions, customOptions: { ...ajvOptions?.customOptions, coerceTypes: false } } as typeof ajvOptions)
          return (route) => (route.httpPart === 'body' ? strict : coercing)(route)
        }
      }
    }
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.decorate('config', config)

  // Ajv coerces `limit=1e309` to Infinity and lets it through every numeric keyword.
  app.addHook('preHandler', function finiteNumbers (request, _reply, done) {
    const query = request.query as Record<string, unknown> | undefined
    if (query && typeof query === 'object') {
      for (const name in query) {
        const value = query[name]
        if (typeof value === 'number' && !Number.isFinite(value)) return done(invalidQuery(name, 'must be a finite number'))
      }
    }
    done()
  })

  // A route that takes no query parameters refuses any (`DELETE ...?dry_run=1` would otherwise delete). The
  // documentation pages are left out: Swagger UI's assets are the library's, and a browser may add to them.
  // Any route can therefore answer 400, which the document lists.
  app.addHook('onRoute', function noUnknownParameters (route) {
    const schema = route.schema as { hide?: boolean, querystring?: unknown, response?: Record<string, unknown> } | undefined
    if (schema?.hide || schema?.querystring) return
    route.schema = { ...schema, querystring: NO_PARAMETERS, ...(schema?.response ? { response: { 400: ProblemRef, ...schema.response } } : {}) }
  })

  for (const schema of componentSchemas) app.addSchema(schema)

  // JSON bodies, and RFC 7396 merge patches (JSON documents too), are read as bytes so that decoding them is strict.
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'buffer' },
    strictJsonParser(app.getDefaultJsonParser('error', 'error')))

  app.register(errorsPlugin)
  app.register(securityPlugin, config)
  app.register(dbPlugin, {
    path: config.databasePath,
    cacheMb: config.databaseCacheMb,
    loadDemo: config.loadDemo,
    create: config.databaseCreate,
    readOnly: config.readOnly,
    busyTimeoutMs: config.databaseBusyTimeoutMs,
    readThreads: config.readThreads,
    queryTimeoutMs: config.queryTimeoutMs
  })
  app.register(authPlugin, { readsRequireKey: config.readsRequireKey })
  registerWrites(app)
  app.register(freshnessPlugin)
  app.register(etag)
  app.register(accepts)
  app.register(swaggerPlugin, { publicUrl: config.publicUrl, readsRequireKey: config.readsRequireKey })
  if (config.metrics) app.register(metricsPlugin, config)
  app.register(healthRoutes)
  app.register(landingRoutes)
  app.register(async function v1 (api) {
    api.register(meetingRoutes)
    api.register(proposalRoutes)
    api.register(personRoutes)
    api.register(organizationRoutes)
    api.register(themeRoutes)
    api.register(sourceRoutes)
    api.register(meetingWriteRoutes)
    api.register(proposalWriteRoutes)
    api.register(revisionRoutes)
    api.register(importRoutes)
    api.register(searchRoutes)
    api.register(entityWriteRoutes({
      collection: 'persons', parent: false, exampleId: demoIds.person, name: 'person', input: PersonInputSchema, patch: PersonPatchSchema, shown: PersonRef,
      create: createPerson, update: patchPerson, remove: deletePerson, require: requirePerson, show: (ctx, id) => findPerson(ctx.db, id)
    }))
    api.register(entityWriteRoutes({
      collection: 'organizations', parent: true, exampleId: demoIds.state, name: 'organization', input: OrganizationInputSchema, patch: OrganizationPatchSchema, shown: OrganizationRef,
      create: createOrganization, update: patchOrganization, remove: deleteOrganization, require: requireOrganization, show: (ctx, id) => findOrganization(ctx.db, id)
    }))
    api.register(entityWriteRoutes({
      collection: 'themes', parent: true, exampleId: demoIds.theme, name: 'theme', input: ThemeInputSchema, patch: ThemePatchSchema, shown: ThemeDetailRef,
      create: createTheme, update: patchTheme, remove: deleteTheme, require: requireTheme, show: (ctx, id) => findTheme(ctx.db, id)
    }))
    api.register(entityWriteRoutes({
      collection: 'sources', parent: false, exampleId: demoIds.source, name: 'source', input: SourceInputSchema, patch: SourcePatchSchema, shown: SourceRef,
      create: createSource, update: patchSource, remove: deleteSource, require: requireSource, show: (ctx, id) => findSource(ctx.db, id)
    }))
  }, { prefix: '/v1' })

  return app
}

export type App = ReturnType<typeof buildApp>
