// Reads sources.
import { sql } from 'drizzle-orm'
import type { Queryable } from '../db/open.js'
import { get } from '../db/query.js'
import type { Source } from './schemas.js'

export function findSource (db: Queryable, id: string): Source | undefined {
  const row = get<Omit<Source, 'via'> & { via: string }>(db, sql`
    SELECT id, publisher, via, url, title, published_on, dateline, language, repository, file, record_id, version FROM sources WHERE id = ${id}`)
  return row && { ...row, via: JSON.parse(row.via) as string[] }
}
