// Proposals: what a party (and optionally a person) put forward at a meeting.
import { Type, type Static } from 'typebox'
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../db/schema.js'
import { EXAMPLE_PROPOSAL, proposalExample } from '../demo/examples.js'
import { COUNTRY_CODE_PATTERN, Cursor, Id, Limit, Nullable, Page, PartialDate, SearchText, SLUG_PATTERN, Timestamp, withExamples } from '../common/schemas.js'
import { OrganizationSummaryRef } from '../organizations/schemas.js'
import { PersonSummaryRef } from '../persons/schemas.js'
import { ThemeSummaryRef } from '../themes/schemas.js'

const KIND = 'strategy, institution, conference, instrument, project, commitment, agreement or other.'
export const ProposalKind = Type.Enum([...PROPOSAL_KINDS], { description: KIND })
export const ProposalStatus = Type.Enum([...PROPOSAL_STATUSES], {
  description: 'proposed, under_consideration, accepted, rejected, implemented or unknown.'
})

export const MeetingSummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  start_date: Type.String()
}, { $id: 'MeetingSummary', additionalProperties: false, description: 'The meeting a record belongs to.' })

export const ProposalSchema = Type.Object({
  id: Id('Proposal id.'),
  meeting: Type.Unsafe<Static<typeof MeetingSummarySchema>>(Type.Ref('MeetingSummary')),
  summary: Type.String({ description: 'What was proposed, in a sentence.' }),
  kind: ProposalKind,
  status: ProposalStatus,
  proposer: Nullable(OrganizationSummaryRef),
  person: Nullable(PersonSummaryRef),
  quote: Nullable(Type.String({ description: 'A short quotation from the source.' })),
  source_id: Nullable(Type.String({ description: 'The source the proposal and its quote come from.' })),
  themes: Type.Array(ThemeSummaryRef),
  version: Type.Integer(),
  created_at: Timestamp,
  updated_at: Timestamp
}, {
  $id: 'Proposal',
  additionalProperties: false,
  description: 'Something a party put forward at a meeting, with its kind, status and themes.'
})

export type Proposal = Static<typeof ProposalSchema>
export const ProposalRef = Type.Unsafe<Proposal>(Type.Ref('Proposal'))

export const ProposalListQuerySchema = Type.Object({
  proposer: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: `${SLUG_PATTERN}|${COUNTRY_CODE_PATTERN}`, description: 'Organization id or ISO 3166-1 alpha-2 country code of the proposing party.', examples: ['TM'] })),
  theme: Type.Optional(Id('Only proposals on this theme or a theme below it.')),
  status: Type.Optional(ProposalStatus),
  kind: Type.Optional(Type.Enum([...PROPOSAL_KINDS], { description: KIND, examples: [proposalExample(EXAMPLE_PROPOSAL).kind] })),
  meeting: Type.Optional(Id('Only proposals made at this meeting.')),
  from: Type.Optional(PartialDate('Only proposals from meetings on or after this date.')),
  to: Type.Optional(PartialDate('Only proposals from meetings on or before this date.')),
  q: Type.Optional(SearchText(500, 'Full-text search in summary and quote (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT).')),
  format: Type.Optional(Type.Enum(['csv', 'ndjson'], { description: 'Every proposal the filters select as a CSV or NDJSON file (as `Accept: text/csv` or `application/x-ndjson` does).' })),
  sort: Type.Optional(Type.Enum(['-date', 'date'], { description: 'Meeting date, `-date` newest first (the default) or `date` oldest first.' })),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })

export type ProposalListQuery = Static<typeof ProposalListQuerySchema>

export const ProposalPageSchema = Page(ProposalRef, 'Proposals.', { data: [proposalExample(EXAMPLE_PROPOSAL)], next_cursor: null })

// Added after the declarations: the examples are typed by these schemas, so they cannot be part of them.
withExamples(ProposalSchema, proposalExample(EXAMPLE_PROPOSAL))
