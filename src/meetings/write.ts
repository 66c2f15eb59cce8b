// Writes to meetings: whole records in one transaction, merge patches, replacement, deletion, and sub-records.
import { and, eq, sql } from 'drizzle-orm'
import {
  meetingParties, meetingSources, meetingThemes, meetings, participants, proposalThemes, proposals, statements
} from '../db/schema.js'
import type { WriteContext } from '../common/write.js'
import { ConflictError, NotFoundError, RequestValidationError, UnprocessableError } from '../common/errors.js'
import { firstDay, isPartialDate, lastDay } from '../common/dates.js'
import { firstVersion, NOW, revise } from '../common/entity.js'
import { everUsed, idExists, uniqueId } from '../common/ids.js'
import { References } from '../common/references.js'
import { findProposal } from '../proposals/repository.js'
import type { Proposal } from '../proposals/schemas.js'
import { findMeeting } from './repository.js'
import { changeMeeting, changeMeetings } from './touch.js'
import type {
  Meeting, MeetingInput, MeetingPatch, ParticipantInput, ParticipantPatch, PartyInput, ProposalInput, ProposalPatch,
  StatementInput, StatementPatch
} from './schemas.js'

interface ResolvedProposal {
  id?: string
  organizationId: string | null
  personId: string | null
  summary: string
  kind: Proposal['kind']
  status: Proposal['status']
  quote: string | null
  sourceId: string | null
  themeIds: string[]
}

interface Children {
  parties?: Array<{ organizationId: string, role: PartyInput['role'] }>
  participants?: Array<{ personId: string, organizationId: string | null, title: string | null, role: ParticipantInput['role'] }>
  proposals?: ResolvedProposal[]
  statements?: Array<{ organizationId: string | null, kind: StatementInput['kind'], text: string }>
  themeIds?: string[]
  sourceIds?: string[]
}

const unique = <T>(values: T[]) => [...new Set(values)]

function resolveProposal (refs: References, p: ProposalInput | ProposalPatch, at: string): Omit<ResolvedProposal, 'summary'> & { summary?: string } {
  return {
    id: 'id' in p ? p.id : undefined,
    organizationId: p.by == null ? null : refs.organization(p.by, `${at}/by`),
    personId: p.person == null ? null : refs.person(p.person, `${at}/person`),
    summary: p.summary,
    kind: p.kind ?? 'other',
    status: p.status ?? 'proposed',
    quote: p.quote ?? null,
    sourceId: p.source == null ? null : refs.source(p.source, `${at}/source`),
    themeIds: unique((p.themes ?? []).map((t, j) => refs.theme(t, `${at}/themes/${j}`)))
  }
}

/** Resolves every reference in the lists a write gives; lists left out stay undefined. */
function resolveChildren (refs: References, input: Partial<MeetingInput>): Children {
  const children: Children = {}
  // Themes and sources first: proposals may refer to new ones by the ids given here.
  if (input.themes) children.themeIds = unique(input.themes.map((t, i) => refs.theme(t, `/themes/${i}`)))
  if (input.sources) children.sourceIds = unique(input.sources.map((s, i) => refs.source(s, `/sources/${i}`)))
  if (input.parties) {
    children.parties = input.parties.map((p, i) => ({ organizationId: refs.organization(p.organization, `/parties/${i}/organization`), role: p.role ?? 'participant' }))
    children.parties.forEach((p, i) => {
      if (children.parties!.findIndex((o) => o.organizationId === p.organizationId) < i) {
        refs.errors.push({ in: 'body', pointer: `/parties/${i}/organization`, message: `${p.organizationId} is already a party to this meeting` })
      }
    })
  }
  if (input.participants) {
    children.participants = input.participants.map((p, i) => ({
      personId: refs.person(p.person, `/participants/${i}/person`),
      organizationId: p.represents == null ? null : refs.organization(p.represents, `/participants/${i}/represents`),
      title: p.title ?? null,
      role: p.role ?? 'delegate'
    }))
  }
  if (input.proposals) {
    children.proposals = input.proposals.map((p, i) => resolveProposal(refs, p, `/proposals/${i}`) as ResolvedProposal)
    const ids = children.proposals.map((p) => p.id).filter((id): id is string => id !== undefined)
    ids.forEach((id, i) => {
      if (ids.indexOf(id) < i) refs.errors.push({ in: 'body', pointer: `/proposals/${i}/id`, message: `${id} is given twice` })
    })
  }
  if (input.statements) {
    children.statements = input.statements.map((s, i) => ({
      organizationId: s.by == null ? null : refs.organization(s.by, `/statements/${i}/by`),
      kind: s.kind ?? 'other',
      text: s.text
    }))
  }
  return children
}

