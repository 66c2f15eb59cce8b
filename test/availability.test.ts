// A busy or missing database: 503 with Retry-After, never a 500, a blocked event loop or a lost acknowledged write.
import t, { type Test } from 'tap'
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { testConfig, type Config } from '../src/config.js'
import { openDatabase } from '../src/db/open.js'
import { DEMO_ID, makeKey } from './helpers.js'

function tempDir (t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-availability-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function fileApp (t: Test, path: string, overrides: Partial<Config> = {}) {
  const app = buildApp(testConfig({ databasePath: path, ...overrides }), { logger: false })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

/** Another process that takes the write lock and keeps it until it is killed; resolves once it holds it. */
function holdWriteLock (t: Test, path: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['-e', `
    const Database = require('better-sqlite3')
    const db = new Database(${JSON.stringify(path)})
    db.prepare('BEGIN IMMEDIATE').run()
    db.prepare("UPDATE themes SET label = label WHERE id = 'security'").run()
    console.log('locked')
    setInterval(() => {}, 1000)
  `], { stdio: ['ignore', 'pipe', 'inherit'] })
  const release = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
  t.teardown(release)
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve(release))
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)))
  })
}

t.test('while another process holds the write lock, writes answer 503 with Retry-After and reads go on', async (t) => {
  const path = join(tempDir(t), 'parley.db')
  const app = await fileApp(t, path, { databaseLockWaitMs: 300 })
  const writer = makeKey(app, ['write'])
  const release = await holdWriteLock(t, path)

  const started = performance.now()
  const write = await app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'Lock Tester' } })
  const waited = performance.now() - started
  t.equal(write.statusCode, 503)
  t.match(write.headers['content-type'], /^application\/problem\+json/)
  t.equal(write.headers['retry-after'], '1')
  t.match(write.json(), { code: 'PARLEY_DATABASE_BUSY', status: 503 })
  t.ok(waited >= 250 && waited < 2000, `it waited for the lock about DATABASE_LOCK_WAIT_MS (${waited.toFixed(0)} ms)`)

  // Reads, anonymous or with a key, never need the lock.
  for (const headers of [{}, writer.auth]) {
    const t0 = performance.now()
    const read = await app.inject({ url: `/v1/meetings/${DEMO_ID}`, headers })
    t.equal(read.statusCode, 200)
    t.ok(performance.now() - t0 < 200, 'without waiting for it')
  }
  t.equal((await app.inject('/v1/persons?limit=100')).json().data.some((p: { name: string }) => p.name === 'Lock Tester'), false, 'nothing was written')

  // A lock that goes away while a write waits: the write goes through.
  const pending = app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'Lock Tester' } })
  setTimeout(() => { void release() }, 50)
  t.equal((await pending).statusCode, 201)
})

t.test('a key\'s use is stored with the next write, not by the read', async (t) => {
  const app = await fileApp(t, join(tempDir(t), 'parley.db'))
  const reader = makeKey(app, ['read'])
  const writer = makeKey(app, ['write'])
  const lastUse = (id: string) => (app.db.$client.prepare('SELECT last_used_at FROM api_keys WHERE id = ?').get(id) as { last_used_at: string | null }).last_used_at
  t.equal((await app.inject({ url: '/v1/meetings', headers: reader.auth })).statusCode, 200)
  t.equal(lastUse(reader.id), null, 'a read writes nothing')
  t.equal((await app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'Ana Lima' } })).statusCode, 201)
  t.type(lastUse(reader.id), 'string', 'the write stored the reader\'s use too')
  t.type(lastUse(writer.id), 'string')
})

t.test('a database file removed under the server: /readyz and writes answer 503, nothing is acknowledged', async (t) => {
  const dir = tempDir(t)
  const path = join(dir, 'parley.db')
  const app = await fileApp(t, path)
  const writer = makeKey(app, ['write'])
  t.equal((await app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'Before' } })).statusCode, 201)
  t.equal((await app.inject('/readyz')).statusCode, 200)

  for (const file of ['parley.db', 'parley.db-wal', 'parley.db-shm']) rmSync(join(dir, file), { force: true })
  const ready = await app.inject('/readyz')
  t.equal(ready.statusCode, 503)
  t.match(ready.json(), { code: 'PARLEY_NOT_READY', detail: /was removed/ })
  const write = await app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'After' } })
  t.equal(write.statusCode, 503)
  t.match(write.json(), { code: 'PARLEY_DATABASE_UNAVAILABLE', detail: /removed[^]*Nothing was written/ })
  t.ok(write.headers['retry-after'])
  t.equal((await app.inject(`/v1/meetings/${DEMO_ID}`)).statusCode, 200, 'reads of what the server still has open go on')
})

t.test('a database file replaced under the server is noticed too', async (t) => {
  const dir = tempDir(t)
  const path = join(dir, 'parley.db')
  const app = await fileApp(t, path)
  const writer = makeKey(app, ['write'])
  copyFileSync(path, join(dir, 'copy.db'))
  renameSync(join(dir, 'copy.db'), path)
  t.match((await app.inject('/readyz')).json(), { status: 503, detail: /was replaced/ })
  t.equal((await app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'After' } })).statusCode, 503)
})

