// Loads the demo record into an empty database through the same write path as POST /v1/meetings.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { createMeeting } from '../meetings/write.js'
import { foundingMeeting } from './founding-meeting.js'

/** Returns true when the record was loaded, false when the database already held meetings. */
export function loadDemo (db: Db): boolean {
  return db.transaction((tx) => {
    const existing = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM meetings`)
    if (existing && existing.n > 0) return false
    createMeeting({ db: tx, apiKeyId: null }, foundingMeeting)
    return true
  })
}
