// Meetings: who met whom, when, where or by what format, with everything recorded about it.
import { Type, type Static } from 'typebox'
import { MEETING_FORMATS, MEETING_STATUSES, PARTICIPANT_ROLES, PARTY_ROLES, STATEMENT_KINDS } from '../db/schema.js'
import { CountryCode, Cursor, Id, Limit, Nullable, Page, PartialDate, Timestamp } from '../common/schemas.js'
import { OrganizationSummaryRef } from '../organizations/schemas.js'
import { PersonSummaryRef } from '../persons/schemas.js'
import { ProposalRef } from '../proposals/schemas.js'
import { SourceRef } from '../sources/schemas.js'
import { ThemeSummaryRef } from '../themes/schemas.js'

export const INCLUDES = ['parties', 'participants', 'proposals', 'statements', 'themes', 'sources'] as const
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
    rank: Type.Number({ description: 'BM25 relevance; lower is more relevant.' })
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
  party: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
    maxItems: 10,
    description: 'A party that attended: an organization id (`osce`) or an ISO 3166-1 alpha-2 code (`TM`, which matches the state and its national bodies). Repeat it to require several parties: all must have attended.',
    examples: [['TM']]
  })),
  person: Type.Optional(Id('Only meetings this person attended.')),
  theme: Type.Optional(Id('Only meetings on this theme or a theme below it.')),
  format: Type.Optional(MeetingFormat),
  country: Type.Optional(CountryCode('Only meetings held in this country.')),
  q: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 500,
    description: 'Full-text search in title, summary and statements (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT). Each result gets a `match` with the best passage.'
  })),
  sort: Type.Optional(Type.Enum(['-date', 'date', 'relevance'], {
    description: '`-date` newest first (the default), `date` oldest first, `relevance` best match first (the default with `q`; needs `q`).'
  })),
  include: Type.Optional(Type.String({
    pattern: includePattern,
    description: `Related records to embed, comma-separated: ${INCLUDES.join(', ')}.`,
    examples: ['parties,participants']
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

export const MeetingPageSchema = Page(MeetingRef, 'Meetings.')

export const MeetingParamsSchema = Type.Object({ id: Id('Meeting id.') }, { additionalProperties: false })
