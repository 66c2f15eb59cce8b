#!/usr/bin/env node
// `npm run bench`: Parley (production build) against the hand-written Fastify + better-sqlite3 baseline,
// on the same generated data, in the same run, with wrk. See bench/README.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { BENCH_DIR, DEFAULT_DATA_DIR, ROOT, median, parseOptions, parseSize, sizeLabel } from './lib/common.mjs'
import { cpuSeconds, machineCpu, machineDescription, rssMb, waitQuiet } from './lib/proc.mjs'
import { compareAnswers, makeParameters, WORKLOADS } from './lib/workloads.mjs'
import { ensureWrk, runWrk } from './lib/wrk.mjs'
import { generate } from './generate.mjs'

const USAGE = `npm run bench -- [options]
  --size 100k             meetings in the generated data: 10k, 100k, 1m or a number
  --seed 42               seed of the data; --request-seed 1 seeds the request parameters
  --requests 10000        distinct parameter sets per workload (each run cycles through them in order)
  --passes 3              interleaved passes (each starts with a different server); the tables show medians
  --duration 10           measured seconds per run, after --warmup 3 seconds of the same load
  --connections 32        concurrent connections; --threads 1 wrk threads
  --workloads LIST        e.g. W1,W2,W5 (default: W0,W1,W2,W3,W3p,W4,W4fts,W5,MIX)
  --no-build              skip \`npm run build\` (use dist/ as it is)
  --regenerate            rebuild the data even if it is current; --analyze runs ANALYZE on Parley's copy
  --data-dir DIR          where data sets live (default ${DEFAULT_DATA_DIR}, or $PARLEY_BENCH_DATA)
  --baseline-server FILE  the baseline's server.mjs (default ../shared/bench/baseline/server.mjs)
  --workers 1,2           run Parley with each of these numbers of worker processes (WORKERS), side by side
                          in the same passes; 1 is the single-process server
  --parley-env LIST       extra environment for Parley, e.g. CACHE_MAX_AGE=0,FOO=bar
  --cpu-prof              run Parley under node --cpu-prof; profiles go next to the results
  --quiet-cores 0.3       before each run, wait (at most --quiet-wait 30 s) until the machine is this idle
  --noisy-cores 0.3       a run during which other processes used more CPU than this is measured again,
                          at most --noisy-retries 1 more times; the quietest attempt is kept
  --out DIR               results folder (default bench/results)`

const options = parseOptions(process.argv.slice(2), {
  size: '100k',
  seed: 42,
  'request-seed': 1,
  requests: 10000,
  passes: 3,
  duration: 10,
  warmup: 3,
  connections: 32,
  threads: 1,
  workloads: WORKLOADS.map((w) => w.name).join(','),
  'no-build': false,
  regenerate: false,
  analyze: false,
  'data-dir': DEFAULT_DATA_DIR,
  'baseline-server': resolve(ROOT, '..', 'shared', 'bench', 'baseline', 'server.mjs'),
  workers: '1,2',
  'parley-env': '',
  'cpu-prof': false,
  'quiet-cores': 0.3,
  'quiet-wait': 30,
  'noisy-cores': 0.3,
  'noisy-retries': 1,
  'parley-port': 3201,
  'baseline-port': 3202,
  out: join(BENCH_DIR, 'results')
}, USAGE)

const log = (line) => console.error(line)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const round = (x, digits = 1) => (x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits)
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
const meetings = parseSize(options.size)
const selected = options.workloads.split(',').map((s) => s.trim()).filter(Boolean)
for (const name of selected) if (!WORKLOADS.some((w) => w.name === name)) throw new Error(`unknown workload ${name}`)
const workloads = WORKLOADS.filter((w) => selected.includes(w.name))
mkdirSync(options.out, { recursive: true })

// ---------------------------------------------------------------- servers

const servers = []

async function answers (url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(1000) })
    await r.arrayBuffer()
    return r.ok
  } catch { return false }
}

async function startServer ({ name, command, args, cwd, env, origin, readyPath }) {
  if (await answers(origin + readyPath)) throw new Error(`${name}: something already answers on ${origin}; stop it or pick another port`)
  const logFile = join(options.out, `${stamp}-${name}.log`)
  const fd = openSync(logFile, 'a')
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] })
  const server = { name, child, origin, logFile, exited: null }
  child.on('exit', (code, signal) => { server.exited = { code, signal } })
  servers.push(server)
  const started = performance.now()
  while (!(await answers(origin + readyPath))) {
    if (server.exited) throw new Error(`${name} exited while starting (${JSON.stringify(server.exited)}); see ${logFile}`)
    if (performance.now() - started > 180_000) throw new Error(`${name} not ready after 180 s; see ${logFile}`)
    await sleep(200)
  }
  server.readySeconds = round((performance.now() - started) / 1000, 2)
  await sleep(500)
  server.idleRssMb = round(rssMb(child.pid))
  log(`# ${name}: pid ${child.pid}, ready in ${server.readySeconds} s, idle RSS ${server.idleRssMb} MB`)
  return server
}

