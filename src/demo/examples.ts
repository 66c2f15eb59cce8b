// The OpenAPI document's examples, made from the demo record: what Parley answers for it, and requests that work on it.
// test/examples.test.ts sends the example requests to an app holding the demo record and compares the answers.
import type { Meeting, MeetingInput, Participant, Statement } from '../meetings/schemas.js'
import type { Organization, OrganizationInput, OrganizationSummary } from '../organizations/schemas.js'
import type { Person, PersonInput, PersonSummary } from '../persons/schemas.js'
import type { Proposal } from '../proposals/schemas.js'
import type { Source, SourceInput } from '../sources/schemas.js'
import type { ThemeDetail, ThemeInput, ThemeNode, ThemeSummary } from '../themes/schemas.js'
import { foundingMeeting as demo } from './founding-meeting.js'

/** Records carry the time they were written; examples show this one instead. */
export const EXAMPLE_TIME = '2026-01-01T00:00:00.000Z'
const stamps = { created_at: EXAMPLE_TIME, updated_at: EXAMPLE_TIME }

export const DEMO_MEETING_ID = demo.id!

/** The demo record names every related record as an object with its id. */
function given<T extends { id?: string }> (ref: string | T | null | undefined): T & { id: string } {
  if (ref == null || typeof ref === 'string' || ref.id === undefined) throw new Error('the demo record gives related records as objects with ids')
  return ref as T & { id: string }
}

const organizationInputs = demo.parties!.map((party) => given<OrganizationInput>(party.organization))
const personInputs = demo.participants!.map((participant) => given<PersonInput>(participant.person))
const themeInputs = demo.themes!.map((theme) => given<ThemeInput>(theme))
const sourceInputs = demo.sources!.map((source) => given<SourceInput>(source))
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((item) => item.id === id) ?? (() => { throw new Error(`no ${id} in the demo record`) })()
const byLabel = (a: { label: string }, b: { label: string }) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)

export const organizationSummary = (id: string): OrganizationSummary => {
  const o = byId(organizationInputs, id)
  return { id: o.id, name: o.name, abbreviation: o.abbreviation ?? null, kind: o.kind, country_code: o.country_code ?? null }
}

export const organizationExample = (id: string): Organization => {
  const o = byId(organizationInputs, id)
  return { ...organizationSummary(id), parent_id: o.parent_id ?? null, wikidata_id: o.wikidata_id ?? null, meeting_count: 1, version: 1, ...stamps }
}

export const personSummary = (id: string): PersonSummary => ({ id, name: byId(personInputs, id).name })

export const personExample = (id: string): Person => {
  const p = byId(personInputs, id)
  return { ...personSummary(id), other_names: p.other_names ?? [], wikidata_id: p.wikidata_id ?? null, meeting_count: 1, version: 1, ...stamps }
}

export const themeSummary = (id: string): ThemeSummary => {
  const t = byId(themeInputs, id)
  return { id: t.id, label: t.label, parent_id: t.parent_id ?? null }
}

const themeSummaries = (ids: string[]) => ids.map(themeSummary).sort(byLabel)

/** Every demo theme is on the demo meeting, so each counts one meeting. */
const themeNode = (id: string): ThemeNode => ({
  ...themeSummary(id),
  description: byId(themeInputs, id).description ?? null,
  meeting_count: 1,
  children: themeInputs.filter((t) => t.parent_id === id).map((t) => themeNode(t.id)).sort(byLabel)
})

export const themeTreeExample: ThemeNode[] = themeInputs.filter((t) => !t.parent_id).map((t) => themeNode(t.id)).sort(byLabel)

export const themeDetailExample = (id: string): ThemeDetail => {
  const ancestors: ThemeSummary[] = []
  for (let parent = themeSummary(id).parent_id; parent; parent = themeSummary(parent).parent_id) ancestors.unshift(themeSummary(parent))
  return { ...themeNode(id), version: 1, ancestors }
}

export const sourceExample = (id: string): Source => {
  const s = byId(sourceInputs, id)
  return {
    id: s.id, publisher: s.publisher, via: s.via ?? [], url: s.url ?? null, title: s.title ?? null, published_on: s.published_on ?? null,
    dateline: s.dateline ?? null, language: s.language ?? null, repository: s.repository ?? null, file: s.file ?? null, record_id: s.record_id ?? null, version: 1
  }
}

const meetingSummary = { id: DEMO_MEETING_ID, title: demo.title, start_date: demo.start_date }

/** Proposals get the meeting's id and their place in it: `...-p1` to `...-p5`. */
export const proposalId = (n: number) => `${DEMO_MEETING_ID}-p${n}`

/** The demo's third proposal, a new OSCE body for energy, is the one examples show. */
export const EXAMPLE_PROPOSAL = 3

export const proposalExample = (n: number): Proposal => {
  const p = demo.proposals![n - 1]!
  return {
    id: proposalId(n),
    meeting: meetingSummary,
    summary: p.summary,
    kind: p.kind ?? 'other',
    status: p.status ?? 'proposed',
    proposer: typeof p.by === 'string' ? organizationSummary(p.by) : null,
    person: typeof p.person === 'string' ? personSummary(p.person) : null,
    quote: p.quote ?? null,
    source_id: typeof p.source === 'string' ? p.source : null,
    themes: themeSummaries((p.themes ?? []) as string[]),
    version: 1,
    ...stamps
  }
}

const participants: Participant[] = demo.participants!.map((p, i) => ({
  id: String(i + 1),
  person: personSummary(given<PersonInput>(p.person).id),
  represents: typeof p.represents === 'string' ? organizationSummary(p.represents) : null,
  title: p.title ?? null,
  role: p.role ?? 'delegate'
}))

