// Storage truth for Parley: every table, index and constraint. Migrations are generated from this file.
import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core'

export const ORGANIZATION_KINDS = ['state', 'intergovernmental', 'ministry', 'agency', 'ngo', 'other'] as const
export const MEETING_FORMATS = ['in_person', 'videoconference', 'phone_call', 'hybrid', 'written', 'unknown'] as const
export const MEETING_STATUSES = ['held', 'planned', 'cancelled'] as const
export const PARTY_ROLES = ['host', 'guest', 'participant', 'observer', 'mediator'] as const
export const PARTICIPANT_ROLES = ['head_of_delegation', 'delegate', 'host', 'observer', 'chair'] as const
export const PROPOSAL_KINDS = ['strategy', 'institution', 'conference', 'instrument', 'project', 'commitment', 'agreement', 'other'] as const
export const PROPOSAL_STATUSES = ['proposed', 'under_consideration', 'accepted', 'rejected', 'implemented', 'unknown'] as const
export const STATEMENT_KINDS = ['noted', 'stressed', 'agreed', 'discussed', 'expressed', 'announced', 'mentioned', 'other'] as const

const timestamps = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
}

// A copy of meetings.first_day on the link tables, kept in step by triggers (see the triggers
// migration), so "meetings of X, newest first" walks one index instead of sorting every match.
const meetingFirstDay = () => text('meeting_first_day').notNull()

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`)

export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  abbreviation: text('abbreviation'),
  kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
  countryCode: text('country_code'),
  parentId: text('parent_id').references((): AnySQLiteColumn => organizations.id),
  wikidataId: text('wikidata_id'),
  ...timestamps
}, (t) => [
  index('organizations_country_code_idx').on(t.countryCode),
  index('organizations_parent_id_idx').on(t.parentId),
  index('organizations_name_idx').on(t.name, t.id),
  // What a meeting or proposal shows of an organization, found by id without reading the row (as for persons
  // and themes below): a document embeds several, each one B-tree descent instead of two.
  index('organizations_summary_idx').on(t.id, t.name, t.abbreviation, t.kind, t.countryCode),
  check('organizations_kind_check', inList('kind', ORGANIZATION_KINDS))
])

export const persons = sqliteTable('persons', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  otherNames: text('other_names', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  wikidataId: text('wikidata_id'),
  ...timestamps
}, (t) => [
  index('persons_name_idx').on(t.name, t.id),
  index('persons_summary_idx').on(t.id, t.name)
])

export const themes = sqliteTable('themes', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  description: text('description'),
  parentId: text('parent_id').references((): AnySQLiteColumn => themes.id),
  ...timestamps
}, (t) => [
  index('themes_parent_id_idx').on(t.parentId),
  index('themes_summary_idx').on(t.id, t.label, t.parentId)
])

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  publisher: text('publisher').notNull(),
  // Attribution chain, nearest first: the publisher cites via[0], which may cite via[1], ...
  via: text('via', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  url: text('url'),
  title: text('title'),
  publishedOn: text('published_on'),
  dateline: text('dateline'),
  language: text('language'),
  // Where a record from a published data set lives: repository URL, file in it, the record's own id.
  repository: text('repository'),
  file: text('file'),
  recordId: text('record_id'),
  ...timestamps
})

export const meetings = sqliteTable('meetings', {
  // An explicit integer key keeps the full-text index's rowids stable across VACUUM.
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  id: text('id').notNull(),
  title: text('title').notNull(),
  summary: text('summary'),
  startDate: text('start_date').notNull(),
  endDate: text('end_date'),
  // First and last day the (possibly partial) dates can mean; date filters and sorting use these.
  firstDay: text('first_day').notNull(),
  lastDay: text('last_day').notNull(),
  dateNote: text('date_note'),
  format: text('format', { enum: MEETING_FORMATS }).notNull().default('unknown'),
  status: text('status', { enum: MEETING_STATUSES }).notNull().default('held'),
  locationName: text('location_name'),
  locationCountryCode: text('location_country_code'),
  // How many parties the meeting has (its kind follows from it), kept in step by triggers on meeting_parties
  // (see migration 0008) so that a meeting's document does not count them again on every read.
  partyCount: integer('party_count').notNull().default(0),
  ...timestamps
}, (t) => [
  uniqueIndex('meetings_id_idx').on(t.id),
  index('meetings_first_day_idx').on(t.firstDay, t.id),
  // Every column a list page shows, in date order: a page of the newest meetings reads a few neighbouring
  // pages of this index instead of a row scattered somewhere in the table for each meeting.
  index('meetings_by_day_idx').on(t.firstDay, t.id, t.lastDay, t.title, t.summary, t.startDate, t.endDate, t.dateNote,
    t.format, t.status, t.locationName, t.locationCountryCode, t.partyCount, t.version, t.createdAt, t.updatedAt),
  index('meetings_last_day_idx').on(t.lastDay),
  index('meetings_format_idx').on(t.format, t.firstDay),
  index('meetings_location_country_idx').on(t.locationCountryCode, t.firstDay),
  check('meetings_format_check', inList('format', MEETING_FORMATS)),
  check('meetings_status_check', inList('status', MEETING_STATUSES))
])

export const meetingParties = sqliteTable('meeting_parties', {
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
  role: text('role', { enum: PARTY_ROLES }).notNull().default('participant'),
  position: integer('position').notNull().default(0),
  meetingFirstDay: meetingFirstDay()
}, (t) => [
  primaryKey({ columns: [t.meetingId, t.organizationId] }),
  index('meeting_parties_organization_idx').on(t.organizationId, t.meetingFirstDay, t.meetingId),
  check('meeting_parties_role_check', inList('role', PARTY_ROLES))
])

export const participants = sqliteTable('participants', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  personId: text('person_id').notNull().references(() => persons.id),
  organizationId: text('organization_id').references(() => organizations.id),
  title: text('title'),
  role: text('role', { enum: PARTICIPANT_ROLES }).notNull().default('delegate'),
  position: integer('position').notNull().default(0),
  meetingFirstDay: meetingFirstDay()
}, (t) => [
  // A meeting's participants in order with every column its document shows: no table row read per participant.
  index('participants_meeting_idx').on(t.meetingId, t.position, t.id, t.personId, t.organizationId, t.title, t.role),
  index('participants_person_idx').on(t.personId, t.meetingFirstDay, t.meetingId),
  index('participants_organization_idx').on(t.organizationId),
  check('participants_role_check', inList('role', PARTICIPANT_ROLES))
])

export const proposals = sqliteTable('proposals', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  id: text('id').notNull(),
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  organizationId: text('organization_id').references(() => organizations.id),
  personId: text('person_id').references(() => persons.id),
  summary: text('summary').notNull(),
  kind: text('kind', { enum: PROPOSAL_KINDS }).notNull().default('other'),
  status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('proposed'),
  quote: text('quote'),
  sourceId: text('source_id').references(() => sources.id),
  position: integer('position').notNull().default(0),
  ...timestamps
}, (t) => [
  uniqueIndex('proposals_id_idx').on(t.id),
  index('proposals_meeting_idx').on(t.meetingId, t.position),
  index('proposals_organization_idx').on(t.organizationId),
  index('proposals_person_idx').on(t.personId),
  index('proposals_status_idx').on(t.status),
  index('proposals_kind_idx').on(t.kind),
  index('proposals_source_idx').on(t.sourceId),
  check('proposals_kind_check', inList('kind', PROPOSAL_KINDS)),
  check('proposals_status_check', inList('status', PROPOSAL_STATUSES))
])

export const proposalThemes = sqliteTable('proposal_themes', {
  proposalId: text('proposal_id').notNull().references(() => proposals.id, { onDelete: 'cascade' }),
  themeId: text('theme_id').notNull().references(() => themes.id)
}, (t) => [
  primaryKey({ columns: [t.proposalId, t.themeId] }),
  index('proposal_themes_theme_idx').on(t.themeId, t.proposalId)
])

export const statements = sqliteTable('statements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  // Null means the parties spoke jointly.
  organizationId: text('organization_id').references(() => organizations.id),
  kind: text('kind', { enum: STATEMENT_KINDS }).notNull().default('other'),
  text: text('text').notNull(),
  position: integer('position').notNull().default(0)
}, (t) => [
  index('statements_meeting_idx').on(t.meetingId, t.position),
  index('statements_organization_idx').on(t.organizationId),
  check('statements_kind_check', inList('kind', STATEMENT_KINDS))
])

export const meetingThemes = sqliteTable('meeting_themes', {
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  themeId: text('theme_id').notNull().references(() => themes.id),
  meetingFirstDay: meetingFirstDay()
}, (t) => [
  primaryKey({ columns: [t.meetingId, t.themeId] }),
  index('meeting_themes_theme_idx').on(t.themeId, t.meetingFirstDay, t.meetingId)
])

export const meetingSources = sqliteTable('meeting_sources', {
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  sourceId: text('source_id').notNull().references(() => sources.id)
}, (t) => [
  primaryKey({ columns: [t.meetingId, t.sourceId] }),
  index('meeting_sources_source_idx').on(t.sourceId, t.meetingId)
])

export const revisions = sqliteTable('revisions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  version: integer('version').notNull(),
  action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
  before: text('before', { mode: 'json' }),
  after: text('after', { mode: 'json' }),
  apiKeyId: text('api_key_id').references(() => apiKeys.id),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
}, (t) => [
  uniqueIndex('revisions_entity_idx').on(t.entityType, t.entityId, t.version),
  index('revisions_api_key_idx').on(t.apiKeyId)
])

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  hash: text('hash').notNull(),
  scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  revokedAt: text('revoked_at'),
  lastUsedAt: text('last_used_at')
}, (t) => [uniqueIndex('api_keys_hash_idx').on(t.hash)])

/** Responses to POSTs sent with an Idempotency-Key, stored in the write's own transaction for replay. */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
  apiKeyId: text('api_key_id').notNull().references(() => apiKeys.id),
  key: text('key').notNull(),
  requestHash: text('request_hash').notNull(),
  statusCode: integer('status_code').notNull(),
  responseBody: text('response_body').notNull(),
  location: text('location'),
  /** The first answer's ETag, which a replay sends again. */
  etag: text('etag'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
}, (t) => [
  primaryKey({ columns: [t.apiKeyId, t.key] }),
  index('idempotency_keys_created_idx').on(t.createdAt)
])
