import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import type { Test } from 'tap'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { openDatabase } from '../src/db/open.js'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { loadDemo } from '../src/demo/load.js'
import { findMeeting } from '../src/meetings/repository.js'
import { DEMO_ID } from './helpers.js'
import { all, compile, get, getKeyed, snapshot } from '../src/db/query.js'
import { sql } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'

const tempDir = (t: Test) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-db-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

t.test('DATABASE_CACHE_MB sets the page cache of the server\'s connection', async (t) => {
  const app = buildApp(testConfig({ databaseCacheMb: 200 }))
  t.teardown(() => app.close())
  await app.ready()
  t.equal(app.db.$client.pragma('cache_size', { simple: true }), -200 * 1024, '200 MiB, in KiB as SQLite counts it')
})

t.test('a database file is created, migrated, in WAL mode with foreign keys on, and reopens cleanly', async (t) => {
  const path = join(tempDir(t), 'nested', 'parley.db')
  const db = openDatabase({ path })
  t.same(db.$client.pragma('journal_mode'), [{ journal_mode: 'wal' }])
  t.same(db.$client.pragma('foreign_keys'), [{ foreign_keys: 1 }])
  t.same(db.$client.pragma('synchronous'), [{ synchronous: 2 }], 'synchronous=FULL')
  t.equal(db.$client.pragma('cache_size', { simple: true }), -32 * 1024, 'a 32 MiB page cache unless told otherwise')
  t.ok(loadDemo(db), 'the demo loads into the new database')
  db.$client.close()

  const again = openDatabase({ path })
  t.notOk(loadDemo(again), 'and not a second time')
  const counts = again.$client.prepare('SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM __drizzle_migrations) AS migrations').get()
  t.same(counts, { meetings: 1, migrations: readdirSync(new URL('../migrations', import.meta.url)).filter((f) => f.endsWith('.sql')).length })
  t.same(again.$client.pragma('foreign_key_check'), [])
  t.same(again.$client.pragma('integrity_check'), [{ integrity_check: 'ok' }])
  again.$client.close()
})

t.test('foreign keys are enforced and the search index follows edits', async (t) => {
  const db = openDatabase({ path: ':memory:' })
  t.teardown(() => db.$client.close())
  loadDemo(db)
  t.throws(() => db.$client.prepare("INSERT INTO meeting_parties (meeting_id, organization_id, meeting_first_day) VALUES ('no-such-meeting', 'osce', '2021-01-01')").run(), /FOREIGN KEY/)
  const search = (q: string) => db.$client.prepare('SELECT count(*) AS n FROM meetings_fts WHERE meetings_fts MATCH ?').get(q)
  t.same(search('cybersecurity'), { n: 1 })
  db.$client.prepare("UPDATE statements SET text = 'Quantum cryptography' WHERE text LIKE '%cybersecurity%'").run()
  t.same(search('cybersecurity'), { n: 0 }, 'an edited statement leaves the index')
  t.same(search('quantum'), { n: 1 }, 'and its new text enters it')
  db.$client.prepare("UPDATE meetings SET title = 'Zanzibar talks', first_day = '2021-03-17'").run()
  t.same(search('zanzibar'), { n: 1 })
  t.same(db.$client.prepare('SELECT DISTINCT meeting_first_day AS d FROM meeting_parties').all(), [{ d: '2021-03-17' }], 'link tables follow the date')
  db.$client.prepare('DELETE FROM meetings').run()
  t.same(search('zanzibar'), { n: 0 }, 'a deleted meeting leaves the index')
  t.same(db.$client.prepare('SELECT count(*) AS n FROM proposals_fts').get(), { n: 0 }, 'and so do its proposals')
})