async function stopServers () {
  for (const s of servers.splice(0)) {
    if (s.exited) continue
    s.child.kill('SIGTERM')
    for (let i = 0; i < 100 && !s.exited; i++) await sleep(100)
    if (!s.exited) s.child.kill('SIGKILL')
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`# ${signal}: stopping the servers`)
    stopServers().finally(() => process.exit(130))
  })
}

/** A copy of the peer baseline's server beside the data, using the project's fastify and better-sqlite3. */
function prepareBaseline (dataDir) {
  const source = resolve(options['baseline-server'])
  if (!existsSync(source)) throw new Error(`baseline server not found at ${source} (--baseline-server FILE)`)
  const dir = join(dataDir, 'baseline-server')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  copyFileSync(source, join(dir, 'server.mjs'))
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

// ---------------------------------------------------------------- measuring

async function getJson (url) {
  const r = await fetch(url, { signal: AbortSignal.timeout(60_000) })
  const text = await r.text()
  let body = null
  try { body = JSON.parse(text) } catch { /* reported as not JSON */ }
  return { status: r.status, body, bytes: Buffer.byteLength(text) }
}

/** A few requests of each workload on both sides, one at a time: both answer 200 with the same records. */
async function validate (workload, params, parley, baseline) {
  const samples = []
  const parleyPath = workload.parley ?? WORKLOADS.find((w) => w.name === workload.same)?.parley
  for (const p of params.slice(0, workload.check === 'status' ? 40 : 8)) {
    const sample = {}
    if (workload.baseline) {
      const r = await getJson(baseline.origin + workload.baseline(p))
      sample.baseline = { status: r.status, bytes: r.bytes }
      sample.baselineBody = r.body
    }
    if (parleyPath) {
      const path = parleyPath(p)
      const r = await getJson(parley.origin + path)
      sample.parley = { status: r.status, bytes: r.bytes }
      sample.parleyBody = r.body
      if (r.status !== 200) sample.parley.path = path
    }
    const vsWorkload = workload.vs && WORKLOADS.find((w) => w.name === workload.vs)
    if (vsWorkload && !sample.baselineBody) {
      sample.baselineBody = (await getJson(baseline.origin + vsWorkload.baseline(p))).body
    }
    if (sample.baselineBody && sample.parleyBody && sample.parley.status === 200) {
      sample.compare = compareAnswers(workload.check, sample.baselineBody, sample.parleyBody)
    }
    delete sample.baselineBody
    delete sample.parleyBody
    samples.push(sample)
  }
  const failed = samples.filter((s) => (s.baseline && s.baseline.status !== 200) || (s.parley && s.parley.status !== 200))
  const differ = samples.filter((s) => s.compare && !s.compare.same)
  return {
    ok: failed.length === 0,
    same_records: samples.some((s) => s.compare) ? differ.length === 0 : null,
    bytes: {
      baseline: median(samples.map((s) => s.baseline?.bytes)),
      parley: median(samples.map((s) => s.parley?.bytes))
    },
    problems: [...failed, ...differ].slice(0, 3)
  }
}

/** One measured run; measured again (up to --noisy-retries times) while other processes took CPU, keeping the quietest. */
async function measure (server, workload, paths, pass) {
  let best = null
  for (let attempt = 1; attempt <= 1 + options['noisy-retries']; attempt++) {
    const row = await measureOnce(server, workload, paths, pass)
    row.attempt = attempt
    if (!best || row.other_cpu_cores < best.other_cpu_cores) best = row
    if (row.other_cpu_cores <= options['noisy-cores']) break
    if (attempt <= options['noisy-retries']) log(`#     other processes used ${row.other_cpu_cores} cores: measuring again`)
  }
  return best
}

async function measureOnce (server, workload, paths, pass) {
  if (server.exited) throw new Error(`${server.name} has exited (${JSON.stringify(server.exited)}); see ${server.logFile}`)
  const quiet = await waitQuiet(options['quiet-cores'], options['quiet-wait'])
  const common = { origin: server.origin, paths, connections: options.connections, threads: options.threads }
  if (options.warmup > 0) {
    await runWrk({ ...common, seconds: options.warmup })
    await waitQuiet(options['quiet-cores'], 10) // let a slow server drain what the warm-up queued
  }
  let peak = rssMb(server.child.pid) ?? 0
  let peakAnon = rssMb(server.child.pid, true) ?? 0
  let wrkCpu = 0
  const cpu0 = cpuSeconds(server.child.pid)
  const machine0 = machineCpu()
  const result = await runWrk({
    ...common,
    seconds: options.duration,
    onTick: (wrkPid) => {
      peak = Math.max(peak, rssMb(server.child.pid) ?? 0)
      peakAnon = Math.max(peakAnon, rssMb(server.child.pid, true) ?? 0)
      wrkCpu = cpuSeconds(wrkPid) ?? wrkCpu
    }
  })
  const machine1 = machineCpu()
  const serverCpu = (cpuSeconds(server.child.pid) - cpu0) / result.seconds
  const busy = (machine1.busy - machine0.busy) / result.seconds
  const row = {
    pass,
    target: server.name,
    workload: workload.name,
    req_per_s: round(result.req_per_s),
    p50_ms: round(result.p50_ms, 2),
    p90_ms: round(result.p90_ms, 2),
    p99_ms: round(result.p99_ms, 2),
    max_ms: round(result.max_ms, 1),
    errors: result.non_2xx + result.socket_errors,
    non_2xx: result.non_2xx,
    socket_errors: result.socket_errors,
    rss_peak_mb: round(Math.max(peak, rssMb(server.child.pid) ?? 0)),
    rss_anon_peak_mb: round(Math.max(peakAnon, rssMb(server.child.pid, true) ?? 0)),
    server_cpu_cores: round(serverCpu, 2),
    wrk_cpu_cores: round(wrkCpu / result.seconds, 2),
    other_cpu_cores: round(Math.max(0, busy - serverCpu - wrkCpu / result.seconds), 2),
    kb_per_response: round(result.bytes_per_s / result.req_per_s / 1024, 2),
    quiet_before: quiet
  }
  log(`#   pass ${pass} ${workload.name.padEnd(5)} ${server.name.padEnd(8)} ${String(row.req_per_s).padStart(9)} req/s  p50 ${row.p50_ms} ms  p99 ${row.p99_ms} ms  RSS ${row.rss_peak_mb} MB (own ${row.rss_anon_peak_mb})  CPU ${row.server_cpu_cores}${row.errors ? `  ERRORS ${row.errors}` : ''}${row.other_cpu_cores > options['noisy-cores'] ? `  (other processes: ${row.other_cpu_cores} cores)` : ''}`)
  return row
}

// ---------------------------------------------------------------- summary

function summarize (runs, parleyTarget = 'parley') {
  const of = (target, name) => runs.filter((r) => r.target === target && r.workload === name)
  const stats = (rows) => rows.length === 0
    ? null
    : {
        runs: rows.length,
        req_per_s: round(median(rows.map((r) => r.req_per_s))),
        req_per_s_min: round(Math.min(...rows.map((r) => r.req_per_s))),
        req_per_s_max: round(Math.max(...rows.map((r) => r.req_per_s))),
        p50_ms: round(median(rows.map((r) => r.p50_ms)), 2),
        p99_ms: round(median(rows.map((r) => r.p99_ms)), 2),
        rss_peak_mb: round(Math.max(...rows.map((r) => r.rss_peak_mb))),
        rss_anon_peak_mb: round(Math.max(...rows.map((r) => r.rss_anon_peak_mb))),
        server_cpu_cores: round(median(rows.map((r) => r.server_cpu_cores)), 2),
        errors: rows.reduce((n, r) => n + r.errors, 0)
      }
  return workloads.map((w) => {
    const parleyName = w.parley ? w.name : w.same
    const baselineName = w.baseline ? w.name : w.vs
    const parleyRuns = parleyName ? of(parleyTarget, parleyName) : []
    const baselineRuns = baselineName ? of('baseline', baselineName) : []
    // Ratio per pass (both measured minutes apart at most), then the median over passes.
    const ratios = parleyRuns.map((p) => {
      const b = baselineRuns.find((r) => r.pass === p.pass)
      return b ? p.req_per_s / b.req_per_s : null
    }).filter((x) => x != null)
    const parley = stats(parleyRuns)
    const target = w.target ?? (w.same ? WORKLOADS.find((x) => x.name === w.same)?.target : undefined)
    const ratio = median(ratios)
    const meets = target && parley
      ? (ratio == null || ratio >= target.ratio) && (target.p99 === undefined || parley.p99_ms < target.p99) && parley.rss_peak_mb < 250
      : null
    return {
      workload: w.name,
      what: w.what,
      parley_as: parleyName !== w.name ? parleyName : undefined,
      baseline_as: baselineName !== w.name ? baselineName : undefined,
      baseline: stats(baselineRuns),
      parley,
      ratio: round(ratio, 2),
      ratio_min: ratios.length ? round(Math.min(...ratios), 2) : null,
      ratio_max: ratios.length ? round(Math.max(...ratios), 2) : null,
      target,
      meets_target: meets
    }
  })
}

const fmt = (x, digits = 1) => (x == null ? '–' : Number(x).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }))
const memory = (s) => (s ? `${fmt(s.rss_peak_mb, 0)} (${fmt(s.rss_anon_peak_mb, 0)})` : '–')
const rate = (x) => (x == null ? '–' : x >= 1000 ? fmt(x, 0) : fmt(x, 1))

