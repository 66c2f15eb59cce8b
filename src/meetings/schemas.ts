// Meetings: who met whom, when, where or by what format, with everything recorded about it.
import { Type, type Static } from 'typebox'
import { MEETING_FORMATS, MEETING_STATUSES, PARTICIPANT_ROLES, PARTY_ROLES, PROPOSAL_KINDS, PROPOSAL_STATUSES, STATEMENT_KINDS } from '../db/schema.js'
import { COUNTRY_CODE_PATTERN, CountryCode, Cursor, Id, IdParams, Limit, LongText, Nullable, Page, PartialDate, SearchText, SLUG_PATTERN, Text, Timestamp, withExamples } from '../common/schemas.js'
import { OrganizationSummaryRef, type OrganizationInput } from '../organizations/schemas.js'
import { PersonSummaryRef, type PersonInput } from '../persons/schemas.js'
import { ProposalRef } from '../proposals/schemas.js'
import { SourceRef, type SourceInput } from '../sources/schemas.js'
import { ThemeSummaryRef, type ThemeInput } from '../themes/schemas.js'
import { foundingMeeting } from '../demo/founding-meeting.js'
import { demoIds, meetingByReference, meetingExample, meetingListQueryExample, meetingPageExample, writeExamples } from '../demo/examples.js'

export const INCLUDES = ['parties', 'participants', 'proposals', 'statements', 'themes', 'sources'] as const
export const EXPORT_FORMATS = ['csv', 'ndjson'] as const
export const FACET_NAMES = ['theme', 'party', 'person', 'year', 'format', 'country'] as const
export type Include = typeof INCLUDES[number]

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Enum([...values], { description })

export const MeetingFormat = literals(MEETING_FORMATS, 'in_person, videoconference, phone_call, hybrid, written or unknown.')

export const PartySchema = Type.Object({
  organization: OrganizationSummaryRef,
  role: literals(PARTY_ROLES, 'host, guest, participant, observer or mediator.')
}, { $id: 'Party', additionalProperties: false, description: 'A state or organization that took part in a meeting, and as what.' })

export const ParticipantSchema = Type.Object({
  id: Type.String(),
  person: PersonSummaryRef,
  represents: Nullable(OrganizationSummaryRef),
  title: Nullable(Type.String({ description: 'The title the person held on the day of the meeting.' })),
  role: literals(PARTICIPANT_ROLES, 'head_of_delegation, delegate, host, observer or chair.')
}, {
  $id: 'Participant',
  additionalProperties: false,
  description: 'A person at a meeting, the organization they represented and the title they held that day.'
})

export const StatementSchema = Type.Object({
  id: Type.String(),
  by: Nullable(OrganizationSummaryRef),
  kind: literals(STATEMENT_KINDS, 'What the speaker did: noted, stressed, agreed, discussed, expressed, announced, mentioned or other.'),
  text: Type.String()
}, {
  $id: 'Statement',
  additionalProperties: false,
  description: 'Something the parties noted, stressed, agreed or discussed; `by` is null when they spoke jointly.'
})

export const LocationSchema = Type.Object({
  name: Type.String({ description: 'Place name.' }),
  country_code: Nullable(Type.String({ description: 'ISO 3166-1 alpha-2.' }))
}, { $id: 'Location', additionalProperties: false, description: 'Where an in-person meeting took place.' })

const ref = <T>(id: string) => Type.Unsafe<T>(Type.Ref(id))

export const MeetingSchema = Type.Object({
  id: Id('Meeting id: start date and parties, e.g. `2021-03-18-turkmenistan-osce`.'),
  title: Type.String(),
  summary: Nullable(Type.String()),
  start_date: Type.String({ description: 'ISO 8601, possibly partial (`2021`, `2021-03`).' }),
  end_date: Nullable(Type.String({ description: 'Last day for meetings over several days; null for one day.' })),
  date_note: Nullable(Type.String({ description: 'How certain the date is, and why.' })),
  format: MeetingFormat,
  status: literals(MEETING_STATUSES, 'held, planned or cancelled.'),
  kind: Nullable(Type.Enum(['bilateral', 'multilateral'], {
    description: 'Follows from the number of parties: two make a bilateral meeting, more a multilateral one.'
  })),
  location: Nullable(ref<Static<typeof LocationSchema>>('Location')),
  version: Type.Integer({ description: 'Incremented on every change.' }),
  created_at: Timestamp,
  updated_at: Timestamp,
  match: Type.Optional(Type.Object({
    snippet: Type.String({ description: 'The best-matching passage, with matches wrapped in `<mark>` and `</mark>`.' }),
    rank: Type.Optional(Type.Number({ description: 'BM25 relevance; lower is more relevant. Only in lists sorted by relevance.' }))
  }, { additionalProperties: false, description: 'Present when searching with `q`.' })),
  parties: Type.Optional(Type.Array(ref<Static<typeof PartySchema>>('Party'))),
  participants: Type.Optional(Type.Array(ref<Static<typeof ParticipantSchema>>('Participant'))),
  proposals: Type.Optional(Type.Array(ProposalRef)),
  statements: Type.Optional(Type.Array(ref<Static<typeof StatementSchema>>('Statement'))),
  themes: Type.Optional(Type.Array(ThemeSummaryRef)),
  sources: Type.Optional(Type.Array(SourceRef))
}, {
  $id: 'Meeting',
  additionalProperties: false,
  description: 'A meeting. Lists embed related records named in `include`; a single meeting embeds them all.'
})

