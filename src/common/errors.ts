// Parley's error types. They are rendered as problem+json in one place: src/plugins/errors.ts.
import createError from '@fastify/error'

export type ErrorLocation = 'query' | 'path' | 'body' | 'header'

export interface ErrorItem {
  in: ErrorLocation
  /** JSON pointer into the location: `/limit` for a query parameter, `/participants/1/person` in a body. */
  pointer: string
  /** For NDJSON bodies: the line, from 1. */
  line?: number
  message: string
}

export const NotFoundError = createError<[string, string]>('PARLEY_NOT_FOUND', '%s %s was not found', 404)

const BaseValidationError = createError<[string]>('PARLEY_INVALID_REQUEST', '%s', 400)

/** A 400 with a list of field errors, for checks that a JSON schema cannot express. */
export class RequestValidationError extends BaseValidationError {
  readonly errors: ErrorItem[]

  constructor (errors: ErrorItem[]) {
    super(errors.map((e) => `${e.pointer ? `${e.in} ${e.pointer}` : e.in}: ${e.message}`).join('; '))
    this.errors = errors
  }
}

export function invalidQuery (parameter: string, message: string): RequestValidationError {
  return new RequestValidationError([{ in: 'query', pointer: `/${parameter}`, message }])
}

/** An error that sends extra response headers (WWW-Authenticate, Link) with its problem details. */
export interface HeaderedError {
  headers?: Record<string, string>
}

const BaseUnauthorized = createError<[string]>('PARLEY_UNAUTHORIZED', '%s', 401)
export class UnauthorizedError extends BaseUnauthorized implements HeaderedError {
  readonly headers: Record<string, string>
  constructor (detail: string, error?: 'invalid_token') {
    super(detail)
    this.headers = { 'www-authenticate': `Bearer realm="parley"${error ? `, error="${error}", error_description="${detail}"` : ''}` }
  }
}

const BaseForbidden = createError<[string]>('PARLEY_FORBIDDEN', '%s', 403)
export class ForbiddenError extends BaseForbidden implements HeaderedError {
  readonly headers: Record<string, string>
  constructor (scope: string) {
    super(`This needs an API key with the ${scope} scope.`)
    this.headers = { 'www-authenticate': `Bearer realm="parley", error="insufficient_scope", scope="${scope}"` }
  }
}

export const ConflictError = createError<[string]>('PARLEY_CONFLICT', '%s', 409)
export const IdempotencyConflictError = createError<[string]>('PARLEY_IDEMPOTENCY_CONFLICT', '%s', 409)
export const IdempotencyMismatchError = createError<[string]>('PARLEY_IDEMPOTENCY_KEY_REUSED', '%s', 422)
export const PreconditionFailedError = createError<[string, number]>('PARLEY_PRECONDITION_FAILED',
  'If-Match does not match the current version of this %s (now "%s"); read it again and retry', 412)
export const PreconditionRequiredError = createError('PARLEY_PRECONDITION_REQUIRED',
  'Writes to this server must send If-Match with the ETag of the version they change', 428)

const BaseGone = createError<[string, string]>('PARLEY_GONE', '%s %s was deleted', 410)
export class GoneError extends BaseGone implements HeaderedError {
  readonly headers: Record<string, string>
  constructor (what: string, id: string, lastRevision: string) {
    super(what, id)
    this.headers = { link: `<${lastRevision}>; rel="latest-version"` }
  }
}

const BaseUnprocessable = createError<[string]>('PARLEY_UNPROCESSABLE', '%s', 422)
/** A well-formed request that names records which do not exist, or breaks a rule between fields. */
export class UnprocessableError extends BaseUnprocessable {
  readonly errors: ErrorItem[]
  constructor (errors: ErrorItem[]) {
    super(errors.map((e) => `${e.pointer}: ${e.message}`).join('; '))
    this.errors = errors
  }
}

export const UnsupportedMediaTypeError = createError<[string]>('PARLEY_UNSUPPORTED_MEDIA_TYPE', '%s', 415)

const RETRY_AFTER_SECONDS = '1'

const BaseBusy = createError<[string]>('PARLEY_DATABASE_BUSY', 'The database is busy (%s); retry shortly', 503)
/** The database could not take this request now (a lock held by another process, heavy reads queued). */
export class DatabaseBusyError extends BaseBusy implements HeaderedError {
  readonly headers = { 'retry-after': RETRY_AFTER_SECONDS }
}

const BaseUnavailable = createError<[string]>('PARLEY_DATABASE_UNAVAILABLE', '%s', 503)
/** The database file cannot be used: it was removed or replaced under the server, or it is read-only. */
export class DatabaseUnavailableError extends BaseUnavailable implements HeaderedError {
  readonly headers: Record<string, string>
  constructor (detail: string, retryAfterSeconds = 30) {
    super(detail)
    this.headers = { 'retry-after': String(retryAfterSeconds) }
  }
}

export const QueryTooCostlyError = createError<[string]>('PARLEY_QUERY_TOO_COSTLY', '%s', 422)

/** An export that ran past EXPORT_TIMEOUT_MS: the response, already under way, is cut off. */
export class ExportTimeoutError extends Error {
  override name = 'ExportTimeoutError'
}

const BaseReadOnly = createError<[string]>('PARLEY_READ_ONLY', '%s', 503)
/** A write sent to a read replica (READ_ONLY=true); the Link names the primary when PRIMARY_URL is set. */
export class ReadOnlyError extends BaseReadOnly implements HeaderedError {
  readonly headers: Record<string, string>
  constructor (primary: string | null) {
    super(primary ? `This server is a read-only replica; send writes to the primary, ${primary}` : 'This server is a read-only replica and takes no writes')
    this.headers = primary ? { link: `<${primary}>; rel="alternate"` } : {}
  }
}
