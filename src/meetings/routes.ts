// HTTP routes for meetings: the filtered list and one meeting with everything about it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { GoneError, NotFoundError, invalidQuery } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { latestRevision } from '../revisions/repository.js'
import { checkDateRange, linkNext } from '../common/paging.js'
import { notModified, problems } from '../common/schemas.js'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type, type TSchema } from 'typebox'
import { csvText, exportFormat, ndjsonText, pageJson, sendCsv, sendFile, sendJsonText, sendNdjson } from '../common/export.js'
import { meetingListItem, meetingListQueryExample } from '../demo/examples.js'
import { findMeetingJson, meetingPages, parseInclude, planMeetingFacets, planMeetingList, type FacetName, type FacetValue, type MeetingScope } from './repository.js'
import { allValues } from '../db/query.js'
import { CSV_INCLUDE, meetingCalendar, meetingCalendarText, meetingCsvColumns } from './export.js'
import {
  CalendarQuerySchema, INCLUDES, MeetingItemQuerySchema, MeetingListQuerySchema, MeetingPageSchema, MeetingParamsSchema, MeetingRef, type MeetingListQuery
} from './schemas.js'

export function checkMeetingQuery (query: MeetingListQuery): void {
  checkDateRange(query)
  if (query.sort === 'relevance' && !query.q) throw invalidQuery('sort', 'relevance needs a search in q')
}

/** Answers a meeting list (of everything, or of one person or organization): a JSON page, or every page as CSV or NDJSON. */
export async function sendMeetingList (app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, query: MeetingListQuery, scope: MeetingScope = {}) {
  checkMeetingQuery(query)
  const format = exportFormat(request, query.format)
  // A file of every match comes newest first unless relevance is asked for: ranked, each page would rank every match again.
  if (format !== 'json' && query.q && !query.sort) query = { ...query, sort: '-date' }
  // A file's first bytes go out before its pages are read: a query that cannot run must fail before that.
  if (format !== 'json') planMeetingList(app.db, query, scope)
  if (format === 'csv') {
    const include = [...new Set([...parseInclude(query.include), ...parseInclude(CSV_INCLUDE)])].join(',')
    return sendCsv(reply, app.exportPages(meetingPages(app.db, app.pageReader(reply), { ...query, include }, scope)), meetingCsvColumns, 'meetings.csv')
  }
  if (format === 'ndjson') return sendNdjson(reply, app.exportPages(meetingPages(app.db, app.pageReader(reply), query, scope)))
  const plan = planMeetingList(app.db, query, scope)
  const facets = query.facets ? planMeetingFacets(app.db, query, scope, [...new Set(query.facets.split(','))] as FacetName[]) : []
  let page
  let counts: Record<string, FacetValue[]> | undefined
  if (plan.heavy || facets.length > 0) {
    const [rows, ...facetRows] = await app.readHeavy(reply, [plan.statement, ...facets.map(({ statement }) => ({ query: statement, rows: true as const }))])
    page = plan.page(rows as unknown[][])
    if (facets.length > 0) counts = Object.fromEntries(facets.map(({ name }, i) => [name, facetRows[i] as FacetValue[]]))
  } else {
    page = app.readSnapshot(reply, () => plan.page(allValues(app.db, plan.statement)))
  }
  linkNext(request, reply, page.nextCursor)
  return sendJsonText(reply, pageJson(page.data, page.nextCursor, counts ? { facets: counts } : {}))
}

/** A list's 200: JSON, or the same records as CSV or NDJSON files. */
export const listResponse = <T extends TSchema>(json: T, what: string, examples: { csv: string, ndjson: string }) => ({
  description: `A page of ${what}s as JSON; or, as CSV or NDJSON, every ${what} the filters select.`,
  content: {
    'application/json': { schema: json },
    'text/csv': { schema: Type.String({ description: `Every ${what} the filters select, one per row, with a header row.`, examples: [examples.csv] }) },
    'application/x-ndjson': { schema: Type.String({ description: `Every ${what} the filters select, one JSON object per line.`, examples: [examples.ndjson] }) }
  }
})