const statements: Statement[] = demo.statements!.map((s, i) => ({ id: String(i + 1), by: null, kind: s.kind ?? 'other', text: s.text }))

/** The demo meeting as a list shows it, before `include` adds related records. */
export const meetingCore: Meeting = {
  id: DEMO_MEETING_ID,
  title: demo.title,
  summary: demo.summary ?? null,
  start_date: demo.start_date,
  end_date: demo.end_date ?? null,
  date_note: demo.date_note ?? null,
  format: demo.format ?? 'unknown',
  status: demo.status ?? 'held',
  kind: demo.parties!.length > 2 ? 'multilateral' : 'bilateral',
  location: null,
  version: 1,
  ...stamps
}

/** GET /v1/meetings/{id}: the demo meeting with everything embedded. */
export const meetingExample: Meeting = {
  ...meetingCore,
  parties: organizationInputs.map((o, i) => ({ organization: organizationSummary(o.id), role: demo.parties![i]!.role ?? 'participant' })),
  participants,
  proposals: demo.proposals!.map((_, i) => proposalExample(i + 1)),
  statements,
  themes: themeSummaries(themeInputs.map((t) => t.id)),
  sources: sourceInputs.map((s) => sourceExample(s.id))
}

const EMBEDDED = ['parties', 'participants', 'proposals', 'statements', 'themes', 'sources'] as const

/** The demo meeting in a list asked for with `include`. */
export const meetingListItem = (include: string): Meeting => ({
  ...meetingCore,
  ...Object.fromEntries(EMBEDDED.filter((name) => include.split(',').includes(name)).map((name) => [name, meetingExample[name]]))
})

/** The demo record as a write that names its related records by id, the way a client sends them once they exist. */
export const meetingByReference: MeetingInput = {
  ...demo,
  parties: demo.parties!.map((p) => ({ ...p, organization: given<OrganizationInput>(p.organization).id })),
  participants: demo.participants!.map((p) => ({ ...p, person: given<PersonInput>(p.person).id })),
  themes: themeInputs.map((t) => t.id),
  sources: sourceInputs.map((s) => s.id)
}

export const revisionSummaryExample = { version: 1, action: 'create' as const, api_key_id: null, created_at: EXAMPLE_TIME }

/** A record's first revision: created from nothing, each field added. */
export const creationRevision = (after: Record<string, unknown>) => ({
  ...revisionSummaryExample,
  before: null,
  after,
  diff: Object.entries(after).map(([key, value]) => ({ op: 'add', path: `/${key}`, value }))
})

/** Loading the demo writes its themes, organizations, persons, sources and proposals, and then the meeting. */
export const meetingChangeSeq = themeInputs.length + organizationInputs.length + personInputs.length + sourceInputs.length + demo.proposals!.length + 1

export const meetingChangeExample = {
  seq: meetingChangeSeq,
  entity_type: 'meeting' as const,
  entity_id: DEMO_MEETING_ID,
  action: 'create' as const,
  version: 1,
  api_key_id: null,
  changed_at: EXAMPLE_TIME
}

/** Inputs of the demo's own records, without the ids a new record would be given. */
const withoutId = <T extends { id?: string }>({ id: _, ...rest }: T) => rest

export const personInputExample = withoutId(personInputs[0]!)
export const sourceInputExample = withoutId(sourceInputs[0]!)
export const demoIds = {
  meeting: DEMO_MEETING_ID,
  state: organizationInputs.find((o) => o.kind === 'state')!.id,
  organization: organizationInputs.find((o) => o.kind !== 'state')!.id,
  person: personInputs[0]!.id,
  /** A theme with a broader one above it and narrower ones below. */
  theme: byId(themeInputs, 'organized-crime').id,
  source: sourceInputs[0]!.id,
  proposal: proposalId(EXAMPLE_PROPOSAL)
}

/** `GET /v1/meetings` with the query parameters' examples: the demo meeting with parties and participants, and two facets. */
export const meetingListQueryExample = { include: 'parties,participants', facets: 'party,year' }

export const meetingPageExample = {
  data: [meetingListItem(meetingListQueryExample.include)],
  next_cursor: null,
  facets: {
    party: organizationInputs.map((o) => ({ value: o.id, label: o.name, count: 1 })).sort((a, b) => (a.value < b.value ? -1 : 1)),
    year: [{ value: demo.start_date.slice(0, 4), label: null, count: 1 }]
  }
}

/** Changes to the demo record, one per kind of write body. */
export const writeExamples = {
  meetingPatch: { date_note: 'Reported on 18 March 2021 by Trend, citing the State News Agency of Turkmenistan; the call was held that day or shortly before.' },
  party: { organization: { name: 'Ministry of Foreign Affairs of Turkmenistan', kind: 'ministry' as const, country_code: 'TM', parent_id: demoIds.state }, role: 'participant' as const },
  participant: { ...demo.participants![0]!, person: demoIds.person },
  participantPatch: { title: 'Minister of Foreign Affairs of Turkmenistan' },
  statement: demo.statements![3]!,
  statementPatch: { text: 'Ways to cooperate on cybersecurity and against cyber threats.' },
  proposal: demo.proposals![2]!,
  proposalPatch: { status: 'under_consideration' as const },
  personPatch: { other_names: personInputs[0]!.other_names ?? [] },
  organizationPatch: { wikidata_id: byId(organizationInputs, demoIds.state).wikidata_id ?? null },
  themePatch: { description: 'Crime organized across borders, such as drug and human trafficking.' },
  sourcePatch: { dateline: sourceInputs[0]!.dateline ?? null }
}
