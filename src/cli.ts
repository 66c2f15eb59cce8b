#!/usr/bin/env node
// The `parley` command: serve, migrate, keys (create, list, revoke), import, backup, restore. Arguments are read
// by node:util's parseArgs in strict mode. A command loads what it needs only when it runs, so that --help,
// --version and usage errors open no database, start no server, write no file, and answer at once.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { SCOPES, type Scope } from './auth/keys.js'

/** A mistake in the command line: one line on standard error, exit status 2. */
class UsageError extends Error {
  constructor (message: string, public command?: string) {
    super(message)
  }
}

interface Option {
  type: 'string' | 'boolean'
  /** The placeholder of a string option's value in the usage. */
  value?: string
  multiple?: boolean
  required?: boolean
  description: string
}

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>

interface Command {
  /** The words after `parley`: 'backup', 'keys create'. */
  name: string
  /** The positional arguments, all required. */
  args?: string[]
  options?: Record<string, Option>
  /** One line in the list of commands. */
  summary: string
  /** What `--help` says below the usage line. */
  description: string
  run: (values: Values, args: string[]) => Promise<number>
}

const SETTINGS = 'The database is the file DATABASE_PATH names (./data/parley.db by default); the README lists every setting.'

const COMMON: Record<string, Option & { short?: string }> = {
  help: { type: 'boolean', short: 'h', description: 'show this help and exit' },
  version: { type: 'boolean', description: "print Parley's version and exit" }
}

const COMMANDS: Command[] = [
  {
    name: 'serve',
    summary: 'start the HTTP service (as npm start does)',
    description: 'Start the HTTP service: migrate the database, load the demo record into an empty one, and listen\n' +
      'on HOST:PORT (127.0.0.1:3000 by default) until SIGTERM or SIGINT.\n' + SETTINGS,
    run: async () => {
      await import('./server.js')
      return -1
    }
  },
  {
    name: 'migrate',
    summary: 'create or migrate the database, then exit',
    description: 'Create the database, or apply the migrations it lacks, then exit.\n' + SETTINGS,
    run: async () => {
      const db = await open({ create: true })
      db.$client.close()
      console.error(`database at ${db.$client.name} is up to date`)
      return 0
    }
  },
  {
    name: 'keys create',
    options: {
      name: { type: 'string', value: 'NAME', required: true, description: 'who or what the key is for' },
      scope: { type: 'string', value: 'SCOPE', multiple: true, required: true, description: `${SCOPES.join(', ')}; repeat it for several` }
    },
    summary: 'make an API key and print it, once',
    description: `Make an API key with the scopes given (${SCOPES.join(', ')}; admin includes write, which includes read).\n` +
      'The key goes to standard output, once: Parley keeps only its SHA-256 hash.\n' + SETTINGS,
    run: keysCreate
  },
  {
    name: 'keys list',
    summary: 'list the API keys (never the keys themselves)',
    description: 'List the API keys, one a line: id, prefix, scopes, active or revoked, last use, name.\n' + SETTINGS,
    run: keysList
  },
  {
    name: 'keys revoke',
    args: ['ID'],
    summary: 'revoke a key; requests with it get 401 from then on',
    description: 'Revoke the key with this id (see `parley keys list`): requests with it get 401 from then on.\n' + SETTINGS,
    run: keysRevoke
  },
  {
    name: 'backup',
    args: ['FILE'],
    summary: 'copy the database to FILE, consistently, while it serves',
    description: "Write a copy of the database to FILE with SQLite's online backup API: one moment of the database,\n" +
      'taken while a server goes on writing.\n' + SETTINGS,
    run: backup
  },
  {
    name: 'restore',
    args: ['FILE'],
    options: { force: { type: 'boolean', description: 'replace the data under a server that has the database open' } },
    summary: 'put back a copy made by backup, then migrate it',
    description: 'Check that FILE is a Parley backup, replace the database with it, then apply any newer migrations.\n' +
      'Refused while another process (a running server) has the database open, unless --force.\n' + SETTINGS,
    run: restore
  },
  {
    name: 'import historyatstate',
    args: ['FOLDER'],
    options: { presidents: { type: 'string', value: 'FILE', description: "the travels repository's presidents.xml, when FOLDER lacks it" } },
    summary: "import the Office of the Historian's visits and travels XML",
    description: 'Import the US Office of the Historian\'s visits and travels XML from a checkout of\n' +
      'github.com/HistoryAtState/visits or /travels (or a folder with both), in one transaction.\n' + SETTINGS,
    run: importHistoryAtState
  },
  {
    name: 'import ndjson',
    args: ['FILE'],
    summary: 'import whole meetings from NDJSON, all or nothing',
    description: 'Import whole meetings, one JSON object (a POST /v1/meetings body) per line, all or nothing;\n' +
      'a line whose id exists replaces that meeting.\n' + SETTINGS,
    run: importNdjson
  },
  {
    name: 'help',
    args: ['[COMMAND]'],
    summary: "show a command's usage (parley help keys create)",
    description: 'Show the usage of a command, or of parley.',
    run: async (_values, words) => {
      console.log(usage(resolve(words).name))
      return 0
    }
  }
]

