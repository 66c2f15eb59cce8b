// POST /v1/import: whole meetings as NDJSON, all or nothing.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { UnsupportedMediaTypeError } from '../common/errors.js'
import { decodeUtf8 } from '../common/bodies.js'
import { BearerSecurity, problems } from '../common/schemas.js'
import { importMeetings, MAX_LINES, parseNdjson } from './ndjson.js'
import { demoIds, meetingByReference } from '../demo/examples.js'

const ImportReportSchema = Type.Object({
  lines: Type.Integer({ description: 'Meetings read.' }),
  created: Type.Integer(),
  replaced: Type.Integer({ description: 'Lines whose id named an existing meeting, which they replaced.' }),
  ids: Type.Array(Type.String(), { description: 'The id of each line\'s meeting, in order.' })
}, { additionalProperties: false, description: 'Imported: every line was written, in one transaction.', examples: [{ lines: 1, created: 0, replaced: 1, ids: [demoIds.meeting] }] })

/** Bytes of NDJSON one import takes (a text has at most as many characters as its UTF-8 bytes). */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024

/** The demo record sent again, naming its related records by id: it replaces the stored one. */
const IMPORT_EXAMPLE = JSON.stringify(meetingByReference) + '\n'

const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, function parseNdjsonText (request, body, done) {
    try {
      done(null, decodeUtf8(request, body as Buffer))
    } catch (error) {
      done(error as Error)
    }
  })

  app.post('/import', {
    config: { scope: 'write' },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['meetings'],
      security: BearerSecurity,
      operationId: 'importMeetings',
      summary: 'Import meetings from NDJSON',
      description: `One meeting per line, each in the shape \`POST /v1/meetings\` takes (\`Content-Type: application/x-ndjson\`, up to ${MAX_LINES} lines and 50 MB). ` +
        'Every line is checked before anything is written; problems name their `line` and field. A line whose `id` names an existing meeting replaces it. ' +
        'The batch is written in one transaction: all of it, or nothing.',
      consumes: ['application/x-ndjson'],
      body: Type.String({ maxLength: IMPORT_BODY_LIMIT, pattern: '\\S', description: 'NDJSON: one JSON object per line.', examples: [IMPORT_EXAMPLE] }),
      response: { 200: ImportReportSchema, ...problems(400, 401, 403, 409, 413, 415, 422) }
    }
  }, async function importHandler (request, reply) {
    if (!/^application\/(x-ndjson|jsonl)\b/.test(request.headers['content-type'] ?? '')) {
      throw new UnsupportedMediaTypeError('Send the meetings as application/x-ndjson, one JSON object per line')
    }
    const meetings = parseNdjson(request.body)
    return app.write(request, reply, (ctx) => ({ status: 200, body: importMeetings(ctx, meetings) }))
  })
}

export default importRoutes
