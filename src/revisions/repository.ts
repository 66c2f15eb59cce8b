// Revisions: the before and after of every write, who made it and when; also the change feed.
import { and, eq, sql } from 'drizzle-orm'
import jsonPatch from 'fast-json-patch'
import type { Queryable } from '../db/open.js'
import { all } from '../db/query.js'
import { limitRows } from '../common/sql.js'
import { revisions } from '../db/schema.js'

export type EntityType = 'meeting' | 'proposal' | 'person' | 'organization' | 'theme' | 'source'
export type Action = 'create' | 'update' | 'delete'

export interface RevisionInput {
  entityType: EntityType
  entityId: string
  version: number
  action: Action
  before: unknown
  after: unknown
  apiKeyId: string | null
}

export function recordRevision (db: Queryable, input: RevisionInput): void {
  db.insert(revisions).values({ ...input, before: input.before ?? null, after: input.after ?? null }).run()
}

/** The highest version any revision gave this record, so that a record made again after a delete continues the count. */
export function lastVersion (db: Queryable, entityType: EntityType, entityId: string): number {
  const row = db.select({ v: sql<number>`max(${revisions.version})` }).from(revisions)
    .where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId))).get()
  return row?.v ?? 0
}

export interface RevisionSummary {
  version: number
  action: Action
  api_key_id: string | null
  created_at: string
}

export interface RevisionDetail extends RevisionSummary {
  before: unknown
  after: unknown
  /** RFC 6902 JSON Patch from before to after. */
  diff: Array<{ op: string, path: string, value?: unknown, from?: string }>
}

type RevisionRow = typeof revisions.$inferSelect

const summary = (r: RevisionRow): RevisionSummary => ({ version: r.version, action: r.action, api_key_id: r.apiKeyId, created_at: r.createdAt })

export function listRevisions (db: Queryable, entityType: EntityType, entityId: string, limit: number, beforeVersion?: number): RevisionSummary[] {
  return all<RevisionSummary>(db, sql`
    SELECT version, action, api_key_id, created_at FROM revisions
    WHERE entity_type = ${entityType} AND entity_id = ${entityId} ${beforeVersion === undefined ? sql`` : sql`AND version < ${beforeVersion}`}
    ORDER BY version DESC ${limitRows(limit)}`)
}

export function findRevision (db: Queryable, entityType: EntityType, entityId: string, version: number): RevisionDetail | undefined {
  const row = db.select().from(revisions)
    .where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId), eq(revisions.version, version))).get()
  if (!row) return undefined
  const diff = jsonPatch.compare((row.before ?? {}) as object, (row.after ?? {}) as object)
  return { ...summary(row), before: row.before, after: row.after, diff }
}

export function latestRevision (db: Queryable, entityType: EntityType, entityId: string): RevisionSummary | undefined {
  return listRevisions(db, entityType, entityId, 1)[0]
}

export interface Change {
  seq: number
  entity_type: EntityType
  entity_id: string
  action: Action
  version: number
  api_key_id: string | null
  changed_at: string
}

/** Changes after position `since`, in commit order (revision ids grow with each committed write). */
export function listChanges (db: Queryable, since: number, limit: number, entityType?: EntityType): Change[] {
  return all<Change>(db, sql`
    SELECT id AS seq, entity_type, entity_id, action, version, api_key_id, created_at AS changed_at FROM revisions
    WHERE id > ${since} ${entityType ? sql`AND entity_type = ${entityType}` : sql``}
    ORDER BY id ${limitRows(limit)}`)
}
