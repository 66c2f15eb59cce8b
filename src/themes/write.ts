// Writes to themes: create, merge-patch (no cycles in the hierarchy), delete (refused while in use).
import { eq, sql } from 'drizzle-orm'
import { themes } from '../db/schema.js'
import type { Queryable } from '../db/open.js'
import type { WriteContext } from '../common/write.js'
import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors.js'
import { ensureUnused, firstVersion, mergeColumns, NOW, revise } from '../common/entity.js'
import { idExists, uniqueId } from '../common/ids.js'
import { touchMeetings } from '../meetings/touch.js'
import type { ThemeInput, ThemePatch } from './schemas.js'

export interface ThemeRecord {
  id: string
  label: string
  parent_id: string | null
  description: string | null
  version: number
}

const COLUMNS = { label: 'label', parent_id: 'parentId', description: 'description' }

export function findThemeRecord (db: Queryable, id: string): ThemeRecord | undefined {
  return db.get<ThemeRecord>(sql`SELECT id, label, parent_id, description, version FROM themes WHERE id = ${id}`)
}

function checkParent (ctx: WriteContext, id: string, parentId: string | null | undefined): void {
  if (!parentId) return
  if (!idExists(ctx.db, 'theme', parentId)) {
    throw new UnprocessableError([{ in: 'body', pointer: '/parent_id', message: `no theme has the id "${parentId}"` }])
  }
  for (let up: string | null = parentId; up !== null; up = findThemeRecord(ctx.db, up)?.parent_id ?? null) {
    if (up === id) throw new UnprocessableError([{ in: 'body', pointer: '/parent_id', message: 'would make the theme its own ancestor' }])
  }
}

export function createTheme (ctx: WriteContext, input: ThemeInput): ThemeRecord {
  if (input.id !== undefined && idExists(ctx.db, 'theme', input.id)) throw new ConflictError(`A theme with the id "${input.id}" already exists`)
  const id = input.id ?? uniqueId(ctx.db, 'theme', input.label)
  checkParent(ctx, id, input.parent_id)
  const version = firstVersion(ctx, 'theme', id)
  ctx.db.insert(themes).values({ id, label: input.label, parentId: input.parent_id ?? null, description: input.description ?? null, version }).run()
  const after = findThemeRecord(ctx.db, id)!
  revise(ctx, 'theme', id, 'create', version, null, after)
  return after
}

export function patchTheme (ctx: WriteContext, before: ThemeRecord, patch: ThemePatch): ThemeRecord {
  const id = before.id
  checkParent(ctx, id, patch.parent_id)
  touchMeetings(ctx, sql`
    SELECT meeting_id FROM meeting_themes WHERE theme_id = ${id}
    UNION SELECT p.meeting_id FROM proposal_themes pt JOIN proposals p ON p.id = pt.proposal_id WHERE pt.theme_id = ${id}`, () => {
    ctx.db.update(themes).set({ ...mergeColumns(patch, COLUMNS), version: sql`${themes.version} + 1`, updatedAt: NOW }).where(eq(themes.id, id)).run()
  })
  const after = findThemeRecord(ctx.db, id)!
  revise(ctx, 'theme', id, 'update', after.version, before, after)
  return after
}

export function deleteTheme (ctx: WriteContext, before: ThemeRecord): void {
  const id = before.id
  ensureUnused(ctx, 'Theme', id, [
    ['meetings', sql`SELECT 1 FROM meeting_themes WHERE theme_id = ${id}`],
    ['proposals', sql`SELECT 1 FROM proposal_themes WHERE theme_id = ${id}`],
    ['narrower themes', sql`SELECT 1 FROM themes WHERE parent_id = ${id}`]
  ])
  ctx.db.delete(themes).where(eq(themes.id, id)).run()
  revise(ctx, 'theme', id, 'delete', before.version + 1, before, null)
}

export function requireTheme (ctx: WriteContext, id: string): ThemeRecord {
  const found = findThemeRecord(ctx.db, id)
  if (!found) throw new NotFoundError('Theme', id)
  return found
}
