// HTTP routes for meetings: the filtered list and one meeting with everything about it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { GoneError, NotFoundError, invalidQuery } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { latestRevision } from '../revisions/repository.js'
import { checkDateRange, linkNext } from '../common/paging.js'
import { notModified, problems } from '../common/schemas.js'
import { findMeeting, listMeetings } from './repository.js'
import { MeetingListQuerySchema, MeetingPageSchema, MeetingParamsSchema, MeetingRef, type MeetingListQuery } from './schemas.js'

export function checkMeetingQuery (query: MeetingListQuery): void {
  checkDateRange(query)
  if (query.sort === 'relevance' && !query.q) throw invalidQuery('sort', 'relevance needs a search in q')
}

const meetingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/meetings', {
    schema: {
      tags: ['meetings'],
      operationId: 'listMeetings',
      summary: 'List meetings',
      description: 'Meetings matching every filter given, newest first, a page at a time. ' +
        'Follow `next_cursor` (or the `Link` header) for the next page. `include` embeds related records.',
      querystring: MeetingListQuerySchema,
      response: { 200: MeetingPageSchema, ...notModified, ...problems(400) }
    }
  }, async function listMeetingsHandler (request, reply) {
    checkMeetingQuery(request.query)
    const page = listMeetings(app.db, request.query)
    linkNext(request, reply, page.nextCursor)
    return { data: page.data, next_cursor: page.nextCursor }
  })

  app.get('/meetings/:id', {
    schema: {
      tags: ['meetings'],
      operationId: 'getMeeting',
      summary: 'Get a meeting',
      description: 'One meeting with its parties, participants, proposals, statements, themes and sources. ' +
        'Send the `ETag` back in `If-None-Match` to get 304 Not Modified while it is unchanged, or in `If-Match` when changing it. ' +
        'A deleted meeting answers 410 Gone, with a `Link` to its last revision.',
      params: MeetingParamsSchema,
      response: { 200: MeetingRef, ...notModified, ...problems(400, 404, 410) }
    }
  }, async function getMeetingHandler (request, reply) {
    const { id } = request.params
    const meeting = findMeeting(app.db, id)
    if (!meeting) {
      const last = latestRevision(app.db, 'meeting', id)
      if (last?.action === 'delete') throw new GoneError('Meeting', id, `/v1/meetings/${id}/revisions/${last.version}`)
      throw new NotFoundError('Meeting', id)
    }
    reply.header('etag', etagFor(meeting.version))
    return meeting
  })
}

export default meetingRoutes