t.test('a meeting\'s party count follows its parties, and an upgraded database counts the meetings it holds', async (t) => {
  // A database as migrations 0000-0007 left it, holding a meeting with three parties.
  const dir = tempDir(t)
  const migrations = new URL('../migrations', import.meta.url)
  const before = join(dir, 'migrations-0007')
  cpSync(migrations, before, { recursive: true })
  const journal = JSON.parse(readFileSync(join(before, 'meta', '_journal.json'), 'utf8'))
  journal.entries = journal.entries.filter((entry: { tag: string }) => entry.tag < '0008')
  writeFileSync(join(before, 'meta', '_journal.json'), JSON.stringify(journal))
  const path = join(dir, 'parley.db')
  const old = openDatabase({ path, migrationsFolder: before })
  // Written as SQL: the application's own writers know the columns of the latest schema only.
  old.$client.exec(`
    INSERT INTO organizations (id, name, kind) VALUES
      ('turkmenistan', 'Turkmenistan', 'state'), ('osce', 'OSCE', 'intergovernmental'), ('un', 'United Nations', 'intergovernmental');
    INSERT INTO meetings (id, title, start_date, first_day, last_day) VALUES ('${DEMO_ID}', 'Talks', '2021-03-18', '2021-03-18', '2021-03-18');
    INSERT INTO meeting_parties (meeting_id, organization_id, meeting_first_day)
      SELECT '${DEMO_ID}', id, '2021-03-18' FROM organizations;`)
  t.notOk(old.$client.prepare('SELECT 1 FROM pragma_table_info(\'meetings\') WHERE name = \'party_count\'').get(), 'no count column before 0008')
  old.$client.close()

  const db = openDatabase({ path })
  t.teardown(() => db.$client.close())
  const count = () => (db.$client.prepare('SELECT party_count AS n FROM meetings WHERE id = ?').get(DEMO_ID) as { n: number }).n
  t.equal(count(), 3, 'the upgrade counts the parties already recorded')
  t.equal(findMeeting(db, DEMO_ID)?.kind, 'multilateral')

  db.$client.prepare("DELETE FROM meeting_parties WHERE organization_id = 'un'").run()
  t.equal(count(), 2, 'removing parties counts down')
  t.equal(findMeeting(db, DEMO_ID)?.kind, 'bilateral')
  db.$client.prepare('DELETE FROM meeting_parties WHERE meeting_id = ?').run(DEMO_ID)
  t.equal(findMeeting(db, DEMO_ID)?.kind, null, 'no parties, no kind')
  db.$client.prepare("INSERT INTO meetings (id, title, start_date, first_day, last_day) VALUES ('other', 'Other', '2020-01-01', '2020-01-01', '2020-01-01')").run()
  db.$client.prepare("INSERT INTO meeting_parties (meeting_id, organization_id, meeting_first_day) SELECT ?, id, '2021-01-01' FROM organizations LIMIT 3").run(DEMO_ID)
  t.equal(findMeeting(db, DEMO_ID)?.kind, 'multilateral', 'adding parties counts up')
  db.$client.prepare("UPDATE meeting_parties SET meeting_id = 'other' WHERE rowid = (SELECT min(rowid) FROM meeting_parties)").run()
  t.same([count(), findMeeting(db, 'other')?.kind], [2, null], 'a party moved to another meeting is counted there')
  db.$client.prepare("UPDATE meeting_parties SET meeting_id = 'other' WHERE meeting_id = ? AND rowid = (SELECT min(rowid) FROM meeting_parties WHERE meeting_id = ?)").run(DEMO_ID, DEMO_ID)
  t.same([count(), findMeeting(db, 'other')?.kind], [1, 'bilateral'])
  db.$client.prepare("DELETE FROM meetings WHERE id = 'other'").run()
  t.equal(count(), 1, 'a deleted meeting takes its parties along without touching other counts')
  t.same(db.$client.prepare('SELECT id FROM meetings WHERE party_count <> (SELECT count(*) FROM meeting_parties WHERE meeting_id = meetings.id)').all(), [])
})

t.test('a database that cannot be opened fails loudly', async (t) => {
  const dir = tempDir(t)
  t.throws(() => openDatabase({ path: join(dir, 'db'), migrationsFolder: join(dir, 'no-migrations') }))
})

