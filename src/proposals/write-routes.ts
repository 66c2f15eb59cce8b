// HTTP routes that add, change (status included) and remove proposals.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BearerSecurity, changeErrors, componentRef, IdParams, IdempotencyHeaders, IfMatchHeaders, NoContent, pathWriteErrors, problems } from '../common/schemas.js'
import { checkIfMatch, etagFor } from '../common/write.js'
import { MeetingParamsSchema, ProposalInputSchema, ProposalPatchSchema } from '../meetings/schemas.js'
import { addProposal, patchProposal, removeProposal, requireMeeting, requireProposal } from '../meetings/write.js'
import { ProposalRef } from './schemas.js'
import { demoIds } from '../demo/examples.js'


const proposalWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const requireIfMatch = app.config.requireIfMatch
  const common = { tags: ['proposals'], security: BearerSecurity }

  app.post('/meetings/:id/proposals', {
    config: { scope: 'write' },
    schema: {
      ...common,
      operationId: 'addProposal',
      summary: 'Add a proposal to a meeting',
      description: 'Records what a party put forward at the meeting. The meeting gets a new version. Send an `Idempotency-Key` to make retries safe.',
      params: MeetingParamsSchema,
      headers: IdempotencyHeaders,
      body: componentRef(ProposalInputSchema),
      response: { 201: ProposalRef, ...problems(400, 401, 403, 404, 409, 413, 415, 422) }
    }
  }, async function addProposalHandler (request, reply) {
    return app.write(request, reply, (ctx) => {
      const proposal = addProposal(ctx, requireMeeting(ctx, request.params.id), request.body)
      reply.header('etag', etagFor(proposal.version))
      return { status: 201, body: proposal, location: `/v1/proposals/${proposal.id}` }
    })
  })

  app.patch('/proposals/:id', {
    config: { scope: 'write' },
    schema: {
      ...common,
      operationId: 'patchProposal',
      summary: 'Change a proposal',
      description: 'A JSON Merge Patch of one proposal, e.g. `{"status": "accepted"}` when it is taken up; each change is kept in its revisions. Honours `If-Match` (the proposal\'s ETag).',
      params: IdParams('Proposal id.', demoIds.proposal),
      headers: IfMatchHeaders,
      body: componentRef(ProposalPatchSchema),
      response: { 200: ProposalRef, ...changeErrors }
    }
  }, async function patchProposalHandler (request, reply) {
    return app.write(request, reply, (ctx) => {
      const before = requireProposal(ctx, request.params.id)
      checkIfMatch(request, requireIfMatch, 'proposal', before.version)
      const after = patchProposal(ctx, before, request.body)
      reply.header('etag', etagFor(after.version))
      return { status: 200, body: after }
    })
  })

  app.delete('/proposals/:id', {
    config: { scope: 'write' },
    schema: {
      ...common,
      operationId: 'deleteProposal',
      summary: 'Delete a proposal',
      description: 'Removes the proposal from its meeting, which gets a new version. Its revisions stay readable. Honours `If-Match` (the proposal\'s ETag).',
      params: IdParams('Proposal id.', demoIds.proposal),
      headers: IfMatchHeaders,
      response: { 204: NoContent, ...pathWriteErrors }
    }
  }, async function deleteProposalHandler (request, reply) {
    return app.write(request, reply, (ctx) => {
      const before = requireProposal(ctx, request.params.id)
      checkIfMatch(request, requireIfMatch, 'proposal', before.version)
      removeProposal(ctx, before)
      return { status: 204, body: null }
    })
  })
}

export default proposalWriteRoutes
