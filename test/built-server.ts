// The production build, started as `node dist/src/server.js` in a child process, for tests of the real server.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'
import { createApiKey } from '../src/auth/keys.js'
import { openDatabase } from '../src/db/open.js'

export const root = fileURLToPath(new URL('..', import.meta.url))

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Builds dist/ when it is stale by the rule `npm start` applies (scripts/check-build.mjs). Test files run in
 * parallel: a lock makes one build while the others wait, so that no server starts from a half-written file.
 */
export function ensureBuilt (): void {
  const lock = join(root, '.tap', 'build.lock')
  mkdirSync(join(root, '.tap'), { recursive: true })
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (waited > 180_000) rmSync(lock, { recursive: true, force: true })
      sleep(100)
    }
  }
  try {
    const check = spawnSync(process.execPath, ['scripts/check-build.mjs'], { cwd: root, stdio: 'ignore' })
    if (check.status !== 0) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * A migrated database file in a folder removed when the test ends, with a write key made in it the way
 * `parley keys create` makes one, for a server started on the same file.
 */
export function databaseWithKey (t: Test): { path: string, headers: { authorization: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'parley.db')
  const db = openDatabase({ path })
  const { key } = createApiKey(db, 'test', ['write'])
  db.$client.close()
  return { path, headers: { authorization: `Bearer ${key}` } }
}

export interface RunningServer {
  child: ChildProcess
  url: string
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string
}

/**
 * Environment for a child process the tests start: it records no coverage. tap would record it too (the build
 * mapped back onto src/ through its source maps, src/ run through tsx), and merged with the same files run by
 * the test processes it undercounted them by an amount that varied from run to run. Coverage is what the test
 * processes run.
 */
export const uncoveredEnv = (env: Record<string, string | undefined>) => ({ ...env, _TAPJS_PROCESSINFO_COVERAGE_: '0' })

/** Environment for a child running the build: only `env` and PATH, and no coverage. */
export const builtEnv = (env: Record<string, string | undefined>) => uncoveredEnv({ PATH: process.env.PATH, ...env })

/** Starts the built server with only `env` (and PATH) in its environment and waits until it listens. */
export function startServer (env: Record<string, string>, args = ['dist/src/server.js']): Promise<RunningServer> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: builtEnv({ PORT: '0', LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk
      const match = /Server listening at (http:\/\/(?:127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):\d+)/.exec(output)
      if (match) resolve({ child, url: match[1]!.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1'), output: () => output })
    })
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk })
    child.on('exit', (code, signal) => reject(new Error(`server exited with ${code ?? signal}: ${output}`)))
  })
}

export type Outcome =
  | { kind: 'response', status: number, headers: IncomingHttpHeaders, body: string }
  | { kind: 'error', code: string, answered: boolean }

/** One HTTP request that never throws: a response (read to the end), or the error that ended it. */
export function send (url: string, options: { method?: string, path: string, headers?: Record<string, string>, body?: unknown, agent?: Agent }): Promise<Outcome> {
  const { hostname, port } = new URL(url)
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body)
  return new Promise((resolve) => {
    let answered = false
    const req = httpRequest({
      host: hostname,
      port,
      method: options.method ?? 'GET',
      path: options.path,
      agent: options.agent,
      headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers }
    }, (res) => {
      answered = true
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => { body += chunk })
      res.on('end', () => resolve({ kind: 'response', status: res.statusCode!, headers: res.headers, body }))
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'error', code: error.code ?? error.message, answered }))
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'error', code: error.code ?? error.message, answered }))
    req.end(payload)
  })
}
