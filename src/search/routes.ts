// GET /v1/search: meetings, proposals, persons and organizations matching a text, best first.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { invalidQuery } from '../common/errors.js'
import { notModified, problems, SearchText } from '../common/schemas.js'
import { planSearch, SEARCH_TYPES, type SearchType } from './repository.js'
import { EXAMPLE_PROPOSAL, meetingExample, proposalExample } from '../demo/examples.js'

const proposal = proposalExample(EXAMPLE_PROPOSAL)

const SearchQuerySchema = Type.Object({
  q: SearchText(500, 'Words to find (SQLite FTS5 syntax works too: "phrases", prefix*, OR, NOT).', ['energy']),
  types: Type.Optional(Type.String({
    pattern: `^(${SEARCH_TYPES.join('|')})(,(${SEARCH_TYPES.join('|')}))*$`,
    maxLength: SEARCH_TYPES.join(',').length,
    description: `Which records to search, comma-separated: ${SEARCH_TYPES.join(', ')} (all when not given).`,
    examples: ['meeting,proposal']
  })),
  limit: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 100, default: 20, description: 'Most results: 1 to 100, 20 when not given.' }))
}, { additionalProperties: false })

const SearchResultSchema = Type.Object({
  data: Type.Array(Type.Object({
    type: Type.Enum([...SEARCH_TYPES]),
    id: Type.String(),
    title: Type.String({ description: 'The meeting\'s title, the proposal\'s summary, or the name.' }),
    snippet: Type.String({ description: 'The best-matching passage, matches wrapped in `<mark>` and `</mark>`.' }),
    rank: Type.Number({ description: 'BM25 relevance within its kind of record; lower is more relevant.' }),
    url: Type.String({ description: 'Where the record is.' })
  }, { additionalProperties: false }))
}, {
  additionalProperties: false,
  description: 'The records that match, best first within each kind.',
  // `energy` in the demo record: the proposal names it in its summary, the meeting in a statement (BM25 ranks the shorter text first).
  examples: [{
    data: [{
      type: 'proposal',
      id: proposal.id,
      title: proposal.summary,
      snippet: proposal.summary.replace('Energy', '<mark>Energy</mark>'),
      rank: -1.134,
      url: `/v1/proposals/${proposal.id}`
    }, {
      type: 'meeting',
      id: meetingExample.id,
      title: meetingExample.title,
      snippet: '…Reliable access to <mark>energy</mark> resources matters for regional and global development. The OSCE project for green…',
      rank: -0.0000017,
      url: `/v1/meetings/${meetingExample.id}`
    }]
  }]
})

const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/search', {
    schema: {
      tags: ['search'],
      operationId: 'search',
      summary: 'Search everything',
      description: 'Meetings (title, summary, statements), proposals (summary, quote), persons (every spelling of the name) and organizations ' +
        '(name, abbreviation) that match, best first, each with its matching passage. A query FTS5 cannot read is a 400.',
      querystring: SearchQuerySchema,
      response: { 200: SearchResultSchema, ...notModified, ...problems(400) }
    }
  }, async function searchHandler (request, reply) {
    const { q, limit = 20 } = request.query
    if (q.trim() === '') throw invalidQuery('q', 'has no words to search for')
    const types = request.query.types ? [...new Set(request.query.types.split(','))] as SearchType[] : SEARCH_TYPES
    // Ranking reads every match: a heavy read, off the event loop when there are reader threads.
    const plan = planSearch(app.db, q, types, limit)
    return { data: plan.merge(await app.readHeavy(reply, plan.statements.map((query) => ({ query, rows: true as const })))) }
  })
}

export default searchRoutes
