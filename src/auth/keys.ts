// API keys: made once and shown once, stored as a SHA-256 hash with a readable prefix, scoped, revocable.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { eq, isNull, sql } from 'drizzle-orm'
import type { Db, Queryable } from '../db/open.js'
import { apiKeys } from '../db/schema.js'

export const SCOPES = ['read', 'write', 'admin'] as const
export type Scope = typeof SCOPES[number]

const RANK: Record<Scope, number> = { read: 1, write: 2, admin: 3 }

/** admin includes write, which includes read. */
export const grants = (scopes: readonly string[], needed: Scope) =>
  scopes.some((s) => (RANK[s as Scope] ?? 0) >= RANK[needed])

export const KEY_PATTERN = /^pk_[A-Za-z0-9_-]{32}$/

export interface ApiKeyInfo {
  id: string
  name: string
  prefix: string
  scopes: Scope[]
  created_at: string
  revoked_at: string | null
  last_used_at: string | null
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex')

export function createApiKey (db: Db, name: string, scopes: Scope[]): ApiKeyInfo & { key: string } {
  const key = `pk_${randomBytes(24).toString('base64url')}`
  const id = `key_${randomBytes(6).toString('hex')}`
  const row = db.insert(apiKeys).values({ id, name, prefix: key.slice(0, 10), hash: hashKey(key), scopes }).returning().get()
  return { ...toInfo(row), key }
}

function toInfo (row: typeof apiKeys.$inferSelect): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as Scope[],
    created_at: row.createdAt,
    revoked_at: row.revokedAt,
    last_used_at: row.lastUsedAt
  }
}

export function listApiKeys (db: Db): ApiKeyInfo[] {
  return db.select().from(apiKeys).orderBy(apiKeys.createdAt, apiKeys.id).all().map(toInfo)
}

/** Returns false when there is no such key or it was already revoked. */
export function revokeApiKey (db: Db, id: string): boolean {
  const result = db.update(apiKeys)
    .set({ revokedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(sql`${apiKeys.id} = ${id} AND ${apiKeys.revokedAt} IS NULL`)
    .run()
  return result.changes > 0
}

export type Verification = { ok: true, key: ApiKeyInfo } | { ok: false, reason: 'malformed' | 'unknown' | 'revoked' }

/**
 * Looks a presented key up by its hash. The lookup depends only on the hash, so its timing says nothing
 * about the key; the stored hash is compared again in constant time. It only reads: the caller records the
 * use (recordKeyUses), so that a read never takes the write lock.
 */
export function verifyApiKey (db: Db, presented: string): Verification {
  if (!KEY_PATTERN.test(presented)) return { ok: false, reason: 'malformed' }
  const hash = hashKey(presented)
  const row = db.select().from(apiKeys).where(eq(apiKeys.hash, hash)).get()
  if (!row || !timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex'))) return { ok: false, reason: 'unknown' }
  if (row.revokedAt !== null) return { ok: false, reason: 'revoked' }
  return { ok: true, key: toInfo(row) }
}

/** Stores when keys were last used (key id → ISO time), keeping a later time already stored. */
export function recordKeyUses (db: Queryable, uses: ReadonlyMap<string, string>): void {
  for (const [id, at] of uses) {
    db.update(apiKeys)
      .set({ lastUsedAt: at })
      .where(sql`${apiKeys.id} = ${id} AND (${apiKeys.lastUsedAt} IS NULL OR ${apiKeys.lastUsedAt} < ${at})`)
      .run()
  }
}

export const activeKeyCount = (db: Db) => db.$count(apiKeys, isNull(apiKeys.revokedAt))
