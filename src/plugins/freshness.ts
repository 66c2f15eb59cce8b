// ETags for reads that have no version of their own (lists, searches, exports): the state of the database,
// not a hash of the body. Any committed change, by this server or by another process on the same file,
// gives every such read a new ETag; without one, a repeat reader gets 304 without the body being hashed.
import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { SQL } from 'drizzle-orm'
import { allValues, compile, snapshot } from '../db/query.js'
import { deadlineOf } from '../db/deadline.js'
import type { PageReader, ReadStatement } from '../db/readers.js'
import { ExportTimeoutError } from '../common/errors.js'

/** A statement of a heavy read: its rows come back as arrays of values, or as objects with `rows`. */
export type HeavyStatement = SQL | { query: SQL, rows: true }

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Runs a read in one read transaction and tags the answer with the state of the database that read saw,
     * so that a write committed meanwhile cannot give an old body a new ETag.
     */
    readSnapshot<T>(reply: FastifyReply, read: () => T): T
    /**
     * Runs statements that may walk a large part of the database, in one read transaction, under the read
     * deadline (QUERY_TIMEOUT_MS): on a reader thread when there is one, so that the event loop goes on
     * answering others meanwhile. Each statement's rows come back in order.
     */
    readHeavy(reply: FastifyReply, statements: HeavyStatement[]): Promise<unknown[][]>
    /** How an export reads its pages: heavy ones as heavy reads, the others on the event loop after yielding to it. */
    pageReader(reply: FastifyReply): PageReader
    /** An export's pages, stopped with an error once the export has streamed for EXPORT_TIMEOUT_MS. */
    exportPages<T>(pages: AsyncIterable<T>): AsyncGenerator<T>
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

  const toRead = (statement: HeavyStatement): ReadStatement => {
    const [query, rows] = 'query' in statement ? [statement.query, true] : [statement, false]
    const compiled = compile(query)
    if (!compiled) throw new Error('readHeavy takes templates of text and values only')
    return { ...compiled, rows }
  }
  const deadline = deadlineOf(app.db.$client)
  app.decorate('readHeavy', async function readHeavy (reply: FastifyReply, statements: HeavyStatement[]): Promise<unknown[][]> {
    const compiled = statements.map(toRead)
    if (app.readers) {
      const { state, results } = await app.readers.run(compiled)
      reply.databaseState = state
      return results
    }
    return app.readSnapshot(reply, () => deadline.within(app.config.queryTimeoutMs, () => compiled.map(({ sql, params, rows }) => {
      const statement = app.db.$client.prepare(sql)
      return rows ? statement.all(...params) : statement.raw(true).all(...params)
    })))
  })

  app.decorate('pageReader', function pageReader (reply: FastifyReply): PageReader {
    return async (statement, heavy) => {
      if (heavy) return (await app.readHeavy(reply, [statement]))[0] as unknown[][]
      await yieldToLoop()
      return allValues(app.db, statement)
    }
  })

  app.decorate('exportPages', async function * exportPages<T> (pages: AsyncIterable<T>): AsyncGenerator<T> {
    const end = performance.now() + app.config.exportTimeoutMs
    for await (const page of pages) {
      if (performance.now() > end) throw new ExportTimeoutError(`The export streamed for ${app.config.exportTimeoutMs} ms and was stopped`)
      yield page
    }
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
