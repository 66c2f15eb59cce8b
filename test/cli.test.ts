// The parley command: keys made on the command line work over HTTP; revoked ones stop working; backups are
// consistent under load and restore, but not over a database in use.
import { once } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Agent } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { main } from '../src/cli.js'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { databaseWithKey, ensureBuilt, send, startServer } from './built-server.js'

// The backup and restore test starts the built server twice.
t.setTimeout(300_000)

async function run (args: string[]): Promise<{ code: number, out: string, err: string }> {
  const out: string[] = []
  const err: string[] = []
  const log = console.log
  const error = console.error
  console.log = (...a: unknown[]) => { out.push(a.join(' ')) }
  console.error = (...a: unknown[]) => { err.push(a.join(' ')) }
  try {
    return { code: await main(args), out: out.join('\n'), err: err.join('\n') }
  } finally {
    console.log = log
    console.error = error
  }
}

t.test('keys made by the CLI authorize writes until revoked; backup copies the database', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'parley.db')
  process.env.DATABASE_PATH = path
  t.teardown(() => { delete process.env.DATABASE_PATH })

  t.equal((await run(['migrate'])).code, 0)
  const created = await run(['keys', 'create', '--name', 'curator', '--scope', 'write'])
  t.equal(created.code, 0)
  const key = created.out.trim()
  t.match(key, /^pk_[A-Za-z0-9_-]{32}$/, 'standard output is the key alone, for scripts')
  t.match(created.err, /cannot be shown again/)
  const listed = await run(['keys', 'list'])
  t.match(listed.out, /key_[0-9a-f]{12}\tpk_.{7}…\twrite\tactive\tlast used never\t"curator"/)
  t.notMatch(listed.out, key.slice(10), 'the list never shows a key')
  const id = /key_[0-9a-f]{12}/.exec(listed.out)![0]

  const app = buildApp(testConfig({ databasePath: path }), { logger: false })
  t.teardown(() => app.close())
  const auth = { authorization: `Bearer ${key}` }
  const ok = await app.inject({ method: 'POST', url: '/v1/persons', headers: auth, payload: { name: 'Ana Lima' } })
  t.equal(ok.statusCode, 201)

  const backup = join(dir, 'copy.db')
  t.equal((await run(['backup', backup])).code, 0)
  const copy = new Database(backup, { readonly: true })
  t.same(copy.prepare("SELECT name FROM persons WHERE id = 'ana-lima'").get(), { name: 'Ana Lima' })
  t.same(copy.pragma('integrity_check'), [{ integrity_check: 'ok' }])
  copy.close()

  t.equal((await run(['keys', 'revoke', id])).code, 0)
  const refused = await app.inject({ method: 'POST', url: '/v1/persons', headers: auth, payload: { name: 'Bo Li' } })
  t.equal(refused.statusCode, 401)
  t.equal((await run(['keys', 'revoke', id])).code, 1, 'revoking twice says so')
})

t.test('usage errors are explained', async (t) => {
  process.env.DATABASE_PATH = ':memory:'
  t.teardown(() => { delete process.env.DATABASE_PATH })
  await t.rejects(run(['keys', 'create', '--scope', 'write']), /--name/)
  await t.rejects(run(['keys', 'create', '--name', 'x', '--scope', 'root']), /unknown scope root/)
  await t.rejects(run(['keys', 'create', '--name', 'x']), /--scope/)
  await t.rejects(run(['keys', 'revoke']), /key id/)
  await t.rejects(run(['keys']), /create, list or revoke/)
  await t.rejects(run(['backup']), /FILE/)
  await t.rejects(run(['restore']), /FILE/)
  await t.rejects(run(['restore', 'x.db']), /DATABASE_PATH to name a file/)
  await t.rejects(run(['dance']), /unknown command/)
  t.equal((await run(['help'])).code, 0)
  t.match((await run([])).out, /Usage: parley/)
})

/** The persons in a database file, by id. */
function personIds (path: string): string[] {
  const db = new Database(path, { readonly: true })
  try {
    return db.prepare('SELECT id FROM persons ORDER BY id').pluck().all() as string[]
  } finally {
    db.close()
  }
}

