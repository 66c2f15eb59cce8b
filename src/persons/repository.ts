// Reads persons: name-ordered keyset pages and single records.
import { sql, type SQL } from 'drizzle-orm'
import type { Queryable } from '../db/open.js'
import { all, get } from '../db/query.js'
import { decodeCursor, encodeCursor } from '../common/cursor.js'
import { and, limitRows } from '../common/sql.js'
import type { Person, PersonListQuery } from './schemas.js'

type PersonRow = Omit<Person, 'other_names'> & { other_names: string }

const selectPersons = sql`
  SELECT p.id, p.name, p.other_names, p.wikidata_id, p.version, p.created_at, p.updated_at,
    (SELECT count(DISTINCT meeting_id) FROM participants WHERE person_id = p.id) AS meeting_count
  FROM persons p`

const toPerson = ({ other_names: otherNames, ...row }: PersonRow): Person => ({ ...row, other_names: JSON.parse(otherNames) as string[] })

/** Escapes LIKE wildcards so that a search for `100%` means the characters. */
export const likeAnywhere = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export function findPerson (db: Queryable, id: string): Person | undefined {
  const row = get<PersonRow>(db, sql`${selectPersons} WHERE p.id = ${id}`)
  return row && toPerson(row)
}

export function listPersons (db: Queryable, query: PersonListQuery): { data: Person[], nextCursor: string | null } {
  const limit = query.limit ?? 20
  const where: SQL[] = []
  if (query.q) {
    const pattern = likeAnywhere(query.q)
    where.push(sql`p.name LIKE ${pattern} ESCAPE '\\' OR p.other_names LIKE ${pattern} ESCAPE '\\'`)
  }
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, 'persons:name', ['string', 'string'])
    where.push(sql`(p.name, p.id) > (${name}, ${id})`)
  }
  const rows = all<PersonRow>(db, sql`${selectPersons} WHERE ${and(where)} ORDER BY p.name, p.id ${limitRows(limit + 1)}`)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    data: page.map(toPerson),
    nextCursor: rows.length > limit && last ? encodeCursor('persons:name', [last.name, last.id]) : null
  }
}
