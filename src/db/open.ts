// Opens the SQLite database: pragmas, migrations (foreign keys off, then checked), Drizzle handle.
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import * as schema from './schema.js'
import { installDeadline } from './deadline.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/** The database or a transaction on it: what repositories query through. */
export type Queryable = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>

/** The folder holding package.json, whether running from src/ or from the build in dist/. */
export function packageRoot (): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url))
    dir = parent
  }
  return dir
}

export interface OpenOptions {
  path: string
  /** SQLite's page cache in MiB (32 unless given). */
  cacheMb?: number
  /**
   * How long a statement waits for a lock another process holds (SQLite's busy handler sleeps on the calling
   * thread). Servers keep it short and retry writes without blocking; the CLI waits longer.
   */
  busyTimeoutMs?: number
  migrationsFolder?: string
  /** Create the file when it does not exist (true unless given); false makes a missing file an error. */
  create?: boolean
  /**
   * Open the file read-only, as a read replica does: nothing is written (no migration, no journal mode); the
   * file must exist and be migrated already.
   */
  readOnly?: boolean
}

/** The database file cannot be opened as configured; the message names the path and the cause. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError'
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

export function openDatabase (options: OpenOptions): Db {
  return options.readOnly ? openReadOnly(options) : openWritable(options)
}

function setPragmas (sqlite: Database.Database, cacheMb: number): void {
  sqlite.pragma('temp_store = MEMORY')
  // A page cache of DATABASE_CACHE_MB (32 MiB by default) and no memory-mapped I/O: mapped pages of the file
  // would count in the process's resident memory, which is to stay under 250 MB at 100,000 meetings with the
  // default (the OS caches the file anyway).
  sqlite.pragma(`cache_size = -${Math.round(cacheMb * 1024)}`)
  sqlite.pragma('mmap_size = 0')
  cacheStatements(sqlite)
  installDeadline(sqlite)
}

const appliedMigrations = (sqlite: Database.Database): string[] =>
  (sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = '__drizzle_migrations'").get() as { n: number }).n === 0
    ? []
    : sqlite.prepare('SELECT hash FROM __drizzle_migrations ORDER BY created_at').pluck().all() as string[]

/** A database migrated by a newer Parley holds migrations this one does not know: it would misread it. */
function checkMigrationsKnown (path: string, sqlite: Database.Database, migrationsFolder: string, complete: boolean): void {
  const known = readMigrationFiles({ migrationsFolder }).map((m) => m.hash)
  const applied = appliedMigrations(sqlite)
  const unknown = applied.filter((hash) => !known.includes(hash))
  if (unknown.length > 0) {
    throw new DatabaseOpenError(`${path} was migrated by a newer Parley (${unknown.length} migration${unknown.length > 1 ? 's' : ''} this version does not know); run the newer version`)
  }
  if (complete && applied.length < known.length) {
    throw new DatabaseOpenError(`${path} lacks ${known.length - applied.length} of this Parley's migrations and is opened read-only; migrate it on the primary first`)
  }
}

function openReadOnly ({ path, cacheMb = 32, busyTimeoutMs = 5000, migrationsFolder = join(packageRoot(), 'migrations') }: OpenOptions): Db {
  if (path === ':memory:') throw new DatabaseOpenError('READ_ONLY serves a database file; :memory: has nothing to read')
  let sqlite: Database.Database
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new DatabaseOpenError(`${path} cannot be opened read-only: ${(error as Error).message}`, { cause: error })
  }
  try {
    try {
      sqlite.pragma('query_only = true')
      checkMigrationsKnown(path, sqlite, migrationsFolder, true)
    } catch (error) {
      if (error instanceof DatabaseOpenError) throw error
      throw new DatabaseOpenError(`${path} cannot be used as a database: ${(error as Error).message}`, { cause: error })
    }
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`)
    setPragmas(sqlite, cacheMb)
    return drizzle({ client: sqlite, schema })
  } catch (error) {
    sqlite.close()
    throw error
  }
}

function openWritable ({ path, cacheMb = 32, busyTimeoutMs = 5000, migrationsFolder = join(packageRoot(), 'migrations'), create = true }: OpenOptions): Db {
  if (path !== ':memory:' && !create && !existsSync(path)) {
    throw new DatabaseOpenError(`${path} does not exist, and DATABASE_CREATE=false forbids creating an empty database there`)
  }
  if (path !== ':memory:' && existsSync(path) && statSync(path).isDirectory()) {
    throw new DatabaseOpenError(`${path} is a directory, not a database file; set DATABASE_PATH to a file in it`)
  }
  if (path !== ':memory:' && existsSync(path)) {
    try {
      accessSync(path, constants.W_OK)
    } catch {
      throw new DatabaseOpenError(`${path} is read-only; set READ_ONLY=true to serve it as a read replica, or make it writable`)
    }
  }
  let sqlite: Database.Database
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    sqlite = new Database(path)
  } catch (error) {
    throw new DatabaseOpenError(`${path} cannot be opened as a database: ${(error as Error).message}`, { cause: error })
  }
  try {
    try {
      // The first statement reads the file: a directory or a file that is not SQLite fails here.
      sqlite.pragma('journal_mode = WAL')
    } catch (error) {
      const readOnly = (error as { code?: string }).code?.startsWith('SQLITE_READONLY')
      throw new DatabaseOpenError(readOnly
        ? `${path} is read-only (${(error as Error).message}); set READ_ONLY=true to serve it as a read replica, or make it writable`
        : `${path} cannot be used as a database: ${(error as Error).message}`, { cause: error })
    }
    // FULL: an acknowledged write survives power loss, not only a process crash.
    sqlite.pragma('synchronous = FULL')
    // Starting up (migrations, the demo record) may wait for another process; serving then waits as configured.
    sqlite.pragma('busy_timeout = 5000')
    setPragmas(sqlite, cacheMb)
    const db = drizzle({ client: sqlite, schema })
    checkMigrationsKnown(path, sqlite, migrationsFolder, false)
    runMigrations(db, migrationsFolder)
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`)
    return db
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/**
 * Drizzle prepares every statement it runs, and preparing costs more than running most of Parley's
 * queries. Statements are reusable, so they are kept by their SQL text (at most `size` of them) and
 * handed back with their result modes reset.
 */
function cacheStatements (sqlite: Database.Database, size = 1000): void {
  const prepare = sqlite.prepare.bind(sqlite)
  const cache = new Map<string, Database.Statement>()
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source)
    if (statement) {
      if (statement.reader) statement.raw(false).pluck(false).expand(false)
      return statement
    }
    statement = prepare(source)
    if (cache.size >= size) cache.delete(cache.keys().next().value!)
    cache.set(source, statement)
    return statement
  }) as typeof sqlite.prepare
}

/**
 * Table rebuilds in drizzle-kit migrations would cascade-delete child rows with foreign keys on,
 * so migrations run with them off and every constraint is checked before they are turned back on.
 */
function runMigrations (db: Db, migrationsFolder: string): void {
  const sqlite = db.$client
  const applied = () => appliedMigrations(sqlite).length
  const before = applied()
  sqlite.pragma('foreign_keys = OFF')
  migrate(db, { migrationsFolder })
  // The check reads every table, so it runs only when a migration did (a start on a current database stays fast).
  if (applied() !== before) {
    const violations = sqlite.pragma('foreign_key_check') as unknown[]
    if (violations.length > 0) {
      throw new MigrationError(`Migrations left ${violations.length} foreign key violations: ${JSON.stringify(violations.slice(0, 5))}`)
    }
  }
  sqlite.pragma('foreign_keys = ON')
}
