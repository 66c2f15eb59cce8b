// HTTP routes for proposals across all meetings.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { checkDateRange, linkNext } from '../common/paging.js'
import { IdParams, notModified, problems } from '../common/schemas.js'
import { findProposal, listProposals } from './repository.js'
import { ProposalListQuerySchema, ProposalPageSchema, ProposalRef } from './schemas.js'

const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/proposals', {
    schema: {
      tags: ['proposals'],
      operationId: 'listProposals',
      summary: 'List proposals',
      description: 'Proposals from every meeting, newest meeting first, filtered by proposer, theme, status, kind, date or text.',
      querystring: ProposalListQuerySchema,
      response: { 200: ProposalPageSchema, ...notModified, ...problems(400) }
    }
  }, async function listProposalsHandler (request, reply) {
    checkDateRange(request.query)
    const page = listProposals(app.db, request.query)
    linkNext(request, reply, page.nextCursor)
    return { data: page.data, next_cursor: page.nextCursor }
  })

  app.get('/proposals/:id', {
    schema: {
      tags: ['proposals'],
      operationId: 'getProposal',
      summary: 'Get a proposal',
      params: IdParams('Proposal id.'),
      response: { 200: ProposalRef, ...notModified, ...problems(400, 404) }
    }
  }, async function getProposalHandler (request, reply) {
    const proposal = findProposal(app.db, request.params.id)
    if (!proposal) throw new NotFoundError('Proposal', request.params.id)
    reply.header('etag', etagFor(proposal.version))
    return proposal
  })
}

export default proposalRoutes
