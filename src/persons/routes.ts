// HTTP routes for persons and the meetings each attended.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { idExists } from '../common/ids.js'
import { linkNext } from '../common/paging.js'
import { IdParams, notModified, problems } from '../common/schemas.js'
import { meetingListResponse, sendMeetingList } from '../meetings/routes.js'
import { ScopedMeetingListQuerySchema } from '../meetings/schemas.js'
import { findPerson, listPersons } from './repository.js'
import { demoIds } from '../demo/examples.js'
import { PersonListQuerySchema, PersonPageSchema, PersonRef } from './schemas.js'

const personRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/persons', {
    schema: {
      tags: ['persons'],
      operationId: 'listPersons',
      summary: 'List persons',
      description: 'Persons by name, a page at a time; `q` matches any part of a name or another spelling of it.',
      querystring: PersonListQuerySchema,
      response: { 200: PersonPageSchema, ...notModified, ...problems(400) }
    }
  }, async function listPersonsHandler (request, reply) {
    const page = app.readSnapshot(reply, () => listPersons(app.db, request.query))
    linkNext(request, reply, page.nextCursor)
    return { data: page.data, next_cursor: page.nextCursor }
  })

  app.get('/persons/:id', {
    schema: {
      tags: ['persons'],
      operationId: 'getPerson',
      summary: 'Get a person',
      description: 'One person, every spelling of their name and the number of meetings they took part in. ' +
        'Titles belong to each participation: see the person\'s meetings for the title held at each.',
      params: IdParams('Person id.', demoIds.person),
      response: { 200: PersonRef, ...notModified, ...problems(400, 404) }
    }
  }, async function getPersonHandler (request, reply) {
    const person = findPerson(app.db, request.params.id)
    if (!person) throw new NotFoundError('Person', request.params.id)
    reply.header('etag', etagFor(person.version))
    return person
  })

  app.get('/persons/:id/meetings', {
    schema: {
      tags: ['persons'],
      operationId: 'listPersonMeetings',
      summary: 'List the meetings a person attended',
      description: 'The same list, filters and pages as `GET /v1/meetings`, limited to meetings this person attended.',
      params: IdParams('Person id.', demoIds.person),
      querystring: ScopedMeetingListQuerySchema,
      response: { 200: meetingListResponse, ...notModified, ...problems(400, 404) }
    }
  }, async function listPersonMeetingsHandler (request, reply) {
    if (!idExists(app.db, 'person', request.params.id)) throw new NotFoundError('Person', request.params.id)
    return sendMeetingList(app, request, reply, request.query, { person: request.params.id })
  })
}

export default personRoutes
