// HTTP routes that change meetings and their parties, participants, statements, themes and sources.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type TString } from 'typebox'
import { BearerSecurity, changeErrors, componentRef, createErrors, Id, IdempotencyHeaders, IfMatchHeaders, NoContent, pathWriteErrors, problems } from '../common/schemas.js'
import { checkIfMatch, etagFor } from '../common/write.js'
import {
  MeetingInputSchema, MeetingParamsSchema, MeetingPatchSchema, MeetingRef, MeetingReplaceSchema, ParticipantInputSchema,
  ParticipantPatchSchema, PartyInputSchema, StatementInputSchema, StatementPatchSchema, type Meeting
} from './schemas.js'
import {
  addParticipant, addParty, addStatement, createMeeting, deleteMeeting, linkSource, linkTheme, patchMeeting, patchParticipant,
  patchStatement, removeParticipant, removeParty, removeStatement, replaceMeeting, requireMeeting, unlinkSource, unlinkTheme
} from './write.js'
import type { WriteContext } from '../common/write.js'
import { demoIds } from '../demo/examples.js'

const subParams = <K extends string>(name: K, description: string, example: string) => Type.Object({
  id: Id('Meeting id.', [demoIds.meeting]),
  ...({ [name]: Type.String({ pattern: '^[a-z0-9][a-z0-9.-]*$', maxLength: 200, description, examples: [example] }) } as Record<K, TString>)
}, { additionalProperties: false })

const meetingWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const requireIfMatch = app.config.requireIfMatch

  /** Loads the meeting, checks If-Match against its version, runs the change, and answers with the meeting's new version. */
  const changeSubRecord = (request: Parameters<typeof checkIfMatch>[0], reply: { header: (k: string, v: string) => unknown }, id: string,
    change: (ctx: WriteContext, meeting: Meeting) => Meeting) =>
    app.write(request, reply as never, (ctx) => {
      const meeting = requireMeeting(ctx, id)
      checkIfMatch(request, requireIfMatch, 'meeting', meeting.version)
      const after = change(ctx, meeting)
      reply.header('etag', etagFor(after.version))
      return { status: 200, body: after }
    })

  const common = { tags: ['meetings'], security: BearerSecurity }

  app.post('/meetings', {
    config: { scope: 'write' },
    schema: {
      ...common,
      operationId: 'createMeeting',
      summary: 'Create a meeting',
      description: 'Creates a whole meeting in one transaction: its parties, participants, proposals, statements, themes and sources. ' +
        'Related persons, organizations, themes and sources are given by id, or as objects (without an id, or with a new one) to create them. ' +
        'An unknown id is a 422 whose `errors` point at it. Send an `Idempotency-Key` to make retries safe.',
      headers: IdempotencyHeaders,
      body: componentRef(MeetingInputSchema),
      response: { 201: MeetingRef, ...createErrors }
    }
  }, async function createMeetingHandler (request, reply) {
    return app.write(request, reply, (ctx) => {
      const meeting = createMeeting(ctx, request.body)
      reply.header('etag', etagFor(meeting.version))
      return { status: 201, body: meeting, location: `/v1/meetings/${meeting.id}` }
    })
  })

  app.patch('/meetings/:id', {
    config: { scope: 'write' },
    schema: {
      ...common,
      operationId: 'patchMeeting',
      summary: 'Change a meeting',
      description: 'A JSON Merge Patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields given replace stored ones, ' +
        'null clears a field, and a list given (parties, participants, proposals, statements, themes, sources) replaces that whole list. ' +
        'Send the ETag you read in `If-Match`: if the meeting changed since, the answer is 412 and nothing is written.',
      params: MeetingParamsSchema,
      headers: IfMatchHeaders,
      body: componentRef(MeetingPatchSchema),
      response: { 200: MeetingRef, ...changeErrors }
    }
  }, async function patchMeetingHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => patchMeeting(ctx, meeting, request.body))
  })

  app.put('/meetings/:id', {
    config: { scope: 'write' },
    schema: {
      ...common,
      operationId: 'replaceMeeting',
      summary: 'Replace a meeting',
      description: 'Replaces the whole meeting with the record sent; what it leaves out is cleared. Honours `If-Match`.',
      params: MeetingParamsSchema,
      headers: IfMatchHeaders,
      body: componentRef(MeetingReplaceSchema),
      response: { 200: MeetingRef, ...changeErrors }
    }
  }, async function replaceMeetingHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => replaceMeeting(ctx, meeting, request.body))
  })

  app.delete('/meetings/:id', {
    config: { scope: 'write' },
    schema: {
      ...common,
      operationId: 'deleteMeeting',
      summary: 'Delete a meeting',
      description: 'Deletes the meeting and everything recorded only for it (its proposals, statements, participations). ' +
        'Its revisions stay: reading it afterwards answers 410 Gone with a link to the last one, and the change feed reports the deletion.',
      params: MeetingParamsSchema,
      headers: IfMatchHeaders,
      response: { 204: NoContent, ...pathWriteErrors }
    }
  }, async function deleteMeetingHandler (request, reply) {
    return app.write(request, reply, (ctx) => {
      const meeting = requireMeeting(ctx, request.params.id)
      checkIfMatch(request, requireIfMatch, 'meeting', meeting.version)
      deleteMeeting(ctx, meeting)
      return { status: 204, body: null }
    })
  })

  const sub = { ...common, headers: IfMatchHeaders, response: { 200: MeetingRef, ...changeErrors } }
  /** Removing a sub-record, or linking one named in the path: nothing in a body to be unknown or taken. */
  const byPath = { ...sub, response: { 200: MeetingRef, ...pathWriteErrors } }
  const subDescription = (what: string) => `${what} Answers with the whole meeting at its new version. \`If-Match\` refers to the meeting's ETag.`

  app.post('/meetings/:id/parties', {
    config: { scope: 'write' },
    schema: { ...sub, operationId: 'addParty', summary: 'Add a party to a meeting', description: subDescription('Adds a state or organization as a party.'), params: MeetingParamsSchema, body: componentRef(PartyInputSchema) }
  }, async function addPartyHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => addParty(ctx, meeting, request.body))
  })

  app.delete('/meetings/:id/parties/:organizationId', {
    config: { scope: 'write' },
    schema: { ...byPath, operationId: 'removeParty', summary: 'Remove a party from a meeting', description: subDescription('Removes a party.'), params: subParams('organizationId', 'Organization id of the party.', demoIds.organization) }
  }, async function removePartyHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => removeParty(ctx, meeting, request.params.organizationId))
  })

  app.post('/meetings/:id/participants', {
    config: { scope: 'write' },
    schema: { ...sub, operationId: 'addParticipant', summary: 'Add a participant to a meeting', description: subDescription('Adds a person, whom they represented and the title they held that day.'), params: MeetingParamsSchema, body: componentRef(ParticipantInputSchema) }
  }, async function addParticipantHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => addParticipant(ctx, meeting, request.body))
  })

  app.patch('/meetings/:id/participants/:participantId', {
    config: { scope: 'write' },
    schema: { ...sub, operationId: 'patchParticipant', summary: 'Change a participant', description: subDescription('A JSON Merge Patch of one participant.'), params: subParams('participantId', 'Participant id.', '1'), body: componentRef(ParticipantPatchSchema) }
  }, async function patchParticipantHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => patchParticipant(ctx, meeting, request.params.participantId as string, request.body))
  })

  app.delete('/meetings/:id/participants/:participantId', {
    config: { scope: 'write' },
    schema: { ...byPath, operationId: 'removeParticipant', summary: 'Remove a participant', description: subDescription('Removes one participant.'), params: subParams('participantId', 'Participant id.', '1') }
  }, async function removeParticipantHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => removeParticipant(ctx, meeting, request.params.participantId))
  })

  app.post('/meetings/:id/statements', {
    config: { scope: 'write' },
    schema: { ...sub, operationId: 'addStatement', summary: 'Add a statement to a meeting', description: subDescription('Adds what a party (or the parties jointly) noted, stressed, agreed or discussed.'), params: MeetingParamsSchema, body: componentRef(StatementInputSchema) }
  }, async function addStatementHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => addStatement(ctx, meeting, request.body))
  })

  app.patch('/meetings/:id/statements/:statementId', {
    config: { scope: 'write' },
    schema: { ...sub, operationId: 'patchStatement', summary: 'Change a statement', description: subDescription('A JSON Merge Patch of one statement.'), params: subParams('statementId', 'Statement id.', '4'), body: componentRef(StatementPatchSchema) }
  }, async function patchStatementHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => patchStatement(ctx, meeting, request.params.statementId as string, request.body))
  })

  app.delete('/meetings/:id/statements/:statementId', {
    config: { scope: 'write' },
    schema: { ...byPath, operationId: 'removeStatement', summary: 'Remove a statement', description: subDescription('Removes one statement.'), params: subParams('statementId', 'Statement id.', '4') }
  }, async function removeStatementHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => removeStatement(ctx, meeting, request.params.statementId))
  })

  app.put('/meetings/:id/themes/:themeId', {
    config: { scope: 'write' },
    schema: { ...byPath, operationId: 'linkMeetingTheme', summary: 'File a meeting under a theme', description: subDescription('Links an existing theme; linking it again changes nothing.'), params: subParams('themeId', 'Theme id.', demoIds.theme) }
  }, async function linkThemeHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => linkTheme(ctx, meeting, request.params.themeId))
  })

  app.delete('/meetings/:id/themes/:themeId', {
    config: { scope: 'write' },
    schema: { ...byPath, operationId: 'unlinkMeetingTheme', summary: 'Remove a theme from a meeting', description: subDescription('Unlinks a theme.'), params: subParams('themeId', 'Theme id.', demoIds.theme) }
  }, async function unlinkThemeHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => unlinkTheme(ctx, meeting, request.params.themeId))
  })

  app.put('/meetings/:id/sources/:sourceId', {
    config: { scope: 'write' },
    schema: { ...byPath, operationId: 'linkMeetingSource', summary: 'Cite a source for a meeting', description: subDescription('Links an existing source; linking it again changes nothing.'), params: subParams('sourceId', 'Source id.', demoIds.source) }
  }, async function linkSourceHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => linkSource(ctx, meeting, request.params.sourceId))
  })

  app.delete('/meetings/:id/sources/:sourceId', {
    config: { scope: 'write' },
    schema: { ...byPath, response: { ...byPath.response, ...problems(409) }, operationId: 'unlinkMeetingSource', summary: 'Remove a source from a meeting', description: subDescription('Unlinks a source that no proposal of the meeting cites.'), params: subParams('sourceId', 'Source id.', demoIds.source) }
  }, async function unlinkSourceHandler (request, reply) {
    return changeSubRecord(request, reply, request.params.id, (ctx, meeting) => unlinkSource(ctx, meeting, request.params.sourceId))
  })
}

export default meetingWriteRoutes