function checkDates (start: string, end: string | null | undefined): void {
  const bad = [['start_date', start], ['end_date', end]].filter(([, v]) => v != null && !isPartialDate(v))
  if (bad.length > 0) throw new RequestValidationError(bad.map(([name, v]) => ({ in: 'body', pointer: `/${name}`, message: `${v} is not a real date` })))
  if (end != null && lastDay(end) < firstDay(start)) {
    throw new UnprocessableError([{ in: 'body', pointer: '/end_date', message: 'is before start_date' }])
  }
}

function nextProposalId (ctx: WriteContext, meetingId: string): string {
  const count = ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM proposals WHERE meeting_id = ${meetingId}`)!.n
  for (let n = count + 1; ; n++) {
    const id = `${meetingId}-p${n}`
    if (!everUsed(ctx.db, 'proposal', id)) return id
  }
}

function insertProposal (ctx: WriteContext, meetingId: string, p: ResolvedProposal, position: number): Proposal {
  if (p.id !== undefined && idExists(ctx.db, 'proposal', p.id)) throw new ConflictError(`A proposal with the id "${p.id}" already exists`)
  const id = p.id ?? nextProposalId(ctx, meetingId)
  const version = firstVersion(ctx, 'proposal', id)
  ctx.db.insert(proposals).values({
    id, meetingId, organizationId: p.organizationId, personId: p.personId, summary: p.summary, kind: p.kind, status: p.status,
    quote: p.quote, sourceId: p.sourceId, position, version
  }).run()
  for (const themeId of p.themeIds) ctx.db.insert(proposalThemes).values({ proposalId: id, themeId }).run()
  if (p.sourceId) ctx.db.insert(meetingSources).values({ meetingId, sourceId: p.sourceId }).onConflictDoNothing().run()
  const after = findProposal(ctx.db, id)!
  revise(ctx, 'proposal', id, 'create', version, null, after)
  return after
}

function deleteProposalRow (ctx: WriteContext, before: Proposal): void {
  ctx.db.delete(proposals).where(eq(proposals.id, before.id)).run()
  revise(ctx, 'proposal', before.id, 'delete', before.version + 1, before, null)
}

const nextPosition = (ctx: WriteContext, table: 'meeting_parties' | 'participants' | 'statements' | 'proposals', meetingId: string) =>
  ctx.db.get<{ n: number }>(sql`SELECT coalesce(max(position) + 1, 0) AS n FROM ${sql.raw(table)} WHERE meeting_id = ${meetingId}`)!.n

/** Writes the lists given, replacing what the meeting had in each of them. */
function writeChildren (ctx: WriteContext, meetingId: string, day: string, children: Children): void {
  const db = ctx.db
  if (children.parties) {
    db.delete(meetingParties).where(eq(meetingParties.meetingId, meetingId)).run()
    children.parties.forEach((p, position) => db.insert(meetingParties).values({ meetingId, organizationId: p.organizationId, role: p.role, position, meetingFirstDay: day }).run())
  }
  if (children.participants) {
    db.delete(participants).where(eq(participants.meetingId, meetingId)).run()
    children.participants.forEach((p, position) => db.insert(participants).values({ meetingId, ...p, position, meetingFirstDay: day }).run())
  }
  if (children.themeIds) {
    db.delete(meetingThemes).where(eq(meetingThemes.meetingId, meetingId)).run()
    for (const themeId of children.themeIds) db.insert(meetingThemes).values({ meetingId, themeId, meetingFirstDay: day }).run()
  }
  if (children.sourceIds) {
    db.delete(meetingSources).where(eq(meetingSources.meetingId, meetingId)).run()
    for (const sourceId of children.sourceIds) db.insert(meetingSources).values({ meetingId, sourceId }).run()
  }
  if (children.statements) {
    db.delete(statements).where(eq(statements.meetingId, meetingId)).run()
    children.statements.forEach((s, position) => db.insert(statements).values({ meetingId, ...s, position }).run())
  }
  if (children.proposals) {
    for (const p of findMeeting(db, meetingId)?.proposals ?? []) deleteProposalRow(ctx, p)
    children.proposals.forEach((p, position) => insertProposal(ctx, meetingId, p, position))
  }
}

function meetingColumns (input: Partial<MeetingInput>, start: string, end: string | null | undefined) {
  const set: Record<string, unknown> = {}
  if (input.title !== undefined) set.title = input.title
  if (input.summary !== undefined) set.summary = input.summary
  if (input.start_date !== undefined || input.end_date !== undefined) {
    set.startDate = start
    set.endDate = end ?? null
    set.firstDay = firstDay(start)
    set.lastDay = lastDay(end ?? start)
  }
  if (input.date_note !== undefined) set.dateNote = input.date_note
  if (input.format !== undefined) set.format = input.format
  if (input.status !== undefined) set.status = input.status
  if (input.location !== undefined) {
    set.locationName = input.location?.name ?? null
    set.locationCountryCode = input.location?.country_code ?? null
  }
  return set
}

export function createMeeting (ctx: WriteContext, input: MeetingInput): Meeting {
  if (input.id !== undefined && idExists(ctx.db, 'meeting', input.id)) throw new ConflictError(`A meeting with the id "${input.id}" already exists`)
  checkDates(input.start_date, input.end_date)
  const refs = new References(ctx)
  const children = resolveChildren(refs, input)
  refs.check()
  const partyIds = (children.parties ?? []).slice(0, 3).map((p) => p.organizationId)
  const id = input.id ?? uniqueId(ctx.db, 'meeting', partyIds.length > 0 ? [input.start_date, ...partyIds].join('-') : `${input.start_date} ${input.title}`)
  const version = firstVersion(ctx, 'meeting', id)
  const day = firstDay(input.start_date)
  ctx.db.insert(meetings).values({
    id,
    title: input.title,
    startDate: input.start_date,
    firstDay: day,
    lastDay: lastDay(input.end_date ?? input.start_date),
    ...meetingColumns(input, input.start_date, input.end_date),
    format: input.format ?? 'unknown',
    status: input.status ?? 'held',
    version
  }).run()
  writeChildren(ctx, id, day, children)
  const after = findMeeting(ctx.db, id)!
  revise(ctx, 'meeting', id, 'create', version, null, after)
  return after
}

/** Applies a merge patch; lists given replace the meeting's lists. */
export function patchMeeting (ctx: WriteContext, before: Meeting, patch: MeetingPatch): Meeting {
  const start = patch.start_date ?? before.start_date
  const end = patch.end_date === undefined ? before.end_date : patch.end_date
  checkDates(start, end)
  const refs = new References(ctx)
  const children = resolveChildren(refs, patch)
  refs.check()
  return changeMeeting(ctx, before.id, () => {
    const set = meetingColumns(patch, start, end)
    if (Object.keys(set).length > 0) ctx.db.update(meetings).set(set).where(eq(meetings.id, before.id)).run()
    writeChildren(ctx, before.id, firstDay(start), children)
  })
}

/** Replaces the whole meeting: what the new record leaves out is cleared. */
export function replaceMeeting (ctx: WriteContext, before: Meeting, input: Omit<MeetingInput, 'id'>): Meeting {
  return patchMeeting(ctx, before, {
    summary: null, end_date: null, date_note: null, format: 'unknown', status: 'held', location: null,
    parties: [], participants: [], proposals: [], statements: [], themes: [], sources: [],
    ...input
  })
}

export function deleteMeeting (ctx: WriteContext, before: Meeting): void {
  for (const p of before.proposals ?? []) deleteProposalRow(ctx, p)
  ctx.db.delete(meetings).where(eq(meetings.id, before.id)).run()
  revise(ctx, 'meeting', before.id, 'delete', before.version + 1, before, null)
}

export function requireMeeting (ctx: WriteContext, id: string): Meeting {
  const found = findMeeting(ctx.db, id)
  if (!found) throw new NotFoundError('Meeting', id)
  return found
}

// ---- Sub-records ---------------------------------------------------------------------------------

export function addParty (ctx: WriteContext, meeting: Meeting, input: PartyInput): Meeting {
  const refs = new References(ctx)
  const organizationId = refs.organization(input.organization, '/organization')
  refs.check()
  if (meeting.parties?.some((p) => p.organization.id === organizationId)) throw new ConflictError(`${organizationId} is already a party to this meeting`)
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.insert(meetingParties).values({
      meetingId: meeting.id, organizationId, role: input.role ?? 'participant', position: nextPosition(ctx, 'meeting_parties', meeting.id), meetingFirstDay: firstDay(meeting.start_date)
    }).run()
  })
}

export function removeParty (ctx: WriteContext, meeting: Meeting, organizationId: string): Meeting {
  if (!meeting.parties?.some((p) => p.organization.id === organizationId)) throw new NotFoundError('Party', organizationId)
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.delete(meetingParties).where(and(eq(meetingParties.meetingId, meeting.id), eq(meetingParties.organizationId, organizationId))).run()
  })
}

export function addParticipant (ctx: WriteContext, meeting: Meeting, input: ParticipantInput): Meeting {
  const refs = new References(ctx)
  const personId = refs.person(input.person, '/person')
  const organizationId = input.represents == null ? null : refs.organization(input.represents, '/represents')
  refs.check()
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.insert(participants).values({
      meetingId: meeting.id, personId, organizationId, title: input.title ?? null, role: input.role ?? 'delegate',
      position: nextPosition(ctx, 'participants', meeting.id), meetingFirstDay: firstDay(meeting.start_date)
    }).run()
  })
}

function requireSub (meeting: Meeting, list: 'participants' | 'statements', id: string, what: string): void {
  if (!meeting[list]?.some((x) => x.id === id)) throw new NotFoundError(what, id)
}

export function patchParticipant (ctx: WriteContext, meeting: Meeting, participantId: string, patch: ParticipantPatch): Meeting {
  requireSub(meeting, 'participants', participantId, 'Participant')
  const refs = new References(ctx)
  const set: Record<string, unknown> = {}
  if (patch.person !== undefined) set.personId = refs.person(patch.person, '/person')
  if (patch.represents !== undefined) set.organizationId = patch.represents === null ? null : refs.organization(patch.represents, '/represents')
  if (patch.title !== undefined) set.title = patch.title
  if (patch.role !== undefined) set.role = patch.role
  refs.check()
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.update(participants).set(set).where(and(eq(participants.id, Number(participantId)), eq(participants.meetingId, meeting.id))).run()
  })
}

export function removeParticipant (ctx: WriteContext, meeting: Meeting, participantId: string): Meeting {
  requireSub(meeting, 'participants', participantId, 'Participant')
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.delete(participants).where(and(eq(participants.id, Number(participantId)), eq(participants.meetingId, meeting.id))).run()
  })
}

export function addStatement (ctx: WriteContext, meeting: Meeting, input: StatementInput): Meeting {
  const refs = new References(ctx)
  const organizationId = input.by == null ? null : refs.organization(input.by, '/by')
  refs.check()
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.insert(statements).values({
      meetingId: meeting.id, organizationId, kind: input.kind ?? 'other', text: input.text, position: nextPosition(ctx, 'statements', meeting.id)
    }).run()
  })
}

export function patchStatement (ctx: WriteContext, meeting: Meeting, statementId: string, patch: StatementPatch): Meeting {
  requireSub(meeting, 'statements', statementId, 'Statement')
  const refs = new References(ctx)
  const set: Record<string, unknown> = {}
  if (patch.by !== undefined) set.organizationId = patch.by === null ? null : refs.organization(patch.by, '/by')
  if (patch.kind !== undefined) set.kind = patch.kind
  if (patch.text !== undefined) set.text = patch.text
  refs.check()
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.update(statements).set(set).where(and(eq(statements.id, Number(statementId)), eq(statements.meetingId, meeting.id))).run()
  })
}

export function removeStatement (ctx: WriteContext, meeting: Meeting, statementId: string): Meeting {
  requireSub(meeting, 'statements', statementId, 'Statement')
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.delete(statements).where(and(eq(statements.id, Number(statementId)), eq(statements.meetingId, meeting.id))).run()
  })
}

export function linkTheme (ctx: WriteContext, meeting: Meeting, themeId: string): Meeting {
  if (!idExists(ctx.db, 'theme', themeId)) throw new NotFoundError('Theme', themeId)
  if (meeting.themes?.some((t) => t.id === themeId)) return meeting
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.insert(meetingThemes).values({ meetingId: meeting.id, themeId, meetingFirstDay: firstDay(meeting.start_date) }).run()
  })
}

export function unlinkTheme (ctx: WriteContext, meeting: Meeting, themeId: string): Meeting {
  if (!meeting.themes?.some((t) => t.id === themeId)) throw new NotFoundError('Theme of this meeting', themeId)
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.delete(meetingThemes).where(and(eq(meetingThemes.meetingId, meeting.id), eq(meetingThemes.themeId, themeId))).run()
  })
}

export function linkSource (ctx: WriteContext, meeting: Meeting, sourceId: string): Meeting {
  if (!idExists(ctx.db, 'source', sourceId)) throw new NotFoundError('Source', sourceId)
  if (meeting.sources?.some((s) => s.id === sourceId)) return meeting
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.insert(meetingSources).values({ meetingId: meeting.id, sourceId }).run()
  })
}

export function unlinkSource (ctx: WriteContext, meeting: Meeting, sourceId: string): Meeting {
  if (!meeting.sources?.some((s) => s.id === sourceId)) throw new NotFoundError('Source of this meeting', sourceId)
  if (meeting.proposals?.some((p) => p.source_id === sourceId)) {
    throw new ConflictError(`Source ${sourceId} is cited by proposals of this meeting; change their source first`)
  }
  return changeMeeting(ctx, meeting.id, () => {
    ctx.db.delete(meetingSources).where(and(eq(meetingSources.meetingId, meeting.id), eq(meetingSources.sourceId, sourceId))).run()
  })
}

// ---- Proposals -----------------------------------------------------------------------------------

export function addProposal (ctx: WriteContext, meeting: Meeting, input: ProposalInput): Proposal {
  const refs = new References(ctx)
  const resolved = resolveProposal(refs, input, '') as ResolvedProposal
  refs.check()
  let created: Proposal | undefined
  changeMeeting(ctx, meeting.id, () => {
    created = insertProposal(ctx, meeting.id, resolved, nextPosition(ctx, 'proposals', meeting.id))
  })
  return findProposal(ctx.db, created!.id)!
}

export function patchProposal (ctx: WriteContext, before: Proposal, patch: ProposalPatch): Proposal {
  const refs = new References(ctx)
  const set: Record<string, unknown> = {}
  if (patch.by !== undefined) set.organizationId = patch.by === null ? null : refs.organization(patch.by, '/by')
  if (patch.person !== undefined) set.personId = patch.person === null ? null : refs.person(patch.person, '/person')
  if (patch.source !== undefined) set.sourceId = patch.source === null ? null : refs.source(patch.source, '/source')
  for (const field of ['summary', 'kind', 'status', 'quote'] as const) {
    if (patch[field] !== undefined) set[field] = patch[field]
  }
  const themeIds = patch.themes === undefined ? undefined : unique(patch.themes.map((t, j) => refs.theme(t, `/themes/${j}`)))
  refs.check()
  const meetingId = before.meeting.id
  changeMeetings(ctx, [meetingId], () => {
    ctx.db.update(proposals).set({ ...set, version: sql`${proposals.version} + 1`, updatedAt: NOW }).where(eq(proposals.id, before.id)).run()
    if (themeIds) {
      ctx.db.delete(proposalThemes).where(eq(proposalThemes.proposalId, before.id)).run()
      for (const themeId of themeIds) ctx.db.insert(proposalThemes).values({ proposalId: before.id, themeId }).run()
    }
    if (typeof set.sourceId === 'string') ctx.db.insert(meetingSources).values({ meetingId, sourceId: set.sourceId }).onConflictDoNothing().run()
  })
  const after = findProposal(ctx.db, before.id)!
  revise(ctx, 'proposal', before.id, 'update', after.version, before, after)
  return after
}

export function removeProposal (ctx: WriteContext, before: Proposal): void {
  changeMeetings(ctx, [before.meeting.id], () => deleteProposalRow(ctx, before))
}

export function requireProposal (ctx: WriteContext, id: string): Proposal {
  const found = findProposal(ctx.db, id)
  if (!found) throw new NotFoundError('Proposal', id)
  return found
}
