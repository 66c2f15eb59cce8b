// Create, merge-patch and delete routes for the stand-alone records (persons, organizations, themes, sources).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type TSchema } from 'typebox'
import { BearerSecurity, createErrors, IdParams, schemaId, IdempotencyHeaders, IfMatchHeaders, NoContent, pathWriteErrors, problems } from './schemas.js'
import { checkIfMatch, etagFor, type WriteContext } from './write.js'

export interface EntityWrites<Record extends { id: string, version: number }, Input, Patch, Shown> {
  /** Path segment and tag, e.g. `persons`. */
  collection: string
  /** Singular name for summaries and messages, e.g. `person`. */
  name: string
  input: TSchema
  patch: TSchema
  /** Whether the record names a parent (a ministry its state, a theme a broader one), which a patch may name wrongly: 422. */
  parent: boolean
  /** The id of a record in the demo data, for the document's examples. */
  exampleId: string
  /** Response schema of the record as read back. */
  shown: TSchema
  create: (ctx: WriteContext, input: Input) => Record
  update: (ctx: WriteContext, before: Record, patch: Patch) => Record
  remove: (ctx: WriteContext, before: Record) => void
  require: (ctx: WriteContext, id: string) => Record
  /** The record as GET shows it. */
  show: (ctx: WriteContext, id: string) => Shown
}

/** Their ids do not change, so a change cannot conflict; a delete of one still in use can. */
const patchErrors = problems(400, 401, 403, 404, 412, 413, 415, 428)
const deleteErrors = { ...pathWriteErrors, ...problems(409) }
const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function entityWriteRoutes<R extends { id: string, version: number }, I, P, S> (spec: EntityWrites<R, I, P, S>): FastifyPluginAsyncTypebox {
  const Name = capitalized(spec.name)
  const common = { tags: [spec.collection], security: BearerSecurity }
  return async function writeRoutes (app) {
    const requireIfMatch = app.config.requireIfMatch

    app.post(`/${spec.collection}`, {
      config: { scope: 'write' },
      schema: {
        ...common,
        operationId: `create${Name}`,
        summary: `Create a ${spec.name}`,
        description: `Creates a ${spec.name}. Without an \`id\`, a readable one is made from the name. A taken id is 409.`,
        headers: IdempotencyHeaders,
        body: Type.Ref(schemaId(spec.input)),
        response: { 201: spec.shown, ...createErrors }
      }
    }, async function createHandler (request, reply) {
      return app.write(request, reply, (ctx) => {
        const created = spec.create(ctx, request.body as I)
        reply.header('etag', etagFor(created.version))
        return { status: 201, body: spec.show(ctx, created.id), location: `/v1/${spec.collection}/${created.id}` }
      })
    })

    app.patch(`/${spec.collection}/:id`, {
      config: { scope: 'write' },
      schema: {
        ...common,
        operationId: `patch${Name}`,
        summary: `Change a ${spec.name}`,
        description: `A JSON Merge Patch of the ${spec.name}: fields given replace stored ones, null clears a field. Meetings that show it get a new version. Honours \`If-Match\`.`,
        params: IdParams(`${Name} id.`, spec.exampleId),
        headers: IfMatchHeaders,
        body: Type.Ref(schemaId(spec.patch)),
        response: { 200: spec.shown, ...patchErrors, ...(spec.parent ? problems(422) : {}) }
      }
    }, async function patchHandler (request, reply) {
      const { id } = request.params as { id: string }
      return app.write(request, reply, (ctx) => {
        const before = spec.require(ctx, id)
        checkIfMatch(request, requireIfMatch, spec.name, before.version)
        const after = spec.update(ctx, before, request.body as P)
        reply.header('etag', etagFor(after.version))
        return { status: 200, body: spec.show(ctx, id) }
      })
    })

    app.delete(`/${spec.collection}/:id`, {
      config: { scope: 'write' },
      schema: {
        ...common,
        operationId: `delete${Name}`,
        summary: `Delete a ${spec.name}`,
        description: `Deletes a ${spec.name} that nothing refers to any more; one still in use is 409. Honours \`If-Match\`.`,
        params: IdParams(`${Name} id.`, spec.exampleId),
        headers: IfMatchHeaders,
        response: { 204: NoContent, ...deleteErrors }
      }
    }, async function deleteHandler (request, reply) {
      const { id } = request.params as { id: string }
      return app.write(request, reply, (ctx) => {
        const before = spec.require(ctx, id)
        checkIfMatch(request, requireIfMatch, spec.name, before.version)
        spec.remove(ctx, before)
        return { status: 204, body: null }
      })
    })
  }
}
