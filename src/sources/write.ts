// Writes to sources: create, merge-patch, delete (refused while cited).
import { eq, sql } from 'drizzle-orm'
import { sources } from '../db/schema.js'
import type { WriteContext } from '../common/write.js'
import { ConflictError, NotFoundError } from '../common/errors.js'
import { ensureUnused, firstVersion, mergeColumns, NOW, revise } from '../common/entity.js'
import { idExists, uniqueId } from '../common/ids.js'
import { touchMeetings } from '../meetings/touch.js'
import { findSource } from './repository.js'
import type { Source, SourceInput, SourcePatch } from './schemas.js'

const COLUMNS = {
  publisher: 'publisher', via: 'via', url: 'url', title: 'title', published_on: 'publishedOn', dateline: 'dateline', language: 'language',
  repository: 'repository', file: 'file', record_id: 'recordId'
}

export function createSource (ctx: WriteContext, input: SourceInput): Source {
  if (input.id !== undefined && idExists(ctx.db, 'source', input.id)) throw new ConflictError(`A source with the id "${input.id}" already exists`)
  const id = input.id ?? uniqueId(ctx.db, 'source', [input.publisher, input.published_on].filter(Boolean).join(' '))
  const version = firstVersion(ctx, 'source', id)
  ctx.db.insert(sources).values({
    id,
    publisher: input.publisher,
    via: input.via ?? [],
    url: input.url ?? null,
    title: input.title ?? null,
    publishedOn: input.published_on ?? null,
    dateline: input.dateline ?? null,
    language: input.language ?? null,
    repository: input.repository ?? null,
    file: input.file ?? null,
    recordId: input.record_id ?? null,
    version
  }).run()
  const after = findSource(ctx.db, id)!
  revise(ctx, 'source', id, 'create', version, null, after)
  return after
}

export function patchSource (ctx: WriteContext, before: Source, patch: SourcePatch): Source {
  const id = before.id
  const set = mergeColumns(patch, COLUMNS)
  if (set.via === null) set.via = []
  touchMeetings(ctx, sql`SELECT meeting_id FROM meeting_sources WHERE source_id = ${id}`, () => {
    ctx.db.update(sources).set({ ...set, version: sql`${sources.version} + 1`, updatedAt: NOW }).where(eq(sources.id, id)).run()
  })
  const after = findSource(ctx.db, id)!
  revise(ctx, 'source', id, 'update', after.version, before, after)
  return after
}

export function deleteSource (ctx: WriteContext, before: Source): void {
  const id = before.id
  ensureUnused(ctx, 'Source', id, [
    ['meetings', sql`SELECT 1 FROM meeting_sources WHERE source_id = ${id}`],
    ['proposals', sql`SELECT 1 FROM proposals WHERE source_id = ${id}`]
  ])
  ctx.db.delete(sources).where(eq(sources.id, id)).run()
  revise(ctx, 'source', id, 'delete', before.version + 1, before, null)
}

export function requireSource (ctx: WriteContext, id: string): Source {
  const found = findSource(ctx.db, id)
  if (!found) throw new NotFoundError('Source', id)
  return found
}
