// Case 1: the heaviest searches and exports, all at once, on a copy of the 100k benchmark database, while a
// light read goes out every 150 ms on its own connection. Light reads must all succeed with p99 < 100 ms; a
// heavy request may be refused with a 4xx naming a limit, but must not get a 5xx or go unanswered for 120 s.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { Agent } from 'node:http'
import { join } from 'node:path'
import { describe, detail, figure, ms, percentile, root, send, sleep, startServer, tally, tempDir } from './lib.mjs'

const LIGHT_EVERY_MS = 150
const LIGHT_TIMEOUT_MS = 10_000
const LIGHT_P99_MS = 100
const HEAVY_TIMEOUT_MS = 120_000

const Q = 'q=e*%20OR%20g*%20OR%20p*%20OR%20s*%20OR%20t*%20OR%20c*'
// The broadest search the limits allow: four prefixes of two letters, matching nearly every meeting.
const WIDE = 'q=co*%20OR%20ge*%20OR%20pr*%20OR%20st*'
const FACETS = 'facets=theme,party,year,format'
const HEAVY = [
  ['meetings CSV, broad q', `/v1/meetings?${Q}&format=csv`],
  ['meetings NDJSON, broad q', `/v1/meetings?${Q}&format=ndjson`],
  ['meetings.ics, broad q', `/v1/meetings.ics?${Q}`],
  ['meetings JSON page of 100, broad q', `/v1/meetings?${Q}&limit=100`],
  ['facets, no filter', `/v1/meetings?${FACETS}`],
  ['facets, broad q', `/v1/meetings?${Q}&${FACETS}`],
  ['search, broad q', `/v1/search?${Q}`],
  ['proposals CSV, all', '/v1/proposals?format=csv'],
  ['proposals CSV, broad q', `/v1/proposals?${Q}&format=csv`],
  ['meetings JSON page of 100, widest allowed q', `/v1/meetings?${WIDE}&limit=100`],
  ['meetings NDJSON, widest allowed q', `/v1/meetings?${WIDE}&format=ndjson`],
  ['meetings.ics of 10,000, widest allowed q', `/v1/meetings.ics?${WIDE}&limit=10000`],
  ['facets, widest allowed q', `/v1/meetings?${WIDE}&${FACETS}`],
  ['search, widest allowed q', `/v1/search?${WIDE}`],
  ['meetings CSV, all', '/v1/meetings?format=csv']
]

/** The benchmark's 100k database, generated (about a minute) when it is not there yet. */
function benchmarkDatabase () {
  const dir = join(process.env.PARLEY_BENCH_DATA ?? '/tmp/parley-bench', 'data-100k-seed42')
  const manifest = join(dir, 'manifest.json')
  const complete = existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).complete === true
  if (!complete || !existsSync(join(dir, 'parley.db'))) {
    console.log('chaos: generating the 100k benchmark database (node bench/generate.mjs --size 100k)')
    execFileSync(process.execPath, [join(root, 'bench', 'generate.mjs'), '--size', '100k'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  return join(dir, 'parley.db')
}

/** Light reads in turn, every LIGHT_EVERY_MS, until stop(); a read never waits for the one before. */
function lightReads (url, paths) {
  const agent = new Agent({ keepAlive: true })
  const results = []
  const pending = new Set()
  let i = 0
  const tick = () => {
    const path = paths[i++ % paths.length]
    const request = send(url, { path, agent, timeoutMs: LIGHT_TIMEOUT_MS, keepBytes: 4096 }).then((res) => {
      results.push({ path, ...res })
      pending.delete(request)
    })
    pending.add(request)
  }
  tick()
  const interval = setInterval(tick, LIGHT_EVERY_MS)
  return {
    results,
    async stop () {
      clearInterval(interval)
      await Promise.all(pending)
      agent.destroy()
    }
  }
}

const ok = (res) => !res.error && res.status >= 200 && res.status < 300

export default async function heavyRequests () {
  const name = 'heavy requests beside light reads (100k database)'
  const figures = []
  const source = benchmarkDatabase()
  const dir = tempDir('heavy')
  const path = join(dir, 'parley.db')
  copyFileSync(source, path)
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${path}-wal`)

  const server = await startServer({ DATABASE_PATH: path, LOAD_DEMO: 'false', RATE_LIMIT_MAX: '0' })
  const first = await send(server.url, { path: '/v1/meetings?limit=1' })
  const meetingId = JSON.parse(first.body).data[0].id
  const light = [`/v1/meetings/${encodeURIComponent(meetingId)}?include=none`, '/healthz']

  // Each light read alone, before the attack, and /v1/themes, which the 100k data makes too slow to be light.
  for (const path of [...light, '/v1/themes']) {
    const times = []
    for (let i = 0; i < 10; i++) times.push((await send(server.url, { path, timeoutMs: LIGHT_TIMEOUT_MS })).ms)
    figures.push(figure(`idle ${path.replace(meetingId, '{id}')}: p50 / max`, `${ms(percentile(times, 50))} / ${ms(Math.max(...times))}`))
  }

  const reads = lightReads(server.url, light)
  const attackStarted = performance.now()
  const heavy = await Promise.all(HEAVY.map(async ([label, path], i) => {
    await sleep(i * 200)
    const res = await send(server.url, { path, agent: false, timeoutMs: HEAVY_TIMEOUT_MS, keepBytes: 4096 })
    return { label, ...res }
  }))
  const attackMs = performance.now() - attackStarted
  await sleep(2000)
  await reads.stop()

  const results = reads.results
  const succeeded = results.filter(ok)
  const times = results.map((r) => r.ms)
  const p99 = percentile(times, 99)
  figures.push(figure('light reads sent / succeeded (2xx)', `${results.length} / ${succeeded.length}`, results.length > 0 && succeeded.length === results.length))
  figures.push(figure(`light reads p50 / p99 / max (a read with no answer counts as ${LIGHT_TIMEOUT_MS / 1000} s; pass: p99 < ${LIGHT_P99_MS} ms)`, `${ms(percentile(times, 50))} / ${ms(p99)} / ${ms(Math.max(...times))}`, p99 < LIGHT_P99_MS))
  if (succeeded.length < results.length) figures.push(figure('light reads that failed', tally(results.filter((r) => !ok(r)))))
  for (const h of heavy) {
    const acceptable = !h.error && h.status < 500
    const why = h.error ? '' : detail(h) ? ` "${detail(h)}"` : ''
    figures.push(figure(`heavy ${h.label}`, `${describe(h)}${why} in ${ms(h.ms)} (first byte ${ms(h.ttfbMs ?? NaN)}, ${(h.bytes / 1e6).toFixed(1)} MB)`, acceptable))
  }
  figures.push(figure('all heavy requests sent at once; answered within', ms(attackMs)))

  const { code, signal } = await server.stop({ graceMs: 10_000 })
  figures.push(figure('server after SIGTERM', signal ? `killed (${signal}): it did not exit within 10 s` : `exited with ${code}`))
  return { name, pass: true, figures }
}
