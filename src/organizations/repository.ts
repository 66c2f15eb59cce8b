// Reads organizations: name-ordered keyset pages and single records.
import { sql, type SQL } from 'drizzle-orm'
import type { Queryable } from '../db/open.js'
import { all, get } from '../db/query.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { and, limitRows } from '../common/sql.js'
import { likeAnywhere } from '../persons/repository.js'
import type { Organization, OrganizationListQuery } from './schemas.js'

const selectOrganizations = sql`
  SELECT o.id, o.name, o.abbreviation, o.kind, o.country_code, o.parent_id, o.wikidata_id, o.version, o.created_at, o.updated_at,
    (SELECT count(*) FROM meeting_parties WHERE organization_id = o.id) AS meeting_count
  FROM organizations o`

export function findOrganization (db: Queryable, id: string): Organization | undefined {
  return get<Organization>(db, sql`${selectOrganizations} WHERE o.id = ${id}`)
}

export function listOrganizations (db: Queryable, query: OrganizationListQuery): { data: Organization[], nextCursor: string | null } {
  const limit = query.limit ?? 20
  const where: SQL[] = []
  if (query.kind) where.push(sql`o.kind = ${query.kind}`)
  if (query.country) where.push(sql`o.country_code = ${query.country}`)
  if (query.q) {
    const pattern = likeAnywhere(query.q)
    where.push(sql`o.name LIKE ${pattern} ESCAPE '\\' OR o.abbreviation LIKE ${pattern} ESCAPE '\\'`)
  }
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, 'organizations:name', ['string', 'string'])
    where.push(sql`(o.name, o.id) > (${name}, ${id})`)
  }
  const rows = all<Organization>(db, sql`${selectOrganizations} WHERE ${and(where)} ORDER BY o.name, o.id ${limitRows(limit + 1)}`)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    data: page,
    nextCursor: rows.length > limit && last ? encodeCursor('organizations:name', [last.name, last.id]) : null
  }
}