export type Meeting = Static<typeof MeetingSchema>
export type Party = Static<typeof PartySchema>
export type Participant = Static<typeof ParticipantSchema>
export type Statement = Static<typeof StatementSchema>

export const MeetingRef = ref<Meeting>('Meeting')

const includePattern = `^(${INCLUDES.join('|')})(,(${INCLUDES.join('|')}))*$`

export const MeetingListQuerySchema = Type.Object({
  from: Type.Optional(PartialDate('Only meetings on or after this date (a meeting over several days counts if any day is in range).')),
  to: Type.Optional(PartialDate('Only meetings on or before this date.')),
  party: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200, pattern: `${SLUG_PATTERN}|${COUNTRY_CODE_PATTERN}` }), {
    maxItems: 10,
    description: 'A party that attended: an organization id (`osce`) or an ISO 3166-1 alpha-2 code (`TM`, which matches the state and its national bodies). Repeat it to require several parties: all must have attended.',
    examples: [['TM']]
  })),
  person: Type.Optional(Id('Only meetings this person attended.', [demoIds.person])),
  theme: Type.Optional(Id('Only meetings on this theme or a theme below it.', [demoIds.theme])),
  format: Type.Optional(Type.Enum([...MEETING_FORMATS, ...EXPORT_FORMATS], {
    description: 'A meeting format (in_person, videoconference, phone_call, hybrid, written, unknown) keeps only meetings held that way. ' +
      '`csv` or `ndjson` instead asks for the whole filtered list in that file format (as `Accept: text/csv` or `application/x-ndjson` does).'
  })),
  country: Type.Optional(CountryCode('Only meetings held in this country.')),
  q: Type.Optional(SearchText(500, 'Full-text search in title, summary and statements (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT). Each result gets a `match` with the best passage.')),
  sort: Type.Optional(Type.Enum(['-date', 'date', 'relevance'], {
    description: '`-date` newest first (the default), `date` oldest first, `relevance` best match first (the default with `q`; needs `q`).'
  })),
  include: Type.Optional(Type.String({
    pattern: includePattern,
    maxLength: INCLUDES.join(',').length,
    description: `Related records to embed, comma-separated: ${INCLUDES.join(', ')}.`,
    examples: [meetingListQueryExample.include]
  })),
  facets: Type.Optional(Type.String({
    pattern: `^(${FACET_NAMES.join('|')})(,(${FACET_NAMES.join('|')}))*$`,
    maxLength: FACET_NAMES.join(',').length,
    description: `Counts over the whole filtered set, comma-separated: ${FACET_NAMES.join(', ')}. A meeting counts once under each of its values.`,
    examples: [meetingListQueryExample.facets]
  })),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })

export type MeetingListQuery = Static<typeof MeetingListQuerySchema>

/** The same list, scoped to one person or organization by the path. */
export const ScopedMeetingListQuerySchema = Type.Object(
  Object.fromEntries(Object.entries(MeetingListQuerySchema.properties).filter(([name]) => name !== 'person')) as Omit<typeof MeetingListQuerySchema.properties, 'person'>,
  { additionalProperties: false }
)

const FacetValues = Type.Array(Type.Object({
  value: Type.String(),
  label: Nullable(Type.String()),
  count: Type.Integer()
}, { additionalProperties: false }), { description: 'The 100 largest values, by count.' })

/** The calendar feed takes the list's filters, and a larger limit instead of pages. */
export const CalendarQuerySchema = Type.Object({
  ...Object.fromEntries(Object.entries(MeetingListQuerySchema.properties).filter(([name]) => !['include', 'facets', 'cursor', 'limit', 'sort'].includes(name))) as Omit<typeof MeetingListQuerySchema.properties, 'include' | 'facets' | 'cursor' | 'limit' | 'sort'>,
  format: Type.Optional(MeetingFormat),
  limit: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 10000, default: 1000, description: 'Most events in the feed, newest first: 1 to 10,000, 1,000 when not given.' }))
}, { additionalProperties: false })