t.test('backup is consistent under write load; restore refuses a database in use unless --force, and anything but a backup', async (t) => {
  ensureBuilt()
  const { path, headers } = databaseWithKey(t)
  process.env.DATABASE_PATH = path
  t.teardown(() => { delete process.env.DATABASE_PATH })
  const dir = mkdtempSync(join(tmpdir(), 'parley-backups-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))

  let server = await startServer({ DATABASE_PATH: path, LOAD_DEMO: 'false' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  const agent = new Agent({ keepAlive: true })
  t.teardown(() => agent.destroy())
  let writing = true
  let written = 0
  const writers = Promise.all([0, 1, 2].map(async (w) => {
    for (let i = 0; writing; i++) {
      const res = await send(server.url, { method: 'POST', path: '/v1/persons', headers, body: { name: `Backup ${w} ${i}` }, agent })
      if (res.kind !== 'response' || res.status !== 201) throw new Error(JSON.stringify(res))
      written++
    }
  }))
  const copies: string[] = []
  for (let n = 0; n < 3; n++) {
    while (written < (n + 1) * 20) await new Promise((resolve) => setTimeout(resolve, 10))
    const copy = join(dir, `copy-${n}.db`)
    const made = await run(['backup', copy])
    t.equal(made.code, 0, made.err)
    copies.push(copy)
  }
  writing = false
  await writers
  for (const copy of copies) {
    const db = new Database(copy, { readonly: true })
    t.same(db.pragma('integrity_check'), [{ integrity_check: 'ok' }], `${copy}: intact`)
    const persons = db.prepare('SELECT count(*) FROM persons').pluck().get() as number
    const revisions = db.prepare("SELECT count(*) FROM revisions WHERE entity_type = 'person'").pluck().get() as number
    t.equal(persons, revisions, `${copy}: ${persons} persons, each with its revision: a copy of one moment, taken during writes`)
    db.close()
  }
  const backup = copies[0]!
  const inBackup = personIds(backup)
  t.ok(inBackup.length >= 20 && inBackup.length < written, `the first copy holds ${inBackup.length} of ${written} writes`)

  const refused = await run(['restore', backup])
  t.equal(refused.code, 1)
  t.match(refused.err, /is in use .*stop it first, or restore with --force/)
  t.equal(personIds(path).length, written, 'a refused restore changes nothing')

  const forced = await run(['restore', backup, '--force'])
  t.equal(forced.code, 0, forced.err)
  t.equal(personIds(path).length, inBackup.length, 'restore --force replaced the data under the running server')
  const list = await send(server.url, { path: '/v1/persons?limit=100', agent })
  t.equal(list.kind === 'response' && list.status, 200)
  t.ok(list.kind === 'response' && (JSON.parse(list.body) as { data: unknown[] }).data.length <= inBackup.length,
    'and the running server reads the restored data')

  const stopped = once(server.child, 'exit')
  server.child.kill('SIGTERM')
  t.same(await stopped, [0, null])
  const twoAgo = copies[2]!
  const restored = await run(['restore', twoAgo])
  t.equal(restored.code, 0, restored.err)
  t.match(restored.err, /restored \d+ pages .*migrated and ready/s)
  t.same(personIds(path), personIds(twoAgo), 'a stopped server\'s database is replaced by the copy')

  server = await startServer({ DATABASE_PATH: path, LOAD_DEMO: 'false' })
  const served = await send(server.url, { path: `/v1/persons/${personIds(twoAgo).at(-1)}` })
  t.equal(served.kind === 'response' && served.status, 200, 'and serves it after a restart')
  server.child.kill('SIGTERM')

  const text = join(dir, 'notes.txt')
  writeFileSync(text, 'not a database')
  const notDb = await run(['restore', text])
  t.equal(notDb.code, 1)
  t.match(notDb.err, /notes\.txt is not a Parley backup: .*nothing was changed/)
  const empty = join(dir, 'empty.db')
  new Database(empty).close()
  t.match((await run(['restore', empty])).err, /has no __drizzle_migrations, meetings, api_keys table/)
  t.match((await run(['restore', join(dir, 'missing.db')])).err, /missing\.db is not a Parley backup/)
  t.same(personIds(path), personIds(twoAgo), 'refused restores change nothing')
})
