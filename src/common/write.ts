// Every write runs here: one immediate transaction, idempotent replay of POSTs, and If-Match checks.
import { createHash } from 'node:crypto'
import { and, eq, lt, sql } from 'drizzle-orm'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Queryable } from '../db/open.js'
import { IDEMPOTENCY_KEY_MESSAGE, IDEMPOTENCY_KEY_PATTERN } from './schemas.js'
import { idempotencyKeys } from '../db/schema.js'
import {
  DatabaseBusyError, DatabaseUnavailableError, IdempotencyConflictError, ReadOnlyError, IdempotencyMismatchError, PreconditionFailedError, PreconditionRequiredError, RequestValidationError
} from './errors.js'

export interface WriteContext {
  /** The transaction every statement of this write runs in. */
  db: Queryable
  apiKeyId: string | null
}

export interface WriteResult<T> {
  status: number
  body: T
  location?: string
}

const IDEMPOTENCY_KEY = new RegExp(IDEMPOTENCY_KEY_PATTERN)

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Runs `work` as one write; POSTs with an Idempotency-Key are stored with it and replayed. While another
     * process holds the write lock it retries without blocking the event loop, up to DATABASE_LOCK_WAIT_MS.
     */
    write: <T>(request: FastifyRequest, reply: FastifyReply, work: (ctx: WriteContext) => WriteResult<T>) => Promise<T>
  }
}

const requestHash = (request: FastifyRequest) =>
  createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex')

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown }).code ?? ''))
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function registerWrites (app: FastifyInstance): void {
  /** A write is acknowledged only while the database file is the one the server opened. */
  const checkDatabase = () => {
    const problem = app.databaseProblem()
    if (problem) throw new DatabaseUnavailableError(`${problem}. Nothing was written.`)
  }

  app.decorate('write', async function write<T> (request: FastifyRequest, reply: FastifyReply, work: (ctx: WriteContext) => WriteResult<T>): Promise<T> {
    if (app.config.readOnly) throw new ReadOnlyError(app.config.primaryUrl ? `${app.config.primaryUrl}${request.url}` : null)
    const header = request.headers['idempotency-key']
    const key = request.method === 'POST' && typeof header === 'string' ? header : undefined
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new RequestValidationError([{ in: 'header', pointer: '/idempotency-key', message: IDEMPOTENCY_KEY_MESSAGE }])
    }
    const apiKeyId = request.apiKey?.id ?? null
    const hash = key === undefined ? '' : requestHash(request)
    let replayed = false
    const attempt = () => app.db.transaction((tx) => {
      if (key !== undefined && apiKeyId !== null) {
        tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-24 hours')`)).run()
        const found = tx.select().from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key))).get()
        if (found) {
          if (found.requestHash !== hash) {
            throw new IdempotencyMismatchError('This Idempotency-Key was used with a different request; use a new key for a new request')
          }
          replayed = true
          if (found.etag) reply.header('etag', found.etag)
          return { status: found.statusCode, body: JSON.parse(found.responseBody) as T, location: found.location ?? undefined }
        }
      }
      const outcome = work({ db: tx, apiKeyId })
      app.recordKeyUses(tx)
      if (key !== undefined && apiKeyId !== null) {
        try {
          tx.insert(idempotencyKeys).values({
            apiKeyId,
            key,
            requestHash: hash,
            statusCode: outcome.status,
            responseBody: JSON.stringify(outcome.body),
            location: outcome.location ?? null,
            etag: (reply.getHeader('etag') as string | undefined) ?? null
          }).run()
        } catch (error) {
          if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
            throw new IdempotencyConflictError('A request with this Idempotency-Key is being processed')
          }
          throw error
        }
      }
      return outcome
    }, { behavior: 'immediate' })
    checkDatabase()
    // BEGIN IMMEDIATE fails at once when another process holds the write lock (after the connection's short
    // busy timeout), before anything was written: the attempt is repeated after a pause that yields the loop.
    const waitUntil = performance.now() + app.config.databaseLockWaitMs
    let result: WriteResult<T>
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      try {
        result = attempt()
        break
      } catch (error) {
        if (!isBusy(error)) throw error
        if (performance.now() + delay > waitUntil) throw new DatabaseBusyError('another process holds the write lock')
        await pause(delay)
        checkDatabase()
      }
    }
    // The file may have gone while the write ran: then it is not acknowledged.
    checkDatabase()
    reply.code(result.status)
    if (result.location) reply.header('location', result.location)
    if (replayed) reply.header('idempotent-replayed', 'true')
    return result.body
  })
}

/** The version an ETag names: `"3"` and `W/"3"` both name version 3. */
const versionOf = (etag: string): number | undefined => {
  const match = /^(?:W\/)?"(\d+)(?:-[a-z,]+)?"$/.exec(etag.trim())
  return match ? Number(match[1]) : undefined
}

/**
 * Checks If-Match against the current version of a record (RFC 9110 §13.1.1): a stale version is 412;
 * with `requireIfMatch` set, a write without it is 428.
 */
export function checkIfMatch (request: FastifyRequest, required: boolean, what: string, current: number): void {
  const header = request.headers['if-match']
  if (header === undefined) {
    if (required) throw new PreconditionRequiredError()
    return
  }
  if (header.trim() === '*') return
  const matches = header.split(',').some((etag) => versionOf(etag) === current)
  if (!matches) throw new PreconditionFailedError(what, current)
}

/** The ETag of a record's version; a partial representation (some embedded records left out) names its part. */
export const etagFor = (version: number, part?: string) => part ? `"${version}-${part}"` : `"${version}"`