/** The commands under a word such as `keys`; empty for a command of its own. */
const under = (group: string) => COMMANDS.filter((c) => c.name.startsWith(group + ' '))

function optionsUsage (options: Record<string, Option & { short?: string }>): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`
    return `  ${flag.padEnd(22)}${o.description}`
  })
}

function synopsis (command: Command): string {
  const options = Object.entries(command.options ?? {}).map(([name, o]) => {
    const text = `--${name}${o.value ? ` ${o.value}` : ''}${o.multiple ? ' ...' : ''}`
    return o.required ? text : `[${text}]`
  })
  return ['parley', command.name, ...(command.args ?? []), ...options].join(' ')
}

/** The usage of parley, of a group of commands (`keys`), or of one command. */
function usage (name = ''): string {
  const command = COMMANDS.find((c) => c.name === name)
  if (command) {
    return [`Usage: ${synopsis(command)}`, '', command.description, '', 'Options:',
      ...optionsUsage({ ...command.options, ...COMMON })].join('\n')
  }
  const listed = (name ? under(name) : COMMANDS).map((c) => [synopsis(c).slice('parley '.length), c.summary] as const)
  const width = Math.max(...listed.map(([s]) => s.length)) + 2
  const rows = listed.map(([s, summary]) => `  ${s.padEnd(width)}${summary}`)
  return [`Usage: parley ${name ? `${name} ` : ''}<command> [options]`, '', 'Commands:', ...rows, '', 'Options:',
    ...optionsUsage(COMMON), '', `\`parley ${name ? `${name} ` : ''}<command> --help\` shows the usage of a command.`,
    'Settings come from the environment (DATABASE_PATH, PORT, ...); see the README.'].join('\n')
}

/** The command or group that words name; anything else is an unknown command. */
function resolve (words: string[]): { name: string, command?: Command } {
  const name = words.join(' ')
  const command = COMMANDS.find((c) => c.name === name)
  if (command || (name !== '' && words.length === 1 && under(name).length > 0)) return { name, command }
  if (name === '') return { name }
  throw new UsageError(`unknown command ${name}`, words.length > 1 && under(words[0]!).length > 0 ? words[0] : '')
}

function parse (argv: string[], options: Record<string, Option & { short?: string }>, where: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    const { code, message } = error as { code?: string, message: string }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${/'([^']+)'/.exec(message)?.[1]}`, where)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(message.split('\n')[0]!.replace(/^O/, 'o').replace(/\.$/, ''), where)
    throw error
  }
}

async function version (): Promise<string> {
  const { packageRoot } = await import('./db/open.js')
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version
}

/**
 * Runs the command line `argv` (without `node parley`) and returns the exit status, or -1 for `serve`, whose
 * process runs until the server stops. Usage errors are reported here, as one line, with status 2.
 */
export async function main (argv: string[]): Promise<number> {
  try {
    return await dispatch(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      const where = ['parley', error.command].filter(Boolean).join(' ')
      console.error(`${where}: ${error.message} (see \`${where} --help\`)`)
      return 2
    }
    const [{ ConfigError }, { DatabaseOpenError }] = await Promise.all([import('./config.js'), import('./db/open.js')])
    if (error instanceof ConfigError || error instanceof DatabaseOpenError) {
      console.error(`parley: ${error.message}`)
      return 1
    }
    throw error
  }
}

