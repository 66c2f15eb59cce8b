// Opaque keyset cursors: base64url JSON of the sort in use and the last row's sort key.
import { invalidQuery } from './errors.js'

export type CursorKey = Array<string | number>

export function encodeCursor (sort: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url')
}

/** Decodes a cursor made for `sort` with `arity` key parts; anything else is a 400 on `cursor`. */
export function decodeCursor (cursor: string, sort: string, types: Array<'string' | 'number'>): CursorKey {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidQuery('cursor', 'is not a cursor returned by this list')
  }
  const { s, k } = (parsed ?? {}) as { s?: unknown, k?: unknown }
  if (s !== sort) {
    throw invalidQuery('cursor', 'was made for another sort order or list; start again without a cursor')
  }
  const valid = Array.isArray(k) && k.length === types.length &&
    k.every((part, i) => typeof part === types[i] && (typeof part !== 'number' || Number.isFinite(part)))
  if (!valid) throw invalidQuery('cursor', 'is not a cursor returned by this list')
  return k as CursorKey
}
