// The steps every write of a stand-alone record shares: version, revision, and the conflict checks.
import { sql, type SQL } from 'drizzle-orm'
import type { WriteContext } from './write.js'
import { ConflictError } from './errors.js'
import { lastVersion, recordRevision, type EntityType } from '../revisions/repository.js'

export const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

/** The version a newly created record starts at: one past any revision of a deleted record with its id. */
export const firstVersion = (ctx: WriteContext, type: EntityType, id: string) => lastVersion(ctx.db, type, id) + 1

export function revise (ctx: WriteContext, type: EntityType, id: string, action: 'create' | 'update' | 'delete', version: number, before: unknown, after: unknown): void {
  recordRevision(ctx.db, { entityType: type, entityId: id, version, action, before, after, apiKeyId: ctx.apiKeyId })
}

/** Refuses to delete a record that others still refer to (409), naming where it is used. */
export function ensureUnused (ctx: WriteContext, what: string, id: string, uses: Array<[string, SQL]>): void {
  const used = uses.filter(([, query]) => ctx.db.get(query) !== undefined).map(([name]) => name)
  if (used.length > 0) {
    throw new ConflictError(`${what} ${id} is still used by ${used.join(', ')}; remove those links first`)
  }
}

/** Applies a JSON Merge Patch (RFC 7396) of flat fields to a row's columns: absent keeps, null clears. */
export function mergeColumns (patch: Record<string, unknown>, columns: Record<string, string>): Record<string, unknown> {
  const set: Record<string, unknown> = {}
  for (const [field, column] of Object.entries(columns)) {
    if (field in patch) set[column] = patch[field]
  }
  return set
}
