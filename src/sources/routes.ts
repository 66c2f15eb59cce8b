// HTTP routes for sources.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { IdParams, notModified, problems } from '../common/schemas.js'
import { findSource } from './repository.js'
import { demoIds } from '../demo/examples.js'
import { SourceRef } from './schemas.js'

const sourceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/sources/:id', {
    schema: {
      tags: ['sources'],
      operationId: 'getSource',
      summary: 'Get a source',
      description: 'A publication that facts were taken from, with whom it cites.',
      params: IdParams('Source id.', demoIds.source),
      response: { 200: SourceRef, ...notModified, ...problems(400, 404) }
    }
  }, async function getSourceHandler (request, reply) {
    const source = findSource(app.db, request.params.id)
    if (!source) throw new NotFoundError('Source', request.params.id)
    reply.header('etag', etagFor(source.version))
    return source
  })
}

export default sourceRoutes
