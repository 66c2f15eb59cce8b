#!/usr/bin/env node
// The `parley` command: serve, migrate, keys (create, list, revoke), backup.
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from './config.js'
import { openDatabase } from './db/open.js'
import { SCOPES, createApiKey, listApiKeys, revokeApiKey, type Scope } from './auth/keys.js'

const USAGE = `Usage: parley <command>

  serve                                   start the HTTP service (same as npm start)
  migrate                                 create or migrate the database, then exit
  keys create --name NAME --scope SCOPE   make an API key; SCOPE is read, write or admin (repeatable).
                                          The key goes to standard output, once: Parley keeps only its hash.
  keys list                               list keys (never the keys themselves)
  keys revoke ID                          revoke a key; requests with it get 401 from then on
  backup FILE                             write a consistent copy of the database to FILE, online

Settings come from the environment (DATABASE_PATH, ...); see the README.`

class UsageError extends Error {}

function open () {
  return openDatabase({ path: loadConfig().databasePath })
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
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE)
      return command === undefined ? 1 : 0
    default:
      throw new UsageError(`unknown command: ${command}`)
  }
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