/** The demo meeting as the list's example query asks for it, in each file format. */
export const meetingListResponse = listResponse(MeetingPageSchema, 'meeting', {
  csv: csvText([meetingListItem(`${CSV_INCLUDE},${meetingListQueryExample.include}`)], meetingCsvColumns),
  ndjson: ndjsonText([meetingListItem(meetingListQueryExample.include)])
})

/** Calendar links point at the server; the example's at one started with `npm start`. */
export const CALENDAR_EXAMPLE_BASE = 'http://localhost:3000'

const EXPORT_NOTE = ' Ask for `text/csv` or `application/x-ndjson` (by `Accept`, or `format=csv` / `format=ndjson`) to get every page at once as a file.'

const meetingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/meetings', {
    schema: {
      tags: ['meetings'],
      operationId: 'listMeetings',
      summary: 'List meetings',
      description: 'Meetings matching every filter given, newest first, a page at a time. ' +
        'Follow `next_cursor` (or the `Link` header) for the next page. `include` embeds related records; `facets` counts the whole filtered set.' + EXPORT_NOTE,
      querystring: MeetingListQuerySchema,
      response: { 200: meetingListResponse, ...notModified, ...problems(400) }
    }
  }, async function listMeetingsHandler (request, reply) {
    return sendMeetingList(app, request, reply, request.query)
  })

  app.get('/meetings.ics', {
    schema: {
      tags: ['meetings'],
      operationId: 'getMeetingCalendar',
      summary: 'Meetings as an iCalendar feed',
      description: 'The meetings the filters select (the same filters as `GET /v1/meetings`), newest first, as an RFC 5545 calendar ' +
        'that calendar programs can open or subscribe to: one all-day event per meeting, with a stable UID.',
      querystring: CalendarQuerySchema,
      response: { 200: { description: 'An RFC 5545 calendar of the meetings the filters select, one all-day event each.', content: { 'text/calendar': { schema: Type.String({ examples: [meetingCalendar([meetingListItem('participants')], CALENDAR_EXAMPLE_BASE)] }) } } }, ...problems(400) }
    }
  }, async function meetingCalendarHandler (request, reply) {
    // Newest first always: a calendar has no use for relevance, and ranking would cost a page of work per page.
    const query = { ...request.query, include: 'participants', sort: '-date' as const }
    checkMeetingQuery(query)
    planMeetingList(app.db, query)
    const limit = request.query.limit ?? 1000
    const pages = app.exportPages(meetingPages(app.db, app.pageReader(reply), { ...query, limit: undefined }, {}, Math.min(limit, 200)))
    const base = app.config.publicUrl || `${request.protocol}://${request.host}`
    return sendFile(reply, 'text/calendar; charset=utf-8', 'meetings.ics', meetingCalendarText(pages, base, limit))
  })

  app.get('/meetings/:id', {
    schema: {
      tags: ['meetings'],
      operationId: 'getMeeting',
      summary: 'Get a meeting',
      description: 'One meeting with its parties, participants, proposals, statements, themes and sources ' +
        '(or only those named in `include`; `include=none` for the meeting alone). ' +
        'Send the `ETag` back in `If-None-Match` to get 304 Not Modified while it is unchanged, or in `If-Match` when changing it. ' +
        'A deleted meeting answers 410 Gone, with a `Link` to its last revision.',
      params: MeetingParamsSchema,
      querystring: MeetingItemQuerySchema,
      response: { 200: MeetingRef, ...notModified, ...problems(400, 404, 410) }
    }
  }, async function getMeetingHandler (request, reply) {
    const { id } = request.params
    const { include } = request.query
    const named = parseInclude(include)
    const embedded = include === undefined ? INCLUDES : INCLUDES.filter((name) => named.includes(name))
    const meeting = findMeetingJson(app.db, id, embedded)
    if (!meeting) {
      const last = latestRevision(app.db, 'meeting', id)
      if (last?.action === 'delete') throw new GoneError('Meeting', id, `/v1/meetings/${id}/revisions/${last.version}`)
      throw new NotFoundError('Meeting', id)
    }
    reply.header('etag', etagFor(meeting.version, embedded.length === INCLUDES.length ? undefined : embedded.join(',') || 'none'))
    return sendJsonText(reply, meeting.json)
  })
}

export default meetingRoutes
