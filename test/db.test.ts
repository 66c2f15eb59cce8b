import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import type { Test } from 'tap'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { openDatabase } from '../src/db/open.js'
import { loadDemo } from '../src/demo/load.js'

const tempDir = (t: Test) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-db-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

t.test('a database file is created, migrated, in WAL mode with foreign keys on, and reopens cleanly', async (t) => {
  const path = join(tempDir(t), 'nested', 'parley.db')
  const db = openDatabase({ path })
  t.same(db.$client.pragma('journal_mode'), [{ journal_mode: 'wal' }])
  t.same(db.$client.pragma('foreign_keys'), [{ foreign_keys: 1 }])
  t.same(db.$client.pragma('synchronous'), [{ synchronous: 2 }], 'synchronous=FULL')
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

t.test('a database that cannot be opened fails loudly', async (t) => {
  const dir = tempDir(t)
  t.throws(() => openDatabase({ path: join(dir, 'db'), migrationsFolder: join(dir, 'no-migrations') }))
})
