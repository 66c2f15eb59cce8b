// ETags for reads that have no version of their own (lists, searches, exports): the state of the database,
// not a hash of the body. Any committed change, by this server or by another process on the same file,
// gives every such read a new ETag; without one, a repeat reader gets 304 without the body being hashed.
import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import { snapshot } from '../db/query.js'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Runs a read in one read transaction and tags the answer with the state of the database that read saw,
     * so that a write committed meanwhile cannot give an old body a new ETag.
     */
    readSnapshot<T>(reply: FastifyReply, read: () => T): T
  }
  interface FastifyReply {
    databaseState: string | null
  }
}

async function freshness (app: FastifyInstance) {
  // total_changes() counts the rows this connection changed; data_version changes when another connection
  // commits. Both restart with the process, so a random part tells one process's states from another's.
  const epoch = randomBytes(6).toString('base64url')
  // Two statements rather than one over pragma_data_version: that table function prepares its pragma anew on
  // every read (1.1 µs against 0.1 µs inside a read transaction). The statement cache resets a statement's
  // modes when its text is prepared again, so each use asks for pluck.
  const own = app.db.$client.prepare('SELECT total_changes()')
  const others = app.db.$client.prepare('PRAGMA data_version')
  const currentState = () => `${epoch}.${own.pluck().get() as number}.${others.pluck().get() as number}`

  app.decorateReply('databaseState', null)
  app.decorate('readSnapshot', function readSnapshot<T> (reply: FastifyReply, read: () => T): T {
    return snapshot(app.db, () => {
      // Within a read transaction the state cannot change: taken first, it is there for an answer sent inside `read`.
      reply.databaseState = currentState()
      return read()
    })
  })

  app.addHook('onSend', function stateEtag (request, reply, payload, done) {
    if (reply.statusCode === 200 && (request.method === 'GET' || request.method === 'HEAD') &&
        !reply.hasHeader('etag') && request.url.startsWith('/v1/')) {
      // The same URL may answer JSON, CSV or NDJSON: the media type is part of the tag.
      const type = String(reply.getHeader('content-type') ?? '').split(';')[0]
      reply.header('etag', `W/"${reply.databaseState ?? currentState()}.${type}"`)
    }
    done(null, payload)
  })
}

export default fp(freshness, { name: 'freshness', dependencies: ['db'] })
