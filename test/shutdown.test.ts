// Graceful shutdown of the built server: SIGTERM under load. Every request either completes or is refused
// cleanly, nothing refused is written, the WAL is checkpointed into the database, and the exit code is 0.
import { once } from 'node:events'
import { existsSync, statSync } from 'node:fs'
import { Agent } from 'node:http'
import Database from 'better-sqlite3'
import t from 'tap'
import { databaseWithKey, ensureBuilt, send, startServer, type Outcome } from './built-server.js'

t.setTimeout(300_000)

const CLIENTS = 12

t.test('SIGTERM under load: requests complete or are refused cleanly, exit 0', async (t) => {
  ensureBuilt()
  const { path, headers } = databaseWithKey(t)

  const server = await startServer({ DATABASE_PATH: path, LOG_LEVEL: 'info' })
  const exited = once(server.child, 'exit')
  // Half the clients keep connections alive (a keep-alive connection must not hold the shutdown up),
  // half open one per request (new connections are refused once the server stops listening).
  const agents = [new Agent({ keepAlive: true }), new Agent({ keepAlive: false })]
  t.teardown(() => agents.forEach((a) => a.destroy()))
  const outcomes: Array<{ write: boolean, name?: string, outcome: Outcome, sentAt: number, doneAt: number }> = []
  let signalledAt = Infinity
  let stopped = false
  const client = async (c: number) => {
    for (let i = 0; !stopped; i++) {
      const write = i % 3 === 0
      const name = `Shutdown ${c} ${i}`
      const sentAt = Date.now()
      const outcome = write
        ? await send(server.url, { method: 'POST', path: '/v1/persons', headers, body: { name }, agent: agents[c % 2] })
        : await send(server.url, { path: i % 2 ? '/v1/meetings?include=participants,proposals' : '/v1/persons?limit=50', agent: agents[c % 2] })
      outcomes.push({ write, name, outcome, sentAt, doneAt: Date.now() })
      if (outcome.kind === 'error' && outcome.code === 'ECONNREFUSED') return
    }
  }
  const clients = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)))
  while (outcomes.filter((o) => o.outcome.kind === 'response').length < 100) await new Promise((resolve) => setTimeout(resolve, 10))
  signalledAt = Date.now()
  server.child.kill('SIGTERM')
  const [code] = await exited
  const took = Date.now() - signalledAt
  stopped = true
  await clients

  t.equal(code, 0, `exit code 0, ${took} ms after SIGTERM`)
  const completed = outcomes.filter((o) => o.outcome.kind === 'response' && o.outcome.status < 500)
  const refused503 = outcomes.filter((o) => o.outcome.kind === 'response' && o.outcome.status === 503)
  const refusedConnection = outcomes.filter((o) => o.outcome.kind === 'error' && !o.outcome.answered)
  const unclean = outcomes.filter((o) => !completed.includes(o) && !refused503.includes(o) && !refusedConnection.includes(o))
  t.same(unclean.map((o) => o.outcome), [], 'no 500s, no responses cut off midway')
  for (const { outcome } of refused503) {
    if (outcome.kind !== 'response') continue
    t.match(outcome.headers['content-type'], /^application\/problem\+json/)
    t.equal(outcome.headers['retry-after'], '5')
    t.equal((JSON.parse(outcome.body) as { code: string }).code, 'PARLEY_SHUTTING_DOWN')
  }
  t.ok(refusedConnection.every((o) => o.outcome.kind === 'error' && ['ECONNREFUSED', 'ECONNRESET'].includes(o.outcome.code)),
    'connections are refused, or closed before a request on them was read')
  const inFlight = completed.filter((o) => o.sentAt < signalledAt && o.doneAt > signalledAt)
  t.ok(inFlight.length > 0, `${inFlight.length} requests in flight at SIGTERM completed`)
  t.ok(refused503.length + refusedConnection.length > 0, 'and those after it were refused')
  t.comment(`${outcomes.length} requests: ${completed.length} completed (${inFlight.length} of them in flight at SIGTERM), ` +
    `${refused503.length} refused with 503, ${refusedConnection.length} refused at the connection; shutdown took ${took} ms`)

  const acknowledged = completed.filter((o) => o.write && o.outcome.kind === 'response' && o.outcome.status === 201).map((o) => o.name)
  const db = new Database(path)
  t.teardown(() => db.close())
  const names = db.prepare("SELECT name FROM persons WHERE name LIKE 'Shutdown %' ORDER BY name").pluck().all() as string[]
  t.same(names, acknowledged.sort(), 'every acknowledged write is there, and no refused one')
  t.same(db.pragma('integrity_check'), [{ integrity_check: 'ok' }])
  t.ok(!existsSync(`${path}-wal`) || statSync(`${path}-wal`).size === 0, 'the WAL was checkpointed into the database')
  t.match(server.output(), /"msg":"database checkpointed and closed"/)
})
