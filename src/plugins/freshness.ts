// ETags for reads that have no version of their own (lists, searches, exports): the state of the database,
// not a hash of the body. Any committed change, by this server or by another process on the same file,
// gives every such read a new ETag; without one, a repeat reader gets 304 without the body being hashed.
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

async function freshness (app: FastifyInstance) {
  // total_changes() counts the rows this connection changed; data_version changes when another connection
  // commits. Both restart with the process, so a random part tells one process's states from another's.
  const epoch = randomBytes(6).toString('base64url')
  const state = app.db.$client.prepare('SELECT total_changes() AS own, data_version AS others FROM pragma_data_version')
  app.addHook('onSend', function stateEtag (request, reply, payload, done) {
    if (reply.statusCode === 200 && (request.method === 'GET' || request.method === 'HEAD') &&
        !reply.hasHeader('etag') && request.url.startsWith('/v1/')) {
      const { own, others } = state.get() as { own: number, others: number }
      // The same URL may answer JSON, CSV or NDJSON: the media type is part of the tag.
      const type = String(reply.getHeader('content-type') ?? '').split(';')[0]
      reply.header('etag', `W/"${epoch}.${own}.${others}.${type}"`)
    }
    done(null, payload)
  })
}

export default fp(freshness, { name: 'freshness', dependencies: ['db'] })