t.test('DATABASE_CREATE=false refuses to start on a missing file, naming it', async (t) => {
  const path = join(tempDir(t), 'missing', 'parley.db')
  const app = buildApp(testConfig({ databasePath: path, databaseCreate: false }), { logger: false })
  await t.rejects(async () => { await app.ready() }, { name: 'DatabaseOpenError', message: new RegExp(`${path.replace(/[.]/g, '\\.')} does not exist`) })
  t.notOk(existsSync(path), 'and creates nothing')
  await app.close().catch(() => {})
})

t.test('a path that cannot hold the database fails with one message naming it and the cause', async (t) => {
  const dir = tempDir(t)
  const notSqlite = join(dir, 'notes.db')
  writeFileSync(notSqlite, 'these are not the pages of a database\n'.repeat(200))
  const cases: Array<[string, RegExp]> = [
    [dir, /is a directory/],
    [notSqlite, /cannot be used as a database: file is not a database/]
  ]
  for (const [path, cause] of cases) {
    t.throws(() => openDatabase({ path }), { name: 'DatabaseOpenError', message: cause })
    const app = buildApp(testConfig({ databasePath: path }), { logger: false })
    await t.rejects(async () => { await app.ready() }, { name: 'DatabaseOpenError', message: new RegExp(`^${path.replace(/[.]/g, '\\.')} `) })
    await app.close().catch(() => {})
  }
  t.equal(readFileSync(notSqlite, 'utf8').slice(0, 9), 'these are', 'the file is left as it was')
})

t.test('READ_ONLY serves every read from a file it never writes, and answers writes with 503 and the primary', async (t) => {
  const path = join(tempDir(t), 'parley.db')
  const primary = buildApp(testConfig({ databasePath: path }), { logger: false })
  await primary.ready()
  const writer = makeKey(primary, ['write'])
  await primary.close()
  const before = readFileSync(path)

  const replica = await fileApp(t, path, { readOnly: true, primaryUrl: 'https://primary.example.org' })
  t.equal((await replica.inject(`/v1/meetings/${DEMO_ID}`)).statusCode, 200)
  t.equal((await replica.inject({ url: '/v1/meetings?facets=theme', headers: writer.auth })).statusCode, 200, 'reads with a key too')
  t.equal((await replica.inject('/readyz')).statusCode, 200)
  const write = await replica.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'Replica Writer' } })
  t.equal(write.statusCode, 503)
  t.match(write.headers['content-type'], /^application\/problem\+json/)
  t.match(write.json(), { code: 'PARLEY_READ_ONLY', detail: /primary\.example\.org/ })
  t.equal(write.headers.link, '<https://primary.example.org/v1/persons>; rel="alternate"')
  await replica.close()
  t.ok(readFileSync(path).equals(before), 'the file is byte for byte as it was')
})

t.test('a database migrated by a newer Parley, or a replica behind on migrations, is refused with its reason', async (t) => {
  const dir = tempDir(t)
  const newer = join(dir, 'newer.db')
  const made = openDatabase({ path: newer })
  made.$client.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('f00d', 99999999999999)").run()
  made.$client.close()
  t.throws(() => openDatabase({ path: newer }), { name: 'DatabaseOpenError', message: /was migrated by a newer Parley \(1 migration this version does not know\)/ })
  const behind = join(dir, 'behind.db')
  const db = openDatabase({ path: behind })
  db.$client.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run()
  db.$client.close()
  t.throws(() => openDatabase({ path: behind, readOnly: true }), { name: 'DatabaseOpenError', message: /lacks 1 of this Parley's migrations/ })
})

t.test('a full disk on write is a 503 that names the cause, with nothing written', async (t) => {
  const app = await fileApp(t, join(tempDir(t), 'parley.db'))
  const writer = makeKey(app, ['write'])
  const sqlite = app.db.$client
  // The database may not grow past the pages it has: SQLite answers SQLITE_FULL, as on a full disk.
  sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`)
  const before = (await app.inject('/v1/persons?limit=100')).json().data.length
  const res = await app.inject({
    method: 'POST', url: '/v1/meetings', headers: writer.auth,
    payload: { title: 'Filling the disk', start_date: '2024-05-01', parties: [{ organization: 'osce' }], summary: 'x'.repeat(9000), statements: Array.from({ length: 40 }, (_, i) => ({ kind: 'noted', text: `${i} ${'y'.repeat(900)}` })), participants: [{ person: { name: 'New Person' } }] }
  })
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { code: 'PARLEY_DATABASE_UNAVAILABLE', detail: /disk holding the database is full[^]*Nothing was written/ })
  sqlite.pragma('max_page_count = 1073741823')
  t.equal((await app.inject('/v1/persons?limit=100')).json().data.length, before, 'the person of the refused meeting was not made')
  t.equal((await app.inject({ method: 'POST', url: '/v1/persons', headers: writer.auth, payload: { name: 'Room Again' } })).statusCode, 201)
})
