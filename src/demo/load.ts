// Loads the demo record into an empty database, in one transaction.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import {
  meetingParties, meetingSources, meetingThemes, meetings, organizations, participants, persons,
  proposalThemes, proposals, sources, statements, themes
} from '../db/schema.js'
import { firstDay, lastDay } from '../common/dates.js'
import * as demo from './founding-meeting.js'

/** Returns true when the record was loaded, false when the database already held meetings. */
export function loadDemo (db: Db): boolean {
  return db.transaction((tx) => {
    const existing = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM meetings`)
    if (existing && existing.n > 0) return false
    const m = demo.meeting
    const day = firstDay(m.startDate)
    tx.insert(organizations).values([...demo.organizations]).onConflictDoNothing().run()
    tx.insert(persons).values(demo.persons).onConflictDoNothing().run()
    tx.insert(themes).values(demo.themes).onConflictDoNothing().run()
    tx.insert(sources).values(demo.source).onConflictDoNothing().run()
    tx.insert(meetings).values({
      id: m.id,
      title: m.title,
      summary: m.summary,
      startDate: m.startDate,
      endDate: m.endDate,
      firstDay: day,
      lastDay: lastDay(m.endDate ?? m.startDate),
      dateNote: m.dateNote,
      format: m.format,
      status: m.status
    }).run()
    tx.insert(meetingParties).values(demo.parties.map((p, position) => ({ ...p, meetingId: m.id, position, meetingFirstDay: day }))).run()
    tx.insert(participants).values(demo.participants.map((p, position) => ({ ...p, meetingId: m.id, position, meetingFirstDay: day }))).run()
    tx.insert(meetingThemes).values(demo.themes.map((t) => ({ meetingId: m.id, themeId: t.id, meetingFirstDay: day }))).run()
    tx.insert(meetingSources).values({ meetingId: m.id, sourceId: demo.source.id }).run()
    demo.proposals.forEach((p, position) => {
      const id = `${m.id}-p${position + 1}`
      tx.insert(proposals).values({
        id,
        meetingId: m.id,
        organizationId: 'turkmenistan',
        summary: p.summary,
        kind: p.kind,
        status: 'proposed',
        sourceId: demo.source.id,
        position
      }).run()
      tx.insert(proposalThemes).values(p.themes.map((themeId) => ({ proposalId: id, themeId }))).run()
    })
    tx.insert(statements).values(demo.statements.map((s, position) => ({ ...s, meetingId: m.id, organizationId: null, position }))).run()
    return true
  })
}
