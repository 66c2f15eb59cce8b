// Schemas shared by every resource: problem details, pagination, ids and dates.
import { Type, type Static, type TSchema } from 'typebox'
import { PARTIAL_DATE_FORMAT, PARTIAL_DATE_PATTERN } from './dates.js'

export const SLUG_PATTERN = '^[a-z0-9]+(?:[-.][a-z0-9]+)*$'

/** A stable, readable record id such as `2021-03-18-turkmenistan-osce`. */
export const Id = (description: string, examples?: string[]) =>
  Type.String({ pattern: SLUG_PATTERN, minLength: 1, maxLength: 200, description, ...(examples ? { examples } : {}) })

/** Path parameters of one record; the example names a record of the demo data. */
export const IdParams = (description: string, example: string) =>
  Type.Object({ id: Id(description, [example]) }, { additionalProperties: false })

export const PartialDate = (description: string) => Type.String({
  pattern: PARTIAL_DATE_PATTERN,
  maxLength: 10,
  format: PARTIAL_DATE_FORMAT,
  description: `${description} ISO 8601, to the year, month or day: \`2021\`, \`2021-03\`, \`2021-03-18\`.`,
  examples: ['2021-03-18']
})

/** A reference to a component schema, typed as the schema: the document names the component instead of copying it. */
export const componentRef = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(schemaId(schema)))

export function schemaId (schema: TSchema): string {
  const { $id } = schema as { $id?: unknown }
  if (typeof $id !== 'string') throw new Error('the schema has no $id')
  return $id
}

/** Gives a schema its `examples`, checked against its type. */
export function withExamples<T extends TSchema> (schema: T, ...examples: Array<Static<T>>): void {
  Object.assign(schema, { examples })
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const Timestamp = Type.String({ format: 'date-time', description: 'UTC time, ISO 8601.' })

export const ProblemErrorSchema = Type.Object({
  in: Type.Enum(['query', 'path', 'body', 'header'], {
    description: 'Where the offending value was sent.'
  }),
  pointer: Type.String({ description: 'JSON pointer to the value within that location, e.g. `/limit` for a query parameter.' }),
  line: Type.Optional(Type.Integer({ minimum: 1, description: 'For NDJSON bodies: the line (from 1) the pointer is in.' })),
  message: Type.String()
}, { $id: 'ProblemError', additionalProperties: false })

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'A URI that identifies the kind of problem.' }),
  title: Type.String({ description: 'A short summary of the kind of problem.' }),
  status: Type.Integer({ description: 'The HTTP status code.' }),
  detail: Type.String({ description: 'What went wrong with this request.' }),
  instance: Type.String({ description: 'The request path this problem occurred on.' }),
  code: Type.String({ description: 'A stable, machine-readable error code.' }),
  request_id: Type.String({ description: 'The request id, also sent as `x-request-id`; quote it when reporting a problem.' }),
  errors: Type.Optional(Type.Array(Type.Unsafe<Static<typeof ProblemErrorSchema>>(Type.Ref('ProblemError')), {
    description: 'For invalid requests: one entry per offending value.'
  }))
}, {
  $id: 'Problem',
  description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
  additionalProperties: false,
  examples: [{
    type: 'urn:parley:problem:invalid-request',
    title: 'Invalid request',
    status: 400,
    detail: 'query /limit must be <= 100',
    instance: '/v1/meetings',
    code: 'PARLEY_INVALID_REQUEST',
    request_id: '5f0c6d2e-8b1a-4c3e-9f4d-2a7b1e6c9d30',
    errors: [{ in: 'query', pointer: '/limit', message: 'must be <= 100' }]
  }]
})

export type Problem = Static<typeof ProblemSchema>

export const ProblemRef = Type.Unsafe<Problem>(Type.Ref('Problem'))

