// Test helpers: a fresh app on an in-memory database per test, and fixtures written for these tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'
import { buildApp, type App } from '../src/app.js'
import { testConfig, type Config } from '../src/config.js'
import {
  meetingParties, meetingThemes, meetings, organizations, participants, persons, statements, themes
} from '../src/db/schema.js'
import { firstDay, lastDay } from '../src/common/dates.js'
import { createApiKey } from '../src/auth/keys.js'

export const DEMO_ID = '2021-03-18-turkmenistan-osce'

/** Builds the app exactly as production does, on an in-memory database, closed when the test ends. */
export async function build (t: Test, overrides: Partial<Config> = {}): Promise<App> {
  const app = buildApp(testConfig(overrides), { logger: false })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

/** A path in the shared folder beside the project (read-only data that never enters the repository). */
export const sharedPath = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url))

export const readShared = (path: string) => readFileSync(sharedPath(path), 'utf8')

export async function getJson<T = any> (app: App, url: string): Promise<{ status: number, body: T, headers: Record<string, unknown> }> {
  const res = await app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: res.json() as T, headers: res.headers }
}

export interface FixtureMeeting {
  id: string
  startDate: string
  endDate?: string
  parties: string[]
  persons?: string[]
  themes?: string[]
  format?: 'in_person' | 'videoconference' | 'phone_call'
  country?: string
  title?: string
  summary?: string
  statements?: string[]
}

/**
 * Adds a small, made-up world beside the demo record: states, persons, themes under the demo's hierarchy,
 * and the meetings given, written straight to the database so that read tests do not depend on writes.
 */
export function addFixtures (app: App, list: FixtureMeeting[]): void {
  const db = app.db
  db.transaction((tx) => {
    tx.insert(organizations).values([
      { id: 'france', name: 'France', kind: 'state', countryCode: 'FR' },
      { id: 'france-mfa', name: 'Ministry for Europe and Foreign Affairs', kind: 'ministry', countryCode: 'FR', parentId: 'france' },
      { id: 'kenya', name: 'Kenya', kind: 'state', countryCode: 'KE' },
      { id: 'brazil', name: 'Brazil', kind: 'state', countryCode: 'BR' },
      { id: 'au', name: 'African Union', abbreviation: 'AU', kind: 'intergovernmental' }
    ]).onConflictDoNothing().run()
    tx.insert(persons).values([
      { id: 'ada-nkosi', name: 'Ada Nkosi', otherNames: ['Ada N\'Kosi'] },
      { id: 'luc-marchand', name: 'Luc Marchand' },
      { id: 'rita-alves', name: 'Rita Alves' }
    ]).onConflictDoNothing().run()
    tx.insert(themes).values([
      { id: 'maritime-security', label: 'Maritime security', parentId: 'security' },
      { id: 'health', label: 'Public health', parentId: null }
    ]).onConflictDoNothing().run()
    for (const m of list) {
      const day = firstDay(m.startDate)
      tx.insert(meetings).values({
        id: m.id,
        title: m.title ?? `Talks ${m.id}`,
        summary: m.summary ?? null,
        startDate: m.startDate,
        endDate: m.endDate ?? null,
        firstDay: day,
        lastDay: lastDay(m.endDate ?? m.startDate),
        format: m.format ?? 'in_person',
        locationName: m.country ? `Capital of ${m.country}` : null,
        locationCountryCode: m.country ?? null
      }).run()
      m.parties.forEach((organizationId, position) => {
        tx.insert(meetingParties).values({ meetingId: m.id, organizationId, position, meetingFirstDay: day }).run()
      })
      ;(m.persons ?? []).forEach((personId, position) => {
        tx.insert(participants).values({ meetingId: m.id, personId, organizationId: m.parties[position] ?? null, title: 'Envoy', position, meetingFirstDay: day }).run()
      })
      for (const themeId of m.themes ?? []) tx.insert(meetingThemes).values({ meetingId: m.id, themeId, meetingFirstDay: day }).run()
      ;(m.statements ?? []).forEach((text, position) => {
        tx.insert(statements).values({ meetingId: m.id, kind: 'noted', text, position }).run()
      })
    }
  })
}

/** Walks every page of a list, following next_cursor, and returns all items. */
export async function walk (app: App, url: string): Promise<{ items: any[], pages: number }> {
  const items: any[] = []
  let pages = 0
  let next: string | null = url
  while (next !== null) {
    const res = await app.inject(next)
    if (res.statusCode !== 200) throw new Error(`${next} answered ${res.statusCode}: ${res.body}`)
    const body = res.json() as { data: any[], next_cursor: string | null }
    pages++
    items.push(...body.data)
    const link = res.headers.link as string | undefined
    if (body.next_cursor === null) {
      if (link !== undefined) throw new Error('Link header on the last page')
      next = null
    } else {
      const match = /^<([^>]+)>; rel="next"$/.exec(link ?? '')
      if (!match) throw new Error(`missing Link header: ${link}`)
      next = match[1]!
    }
    if (pages > 1000) throw new Error('too many pages')
  }
  return { items, pages }
}

/** Makes an API key straight in the database, as `parley keys create` does. */
export function makeKey (app: App, scopes: Array<'read' | 'write' | 'admin'> = ['write'], name = 'test'): { id: string, key: string, auth: { authorization: string } } {
  const created = createApiKey(app.db, name, scopes)
  return { id: created.id, key: created.key, auth: { authorization: `Bearer ${created.key}` } }
}

/** Row counts of every table (FTS indexes, migrations and keys included), to show that a refused request changed nothing. */
export function rowCounts (app: App): Record<string, number> {
  const sqlite = app.db.$client
  const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]
  return Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]))
}
