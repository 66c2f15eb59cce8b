// HTTP routes for revisions (of meetings and proposals) and the change feed.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type Static } from 'typebox'
import { NotFoundError, invalidQuery } from '../common/errors.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { linkNext } from '../common/paging.js'
import { Cursor, Id, Limit, notModified, problems } from '../common/schemas.js'
import { ChangePageSchema, ENTITY_TYPES, RevisionPageSchema } from './schemas.js'
import { creationRevision, demoIds, meetingExample } from '../demo/examples.js'
import { findRevision, listChanges, listRevisions, type EntityType, type RevisionDetail } from './repository.js'

const RevisionListQuery = Type.Object({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) }, { additionalProperties: false })
const RevisionParams = (what: string, example: string) => Type.Object({
  id: Id(`${what} id.`, [example]),
  version: Type.Integer({ format: 'int32', minimum: 1, maximum: 2 ** 31 - 1, description: 'Version number.', examples: [1] })
}, { additionalProperties: false })

/** The Revision component's example is a proposal's; a meeting's revision shows the demo meeting instead. */
const revisionResponse = (type: 'meeting' | 'proposal') => ({
  description: 'One write to a record, with the record before and after it.',
  content: {
    'application/json': {
      schema: Type.Unsafe<RevisionDetail>(Type.Ref('Revision')),
      ...(type === 'meeting' ? { example: creationRevision(meetingExample) } : {})
    }
  }
})

const revisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const [collection, type, Name, exampleId] of [['meetings', 'meeting', 'Meeting', demoIds.meeting], ['proposals', 'proposal', 'Proposal', demoIds.proposal]] as const) {
    app.get(`/${collection}/:id/revisions`, {
      schema: {
        tags: [collection],
        operationId: `list${Name}Revisions`,
        summary: `List the revisions of a ${type}`,
        description: `Every write to the ${type}, newest first: its version, what it did, which API key made it and when. Still answers after the ${type} is deleted.`,
        params: Type.Object({ id: Id(`${Name} id.`, [exampleId]) }, { additionalProperties: false }),
        querystring: RevisionListQuery,
        response: { 200: RevisionPageSchema, ...notModified, ...problems(400, 404) }
      }
    }, async function listRevisionsHandler (request, reply) {
      const { id } = request.params
      const limit = request.query.limit ?? 20
      const before = request.query.cursor ? Number(decodeCursor(request.query.cursor, `revisions:${type}:${id}`, ['number'])[0]) : undefined
      const rows = listRevisions(app.db, type as EntityType, id, limit + 1, before)
      if (rows.length === 0 && before === undefined) throw new NotFoundError(Name, id)
      const page = rows.slice(0, limit)
      const next = rows.length > limit ? encodeCursor(`revisions:${type}:${id}`, [page.at(-1)!.version]) : null
      linkNext(request, reply, next)
      return { data: page, next_cursor: next }
    })

    app.get(`/${collection}/:id/revisions/:version`, {
      schema: {
        tags: [collection],
        operationId: `get${Name}Revision`,
        summary: `Get one revision of a ${type}`,
        description: `The ${type} as it read before and after one write, and the difference as an RFC 6902 JSON Patch.`,
        params: RevisionParams(Name, exampleId),
        response: { 200: revisionResponse(type), ...notModified, ...problems(400, 404) }
      }
    }, async function getRevisionHandler (request) {
      const revision = findRevision(app.db, type as EntityType, request.params.id, request.params.version)
      if (!revision) throw new NotFoundError(`Revision ${request.params.version} of ${type}`, request.params.id)
      return revision
    })
  }

  app.get('/changes', {
    schema: {
      tags: ['changes'],
      operationId: 'listChanges',
      summary: 'Follow every change',
      description: 'Records created, updated and deleted, in the order the writes were committed. Start without `since`, ' +
        'then send `next_cursor` as `since` to get what changed after; a client that does so mirrors Parley, deletions included.',
      querystring: Type.Object({
        since: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', maxLength: 15, description: 'A `next_cursor` from an earlier answer; leave out to start at the beginning.' })),
        type: Type.Optional(Type.Enum([...ENTITY_TYPES], { description: 'Only changes to this kind of record.', examples: ['meeting'] })),
        limit: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 1000, default: 100, description: 'Changes per page: 1 to 1000, 100 when not given.' }))
      }, { additionalProperties: false }),
      response: { 200: ChangePageSchema, ...notModified, ...problems(400) }
    }
  }, async function listChangesHandler (request) {
    const since = Number(request.query.since ?? 0)
    if (!Number.isSafeInteger(since)) throw invalidQuery('since', 'is not a position in the feed')
    const limit = request.query.limit ?? 100
    const rows = listChanges(app.db, since, limit + 1, request.query.type as EntityType | undefined)
    const page = rows.slice(0, limit)
    return { data: page, next_cursor: String(page.at(-1)?.seq ?? since), has_more: rows.length > limit }
  })
}

export type RevisionPage = Static<typeof RevisionPageSchema>
export default revisionRoutes
