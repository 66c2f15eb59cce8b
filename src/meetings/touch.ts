// A change that alters how meetings read (their own fields, a sub-record, or a renamed person they embed)
// gives each of them a new version and a revision with the meeting as it read before and after.
import { sql, type SQL } from 'drizzle-orm'
import type { WriteContext } from '../common/write.js'
import { NOW, revise } from '../common/entity.js'
import { findMeeting } from './repository.js'
import type { Meeting } from './schemas.js'

export function changeMeetings<T> (ctx: WriteContext, ids: string[], change: () => T): T {
  const before = new Map(ids.map((id) => [id, findMeeting(ctx.db, id)]))
  const result = change()
  for (const [id, previous] of before) {
    if (!previous) continue
    ctx.db.run(sql`UPDATE meetings SET version = version + 1, updated_at = ${NOW} WHERE id = ${id}`)
    const after = findMeeting(ctx.db, id)!
    revise(ctx, 'meeting', id, 'update', after.version, previous, after)
  }
  return result
}

/** Runs `change` and revises every meeting `meetingIds` selects (a query returning meeting_id). */
export function touchMeetings (ctx: WriteContext, meetingIds: SQL, change: () => void = () => {}): void {
  const ids = ctx.db.all<{ meeting_id: string }>(meetingIds).map((r) => r.meeting_id)
  changeMeetings(ctx, ids, change)
}

/** Changes one meeting's sub-records and returns it as it now reads. */
export function changeMeeting (ctx: WriteContext, id: string, change: () => void): Meeting {
  changeMeetings(ctx, [id], change)
  return findMeeting(ctx.db, id)!
}
