// Drives wrk: one fixed list of request paths per run, cycled in order, results read back as JSON.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Each connection thread walks the same list from the top, so both servers get the same requests in
// the same order; done() prints the numbers wrk keeps as one line of JSON.
const SCRIPT = `
local requests = {}
local next_index = 0
function init(args)
  for line in io.lines(args[1]) do requests[#requests + 1] = wrk.format("GET", line) end
end
function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,' ..
    '"write_errors":%d,"timeouts":%d,"non_2xx_3xx":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
`

export function wrkVersion () {
  try {
    return execFileSync('wrk', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim()
  } catch (error) {
    // wrk prints its version and usage, then exits 1
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`
    if (/^wrk /m.test(out)) return out.split('\n')[0].trim()
    return null
  }
}

/** wrk on PATH, installing Debian's package when it is missing and we may (root with apt-get). */
export function ensureWrk (log) {
  let version = wrkVersion()
  if (version) return version
  if (process.getuid?.() === 0 && process.env.PARLEY_BENCH_NO_INSTALL !== '1') {
    log('# wrk is not installed: apt-get install -y wrk (set PARLEY_BENCH_NO_INSTALL=1 to stop this)')
    try {
      execFileSync('sh', ['-c', 'apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1'], { stdio: 'inherit' })
    } catch { /* reported below */ }
    version = wrkVersion()
  }
  if (!version) throw new Error('wrk is needed: install it (Debian/Ubuntu: apt-get install wrk) and run again')
  return version
}

/**
 * Runs wrk against `origin` for `seconds`, cycling through `paths`. `onTick` is called every 250 ms
 * with wrk's pid while it runs (for CPU and memory sampling).
 */
export async function runWrk ({ origin, paths, seconds, connections, threads, timeoutSeconds = 30, onTick }) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-wrk-'))
  try {
    writeFileSync(join(dir, 'paths.txt'), paths.join('\n') + '\n')
    writeFileSync(join(dir, 'script.lua'), SCRIPT)
    const child = spawn('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', `${timeoutSeconds}s`,
      '-s', join(dir, 'script.lua'), origin, '--', join(dir, 'paths.txt')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => { output += d })
    child.stderr.on('data', (d) => { output += d })
    const tick = onTick ? setInterval(() => onTick(child.pid), 250) : null
    const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + timeoutSeconds + 15) * 1000)
    const code = await new Promise((resolve) => child.on('exit', resolve))
    clearTimeout(killer)
    if (tick) clearInterval(tick)
    const m = /WRK_RESULT (\{.*\})/.exec(output)
    if (!m) throw new Error(`wrk failed (exit ${code}): ${output.slice(0, 500)}`)
    const r = JSON.parse(m[1])
    const wall = r.duration_us / 1e6
    return {
      requests: r.requests,
      seconds: wall,
      req_per_s: r.requests / wall,
      p50_ms: r.p50_us / 1000,
      p90_ms: r.p90_us / 1000,
      p99_ms: r.p99_us / 1000,
      max_ms: r.max_us / 1000,
      mean_ms: r.mean_us / 1000,
      bytes_per_s: r.bytes / wall,
      non_2xx: r.non_2xx_3xx,
      socket_errors: r.connect_errors + r.read_errors + r.write_errors + r.timeouts
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
