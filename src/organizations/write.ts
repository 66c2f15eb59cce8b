// Writes to organizations: create, merge-patch, delete (refused while in use).
import { eq, sql } from 'drizzle-orm'
import { organizations } from '../db/schema.js'
import type { WriteContext } from '../common/write.js'
import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors.js'
import { ensureUnused, firstVersion, mergeColumns, NOW, revise } from '../common/entity.js'
import { idExists, uniqueId } from '../common/ids.js'
import { touchMeetings } from '../meetings/touch.js'
import { findOrganization } from './repository.js'
import type { Organization, OrganizationInput, OrganizationPatch } from './schemas.js'

const COLUMNS = { name: 'name', abbreviation: 'abbreviation', kind: 'kind', country_code: 'countryCode', parent_id: 'parentId', wikidata_id: 'wikidataId' }

function checkParent (ctx: WriteContext, id: string, parentId: string | null | undefined): void {
  if (!parentId) return
  if (!idExists(ctx.db, 'organization', parentId)) {
    throw new UnprocessableError([{ in: 'body', pointer: '/parent_id', message: `no organization has the id "${parentId}"` }])
  }
  for (let up: string | null = parentId; up !== null;) {
    if (up === id) throw new UnprocessableError([{ in: 'body', pointer: '/parent_id', message: 'would make the organization its own ancestor' }])
    up = ctx.db.get<{ parent_id: string | null }>(sql`SELECT parent_id FROM organizations WHERE id = ${up}`)?.parent_id ?? null
  }
}

export function createOrganization (ctx: WriteContext, input: OrganizationInput): Organization {
  if (input.id !== undefined && idExists(ctx.db, 'organization', input.id)) throw new ConflictError(`An organization with the id "${input.id}" already exists`)
  const id = input.id ?? uniqueId(ctx.db, 'organization', input.abbreviation && input.kind !== 'state' ? input.abbreviation : input.name)
  checkParent(ctx, id, input.parent_id)
  const version = firstVersion(ctx, 'organization', id)
  ctx.db.insert(organizations).values({
    id,
    name: input.name,
    abbreviation: input.abbreviation ?? null,
    kind: input.kind,
    countryCode: input.country_code ?? null,
    parentId: input.parent_id ?? null,
    wikidataId: input.wikidata_id ?? null,
    version
  }).run()
  const after = findOrganization(ctx.db, id)!
  revise(ctx, 'organization', id, 'create', version, null, after)
  return after
}

export function patchOrganization (ctx: WriteContext, before: Organization, patch: OrganizationPatch): Organization {
  checkParent(ctx, before.id, patch.parent_id)
  const id = before.id
  touchMeetings(ctx, sql`
    SELECT meeting_id FROM meeting_parties WHERE organization_id = ${id}
    UNION SELECT meeting_id FROM participants WHERE organization_id = ${id}
    UNION SELECT meeting_id FROM statements WHERE organization_id = ${id}
    UNION SELECT meeting_id FROM proposals WHERE organization_id = ${id}`, () => {
    ctx.db.update(organizations)
      .set({ ...mergeColumns(patch, COLUMNS), version: sql`${organizations.version} + 1`, updatedAt: NOW })
      .where(eq(organizations.id, id)).run()
  })
  const after = findOrganization(ctx.db, id)!
  revise(ctx, 'organization', id, 'update', after.version, before, after)
  return after
}

export function deleteOrganization (ctx: WriteContext, before: Organization): void {
  const id = before.id
  ensureUnused(ctx, 'Organization', id, [
    ['meetings (as a party)', sql`SELECT 1 FROM meeting_parties WHERE organization_id = ${id}`],
    ['participants', sql`SELECT 1 FROM participants WHERE organization_id = ${id}`],
    ['proposals', sql`SELECT 1 FROM proposals WHERE organization_id = ${id}`],
    ['statements', sql`SELECT 1 FROM statements WHERE organization_id = ${id}`],
    ['other organizations (as their parent)', sql`SELECT 1 FROM organizations WHERE parent_id = ${id}`]
  ])
  ctx.db.delete(organizations).where(eq(organizations.id, id)).run()
  revise(ctx, 'organization', id, 'delete', before.version + 1, before, null)
}

export function requireOrganization (ctx: WriteContext, id: string): Organization {
  const found = findOrganization(ctx.db, id)
  if (!found) throw new NotFoundError('Organization', id)
  return found
}
