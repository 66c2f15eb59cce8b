// What the chaos cases share: the built server in a child process, HTTP requests that never throw or hang,
// temporary folders, and a clean-up that runs whatever happens (a failed case, an exception, Ctrl-C).
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'

export const root = fileURLToPath(new URL('..', import.meta.url))

// ---------------------------------------------------------------- clean-up

const cleanups = []
const children = new Set()
const folders = new Set()

/** Runs `fn` at the end of the current case (last registered, first run). */
export function onCleanup (fn) {
  cleanups.push(fn)
}

/** Runs every registered clean-up; errors are reported, not thrown. */
export async function cleanup () {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()
    try {
      await fn()
    } catch (error) {
      console.error(`chaos: clean-up failed: ${error.message}`)
    }
  }
}

// A last resort when the runner exits without reaching cleanup(): kill what is left and remove the folders.
process.on('exit', () => {
  for (const child of children) {
    try { child.kill('SIGKILL') } catch {}
  }
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** A new folder under the system's temporary directory, removed at the end of the case. */
export function tempDir (label) {
  const dir = mkdtempSync(join(tmpdir(), `parley-chaos-${label}-`))
  folders.add(dir)
  onCleanup(() => {
    rmSync(dir, { recursive: true, force: true })
    folders.delete(dir)
  })
  return dir
}

// ---------------------------------------------------------------- the build

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

function newestSource (dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

/**
 * Builds dist/ when src/ changed since the last build, with the lock and stamp test/built-server.ts uses, so
 * that the suite and a test run never start a server from a half-written build.
 */
export function ensureBuilt () {
  const lock = join(root, '.tap', 'build.lock')
  const stamp = join(root, 'dist', '.built')
  mkdirSync(join(root, '.tap'), { recursive: true })
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (waited > 180_000) rmSync(lock, { recursive: true, force: true })
      sleepSync(100)
    }
  }
  try {
    let built = 0
    try { built = statSync(stamp).mtimeMs } catch {}
    if (!existsSync(join(root, 'dist', 'src', 'server.js')) || built < newestSource(join(root, 'src')) ||
        built < statSync(join(root, 'package.json')).mtimeMs) {
      console.log('chaos: building (npm run build)')
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
      writeFileSync(stamp, new Date().toISOString())
    }
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------- processes

/** Environment of a child: PATH, no coverage recording (in case tap started us), and `env`. */
const childEnv = (env) => ({ PATH: process.env.PATH, _TAPJS_PROCESSINFO_COVERAGE_: '0', ...env })

/** Runs `parley ARGS...` (the build's CLI) with `env` and returns its standard output, trimmed. */
export function cli (args, env) {
  return execFileSync(process.execPath, [join(root, 'dist', 'src', 'cli.js'), ...args], {
    cwd: root, env: childEnv(env), encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

/** Makes an API key in the database at `path` the way an operator does, and returns it. */
export function makeKey (path, scope = 'write') {
  const key = cli(['keys', 'create', '--name', 'chaos', '--scope', scope], { DATABASE_PATH: path }).split('\n').pop()
  if (!/^\S{16,}$/.test(key)) throw new Error(`parley keys create printed no key: ${JSON.stringify(key)}`)
  return key
}

/**
 * Starts a Node script as a child that is killed at the end of the case; `output()` is everything it wrote,
 * `exited` resolves with { code, signal } when it ends.
 */
export function spawnNode (args, { env = {}, cwd = root } = {}) {
  const child = spawn(process.execPath, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  let output = ''
  const listeners = new Set()
  const collect = (chunk) => {
    output += chunk
    for (const listener of listeners) listener(output)
  }
  child.stdout.setEncoding('utf8').on('data', collect)
  child.stderr.setEncoding('utf8').on('data', collect)
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    children.delete(child)
    resolve({ code, signal })
  }))
  let done = false
  exited.then(() => { done = true })
  const stop = async ({ signal = 'SIGTERM', graceMs = 10_000 } = {}) => {
    if (done) return exited
    child.kill(signal)
    const timer = setTimeout(() => { if (!done) child.kill('SIGKILL') }, graceMs)
    const result = await exited
    clearTimeout(timer)
    return result
  }
  onCleanup(() => stop({ graceMs: 5_000 }))
  /** Resolves with the first match of `pattern` in the output, rejects on exit or after `timeoutMs`. */
  const waitFor = (pattern, timeoutMs) => new Promise((resolve, reject) => {
    const check = (text) => {
      const match = pattern.exec(text)
      if (match) {
        finish()
        resolve(match)
      }
    }
    const timer = setTimeout(() => {
      finish()
      reject(new Error(`no ${pattern} within ${timeoutMs} ms; output: ${output.slice(-2000)}`))
    }, timeoutMs)
    const finish = () => {
      clearTimeout(timer)
      listeners.delete(check)
    }
    listeners.add(check)
    exited.then(({ code, signal }) => {
      if (!listeners.has(check)) return
      finish()
      reject(Object.assign(new Error(`exited with ${code ?? signal} before ${pattern}: ${output.slice(-2000)}`), { code, signal, output }))
    })
    check(output)
  })
  return { child, output: () => output, exited, stop, waitFor }
}

/**
 * The built server (`node dist/src/server.js`) with `env` on a free port; resolves once it listens, with its
 * `url` (read from its "Server listening at" line, so LOG_LEVEL must let info through). Rejects, with the exit
 * code and output, when it exits first.
 */
export async function startServer (env, { readyTimeoutMs = 180_000 } = {}) {
  const proc = spawnNode([join(root, 'dist', 'src', 'server.js')], {
    env: { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }
  })
  const match = await proc.waitFor(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/, readyTimeoutMs)
  return { ...proc, url: match[1] }
}

/** The JSON log lines in `text` (a server's output), parsed; other lines are skipped. */
export function logLines (text) {
  const lines = []
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue
    try { lines.push(JSON.parse(line)) } catch {}
  }
  return lines
}

// ---------------------------------------------------------------- HTTP

/**
 * One HTTP request that never throws and never hangs: resolves with { status, headers, body, ms, ttfbMs,
 * bytes } or, when it failed or ran out of time, { error, ms, ttfbMs, bytes }. `body` may be a string, a
 * Buffer or a value sent as JSON; header values may be arrays (sent as repeated lines). Only the first
 * `keepBytes` of the answer are kept (all of it is read and counted).
 */
export function send (baseUrl, { method = 'GET', path, headers = {}, body, timeoutMs = 30_000, agent, localAddress, keepBytes = 16 << 20 }) {
  const { hostname, port } = new URL(baseUrl)
  let payload = body
  const head = { ...headers }
  if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
    payload = JSON.stringify(body)
    if (!Object.keys(head).some((h) => h.toLowerCase() === 'content-type')) head['content-type'] = 'application/json'
  }
  const started = performance.now()
  return new Promise((resolve) => {
    let ttfbMs = null
    let bytes = 0
    let settled = false
    const chunks = []
    let kept = 0
    const finish = (result) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ ms: performance.now() - started, ttfbMs, bytes, ...result })
    }
    const req = httpRequest({ host: hostname, port, method, path, headers: head, agent, localAddress }, (res) => {
      ttfbMs = performance.now() - started
      res.on('data', (chunk) => {
        bytes += chunk.length
        if (kept < keepBytes) {
          chunks.push(chunk)
          kept += chunk.length
        }
      })
      res.on('end', () => finish({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', (error) => finish({ error: error.code ?? error.message, status: res.statusCode }))
      res.on('aborted', () => finish({ error: 'aborted by the server', status: res.statusCode }))
    })
    const timer = setTimeout(() => {
      finish({ error: `no complete answer within ${(timeoutMs / 1000).toFixed(0)} s` })
      req.destroy()
    }, timeoutMs)
    req.on('error', (error) => finish({ error: error.code ?? error.message }))
    req.end(payload)
  })
}

/** True when the answer is an RFC 9457 problem document. */
export const isProblem = (res) => String(res.headers?.['content-type'] ?? '').startsWith('application/problem+json')

/** `res` in a few words: `503 (PARLEY_OVERLOADED)`, `201`, or the client-side error. */
export function describe (res) {
  if (res.error) return res.status ? `${res.status}, then ${res.error}` : res.error
  let code = ''
  if (isProblem(res)) {
    try { code = JSON.parse(res.body).code ?? '' } catch {}
  }
  return code ? `${res.status} ${code}` : String(res.status)
}

/** A short explanation of a problem answer (its detail), for figures. */
export function detail (res) {
  if (!isProblem(res)) return ''
  try { return JSON.parse(res.body).detail ?? '' } catch { return '' }
}

// ---------------------------------------------------------------- figures

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Nearest-rank percentile of `values` (not sorted in place). */
export function percentile (values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export const ms = (n) => (Number.isFinite(n) ? (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`) : 'n/a')

/** A figure: `pass` true or false judges it, undefined only reports it. */
export const figure = (label, value, pass) => ({ label, value, pass })

/** Tallies answers by what they were: `200 ×40, 503 PARLEY_OVERLOADED ×3`. */
export function tally (results) {
  const counts = new Map()
  for (const r of results) counts.set(describe(r), (counts.get(describe(r)) ?? 0) + 1)
  return [...counts].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'
}

/**
 * A hash of every row of every table of the database at `path` except the API keys (whose last use a write
 * may record): it changes when any record, revision or link changes. Read on its own connection.
 */
export function databaseFingerprint (path) {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const hash = createHash('sha256')
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'api_keys' ORDER BY name").pluck().all()
    for (const table of tables) {
      hash.update(table)
      for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? String(v) : Buffer.isBuffer(v) ? v.toString('hex') : v)))
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}

/** A database in a new temporary folder, migrated, with a write key, for a case's server. */
export function databaseWithKey (label, scope = 'write') {
  const dir = tempDir(label)
  const path = join(dir, 'parley.db')
  const key = makeKey(path, scope)
  return { dir, path, key, auth: { authorization: `Bearer ${key}` } }
}
