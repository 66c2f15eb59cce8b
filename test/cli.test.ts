// The parley command: keys made on the command line work over HTTP; revoked ones stop working; backups restore.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { main } from '../src/cli.js'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'

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
  await t.rejects(run(['dance']), /unknown command/)
  t.equal((await run(['help'])).code, 0)
  t.match((await run([])).out, /Usage: parley/)
})
