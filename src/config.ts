// Parley's settings: one TypeBox schema, read from the environment here and nowhere else.
import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'

const Bool = Type.Enum(['true', 'false', '1', '0'])

export const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port to listen on' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'Interface to bind; 0.0.0.0 in containers' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/parley.db', description: 'SQLite file (created and migrated on start); :memory: for a throwaway database' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  LOAD_DEMO: Type.Optional(Bool),
  PUBLIC_URL: Type.String({ default: '', description: 'Base URL that clients use, listed as the OpenAPI server; empty means relative' }),
  TRUST_PROXY: Type.Optional(Bool),
  READS_REQUIRE_KEY: Type.Optional(Bool),
  BODY_LIMIT: Type.Integer({ minimum: 1024, maximum: 100 * 1024 * 1024, default: 1024 * 1024, description: 'Largest request body in bytes' }),
  REQUIRE_IF_MATCH: Type.Optional(Bool)
})

export interface Config {
  port: number
  host: string
  databasePath: string
  logLevel: Static<typeof EnvSchema>['LOG_LEVEL']
  /** Load the founding meeting into an empty database. */
  loadDemo: boolean
  publicUrl: string
  trustProxy: boolean
  /** Reads under /v1 need a key with the read scope; otherwise they are public. */
  readsRequireKey: boolean
  /** Writes to existing records must send If-Match (428 without it). */
  requireIfMatch: boolean
  /** Largest request body, in bytes; larger ones get 413. */
  bodyLimit: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const truthy = (v: string | undefined, fallback: boolean) => (v === undefined ? fallback : v === 'true' || v === '1')

export function loadConfig (env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(EnvSchema.properties)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]])
  )
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, known))
  if (!Value.Check(EnvSchema, converted)) {
    const problems = [...Value.Errors(EnvSchema, converted)]
      .map((e) => `${e.instancePath.slice(1) || 'environment'}: ${e.message}`)
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`)
  }
  const settings = converted as Static<typeof EnvSchema>
  return {
    port: settings.PORT,
    host: settings.HOST,
    databasePath: settings.DATABASE_PATH,
    logLevel: settings.LOG_LEVEL,
    loadDemo: truthy(settings.LOAD_DEMO, true),
    publicUrl: settings.PUBLIC_URL.replace(/\/+$/, ''),
    trustProxy: truthy(settings.TRUST_PROXY, false),
    readsRequireKey: truthy(settings.READS_REQUIRE_KEY, false),
    requireIfMatch: truthy(settings.REQUIRE_IF_MATCH, false),
    bodyLimit: settings.BODY_LIMIT
  }
}

/** Settings for tests and tools: an in-memory database with the demo record, quiet logs. */
export function testConfig (overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent' }), ...overrides }
}