t.test('read templates are joined into the same text and parameters Drizzle makes, and run the same', async (t) => {
  const db = openDatabase({ path: ':memory:' })
  t.teardown(() => db.$client.close())
  loadDemo(db)
  const { meetings } = await import('../src/db/schema.js')
  const { findMeetingJson, listMeetingsJson } = await import('../src/meetings/repository.js')
  const inner = sql`SELECT id FROM organizations WHERE country_code = ${'TM'}`
  const templates = [
    sql`SELECT 1`,
    sql`SELECT id, title FROM meetings WHERE first_day >= ${'2021-01-01'} AND seq > ${0} AND ${sql.raw('1 = 1')} LIMIT ${20}`,
    sql`SELECT count(*) AS n FROM meeting_parties WHERE organization_id IN (${inner}) AND role = ${null}`,
    sql`SELECT ${sql.join([sql`${1}`, sql`${'two'}`, sql.raw("'three'")], sql`, `)} AS x${sql``}`
  ]
  for (const template of templates) {
    const ours = compile(template)
    const drizzle = new SQLiteSyncDialect().sqlToQuery(template)
    t.same(ours, { sql: drizzle.sql, params: drizzle.params }, drizzle.sql)
    t.same(all(db, template), db.all(template), 'same rows')
  }
  // Columns, tables, typed params and inlined values are Drizzle's to render.
  t.equal(compile(sql`SELECT ${meetings.id} FROM ${meetings}`), undefined)
  t.equal(compile(sql`SELECT ${'x'} AS x`.inlineParams()), undefined)
  t.equal(compile(sql`SELECT ${[1, 2]} AS x`), undefined)
  t.same(get(db, sql`SELECT ${meetings.title} AS title FROM ${meetings} LIMIT 1`), db.get(sql`SELECT ${meetings.title} AS title FROM ${meetings} LIMIT 1`))
  // Inside a transaction object the query goes through Drizzle; the answers are the same.
  const id = db.$client.prepare('SELECT id FROM meetings LIMIT 1').pluck().get() as string
  const outside = findMeetingJson(db, id)
  t.same(db.transaction((tx) => findMeetingJson(tx, id)), outside)
  t.same(JSON.parse(listMeetingsJson(db, { limit: 5 }).data[0]!).id, id)
})

t.test('a keyed read makes its statement once per key and runs it with each call\'s values', async (t) => {
  const db = openDatabase({ path: ':memory:' })
  t.teardown(() => db.$client.close())
  loadDemo(db)
  db.$client.prepare("INSERT INTO organizations (id, name, kind) VALUES ('un', 'United Nations', 'intergovernmental')").run()
  let built = 0
  const byId = (id: string) => { built++; return sql`SELECT id, name FROM organizations WHERE id = ${id}` }
  t.same(getKeyed(db, 'organization', byId, 'un'), { id: 'un', name: 'United Nations' })
  t.same(getKeyed(db, 'organization', byId, 'osce'), get(db, byId('osce')), 'the same row as an ordinary read')
  t.equal(getKeyed(db, 'organization', byId, 'nobody'), undefined)
  t.equal(built, 2, 'built once for the key (and once more for the comparison)')
  t.same(db.transaction((tx) => getKeyed(tx, 'organization', byId, 'un')), { id: 'un', name: 'United Nations' }, 'inside a transaction object too')
  // A template with a parameter of its own would answer every later call with the first call's value.
  t.throws(() => getKeyed(db, 'fixed', (id: string) => sql`SELECT id FROM organizations WHERE id = ${id} AND kind <> ${'ngo'}`, 'un'), /not the values/)
  t.throws(() => getKeyed(db, 'swapped', (a: string, b: string) => sql`SELECT ${b} AS b, ${a} AS a`, 'x', 'y'), /not the values/)
})

t.test('a page size is written into the statement, as an integer only', async (t) => {
  const db = openDatabase({ path: ':memory:' })
  t.teardown(() => db.$client.close())
  loadDemo(db)
  const { limitRows } = await import('../src/common/sql.js')
  const query = (rows: number) => sql`SELECT id FROM organizations ORDER BY id ${limitRows(rows)}`
  t.same(compile(query(2)), { sql: 'SELECT id FROM organizations ORDER BY id LIMIT 2', params: [] })
  t.equal(all(db, query(2)).length, 2)
  t.equal(all(db, query(0)).length, 0)
  for (const bad of [1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) t.throws(() => limitRows(bad), RangeError, String(bad))
})

t.test('a snapshot sees one state of the database, whatever another connection commits meanwhile', async (t) => {
  const path = join(tempDir(t), 'parley.db')
  const db = openDatabase({ path })
  const other = openDatabase({ path })
  t.teardown(() => { db.$client.close(); other.$client.close() })
  loadDemo(db)
  const count = () => (db.$client.prepare('SELECT count(*) AS n FROM themes').get() as { n: number }).n
  const before = count()
  const seen = snapshot(db, () => {
    const first = count()
    other.$client.prepare("INSERT INTO themes (id, label) VALUES ('snapshot-test', 'Snapshot test')").run()
    return [first, count(), db.$client.inTransaction]
  })
  t.same(seen, [before, before, true], 'the write is not seen inside the snapshot')
  t.equal(db.$client.inTransaction, false, 'the snapshot ends')
  t.equal(count(), before + 1, 'and is seen after it')
  t.throws(() => snapshot(db, () => { throw new Error('read failed') }), /read failed/)
  t.equal(db.$client.inTransaction, false, 'a failed read ends its snapshot too')
  t.equal(snapshot(db, () => snapshot(db, () => count())), before + 1, 'snapshots nest')
})
