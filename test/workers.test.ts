// WORKERS=2: two worker processes answer on one port over one database file; a dead worker is replaced;
// SIGTERM stops them all with exit 0.
import { once } from 'node:events'
import { spawnSync } from 'node:child_process'
import { Agent } from 'node:http'
import t from 'tap'
import { builtEnv, databaseWithKey, ensureBuilt, root, send, startServer, type RunningServer } from './built-server.js'

t.setTimeout(240_000)

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor (what: string, check: () => boolean, ms = 60_000): Promise<void> {
  for (const start = Date.now(); !check(); await pause(50)) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`)
  }
}

/** Pids of the workers that logged having answered a request. */
function answeringPids (server: RunningServer): Set<number> {
  const pids = new Set<number>()
  for (const line of server.output().split('\n')) {
    if (!line.includes('"request completed"')) continue
    pids.add((JSON.parse(line) as { pid: number }).pid)
  }
  return pids
}

const workerPids = (server: RunningServer) =>
  [...server.output().matchAll(/"worker":(\d+),"port":\d+,"msg":"worker listening"/g)].map((m) => Number(m[1]))

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

t.test('two workers share the port and the database; a dead one is replaced; SIGTERM stops all', async (t) => {
  ensureBuilt()
  const { path, headers } = databaseWithKey(t)
  const server = await startServer({ DATABASE_PATH: path, WORKERS: '2', LOG_LEVEL: 'info' })
  t.teardown(() => { if (server.child.exitCode === null) server.child.kill('SIGKILL') })
  await waitFor('two workers', () => workerPids(server).length === 2)
  const [first, second] = workerPids(server) as [number, number]
  t.not(first, server.child.pid, 'workers are processes of their own')

  // Every request on a new connection: the primary hands connections to the workers in turn.
  const agent = new Agent({ keepAlive: false })
  t.teardown(() => agent.destroy())
  const names = Array.from({ length: 12 }, (_, i) => `Worker test person ${i}`)
  for (const name of names) {
    const created = await send(server.url, { method: 'POST', path: '/v1/persons', headers, body: { name }, agent })
    t.equal(created.kind === 'response' && created.status, 201, `created ${name}`)
    const id = created.kind === 'response' ? (JSON.parse(created.body) as { id: string }).id : ''
    const read = await send(server.url, { path: `/v1/persons/${id}`, agent })
    t.equal(read.kind === 'response' && read.status, 200, 'a write is seen at once by the other worker too')
  }
  t.same(answeringPids(server), new Set([first, second]), 'both workers answered')
  const demo = await send(server.url, { path: '/v1/meetings?party=TM' })
  t.match(demo.kind === 'response' && JSON.parse(demo.body), { data: [{ id: '2021-03-18-turkmenistan-osce' }] },
    'the demo record was loaded once, before the workers started')

  // A worker that has been up a while and dies is replaced.
  await pause(5500)
  process.kill(first, 'SIGKILL')
  await waitFor('a replacement worker', () => workerPids(server).length === 3)
  const replacement = workerPids(server)[2]!
  t.ok(server.output().includes('a worker died; starting another'))
  for (let i = 0; i < 6; i++) {
    const res = await send(server.url, { path: '/v1/persons?limit=50' })
    t.equal(res.kind === 'response' && res.status, 200)
  }

  const exited = once(server.child, 'exit')
  server.child.kill('SIGTERM')
  const [code] = await exited as [number | null]
  t.equal(code, 0, 'the primary exits 0 once every worker has closed')
  t.notOk(alive(second) || alive(replacement), 'no worker is left running')
  t.ok(server.output().includes('database checkpointed and closed'))
})

t.test('WORKERS above 1 needs a database file', async (t) => {
  ensureBuilt()
  const result = spawnSync(process.execPath, ['dist/src/server.js'], {
    cwd: root,
    env: builtEnv({ DATABASE_PATH: ':memory:', WORKERS: '2' }),
    encoding: 'utf8'
  })
  t.equal(result.status, 1)
  t.match(result.stderr, /WORKERS: worker processes share a database file/)
})