export const MeetingPageSchema = Type.Object({
  ...Page(MeetingRef, 'Meetings.').properties,
  facets: Type.Optional(Type.Object(Object.fromEntries(FACET_NAMES.map((name) => [name, Type.Optional(FacetValues)])), {
    additionalProperties: false,
    description: 'Present when `facets` is asked for.'
  }))
}, { additionalProperties: false, examples: [meetingPageExample] })

export const MeetingParamsSchema = IdParams('Meeting id.', demoIds.meeting)

export const MeetingItemQuerySchema = Type.Object({
  include: Type.Optional(Type.String({
    pattern: `^none$|${includePattern}`,
    maxLength: INCLUDES.join(',').length,
    description: `Related records to embed, comma-separated: ${INCLUDES.join(', ')}; \`none\` for the meeting alone. All of them when absent.`,
    examples: ['none', 'participants,proposals']
  }))
}, { additionalProperties: false })

// ---- Writes -------------------------------------------------------------------------------------

const reference = <T>(component: string, what: string) => Type.Union([
  Id(`An existing ${what} id.`),
  Type.Unsafe<T>(Type.Ref(component))
], { description: `An existing ${what}, by id, or a new one, as an object.` })

const OrganizationReference = reference<OrganizationInput>('OrganizationInput', 'organization')
const PersonReference = reference<PersonInput>('PersonInput', 'person')
const ThemeReference = reference<ThemeInput>('ThemeInput', 'theme')
const SourceReference = reference<SourceInput>('SourceInput', 'source')

export const PartyInputSchema = Type.Object({
  organization: OrganizationReference,
  role: Type.Optional(literals(PARTY_ROLES, 'host, guest, participant (the default), observer or mediator.'))
}, { $id: 'PartyInput', additionalProperties: false, description: 'A party to a meeting.' })

export const ParticipantInputSchema = Type.Object({
  person: PersonReference,
  represents: Type.Optional(Nullable(OrganizationReference)),
  title: Type.Optional(Nullable(Text(300, 'The title held on the day of the meeting.'))),
  role: Type.Optional(literals(PARTICIPANT_ROLES, 'head_of_delegation, delegate (the default), host, observer or chair.'))
}, { $id: 'ParticipantInput', additionalProperties: false, description: 'A person at a meeting.' })

export const ParticipantPatchSchema = Type.Object({
  person: Type.Optional(PersonReference),
  represents: Type.Optional(Nullable(OrganizationReference)),
  title: Type.Optional(Nullable(Text(300))),
  role: Type.Optional(literals(PARTICIPANT_ROLES, 'head_of_delegation, delegate, host, observer or chair.'))
}, { $id: 'ParticipantPatch', additionalProperties: false, minProperties: 1, description: 'Changes to a participant (JSON Merge Patch).' })

export const ProposalInputSchema = Type.Object({
  id: Type.Optional(Id('Leave out to have one made from the meeting id.')),
  by: Type.Optional(Nullable(OrganizationReference)),
  person: Type.Optional(Nullable(PersonReference)),
  summary: Text(1000, 'What was proposed, in a sentence.'),
  kind: Type.Optional(Type.Enum([...PROPOSAL_KINDS], { description: 'strategy, institution, conference, instrument, project, commitment, agreement or other (the default).' })),
  status: Type.Optional(Type.Enum([...PROPOSAL_STATUSES], { description: 'proposed (the default), under_consideration, accepted, rejected, implemented or unknown.' })),
  quote: Type.Optional(Nullable(LongText(2000, 'A short quotation from the source.'))),
  source: Type.Optional(Nullable(SourceReference)),
  themes: Type.Optional(Type.Array(ThemeReference, { maxItems: 50 }))
}, { $id: 'ProposalInput', additionalProperties: false, description: 'A proposal made at a meeting.' })

export const ProposalPatchSchema = Type.Object({
  by: Type.Optional(Nullable(OrganizationReference)),
  person: Type.Optional(Nullable(PersonReference)),
  summary: Type.Optional(Text(1000)),
  kind: Type.Optional(Type.Enum([...PROPOSAL_KINDS])),
  status: Type.Optional(Type.Enum([...PROPOSAL_STATUSES], { description: 'Status changes are kept in the proposal\'s revisions.' })),
  quote: Type.Optional(Nullable(LongText(2000))),
  source: Type.Optional(Nullable(SourceReference)),
  themes: Type.Optional(Type.Array(ThemeReference, { maxItems: 50 }))
}, { $id: 'ProposalPatch', additionalProperties: false, minProperties: 1, description: 'Changes to a proposal (JSON Merge Patch; `themes` replaces the list).' })

export const StatementInputSchema = Type.Object({
  by: Type.Optional(Nullable(OrganizationReference)),
  kind: Type.Optional(literals(STATEMENT_KINDS, 'noted, stressed, agreed, discussed, expressed, announced, mentioned or other (the default).')),
  text: LongText(4000)
}, { $id: 'StatementInput', additionalProperties: false, description: 'A statement; leave out `by` (or send null) when the parties spoke jointly.' })

