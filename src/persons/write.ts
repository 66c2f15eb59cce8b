// Writes to persons: create, merge-patch, delete (refused while in use).
import { eq, sql } from 'drizzle-orm'
import { persons } from '../db/schema.js'
import type { WriteContext } from '../common/write.js'
import { ConflictError, NotFoundError } from '../common/errors.js'
import { ensureUnused, firstVersion, mergeColumns, NOW, revise } from '../common/entity.js'
import { idExists, uniqueId } from '../common/ids.js'
import { touchMeetings } from '../meetings/touch.js'
import { findPerson } from './repository.js'
import type { Person, PersonInput, PersonPatch } from './schemas.js'

const COLUMNS = { name: 'name', other_names: 'otherNames', wikidata_id: 'wikidataId' }

export function createPerson (ctx: WriteContext, input: PersonInput): Person {
  if (input.id !== undefined && idExists(ctx.db, 'person', input.id)) throw new ConflictError(`A person with the id "${input.id}" already exists`)
  const id = input.id ?? uniqueId(ctx.db, 'person', input.name)
  const version = firstVersion(ctx, 'person', id)
  ctx.db.insert(persons).values({ id, name: input.name, otherNames: input.other_names ?? [], wikidataId: input.wikidata_id ?? null, version }).run()
  const after = findPerson(ctx.db, id)!
  revise(ctx, 'person', id, 'create', version, null, after)
  return after
}

export function patchPerson (ctx: WriteContext, before: Person, patch: PersonPatch): Person {
  const id = before.id
  const set = mergeColumns(patch, COLUMNS)
  if (set.otherNames === null) set.otherNames = []
  touchMeetings(ctx, sql`
    SELECT meeting_id FROM participants WHERE person_id = ${id}
    UNION SELECT meeting_id FROM proposals WHERE person_id = ${id}`, () => {
    ctx.db.update(persons).set({ ...set, version: sql`${persons.version} + 1`, updatedAt: NOW }).where(eq(persons.id, id)).run()
  })
  const after = findPerson(ctx.db, id)!
  revise(ctx, 'person', id, 'update', after.version, before, after)
  return after
}

export function deletePerson (ctx: WriteContext, before: Person): void {
  const id = before.id
  ensureUnused(ctx, 'Person', id, [
    ['participants', sql`SELECT 1 FROM participants WHERE person_id = ${id}`],
    ['proposals', sql`SELECT 1 FROM proposals WHERE person_id = ${id}`]
  ])
  ctx.db.delete(persons).where(eq(persons.id, id)).run()
  revise(ctx, 'person', id, 'delete', before.version + 1, before, null)
}

export function requirePerson (ctx: WriteContext, id: string): Person {
  const found = findPerson(ctx.db, id)
  if (!found) throw new NotFoundError('Person', id)
  return found
}