async function dispatch (argv: string[]): Promise<number> {
  // The command is the leading words (`keys create`); options and arguments follow it.
  let words = argv.slice(0, 1).filter((a) => !a.startsWith('-'))
  if (words.length === 1 && under(words[0]!).length > 0 && argv[1] !== undefined && !argv[1].startsWith('-')) words = argv.slice(0, 2)
  const { name, command } = resolve(words)
  const { values, positionals } = parse(argv.slice(words.length), { ...command?.options, ...COMMON }, name)
  if (values.help) {
    console.log(usage(name))
    return 0
  }
  if (values.version) {
    console.log(await version())
    return 0
  }
  if (!command) {
    if (positionals.length > 0) throw new UsageError(`unknown option ${positionals[0]}`, name)
    if (argv.length === 0) {
      console.error(usage())
      return 2
    }
    throw new UsageError(`missing a command: ${under(name).map((c) => c.name.split(' ')[1]).join(', ')}`, name)
  }
  const args = command.args ?? []
  const required = args.filter((a) => !a.startsWith('['))
  if (positionals.length < required.length) throw new UsageError(`missing ${required[positionals.length]}`, name)
  if (positionals.length > args.length && name !== 'help') throw new UsageError(`unexpected argument ${positionals[args.length]}`, name)
  try {
    return await command.run(values, positionals)
  } catch (error) {
    if (error instanceof UsageError) error.command ??= name
    throw error
  }
}

/** The configured database; only `migrate` (and `restore`, which has just written it) may create a missing file against DATABASE_CREATE=false. */
async function open ({ create }: { create?: boolean } = {}) {
  const [{ loadConfig }, { openDatabase }] = await Promise.all([import('./config.js'), import('./db/open.js')])
  const config = loadConfig()
  return openDatabase({ path: config.databasePath, cacheMb: config.databaseCacheMb, create: create ?? config.databaseCreate })
}

async function keysCreate (values: Values): Promise<number> {
  const name = (values.name as string | undefined)?.trim()
  if (!name) throw new UsageError('missing --name NAME')
  const scopes = (values.scope as string[] | undefined) ?? []
  if (scopes.length === 0) throw new UsageError(`missing --scope (${SCOPES.join(', ')})`)
  const unknown = scopes.filter((s) => !SCOPES.includes(s as Scope))
  if (unknown.length > 0) throw new UsageError(`unknown scope ${unknown.join(', ')}; use ${SCOPES.join(', ')}`)
  const [db, { createApiKey }] = await Promise.all([open(), import('./auth/keys.js')])
  try {
    const created = createApiKey(db, name, scopes as Scope[])
    console.error(`Created ${created.id} "${created.name}" with scope ${created.scopes.join(', ')}. Keep the key below now: it is not stored and cannot be shown again.`)
    console.log(created.key)
    return 0
  } finally {
    db.$client.close()
  }
}

async function keysList (): Promise<number> {
  const [db, { listApiKeys }] = await Promise.all([open(), import('./auth/keys.js')])
  try {
    const rows = listApiKeys(db)
    if (rows.length === 0) console.error('no keys yet: make one with `parley keys create --name NAME --scope write`')
    for (const k of rows) {
      console.log([k.id, k.prefix + '…', k.scopes.join(','), k.revoked_at ? `revoked ${k.revoked_at}` : 'active', `last used ${k.last_used_at ?? 'never'}`, JSON.stringify(k.name)].join('\t'))
    }
    return 0
  } finally {
    db.$client.close()
  }
}

async function keysRevoke (_values: Values, [id]: string[]): Promise<number> {
  const [db, { revokeApiKey }] = await Promise.all([open(), import('./auth/keys.js')])
  try {
    if (!revokeApiKey(db, id!)) {
      console.error(`no active key with the id ${id}`)
      return 1
    }
    console.error(`revoked ${id}`)
    return 0
  } finally {
    db.$client.close()
  }
}

async function backup (_values: Values, [file]: string[]): Promise<number> {
  const db = await open()
  try {
    const { totalPages } = await db.$client.backup(file!)
    console.error(`backed up ${totalPages} pages to ${file}`)
  } finally {
    db.$client.close()
  }
  return 0
}

function mustExist (path: string): void {
  if (!existsSync(path)) throw new UsageError(`${path} does not exist`)
}

/** Runs an import in one transaction; a rejected input is reported line by line and imports nothing. */
async function importing (work: (db: Awaited<ReturnType<typeof open>>) => void): Promise<number> {
  const [db, { RequestValidationError, UnprocessableError }] = await Promise.all([open(), import('./common/errors.js')])
  // One transaction: a running server's writes wait for it, and get 503 once DATABASE_LOCK_WAIT_MS has passed.
  console.error('the import holds the database\'s write lock until it ends: API writes meanwhile answer 503 with Retry-After')
  try {
    work(db)
    return 0
  } catch (error) {
    if (error instanceof RequestValidationError || error instanceof UnprocessableError) {
      for (const e of error.errors) console.error(`${e.line ? `line ${e.line} ` : ''}${e.pointer || '/'}: ${e.message}`)
      console.error('nothing was imported')
      return 1
    }
    const status = (error as { statusCode?: number }).statusCode
    if (status !== undefined && status >= 400 && status < 500) {
      console.error(`${(error as Error).message}; nothing was imported`)
      return 1
    }
    throw error
  } finally {
    db.$client.close()
  }
}

