// What the kernel says about a process and the machine: resident memory, CPU time, busy cores.
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import os from 'node:os'

const TICKS = (() => {
  try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100 } catch { return 100 }
})()

/** The process and its descendants (a server with worker processes counts as all of them). */
function processTree (pid) {
  const pids = [pid]
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const child of readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim().split(/\s+/)) {
        if (child) pids.push(Number(child))
      }
    } catch {}
  }
  return pids
}

/** Sums `read(pid)` over the process tree; null when the process itself is gone. */
function overTree (pid, read) {
  const own = read(pid)
  if (own === null) return null
  return processTree(pid).slice(1).reduce((sum, child) => sum + (read(child) ?? 0), own)
}

/**
 * Resident set size in MB of the process and its descendants, or null when the process is gone. `anon`
 * counts only their own memory (heap, stacks), not pages of files they map, such as a memory-mapped database.
 */
export function rssMb (pid, anon = false) {
  return overTree(pid, (p) => {
    try {
      const m = (anon ? /RssAnon:\s+(\d+) kB/ : /VmRSS:\s+(\d+) kB/).exec(readFileSync(`/proc/${p}/status`, 'utf8'))
      return m ? Number(m[1]) / 1024 : null
    } catch { return null }
  })
}

/** User + system CPU seconds the process and its live descendants have used, or null when it is gone. */
export function cpuSeconds (pid) {
  return overTree(pid, (p) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return (Number(fields[11]) + Number(fields[12])) / TICKS
    } catch { return null }
  })
}

/**
 * CPU seconds of the whole machine since boot (all cores): `busy` counts time in processes (user, nice,
 * system), not interrupts, which the kernel does not bill to any process; `total` counts everything.
 */
export function machineCpu () {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0)
  return { busy: (f[0] + f[1] + f[2]) / TICKS, total: total / TICKS }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the machine uses fewer than `cores` busy cores over one second, at most `maxSeconds`. */
export async function waitQuiet (cores, maxSeconds) {
  const started = Date.now()
  let busy = 0
  for (;;) {
    const a = machineCpu()
    await sleep(1000)
    const b = machineCpu()
    busy = (b.busy - a.busy) / ((b.total - a.total) / os.cpus().length)
    if (busy < cores || Date.now() - started >= maxSeconds * 1000) break
  }
  return { busy_cores: Math.round(busy * 100) / 100, waited_s: Math.round((Date.now() - started) / 100) / 10 }
}

export function machineDescription () {
  const cpus = os.cpus()
  let memory = os.totalmem()
  try {
    const m = /MemTotal:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'))
    if (m) memory = Number(m[1]) * 1024
  } catch { /* keep os.totalmem() */ }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory_gib: Math.round(memory / 2 ** 30),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version
  }
}
