// Renders every error as RFC 9457 problem details (application/problem+json); hides 5xx internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  DatabaseBusyError, DatabaseUnavailableError, QueryTooCostlyError, ReadOnlyError, RequestValidationError, UnprocessableError,
  type ErrorItem, type ErrorLocation, type HeaderedError
} from '../common/errors.js'
import { IDEMPOTENCY_KEY_MESSAGE, IDEMPOTENCY_KEY_PATTERN, ProblemRef, type Problem } from '../common/schemas.js'
import { PARTIAL_DATE_FORMAT } from '../common/dates.js'

/** Patterns whose meaning is worth saying in words. */
const PATTERN_MESSAGES: Record<string, string> = { [IDEMPOTENCY_KEY_PATTERN]: IDEMPOTENCY_KEY_MESSAGE }

const LOCATIONS: Record<string, ErrorLocation> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' }

export const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable'
}

export interface AjvError {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  message?: string
}

/**
 * Turns Ajv's errors into one entry per offending value, naming unknown and missing properties. A value
 * that fits none of the forms a union allows (an id or an object, say) gets one entry, not one per form.
 */
export function validationItems (where: ErrorLocation, all: AjvError[]): ErrorItem[] {
  const within = (path: string, union: string) => path === union || path.startsWith(`${union}/`)
  const unions = [...new Set(all.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath))]
  const badDates = all.filter(isBadDate)
  const items: ErrorItem[] = []
  for (const e of all) {
    const union = unions.find((u) => within(e.instancePath, u))
    // A date that fits the pattern but names no day is the one thing to say of a union it is in (a nullable
    // date, a source given whole instead of by id): that form was clearly meant.
    if (union !== undefined && badDates.some((d) => within(d.instancePath, union))) {
      if (!isBadDate(e)) continue
    } else if (union !== undefined && e.keyword !== 'anyOf') continue
    items.push(toItem(where, e))
  }
  return items.filter((item, i) => items.findIndex((o) => o.pointer === item.pointer && o.message === item.message) === i)
}

const isBadDate = (e: AjvError) => e.keyword === 'format' && e.params.format === PARTIAL_DATE_FORMAT

function toItem (where: ErrorLocation, e: AjvError): ErrorItem {
  const known = where === 'query' ? 'is not a known parameter' : 'is not a known property'
  switch (e.keyword) {
    case 'additionalProperties':
      return { in: where, pointer: `${e.instancePath}/${String(e.params.additionalProperty)}`, message: known }
    case 'required':
      return { in: where, pointer: `${e.instancePath}/${String(e.params.missingProperty)}`, message: 'is required' }
    case 'pattern':
      return { in: where, pointer: e.instancePath || '/', message: PATTERN_MESSAGES[String(e.params.pattern)] ?? 'is not in the expected format' }
    case 'anyOf':
      return { in: where, pointer: e.instancePath || '/', message: 'is not any of the allowed forms' }
    case 'format':
      if (isBadDate(e)) return { in: where, pointer: e.instancePath || '/', message: 'is not a real date' }
      break
    case 'enum':
      if (Array.isArray(e.params.allowedValues)) {
        return { in: where, pointer: e.instancePath || '/', message: `must be one of: ${e.params.allowedValues.join(', ')}` }
      }
  }
  return { in: where, pointer: e.instancePath || '/', message: e.message ?? 'is invalid' }
}

export function problemType (code: string | undefined, status: number): string {
  if (status >= 500) return 'about:blank'
  return code ? `urn:parley:problem:${code.toLowerCase().replace(/^(parley|fst_err)_/, '').replace(/_/g, '-')}` : 'about:blank'
}

export function sendProblem (request: FastifyRequest, reply: FastifyReply, status: number, detail: string, code: string, errors?: ErrorItem[]) {
  const problem: Problem = {
    type: problemType(code, status),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    code,
    request_id: String(request.id)
  }
  if (errors && errors.length > 0) problem.errors = errors
  return reply.code(status).type('application/problem+json; charset=utf-8').send(problem)
}

