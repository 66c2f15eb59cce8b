// Parley's error types. They are rendered as problem+json in one place: src/plugins/errors.ts.
import createError from '@fastify/error'

export type ErrorLocation = 'query' | 'path' | 'body' | 'header'

export interface ErrorItem {
  in: ErrorLocation
  /** JSON pointer into the location: `/limit` for a query parameter, `/participants/1/person` in a body. */
  pointer: string
  message: string
}

export const NotFoundError = createError<[string, string]>('PARLEY_NOT_FOUND', '%s %s was not found', 404)

const BaseValidationError = createError<[string]>('PARLEY_INVALID_REQUEST', '%s', 400)

/** A 400 with a list of field errors, for checks that a JSON schema cannot express. */
export class RequestValidationError extends BaseValidationError {
  readonly errors: ErrorItem[]

  constructor (errors: ErrorItem[]) {
    super(errors.map((e) => `${e.in} ${e.pointer}: ${e.message}`).join('; '))
    this.errors = errors
  }
}

export function invalidQuery (parameter: string, message: string): RequestValidationError {
  return new RequestValidationError([{ in: 'query', pointer: `/${parameter}`, message }])
}
