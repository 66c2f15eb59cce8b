// Readable, stable ids: slugs made from names, unique within their table (and never reusing a deleted record's id).
import slugify from '@sindresorhus/slugify'
import { sql } from 'drizzle-orm'
import type { Queryable } from '../db/open.js'
import type { EntityType } from '../revisions/repository.js'

const TABLES: Record<EntityType, string> = {
  meeting: 'meetings',
  proposal: 'proposals',
  person: 'persons',
  organization: 'organizations',
  theme: 'themes',
  source: 'sources'
}

export const slug = (text: string, maxLength = 80) =>
  slugify(text, { decamelize: false }).slice(0, maxLength).replace(/-+$/, '') || 'record'

export function idExists (db: Queryable, type: EntityType, id: string): boolean {
  return db.get(sql`SELECT 1 FROM ${sql.raw(TABLES[type])} WHERE id = ${id}`) !== undefined
}

export const everUsed = (db: Queryable, type: EntityType, id: string) =>
  idExists(db, type, id) || db.get(sql`SELECT 1 FROM revisions WHERE entity_type = ${type} AND entity_id = ${id}`) !== undefined

/** `base`, or `base-2`, `base-3`, ... : the first that no record of this type has ever had. */
export function uniqueId (db: Queryable, type: EntityType, base: string): string {
  const root = slug(base, 120)
  if (!everUsed(db, type, root)) return root
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`
    if (!everUsed(db, type, candidate)) return candidate
  }
}
