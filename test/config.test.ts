import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('every setting has a safe default', async (t) => {
  t.same(loadConfig({}), {
    port: 3000,
    host: '127.0.0.1',
    databasePath: './data/parley.db',
    logLevel: 'info',
    loadDemo: true,
    publicUrl: '',
    trustProxy: false,
    readsRequireKey: false,
    requireIfMatch: false,
    bodyLimit: 1048576
  })
})

t.test('settings are read from the environment and converted', async (t) => {
  const config = loadConfig({
    PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/data/p.db', LOG_LEVEL: 'warn', LOAD_DEMO: 'false', PUBLIC_URL: 'https://parley.example.org/',
    TRUST_PROXY: '1', READS_REQUIRE_KEY: 'true', REQUIRE_IF_MATCH: '1', BODY_LIMIT: '2048', UNRELATED: 'x'
  })
  t.same(config, {
    port: 8080, host: '0.0.0.0', databasePath: '/data/p.db', logLevel: 'warn', loadDemo: false, publicUrl: 'https://parley.example.org',
    trustProxy: true, readsRequireKey: true, requireIfMatch: true, bodyLimit: 2048
  })
  t.equal(loadConfig({ PORT: '' }).port, 3000, 'an empty variable means the default')
})

t.test('invalid settings are refused with a message naming them', async (t) => {
  t.throws(() => loadConfig({ PORT: 'eighty' }), ConfigError)
  t.throws(() => loadConfig({ PORT: '70000' }), /PORT/)
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/)
  t.throws(() => loadConfig({ LOAD_DEMO: 'maybe' }), /LOAD_DEMO/)
})
