// Case 3: the database's folder is removed under a running server. No write may be acknowledged after that
// (the acknowledged data would live only in deleted files), /readyz must say 503, and the log must say so at
// error level. Then the server is started again on the same path: does it make a new, empty database?
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, figure, logLines, makeKey, send, startServer, tempDir } from './lib.mjs'

const WRITES = 5

/** How a restart on the path went: refused (with its message) or started, and on what data. */
async function restart (path, env, label) {
  try {
    const server = await startServer({ DATABASE_PATH: path, RATE_LIMIT_MAX: '0', ...env }, { readyTimeoutMs: 60_000 })
    const persons = await send(server.url, { path: '/v1/persons?q=chaos%20before&limit=100' })
    const meetings = await send(server.url, { path: '/v1/meetings?limit=100' })
    const found = persons.status === 200 ? JSON.parse(persons.body).data.length : NaN
    const count = meetings.status === 200 ? JSON.parse(meetings.body).data.length : NaN
    const warned = logLines(server.output()).filter((l) => l.level >= 40).map((l) => l.msg)
    await server.stop()
    return figure(`restart on the same path, ${label}`, `started on a new database (${existsSync(path) ? 'file created' : 'no file'}; ` +
      `${found} of the ${WRITES} persons written before; ${count} meetings; ${warned.length ? `warned: ${warned.join(' | ').slice(0, 200)}` : 'no warning logged'})`)
  } catch (error) {
    const message = (error.output ?? '').split('\n').filter(Boolean).pop() ?? error.message
    return figure(`restart on the same path, ${label}`, `refused to start (exit ${error.code ?? error.signal}): ${message.slice(0, 300)}`)
  } finally {
    rmSync(join(path, '..'), { recursive: true, force: true })
  }
}

export default async function folderRemoved () {
  const name = 'database folder removed under a running server'
  const figures = []
  const folder = join(tempDir('gone'), 'data')
  const path = join(folder, 'parley.db')
  const key = makeKey(path)
  const auth = { authorization: `Bearer ${key}` }
  const server = await startServer({ DATABASE_PATH: path, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'info' })
  const write = (label, i) => send(server.url, { method: 'POST', path: '/v1/persons', headers: auth, body: { name: `Chaos ${label} ${i}` }, timeoutMs: 15_000 })

  const before = []
  for (let i = 1; i <= WRITES; i++) before.push(await write('before', i))
  const created = before.filter((r) => r.status === 201).length
  figures.push(figure('writes acknowledged before the removal (201)', `${created} of ${WRITES}`, created === WRITES))
  figures.push(figure('/readyz before the removal', describe(await send(server.url, { path: '/readyz' }))))

  const logged = server.output().length
  rmSync(folder, { recursive: true, force: true })
  const after = []
  for (let i = 1; i <= WRITES; i++) after.push(await write('after', i))
  const acknowledged = after.filter((r) => !r.error && r.status >= 200 && r.status < 300).length
  figures.push(figure('writes acknowledged after the removal (2xx; pass: 0)', `${acknowledged} of ${WRITES} (${after.map(describe).join(', ')})`, acknowledged === 0))
  const ready = await send(server.url, { path: '/readyz' })
  figures.push(figure('/readyz after the removal (pass: 503)', describe(ready), ready.status === 503))
  const errors = logLines(server.output().slice(logged)).filter((l) => l.level >= 50)
  figures.push(figure('error-level log lines after the removal (pass: at least 1)', errors.length === 0 ? '0' : `${errors.length}, first: ${errors[0].msg}${errors[0].err?.message ? `: ${errors[0].err.message}` : ''}`.slice(0, 300), errors.length > 0))

  const started = performance.now()
  const { code, signal } = await server.stop({ graceMs: 15_000 })
  figures.push(figure('exit on SIGTERM', `${signal ? `killed (${signal})` : `code ${code}`} after ${Math.round(performance.now() - started)} ms`))
  figures.push(figure('folder re-created by the server on its way out', existsSync(folder) ? `yes (${existsSync(path) ? 'with' : 'without'} a database file)` : 'no'))

  rmSync(folder, { recursive: true, force: true })
  figures.push(await restart(path, {}, 'default settings'))
  figures.push(await restart(path, { LOAD_DEMO: 'false' }, 'LOAD_DEMO=false'))
  const refused = await restart(path, { DATABASE_CREATE: 'false' }, 'DATABASE_CREATE=false (pass: refused)')
  figures.push({ ...refused, pass: /refused to start/.test(refused.value ?? JSON.stringify(refused)) })
  return { name, pass: figures.every((f) => f.pass !== false), figures }
}