/** Response schemas for the error statuses a route can return. */
export function problems (...statuses: Array<400 | 401 | 403 | 404 | 406 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 503>) {
  return Object.fromEntries(statuses.map((status) => [status, ProblemRef])) as Record<number, typeof ProblemRef>
}

/** A create: it names no record in its path and takes no If-Match; the id it asks for may be taken (409). */
export const createErrors = problems(400, 401, 403, 409, 413, 415, 422)
/** A change of an existing record with a body: it may be missing, stale, or name records that do not exist. */
export const changeErrors = problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 428)
/** A delete, or a link made by path alone: no body that could name unknown records. */
export const pathWriteErrors = problems(400, 401, 403, 404, 412, 413, 415, 428)

export const Limit = Type.Integer({
  format: 'int32',
  minimum: 1,
  maximum: 100,
  default: 20,
  description: 'Page size: 1 to 100, 20 when not given.'
})

export const Cursor = Type.String({
  minLength: 1,
  maxLength: 1000,
  // base64url, as encodeCursor makes them.
  pattern: '^[A-Za-z0-9_-]+$',
  description: 'Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it.'
})

export const Page = <T extends TSchema>(item: T, description: string, example?: { data: unknown[], next_cursor: string | null }) => Type.Object({
  data: Type.Array(item, { description }),
  next_cursor: Type.Union([Type.String(), Type.Null()], {
    description: 'Cursor for the next page; null on the last page. The `Link` header carries the same link with rel="next".'
  })
}, {
  additionalProperties: false,
  description: `${description.replace(/\.$/, '')}, a page at a time; \`next_cursor\` leads to the next page.`,
  ...(example ? { examples: [example] } : {})
})

export const COUNTRY_CODE_PATTERN = '^[A-Z]{2}$'

export const CountryCode = (description: string, examples?: string[]) =>
  Type.String({ pattern: COUNTRY_CODE_PATTERN, maxLength: 2, description: `${description} ISO 3166-1 alpha-2, upper case, e.g. \`TM\`.`, ...(examples ? { examples } : {}) })

export const sharedSchemas = [ProblemErrorSchema, ProblemSchema]

/** Every read carries an ETag (see @fastify/etag in app.ts); a matching If-None-Match gets this. */
export const notModified = {
  304: Type.Null({ description: 'Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty.' })
}

/** A short, non-empty single line of text: names, labels, titles. No control character at all, not even a tab. */
export const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$', ...(description ? { description } : {}) })

/** Free text to search for: any words, at least one character that is not a space. */
export const SearchText = (maxLength: number, description: string, examples?: string[]) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', description, ...(examples ? { examples } : {}) })

/** Longer text that may span lines. */
export const LongText = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) })

export const WikidataId = Type.String({ pattern: '^Q[1-9][0-9]*$', maxLength: 20, description: 'Wikidata item, e.g. `Q874`.' })

export const BearerSecurity = [{ bearerAuth: [] }]

/** `*`, or a list of entity tags (RFC 9110 §13.1.1). */
const ETAG_LIST_PATTERN = '^\\s*(\\*|(W/)?"[\\x21\\x23-\\x7e]*"(\\s*,\\s*(W/)?"[\\x21\\x23-\\x7e]*")*)\\s*$'

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: ETAG_LIST_PATTERN, description: 'The ETag of the version this write changes; a stale one gets 412.', examples: ['"1"'] }))
})

/** 1 to 255 visible ASCII characters: what common/write.ts stores. */
export const IDEMPOTENCY_KEY_PATTERN = '^[\\x21-\\x7e]{1,255}$'
export const IDEMPOTENCY_KEY_MESSAGE = 'must be 1 to 255 visible ASCII characters'

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: IDEMPOTENCY_KEY_PATTERN, description: 'Any unique string (a UUID, say): retrying with the same key within 24 hours replays the first answer instead of writing again.', examples: ['3f6c2a9e-7d41-4b8a-9c15-0e2d8f4a6b71'] }))
})

export const NoContent = Type.Null({ description: 'Done; no body.' })
