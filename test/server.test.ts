// `npm start` in miniature: the production build, started as `node dist/src/server.js`, on a file database.
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { ensureBuilt, startServer as start } from './built-server.js'

t.test('the built server serves the demo record, the docs and the spec, and stops cleanly on SIGTERM', async (t) => {
  ensureBuilt()
  const dir = mkdtempSync(join(tmpdir(), 'parley-server-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { DATABASE_PATH: join(dir, 'data', 'parley.db') }

  for (const round of [1, 2]) {
    const { child, url } = await start(env)
    t.teardown(() => { child.kill('SIGKILL') })
    t.equal((await fetch(`${url}/healthz`)).status, 200, `round ${round}: healthz`)
    t.equal((await fetch(`${url}/readyz`)).status, 200)
    t.equal((await fetch(`${url}/docs/`)).status, 200)
    const spec = await fetch(`${url}/openapi.json`)
    t.equal((await spec.json() as { openapi: string }).openapi, '3.1.0')
    const list = await (await fetch(`${url}/v1/meetings?party=TM&theme=energy`)).json() as { data: Array<{ id: string }> }
    t.same(list.data.map((m) => m.id), ['2021-03-18-turkmenistan-osce'], `round ${round}: one demo meeting, not duplicated on restart`)
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    const [code] = await exited
    t.equal(code, 0, 'exits 0 on SIGTERM')
  }
  t.ok(existsSync(env.DATABASE_PATH), 'the database file is where DATABASE_PATH says')
})

t.test('an invalid setting stops the server with a message', async (t) => {
  await t.rejects(start({ PORT: 'not-a-port' }), /PORT/)
})
