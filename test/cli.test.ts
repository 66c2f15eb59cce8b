// The parley command: --help, --version and usage errors do nothing else; keys made on the command line work over
// HTTP; revoked ones stop working; backups are consistent under load and restore, but not over a database in use.
import { once } from 'node:events'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { main } from '../src/cli.js'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { builtEnv, databaseWithKey, ensureBuilt, root, send, startServer } from './built-server.js'

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

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

/** Every command and group, as typed after `parley`; '' is parley itself. */
const COMMANDS = ['', 'serve', 'migrate', 'keys', 'keys create', 'keys list', 'keys revoke', 'backup', 'restore',
  'import', 'import historyatstate', 'import ndjson', 'help']

/**
 * Runs `parley args` in an empty folder with the default DATABASE_PATH (./data/parley.db), and returns what it
 * printed and the files it left there: a database opened, a backup written or a server started would show.
 */
async function runInEmptyFolder (args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-usage-'))
  const cwd = process.cwd()
  process.chdir(dir)
  try {
    return { ...await run(args), files: readdirSync(dir) }
  } finally {
    process.chdir(cwd)
    rmSync(dir, { recursive: true, force: true })
  }
}

t.test('--help, -h and `help COMMAND` print the usage of each command and do nothing else', async (t) => {
  delete process.env.DATABASE_PATH
  for (const command of COMMANDS) {
    const words = command ? command.split(' ') : []
    const where = ['parley', ...words].join(' ')
    const help = await runInEmptyFolder([...words, '--help'])
    t.equal(help.code, 0, `${where} --help: exit 0`)
    t.match(help.out, new RegExp(`^Usage: ${where}`), `${where} --help: its usage`)
    t.equal(help.err, '', 'nothing on standard error')
    t.same(help.files, [], 'no database, no file')
    t.same(await runInEmptyFolder([...words, '-h']), help, `${where} -h is --help`)
    if (command !== 'help') t.same(await runInEmptyFolder(['help', ...words]), help, `parley help ${command} is --help`)
  }
  t.match((await run(['keys', 'create', '--help'])).out, /--name NAME .*\n.*--scope SCOPE .*read, write, admin/s, 'options are explained')
  t.match((await run(['--help'])).out, /\n  import ndjson FILE +import whole meetings/, 'parley --help lists the commands')
  t.match((await run(['keys', '--help'])).out, /^Usage: parley keys <command>.*\n  keys revoke ID +revoke a key/s, 'a group lists its commands')
})

t.test('--version prints the version of package.json, for every command, and does nothing else', async (t) => {
  delete process.env.DATABASE_PATH
  for (const command of COMMANDS) {
    const words = command ? command.split(' ') : []
    t.same(await runInEmptyFolder([...words, '--version']), { code: 0, out: version, err: '', files: [] }, `${['parley', ...words].join(' ')} --version`)
  }
})

t.test('an unknown option or command exits 2 with one line naming it, and does nothing else', async (t) => {
  delete process.env.DATABASE_PATH
  for (const command of COMMANDS) {
    const words = command ? command.split(' ') : []
    const where = ['parley', ...words].join(' ')
    for (const bogus of ['--bogus', '-x']) {
      t.same(await runInEmptyFolder([...words, bogus]), {
        code: 2, out: '', err: `${where}: unknown option ${bogus} (see \`${where} --help\`)`, files: []
      }, `${where} ${bogus}`)
    }
  }
  const unknown = {
    dance: 'parley: unknown command dance (see `parley --help`)',
    'keys frob': 'parley keys: unknown command keys frob (see `parley keys --help`)',
    'import csv x.csv': 'parley import: unknown command import csv (see `parley import --help`)',
    'help dance': 'parley: unknown command dance (see `parley --help`)'
  }
  for (const [line, err] of Object.entries(unknown)) {
    t.same(await runInEmptyFolder(line.split(' ')), { code: 2, out: '', err, files: [] }, `parley ${line}`)
  }
})

t.test('a command called wrongly exits 2 with one line saying what is wrong, and does nothing', async (t) => {
  delete process.env.DATABASE_PATH
  const wrong = {
    'keys create --scope write': 'parley keys create: missing --name NAME (see `parley keys create --help`)',
    'keys create --name x --scope root': 'parley keys create: unknown scope root; use read, write, admin (see `parley keys create --help`)',
    'keys create --name x': 'parley keys create: missing --scope (read, write, admin) (see `parley keys create --help`)',
    'keys create --name': "parley keys create: option '--name <value>' argument missing (see `parley keys create --help`)",
    'keys revoke': 'parley keys revoke: missing ID (see `parley keys revoke --help`)',
    keys: 'parley keys: missing a command: create, list, revoke (see `parley keys --help`)',
    import: 'parley import: missing a command: historyatstate, ndjson (see `parley import --help`)',
    backup: 'parley backup: missing FILE (see `parley backup --help`)',
    'backup a.db b.db': 'parley backup: unexpected argument b.db (see `parley backup --help`)',
    'serve now': 'parley serve: unexpected argument now (see `parley serve --help`)',
    'migrate --help=yes': "parley migrate: option '-h, --help' does not take an argument (see `parley migrate --help`)",
    restore: 'parley restore: missing FILE (see `parley restore --help`)',
    'import ndjson missing.ndjson': 'parley import ndjson: missing.ndjson does not exist (see `parley import ndjson --help`)'
  }
  for (const [line, err] of Object.entries(wrong)) {
    t.same(await runInEmptyFolder(line.split(' ')), { code: 2, out: '', err, files: [] }, `parley ${line}`)
  }
  const alone = await runInEmptyFolder([])
  t.equal(alone.code, 2, 'parley alone exits 2')
  t.match(alone.err, /^Usage: parley <command>/, 'with the usage on standard error')
  t.same(alone.files, [])
  process.env.DATABASE_PATH = ':memory:'
  t.teardown(() => { delete process.env.DATABASE_PATH })
  t.same(await run(['restore', 'x.db']), { code: 2, out: '', err: 'parley restore: DATABASE_PATH must name a file, not :memory: (see `parley restore --help`)' })
})

t.test('the built parley answers --help, --version and mistakes with the exit status a shell sees, and starts nothing', async (t) => {
  ensureBuilt()
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-built-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const parley = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist/src/cli.js'), ...args], { cwd: dir, env: builtEnv({}), encoding: 'utf8', timeout: 20_000 })
  for (const args of [['-h'], ['serve', '--help'], ['migrate', '--help'], ['backup', '--help'], ['keys', 'create', '--help'], ['import', 'ndjson', '-h']]) {
    const { status, stdout, stderr } = parley(...args)
    t.equal(status, 0, `parley ${args.join(' ')}: exit 0, and it exited: no server`)
    t.match(stdout, /^Usage: parley /)
    t.equal(stderr, '')
  }
  t.same(pick(parley('--version')), { status: 0, stdout: `${version}\n`, stderr: '' })
  t.same(pick(parley('keys', '--bogus')), { status: 2, stdout: '', stderr: 'parley keys: unknown option --bogus (see `parley keys --help`)\n' })
  t.same(pick(parley('dance')), { status: 2, stdout: '', stderr: 'parley: unknown command dance (see `parley --help`)\n' })
  t.same(readdirSync(dir), [], 'no database, no file named --help')
})

const pick = ({ status, stdout, stderr }: { status: number | null, stdout: string, stderr: string }) => ({ status, stdout, stderr })

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