/**
 * Errors Fastify raises before routing, such as a URL that cannot be decoded (`/v1/persons/%`): Fastify's
 * `frameworkErrors` option. No hook has run yet, so the request id header is set here.
 */
export function frameworkErrors (error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id)
  return sendProblem(request, reply, error.statusCode ?? 400, error.message, error.code ?? 'PARLEY_INVALID_REQUEST')
}

const SQLITE_BUSY = /^SQLITE_(BUSY|LOCKED)/
/** The storage under the database failed: a full disk, an I/O error, a file made read-only or unreachable. */
const SQLITE_STORAGE: Array<[RegExp, string]> = [
  [/^SQLITE_FULL/, 'the disk holding the database is full'],
  [/^SQLITE_(IOERR|CANTOPEN)/, 'the database file could not be read or written'],
  [/^SQLITE_READONLY/, 'the database file can no longer be written']
]

/**
 * Errors of the database that are not the request's fault nor a bug: a lock another process holds past the
 * busy timeout is a 503 to retry, and a read stopped at its deadline (src/db/deadline.ts) is the query's cost.
 */
function databaseCondition (error: FastifyError): FastifyError | undefined {
  if (error instanceof DatabaseBusyError || error instanceof DatabaseUnavailableError || error instanceof ReadOnlyError) return error
  if (typeof error.code === 'string' && SQLITE_BUSY.test(error.code)) return new DatabaseBusyError('another process holds its lock')
  const storage = typeof error.code === 'string' ? SQLITE_STORAGE.find(([code]) => code.test(error.code)) : undefined
  if (storage) return new DatabaseUnavailableError(`The request could not be completed: ${storage[1]}. Nothing was written.`)
  if (error.name === 'QueryTimeoutError') {
    return new QueryTooCostlyError(`${error.message}; narrow it (more words, fewer prefix* terms, more filters) or sort by date`)
  }
  return undefined
}

async function errors (app: FastifyInstance) {
  app.setErrorHandler(function problemDetails (caught: FastifyError, request, reply) {
    const condition = databaseCondition(caught)
    if (condition && condition.statusCode === 503) {
      if (condition instanceof DatabaseUnavailableError) request.log.error({ err: caught }, 'database unavailable')
      else request.log.warn({ err: caught }, 'database busy for this request')
    }
    const error = condition ?? caught
    if (error.validation) {
      const items = validationItems(LOCATIONS[error.validationContext ?? ''] ?? 'body', error.validation as AjvError[])
      return sendProblem(request, reply, 400, items.map((e) => `${e.in} ${e.pointer} ${e.message}`).join('; '), 'PARLEY_INVALID_REQUEST', items)
    }
    if (error instanceof RequestValidationError || error instanceof UnprocessableError) {
      return sendProblem(request, reply, error.statusCode ?? 400, error.message, error.code, error.errors)
    }
    const status = error.statusCode ?? 500
    if ((status >= 400 && status < 500) || condition) {
      const { headers } = error as HeaderedError
      if (headers) reply.headers(headers)
      return sendProblem(request, reply, status, error.message, error.code ?? 'PARLEY_CLIENT_ERROR')
    }
    request.log.error({ err: error, req: request }, 'request failed')
    return sendProblem(request, reply, status >= 500 && status < 600 ? status : 500, 'The server could not complete this request; it has been logged.', 'PARLEY_INTERNAL')
  })

  // A fault anywhere is a 500 problem (above), so the OpenAPI document lists it for every route.
  app.addHook('onRoute', function documentInternalErrors (route) {
    const schema = route.schema as { hide?: boolean, response?: Record<string, unknown> } | undefined
    if (!schema?.response || schema.hide) return
    route.schema = { ...schema, response: { 500: ProblemRef, ...schema.response } } as typeof route.schema
  })

  app.setNotFoundHandler(function routeNotFound (request, reply) {
    return sendProblem(request, reply, 404, `No route ${request.method} ${request.url.split('?')[0]}`, 'PARLEY_ROUTE_NOT_FOUND')
  })
}

export default fp(errors, { name: 'errors' })