function table (summary, parleyLabel = 'Parley') {
  const lines = [
    `| workload | baseline req/s | p50 ms | p99 ms | RSS MB (own) | ${parleyLabel} req/s | p50 ms | p99 ms | RSS MB (own) | Parley/baseline | target | met |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|'
  ]
  for (const s of summary) {
    const b = s.baseline; const p = s.parley
    const label = `${s.workload}${s.parley_as ? ` (Parley ${s.parley_as})` : ''}${s.baseline_as ? ` (vs baseline ${s.baseline_as})` : ''}`
    const ratio = s.ratio == null ? '–' : `${fmt(s.ratio, 2)}x (${fmt(s.ratio_min, 2)}–${fmt(s.ratio_max, 2)})`
    const target = s.target ? `>= ${s.target.ratio}x${s.target.p99 ? `, p99 < ${s.target.p99} ms` : ''}` : ''
    const met = s.meets_target == null ? '' : s.meets_target ? 'yes' : '**no**'
    const errors = (b?.errors ?? 0) + (p?.errors ?? 0)
    lines.push(`| ${label}${errors ? ` ⚠ ${errors} errors` : ''} | ${rate(b?.req_per_s)} | ${fmt(b?.p50_ms, 2)} | ${fmt(b?.p99_ms, 2)} | ${memory(b)} | ${rate(p?.req_per_s)} | ${fmt(p?.p50_ms, 2)} | ${fmt(p?.p99_ms, 2)} | ${memory(p)} | ${ratio} | ${target} | ${met} |`)
  }
  return lines.join('\n')
}

function gitCommit () {
  if (process.env.PARLEY_BENCH_COMMIT) return process.env.PARLEY_BENCH_COMMIT
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'migrations'], { cwd: ROOT, encoding: 'utf8' }).trim()
    return dirty ? `${commit}+uncommitted src changes` : commit
  } catch { return 'unknown' }
}

// ---------------------------------------------------------------- main

async function main () {
  const wrkVersion = ensureWrk(log)
  // The code measured is the code built now: source edited during a run must not relabel its results.
  const commit = gitCommit()
  if (!options['no-build']) {
    log('# npm run build')
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
    if (build.status !== 0) throw new Error('npm run build failed')
  }
  const { paths, manifest } = await generate({ meetings, seed: options.seed, dataDir: options['data-dir'], analyze: options.analyze, force: options.regenerate, log })

  const profileDir = join(options.out, `${stamp}-profiles`)
  const parleyEnv = Object.fromEntries(options['parley-env'].split(',').filter(Boolean).map((kv) => {
    const i = kv.indexOf('=')
    return [kv.slice(0, i), kv.slice(i + 1)]
  }))
  if ('WORKERS' in parleyEnv) throw new Error('set worker processes with --workers, not --parley-env WORKERS=')
  // One Parley server per worker count, each on its own port, all on the same data file.
  const parleys = []
  for (const [i, workers] of String(options.workers).split(',').map(Number).entries()) {
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers: ${options.workers} is not a list of worker counts`)
    const port = options['parley-port'] + 2 * i
    const server = await startServer({
      name: workers === 1 ? 'parley' : `parley-${workers}w`,
      command: process.execPath,
      args: [...(options['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), join(ROOT, 'dist', 'src', 'server.js')],
      cwd: ROOT,
      env: { PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: paths.parley, LOG_LEVEL: 'warn', LOAD_DEMO: 'false',
        // The load generator is one client: the per-client limit stays on (its cost is measured) but far above the load.
        RATE_LIMIT_MAX: '1000000000',
        WORKERS: String(workers),
        ...parleyEnv },
      origin: `http://127.0.0.1:${port}`,
      readyPath: '/readyz'
    })
    server.workers = workers
    parleys.push(server)
  }
  const parley = parleys[0]
  const baseline = await startServer({
    name: 'baseline',
    command: process.execPath,
    args: ['server.mjs'],
    cwd: prepareBaseline(paths.dir),
    env: { PORT: String(options['baseline-port']), DB: paths.baseline, FTS: paths.baselineFts },
    origin: `http://127.0.0.1:${options['baseline-port']}`,
    readyPath: '/hello'
  })

  const facets = (await getJson(`${parley.origin}/v1/meetings?facets=theme&limit=1`)).status === 200
  const params = makeParameters({ manifest, parleyPath: paths.parley, count: options.requests, seed: options['request-seed'], facets })
  const plan = workloads.map((w) => ({
    workload: w,
    parleyPaths: w.parley ? params.map(w.parley) : null,
    baselinePaths: w.baseline ? params.map(w.baseline) : null
  }))

  log('# checking that both servers answer every workload with the same records')
  const validation = {}
  for (const { workload } of plan) {
    const v = await validate(workload, params, parley, baseline)
    validation[workload.name] = v
    const same = v.same_records === null ? '' : v.same_records ? ', same records' : ', RECORDS DIFFER'
    log(`#   ${workload.name}: ${v.ok ? 'ok' : 'FAILED'}${same}; bytes per response baseline ${v.bytes.baseline ?? '–'}, Parley ${v.bytes.parley ?? '–'}`)
    if (!v.ok || v.same_records === false) log(`#     ${JSON.stringify(v.problems).slice(0, 600)}`)
  }

  const runs = []
  for (let pass = 1; pass <= options.passes; pass++) {
    for (const { workload, parleyPaths, baselinePaths } of plan) {
      const sides = [[baseline, baselinePaths], ...parleys.map((p) => [p, parleyPaths])].filter(([, p]) => p)
      // Each pass starts with a different server, so that none is always measured first.
      const turn = (pass - 1) % sides.length
      for (const [server, workloadPaths] of [...sides.slice(turn), ...sides.slice(0, turn)]) runs.push(await measure(server, workload, workloadPaths, pass))
    }
  }
  await stopServers()

  const summaries = Object.fromEntries(parleys.map((p) => [p.name, summarize(runs, p.name)]))
  const summary = summaries[parley.name]
  const machine = machineDescription()
  const report = {
    stamp,
    commit,
    size: sizeLabel(meetings),
    seed: options.seed,
    request_seed: options['request-seed'],
    machine: { ...machine, wrk: wrkVersion },
    options: { passes: options.passes, duration_s: options.duration, warmup_s: options.warmup, connections: options.connections, threads: options.threads, workers: parleys.map((p) => p.workers), parley_env: parleyEnv, cpu_prof: options['cpu-prof'], analyze: options.analyze },
    data: { dir: paths.dir, counts: manifest.counts, words: manifest.words, bytes: manifest.bytes },
    servers: Object.fromEntries([...parleys, baseline].map((s) => [s.name, { workers: s.workers, ready_s: s.readySeconds, idle_rss_mb: s.idleRssMb }])),
    validation,
    summary,
    summaries,
    runs
  }
  const file = join(options.out, `${stamp}-${sizeLabel(meetings)}.json`)
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
  writeFileSync(join(options.out, `summary-${sizeLabel(meetings)}.json`), JSON.stringify({ ...report, runs: undefined, validation: undefined }, null, 2) + '\n')

  console.log(`\nParley ${report.commit} vs hand-written baseline — ${sizeLabel(meetings)} meetings, ${options.connections} connections, ` +
    `wrk ${options.duration} s x ${options.passes} interleaved passes (medians; ratio = median of per-pass ratios, range in brackets)`)
  console.log(`${machine.cores} x ${machine.cpu}, ${machine.memory_gib} GiB, ${machine.kernel}, Node ${machine.node}, ${wrkVersion}\n`)
  for (const p of parleys) {
    if (parleys.length > 1) console.log(`\n${p.workers === 1 ? 'Parley, one process' : `Parley, ${p.workers} worker processes (RSS and CPU summed over them and the primary)`}:\n`)
    console.log(table(summaries[p.name], p.workers === 1 ? 'Parley' : `Parley ${p.workers}w`))
  }
  console.log(`\nraw results: ${relative(process.cwd(), file)}${options['cpu-prof'] ? `\nCPU profiles: ${relative(process.cwd(), profileDir)}` : ''}`)
}

try {
  await main()
} catch (error) {
  log(`bench: ${error.message}`)
  await stopServers()
  process.exitCode = 1
}
