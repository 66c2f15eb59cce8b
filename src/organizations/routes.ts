// HTTP routes for organizations and the meetings each attended.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { idExists } from '../common/ids.js'
import { linkNext } from '../common/paging.js'
import { IdParams, notModified, problems } from '../common/schemas.js'
import { meetingListResponse, sendMeetingList } from '../meetings/routes.js'
import { MeetingListQuerySchema } from '../meetings/schemas.js'
import { findOrganization, listOrganizations } from './repository.js'
import { demoIds } from '../demo/examples.js'
import { OrganizationListQuerySchema, OrganizationPageSchema, OrganizationRef } from './schemas.js'

const organizationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/organizations', {
    schema: {
      tags: ['organizations'],
      operationId: 'listOrganizations',
      summary: 'List organizations',
      description: 'States and organizations by name, a page at a time; filter by kind or country, or match any part of the name or abbreviation with `q`.',
      querystring: OrganizationListQuerySchema,
      response: { 200: OrganizationPageSchema, ...notModified, ...problems(400) }
    }
  }, async function listOrganizationsHandler (request, reply) {
    const page = app.readSnapshot(reply, () => listOrganizations(app.db, request.query))
    linkNext(request, reply, page.nextCursor)
    return { data: page.data, next_cursor: page.nextCursor }
  })

  app.get('/organizations/:id', {
    schema: {
      tags: ['organizations'],
      operationId: 'getOrganization',
      summary: 'Get an organization',
      description: 'One state or organization: its kind, country, the organization it belongs to (a ministry\'s state), its Wikidata item ' +
        'and the number of meetings it took part in as a party.',
      params: IdParams('Organization id.', demoIds.state),
      response: { 200: OrganizationRef, ...notModified, ...problems(400, 404) }
    }
  }, async function getOrganizationHandler (request, reply) {
    const organization = findOrganization(app.db, request.params.id)
    if (!organization) throw new NotFoundError('Organization', request.params.id)
    reply.header('etag', etagFor(organization.version))
    return organization
  })

  app.get('/organizations/:id/meetings', {
    schema: {
      tags: ['organizations'],
      operationId: 'listOrganizationMeetings',
      summary: 'List the meetings an organization took part in',
      description: 'The same list, filters and pages as `GET /v1/meetings`, limited to meetings this organization took part in as a party.',
      params: IdParams('Organization id.', demoIds.state),
      querystring: MeetingListQuerySchema,
      response: { 200: meetingListResponse, ...notModified, ...problems(400, 404) }
    }
  }, async function listOrganizationMeetingsHandler (request, reply) {
    if (!idExists(app.db, 'organization', request.params.id)) throw new NotFoundError('Organization', request.params.id)
    return sendMeetingList(app, request, reply, request.query, { organization: request.params.id })
  })
}

export default organizationRoutes