async function importNdjson (_values: Values, [path]: string[]): Promise<number> {
  mustExist(path!)
  const { importMeetings, parseNdjson } = await import('./import/ndjson.js')
  return importing((db) => {
    const lines = parseNdjson(readFileSync(path!, 'utf8'))
    const report = db.transaction((tx) => importMeetings({ db: tx, apiKeyId: null }, lines), { behavior: 'immediate' })
    console.log(`read ${report.lines}, created ${report.created}, replaced ${report.replaced}`)
  })
}

async function importHistoryAtState (values: Values, [path]: string[]): Promise<number> {
  const { importRecords, locate, readPresidents, readRecords } = await import('./import/historyatstate.js')
  mustExist(path!)
  const files = locate(path!)
  if (files.visits.length + files.travels.length === 0) throw new UsageError(`no visits (data/*.xml) or travels (president-travels/, secretary-travels/) under ${path}`)
  return importing((db) => {
    const presidentsFile = (values.presidents as string | undefined) ?? files.presidents
    if (files.visits.length > 0 && !presidentsFile) console.error('presidents.xml not found (use --presidents FILE): visits are imported without the president as host')
    const records = readRecords(files)
    console.error(`read ${records.length} records from ${files.visits.length + files.travels.length} files`)
    let shown = -1
    const report = db.transaction((tx) => importRecords({ db: tx, apiKeyId: null }, records, {
      presidents: presidentsFile ? readPresidents(presidentsFile) : undefined,
      onProgress: (done, total) => {
        const percent = Math.floor((done / total) * 10) * 10
        if (percent !== shown) {
          shown = percent
          console.error(`${percent}% (${done}/${total})`)
        }
      }
    }), { behavior: 'immediate' })
    console.log(`read ${report.read}, created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}`)
    for (const r of report.rejected) console.log(`rejected ${r.record}: ${r.reason}`)
  })
}

/** A file is a Parley backup when SQLite finds it intact and it has Parley's migrations and tables. */
function checkBackup (file: string): string | null {
  let source: Database.Database
  try {
    source = new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    return (error as Error).message
  }
  try {
    const integrity = source.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') return `integrity_check says ${String(integrity)}`
    const tables = new Set(source.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[])
    const missing = ['__drizzle_migrations', 'meetings', 'api_keys'].filter((table) => !tables.has(table))
    return missing.length > 0 ? `it has no ${missing.join(', ')} table` : null
  } catch (error) {
    return (error as Error).message
  } finally {
    source.close()
  }
}

/** True while another connection (a running server, a backup) has the database open. */
function inUse (path: string): boolean {
  if (!existsSync(path)) return false
  const probe = new Database(path, { timeout: 0 })
  try {
    // An exclusive lock is granted only when no other connection has the file open, even an idle one.
    probe.pragma('locking_mode = EXCLUSIVE')
    probe.exec('BEGIN EXCLUSIVE; COMMIT')
    return false
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true
    throw error
  } finally {
    probe.close()
  }
}

async function restore (values: Values, [file]: string[]): Promise<number> {
  const target = (await import('./config.js')).loadConfig().databasePath
  if (target === ':memory:') throw new UsageError('DATABASE_PATH must name a file, not :memory:')
  const problem = checkBackup(file!)
  if (problem !== null) {
    console.error(`${file} is not a Parley backup: ${problem}; nothing was changed`)
    return 1
  }
  if (!values.force && inUse(target)) {
    console.error(`${target} is in use (is a server running on it?); stop it first, or restore with --force ` +
      'to replace the data under it. Nothing was changed.')
    return 1
  }
  // SQLite's backup API writes the copy through the database's own locks and journal: never a torn file,
  // and a server that has it open sees the restored data on its next read.
  const source = new Database(file!, { readonly: true })
  try {
    const { totalPages } = await source.backup(target)
    console.error(`restored ${totalPages} pages from ${file} into ${target}`)
  } finally {
    source.close()
  }
  (await open({ create: true })).$client.close()
  console.error(`database at ${target} is migrated and ready`)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/parley')) {
  main(process.argv.slice(2)).then((code) => {
    if (code >= 0) process.exitCode = code
  }, (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