export const StatementPatchSchema = Type.Object({
  by: Type.Optional(Nullable(OrganizationReference)),
  kind: Type.Optional(literals(STATEMENT_KINDS, 'What the speaker did.')),
  text: Type.Optional(LongText(4000))
}, { $id: 'StatementPatch', additionalProperties: false, minProperties: 1, description: 'Changes to a statement (JSON Merge Patch).' })

const LocationInput = Type.Object({
  name: Text(300, 'Place name.'),
  country_code: Type.Optional(Nullable(CountryCode('Country of the place.')))
}, { additionalProperties: false })

const meetingFields = {
  title: Text(500),
  summary: Type.Optional(Nullable(LongText(10000))),
  start_date: PartialDate('First day.'),
  end_date: Type.Optional(Nullable(PartialDate('Last day, for meetings over several days.'))),
  date_note: Type.Optional(Nullable(LongText(1000, 'How certain the date is, and why.'))),
  format: Type.Optional(MeetingFormat),
  status: Type.Optional(literals(MEETING_STATUSES, 'held (the default), planned or cancelled.')),
  location: Type.Optional(Nullable(LocationInput)),
  parties: Type.Optional(Type.Array(Type.Unsafe<Static<typeof PartyInputSchema>>(Type.Ref('PartyInput')), { maxItems: 200 })),
  participants: Type.Optional(Type.Array(Type.Unsafe<Static<typeof ParticipantInputSchema>>(Type.Ref('ParticipantInput')), { maxItems: 500 })),
  proposals: Type.Optional(Type.Array(Type.Unsafe<Static<typeof ProposalInputSchema>>(Type.Ref('ProposalInput')), { maxItems: 500 })),
  statements: Type.Optional(Type.Array(Type.Unsafe<Static<typeof StatementInputSchema>>(Type.Ref('StatementInput')), { maxItems: 500 })),
  themes: Type.Optional(Type.Array(ThemeReference, { maxItems: 100 })),
  sources: Type.Optional(Type.Array(SourceReference, { maxItems: 100 }))
}

export const MeetingInputSchema = Type.Object({
  id: Type.Optional(Id('Leave out to have one made from the start date and parties.')),
  ...meetingFields
}, {
  $id: 'MeetingInput',
  additionalProperties: false,
  description: 'A whole meeting. Related persons, organizations, themes and sources are given by id, or as objects to create them.'
})

/** PUT sends no id: the path names the meeting. */
const { id: _, ...replaceExample } = meetingByReference

export const MeetingReplaceSchema = Type.Object(meetingFields, {
  $id: 'MeetingReplace',
  additionalProperties: false,
  description: 'A whole meeting that replaces the stored one, its lists included.'
})

export const MeetingPatchSchema = Type.Object({
  ...meetingFields,
  title: Type.Optional(meetingFields.title),
  start_date: Type.Optional(meetingFields.start_date)
}, {
  $id: 'MeetingPatch',
  additionalProperties: false,
  minProperties: 1,
  description: 'Changes to a meeting (JSON Merge Patch, RFC 7396): fields given replace stored ones, null clears a field, and a list given replaces the whole list.'
})

export type MeetingInput = Static<typeof MeetingInputSchema>
export type MeetingPatch = Static<typeof MeetingPatchSchema>
export type PartyInput = Static<typeof PartyInputSchema>
export type ParticipantInput = Static<typeof ParticipantInputSchema>
export type ParticipantPatch = Static<typeof ParticipantPatchSchema>
export type ProposalInput = Static<typeof ProposalInputSchema>
export type ProposalPatch = Static<typeof ProposalPatchSchema>
export type StatementInput = Static<typeof StatementInputSchema>
export type StatementPatch = Static<typeof StatementPatchSchema>
export type OrganizationReferenceValue = string | OrganizationInput
export type PersonReferenceValue = string | PersonInput
export type ThemeReferenceValue = string | ThemeInput
export type SourceReferenceValue = string | SourceInput

// Added after the declarations: the examples are typed by these schemas, so they cannot be part of them.
withExamples(MeetingSchema, meetingExample)
withExamples(PartyInputSchema, writeExamples.party)
withExamples(ParticipantInputSchema, writeExamples.participant)
withExamples(ParticipantPatchSchema, writeExamples.participantPatch)
withExamples(ProposalInputSchema, writeExamples.proposal)
withExamples(ProposalPatchSchema, writeExamples.proposalPatch)
withExamples(StatementInputSchema, writeExamples.statement)
withExamples(StatementPatchSchema, writeExamples.statementPatch)
withExamples(MeetingInputSchema, foundingMeeting)
withExamples(MeetingReplaceSchema, replaceExample)
withExamples(MeetingPatchSchema, writeExamples.meetingPatch)
