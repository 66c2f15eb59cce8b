// Crash safety: the built server is killed with SIGKILL in the middle of a stream of writes, 20 times; after
// each crash the database passes PRAGMA integrity_check and holds every write the server acknowledged.
import { once } from 'node:events'
import { Agent } from 'node:http'
import Database from 'better-sqlite3'
import t from 'tap'
import { databaseWithKey, ensureBuilt, send, startServer } from './built-server.js'

const ROUNDS = 20
const WRITERS = 4

// Twenty server starts: minutes on a busy machine.
t.setTimeout(900_000)

t.test(`SIGKILL during acknowledged writes, ${ROUNDS} times: nothing acknowledged is lost, the file stays intact`, async (t) => {
  ensureBuilt()
  const { path, headers } = databaseWithKey(t)

  const acknowledged: string[] = []
  let unanswered = 0
  for (let round = 1; round <= ROUNDS; round++) {
    const server = await startServer({ DATABASE_PATH: path, LOAD_DEMO: 'false' })
    const agent = new Agent({ keepAlive: true })
    const writer = async (w: number) => {
      for (let i = 0; ; i++) {
        const outcome = await send(server.url, { method: 'POST', path: '/v1/persons', headers, body: { name: `Durable ${round} ${w} ${i}` }, agent })
        if (outcome.kind === 'error') {
          unanswered++
          return
        }
        if (outcome.status !== 201) throw new Error(`round ${round}: ${outcome.status} ${outcome.body}`)
        acknowledged.push((JSON.parse(outcome.body) as { id: string }).id)
      }
    }
    const before = acknowledged.length
    const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
    // Kill at a different moment each round, once writes are flowing, with more in flight.
    while (acknowledged.length - before < 2 + (round % 7) * 3) await new Promise((resolve) => setTimeout(resolve, 5))
    await new Promise((resolve) => setTimeout(resolve, (round * 13) % 40))
    const exited = once(server.child, 'exit')
    server.child.kill('SIGKILL')
    const [, signal] = await exited
    await writers
    agent.destroy()
    t.equal(signal, 'SIGKILL', `round ${round}: killed`)

    const db = new Database(path)
    t.same(db.pragma('integrity_check'), [{ integrity_check: 'ok' }], `round ${round}: integrity_check`)
    t.same(db.pragma('foreign_key_check'), [], `round ${round}: foreign_key_check`)
    const present = new Set((db.prepare('SELECT id FROM persons').pluck().all() as string[]))
    const lost = acknowledged.filter((id) => !present.has(id))
    t.same(lost, [], `round ${round}: all ${acknowledged.length} acknowledged writes so far are present`)
    const revisions = db.prepare("SELECT count(*) FROM revisions WHERE entity_type = 'person'").pluck().get() as number
    t.equal(revisions, present.size, `round ${round}: each person has its revision (a write and its revision commit together)`)
    db.close()
  }
  t.ok(acknowledged.length >= ROUNDS * WRITERS, `${acknowledged.length} writes acknowledged, ${unanswered} cut off by a kill`)
})
