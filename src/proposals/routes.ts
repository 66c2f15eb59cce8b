// HTTP routes for proposals across all meetings.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { checkDateRange, linkNext } from '../common/paging.js'
import { IdParams, notModified, problems } from '../common/schemas.js'
import { csvText, exportFormat, joined, ndjsonText, pageJson, sendCsv, sendJsonText, sendNdjson, type CsvColumn } from '../common/export.js'
import { listResponse } from '../meetings/routes.js'
import { findProposalJson, planProposalList, proposalPages } from './repository.js'
import { allValues } from '../db/query.js'
import { demoIds, EXAMPLE_PROPOSAL, proposalExample } from '../demo/examples.js'
import { ProposalListQuerySchema, ProposalPageSchema, ProposalRef, type Proposal } from './schemas.js'

/** One row per proposal; its themes in one cell, separated by "; ". */
const proposalCsvColumns: Array<CsvColumn<Proposal>> = [
  { header: 'id', value: (p) => p.id },
  { header: 'meeting_id', value: (p) => p.meeting.id },
  { header: 'meeting_title', value: (p) => p.meeting.title },
  { header: 'meeting_start_date', value: (p) => p.meeting.start_date },
  { header: 'proposer_id', value: (p) => p.proposer?.id ?? null },
  { header: 'proposer', value: (p) => p.proposer?.name ?? null },
  { header: 'person_id', value: (p) => p.person?.id ?? null },
  { header: 'person', value: (p) => p.person?.name ?? null },
  { header: 'summary', value: (p) => p.summary },
  { header: 'kind', value: (p) => p.kind },
  { header: 'status', value: (p) => p.status },
  { header: 'theme_ids', value: (p) => joined(p.themes.map((t) => t.id)) },
  { header: 'quote', value: (p) => p.quote },
  { header: 'source_id', value: (p) => p.source_id },
  { header: 'version', value: (p) => p.version }
]

const example = proposalExample(EXAMPLE_PROPOSAL)

const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/proposals', {
    schema: {
      tags: ['proposals'],
      operationId: 'listProposals',
      summary: 'List proposals',
      description: 'Proposals from every meeting, newest meeting first, filtered by proposer, theme, status, kind, date or text. ' +
        'Ask for `text/csv` or `application/x-ndjson` (by `Accept`, or `format=csv` / `format=ndjson`) to get every page at once as a file.',
      querystring: ProposalListQuerySchema,
      response: { 200: listResponse(ProposalPageSchema, 'proposal', { csv: csvText([example], proposalCsvColumns), ndjson: ndjsonText([example]) }), ...notModified, ...problems(400) }
    }
  }, async function listProposalsHandler (request, reply) {
    checkDateRange(request.query)
    const format = exportFormat(request, request.query.format)
    const pages = () => app.exportPages(proposalPages(app.db, app.pageReader(reply), request.query))
    // A file's first bytes go out before its pages are read: a query that cannot run must fail before that.
    if (format !== 'json') planProposalList(app.db, request.query)
    if (format === 'csv') return sendCsv(reply, pages(), proposalCsvColumns, 'proposals.csv')
    if (format === 'ndjson') return sendNdjson(reply, pages())
    const plan = planProposalList(app.db, request.query)
    const page = plan.heavy
      ? plan.page((await app.readHeavy(reply, [plan.statement]))[0] as unknown[][])
      : app.readSnapshot(reply, () => plan.page(allValues(app.db, plan.statement)))
    linkNext(request, reply, page.nextCursor)
    return sendJsonText(reply, pageJson(page.data, page.nextCursor))
  })

  app.get('/proposals/:id', {
    schema: {
      tags: ['proposals'],
      operationId: 'getProposal',
      summary: 'Get a proposal',
      description: 'One proposal with the meeting it was made at, the party (and person) that made it, its kind, status and themes, ' +
        'and the source it was taken from. Its `ETag` names its version, for `If-None-Match` and `If-Match`.',
      params: IdParams('Proposal id.', demoIds.proposal),
      response: { 200: ProposalRef, ...notModified, ...problems(400, 404) }
    }
  }, async function getProposalHandler (request, reply) {
    const proposal = findProposalJson(app.db, request.params.id)
    if (!proposal) throw new NotFoundError('Proposal', request.params.id)
    reply.header('etag', etagFor(proposal.version))
    return sendJsonText(reply, proposal.json)
  })
}

export default proposalRoutes
