#!/usr/bin/env node
// The `parley` command: serve, migrate, keys (create, list, revoke), import, backup, restore.
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { ConfigError, loadConfig } from './config.js'
import { openDatabase } from './db/open.js'
import { SCOPES, createApiKey, listApiKeys, revokeApiKey, type Scope } from './auth/keys.js'
import { RequestValidationError, UnprocessableError } from './common/errors.js'
import { importRecords, locate, readPresidents, readRecords } from './import/historyatstate.js'
import { importMeetings, parseNdjson } from './import/ndjson.js'

const USAGE = `Usage: parley <command>

  serve                                   start the HTTP service (same as npm start)
  migrate                                 create or migrate the database, then exit
  keys create --name NAME --scope SCOPE   make an API key; SCOPE is read, write or admin (repeatable).
                                          The key goes to standard output, once: Parley keeps only its hash.
  keys list                               list keys (never the keys themselves)
  keys revoke ID                          revoke a key; requests with it get 401 from then on
  backup FILE                             write a consistent copy of the database to FILE, online
  restore FILE [--force]                  replace the database with a copy made by backup, then migrate it.
                                          Refused while a server has the database open, unless --force.
  import historyatstate FOLDER [--presidents FILE]
                                          import the US Office of the Historian's visits and travels XML from a
                                          checkout of github.com/HistoryAtState/visits or /travels (or a folder with both)
  import ndjson FILE                      import whole meetings, one JSON object per line, all or nothing

Settings come from the environment (DATABASE_PATH, ...); see the README.`

class UsageError extends Error {}

function open () {
  const config = loadConfig()
  return openDatabase({ path: config.databasePath, cacheMb: config.databaseCacheMb })
}

export async function main (argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'serve':
      await import('./server.js')
      return -1
    case 'migrate': {
      const db = open()
      db.$client.close()
      console.error(`database at ${loadConfig().databasePath} is up to date`)
      return 0
    }
    case 'keys':
      return keys(rest)
    case 'import':
      return importCommand(rest)
    case 'backup': {
      const [file] = rest
      if (!file) throw new UsageError('backup needs a FILE')
      const db = open()
      try {
        const { totalPages } = await db.$client.backup(file)
        console.error(`backed up ${totalPages} pages to ${file}`)
      } finally {
        db.$client.close()
      }
      return 0
    }
    case 'restore':
      return restore(rest)
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE)
      return command === undefined ? 1 : 0
    default:
      throw new UsageError(`unknown command: ${command}`)
  }
}

function importCommand (argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { presidents: { type: 'string' } } })
  const [kind, path] = positionals
  if (!path || (kind !== 'historyatstate' && kind !== 'ndjson')) throw new UsageError('import needs historyatstate FOLDER or ndjson FILE')
  if (!existsSync(path)) throw new UsageError(`${path} does not exist`)
  const db = open()
  try {
    if (kind === 'ndjson') {
      const lines = parseNdjson(readFileSync(path, 'utf8'))
      const report = db.transaction((tx) => importMeetings({ db: tx, apiKeyId: null }, lines), { behavior: 'immediate' })
      console.log(`read ${report.lines}, created ${report.created}, replaced ${report.replaced}`)
      return 0
    }
    const files = locate(path)
    if (files.visits.length + files.travels.length === 0) throw new UsageError(`no visits (data/*.xml) or travels (president-travels/, secretary-travels/) under ${path}`)
    const presidentsFile = values.presidents ?? files.presidents
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
    return 0
  } catch (error) {
    if (error instanceof RequestValidationError || error instanceof UnprocessableError) {
      for (const e of error.errors) console.error(`${e.line ? `line ${e.line} ` : ''}${e.pointer || '/'}: ${e.message}`)
      console.error('nothing was imported')
      return 1
    }
    throw error
  } finally {
    db.$client.close()
  }
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

async function restore (argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: 'boolean' } } })
  const [file] = positionals
  if (!file) throw new UsageError('restore needs a FILE made by `parley backup`')
  const target = loadConfig().databasePath
  if (target === ':memory:') throw new UsageError('restore needs DATABASE_PATH to name a file')
  const problem = checkBackup(file)
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
  const source = new Database(file, { readonly: true })
  try {
    const { totalPages } = await source.backup(target)
    console.error(`restored ${totalPages} pages from ${file} into ${target}`)
  } finally {
    source.close()
  }
  open().$client.close()
  console.error(`database at ${target} is migrated and ready`)
  return 0
}

function keys (argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, scope: { type: 'string', multiple: true } }
  })
  const [action, id] = positionals
  const db = open()
  try {
    if (action === 'create') {
      const name = values.name?.trim()
      if (!name) throw new UsageError('keys create needs --name NAME')
      const scopes = values.scope ?? []
      if (scopes.length === 0) throw new UsageError(`keys create needs --scope (${SCOPES.join(', ')})`)
      const unknown = scopes.filter((s) => !SCOPES.includes(s as Scope))
      if (unknown.length > 0) throw new UsageError(`unknown scope ${unknown.join(', ')}; use ${SCOPES.join(', ')}`)
      const created = createApiKey(db, name, scopes as Scope[])
      console.error(`Created ${created.id} "${created.name}" with scope ${created.scopes.join(', ')}. Keep the key below now: it is not stored and cannot be shown again.`)
      console.log(created.key)
      return 0
    }
    if (action === 'list') {
      const rows = listApiKeys(db)
      if (rows.length === 0) console.error('no keys yet: make one with `parley keys create --name NAME --scope write`')
      for (const k of rows) {
        console.log([k.id, k.prefix + '…', k.scopes.join(','), k.revoked_at ? `revoked ${k.revoked_at}` : 'active', `last used ${k.last_used_at ?? 'never'}`, JSON.stringify(k.name)].join('\t'))
      }
      return 0
    }
    if (action === 'revoke') {
      if (!id) throw new UsageError('keys revoke needs the key id (see `parley keys list`)')
      if (!revokeApiKey(db, id)) {
        console.error(`no active key with the id ${id}`)
        return 1
      }
      console.error(`revoked ${id}`)
      return 0
    }
    throw new UsageError('keys needs create, list or revoke')
  } finally {
    db.$client.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/parley')) {
  main(process.argv.slice(2)).then((code) => {
    if (code >= 0) process.exitCode = code
  }, (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`parley: ${(error as Error).message}\n\n${USAGE}`)
      process.exitCode = 2
    } else {
      console.error(error)
      process.exitCode = 1
    }
  })
}
