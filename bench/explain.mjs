#!/usr/bin/env node
// Shows what Parley does in SQLite for each workload: every statement one request runs, how long it
// takes, how often it is prepared, and SQLite's EXPLAIN QUERY PLAN for it (full scans and temporary
// sorts flagged). Runs the production build in-process (app.inject) on the benchmark data.
//   node bench/explain.mjs [--size 100k] [--workloads W1,W3] [--samples 5] [--no-build]
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { DEFAULT_DATA_DIR, ROOT, median, parseOptions, parseSize } from './lib/common.mjs'
import { makeParameters, mixEntries, WORKLOADS } from './lib/workloads.mjs'
import { generate } from './generate.mjs'

const USAGE = `node bench/explain.mjs [--size 100k] [--seed 42] [--workloads W1,W2,W3,W3p,W4,W5,MIX] [--samples 5] [--no-build] [--data-dir DIR]
  --samples  parameter sets per workload; statements are timed on each and reported by their median`

const options = parseOptions(process.argv.slice(2), {
  size: '100k',
  seed: 42,
  'request-seed': 1,
  workloads: 'W1,W2,W3,W3p,W4,W5,MIX',
  samples: 5,
  'no-build': false,
  'data-dir': DEFAULT_DATA_DIR
}, USAGE)

if (!options['no-build']) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
  if (build.status !== 0) throw new Error('npm run build failed')
}
const { paths, manifest } = await generate({ meetings: parseSize(options.size), seed: options.seed, dataDir: options['data-dir'], log: console.error })

// Every statement better-sqlite3 prepares and runs is recorded against the request in flight.
let trace = null
const probe = new Database(':memory:')
const Statement = Object.getPrototypeOf(probe.prepare('SELECT 1'))
probe.close()
const prepare = Database.prototype.prepare
Database.prototype.prepare = function tracedPrepare (source, ...rest) {
  const t0 = performance.now()
  const statement = prepare.call(this, source, ...rest)
  if (trace) trace.prepares.push({ sql: source, ms: performance.now() - t0 })
  return statement
}
for (const method of ['all', 'get', 'run', 'iterate']) {
  const original = Statement[method]
  Statement[method] = function traced (...args) {
    const t0 = performance.now()
    const result = original.apply(this, args)
    if (trace) trace.runs.push({ sql: this.source, params: args, ms: performance.now() - t0, rows: Array.isArray(result) ? result.length : undefined })
    return result
  }
}

const { buildApp } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'app.js')).href)
const { testConfig } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'config.js')).href)
const app = buildApp(testConfig({ databasePath: paths.parley, loadDemo: false, logLevel: 'silent' }))
await app.ready()
const db = new Database(paths.parley, { readonly: true })

const facets = (await app.inject({ url: '/v1/meetings?facets=theme&limit=1' })).statusCode === 200
const params = makeParameters({ manifest, parleyPath: paths.parley, count: 200, seed: options['request-seed'], facets })
const oneLine = (sql) => sql.replace(/\s+/g, ' ').trim()
const plan = (sql, args) => {
  try {
    return db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args).map((r) => r.detail)
  } catch (error) {
    return [`(no plan: ${error.message})`]
  }
}
/** Full scans of a table (not of a CTE, a constant row or through an index) and temporary sorts. */
const flags = (sql, lines) => {
  const ctes = new Set([...sql.matchAll(/\b(\w+)\s*(?:\(\s*\w+(?:\s*,\s*\w+)*\s*\))?\s+AS\s*\(/gi)].map((m) => m[1]))
  return [
    ...lines.filter((l) => {
      const m = /^SCAN (\w+)(.*)$/.exec(l)
      return m && !ctes.has(m[1]) && m[1] !== 'CONSTANT' && !/USING|VIRTUAL TABLE/.test(m[2])
    }).map((l) => `FULL SCAN: ${l}`),
    ...lines.filter((l) => /USE TEMP B-TREE/.test(l)).map((l) => `SORT: ${l}`)
  ]
}

async function traceRequest (url) {
  trace = { prepares: [], runs: [] }
  const t0 = performance.now()
  const response = await app.inject({ url })
  const ms = performance.now() - t0
  const result = { url, status: response.statusCode, bytes: response.rawPayload.length, ms, ...trace }
  trace = null
  return result
}

const workloadPaths = (name) => {
  if (name === 'MIX') return mixEntries(facets).map(([, path]) => path)
  const w = WORKLOADS.find((x) => x.name === name)
  if (!w?.parley) throw new Error(`no Parley request for workload ${name}`)
  return [w.parley]
}

for (const name of options.workloads.split(',')) {
  console.log(`\n## ${name}\n`)
  for (const makePath of workloadPaths(name)) {
    const samples = []
    for (const p of params.slice(0, options.samples)) {
      await traceRequest(makePath(p)) // first call warms caches and the route
      samples.push(await traceRequest(makePath(p)))
    }
    const first = samples[0]
    const sqlMs = median(samples.map((s) => s.runs.reduce((n, r) => n + r.ms, 0)))
    const prepareMs = median(samples.map((s) => s.prepares.reduce((n, r) => n + r.ms, 0)))
    console.log(`### GET ${first.url.replace(/\?.*/, '?…')}  e.g. \`${first.url}\``)
    console.log(`status ${first.status}, ${first.bytes} bytes; in-process request ${median(samples.map((s) => s.ms)).toFixed(2)} ms median, ` +
      `of which running SQL ${sqlMs.toFixed(2)} ms and preparing ${first.prepares.length} statements ${prepareMs.toFixed(2)} ms ` +
      `(${first.runs.length} statements run)\n`)
    const bySql = new Map()
    for (const s of samples) {
      for (const r of s.runs) {
        const key = oneLine(r.sql).replace(/\(\s*\?(\s*,\s*\?)*\s*\)/g, '(?…)')
        const entry = bySql.get(key) ?? { sql: r.sql, params: r.params, times: [], rows: [] }
        entry.times.push(r.ms)
        entry.rows.push(r.rows)
        bySql.set(key, entry)
      }
    }
    for (const [key, e] of [...bySql].sort((a, b) => median(b[1].times) - median(a[1].times))) {
      const lines = plan(e.sql, e.params)
      const warn = flags(e.sql, lines)
      console.log(`- ${median(e.times).toFixed(3)} ms median (max ${Math.max(...e.times).toFixed(3)}), rows ${median(e.rows.filter((x) => x != null)) ?? '–'}: \`${key.slice(0, 400)}${key.length > 400 ? '…' : ''}\``)
      for (const l of lines) console.log(`    ${l}`)
      for (const w of warn) console.log(`    ⚠ ${w}`)
    }
    console.log('')
  }
}
await app.close()
db.close()
