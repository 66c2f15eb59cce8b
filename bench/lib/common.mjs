// Helpers shared by the benchmark scripts: paths, options, a seeded random source, statistics.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const ROOT = resolve(BENCH_DIR, '..')
export const DEFAULT_DATA_DIR = process.env.PARLEY_BENCH_DATA ?? '/tmp/parley-bench'

/** `10k`, `100k`, `1m`, `250000` → a number of meetings. */
export function parseSize (value) {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(String(value).trim())
  if (!m) throw new Error(`--size must look like 10k, 100k, 1m or a number, not ${value}`)
  const n = Number(m[1]) * ({ '': 1, k: 1e3, m: 1e6 })[m[2].toLowerCase()]
  if (!Number.isInteger(n) || n < 100) throw new Error(`--size must be a whole number of at least 100 meetings, not ${value}`)
  return n
}

export const sizeLabel = (n) => n % 1e6 === 0 ? `${n / 1e6}m` : n % 1e3 === 0 ? `${n / 1e3}k` : String(n)

/** Where the generated files of one data set live. */
export function dataPaths (dataDir, meetings, seed) {
  const dir = join(dataDir, `data-${sizeLabel(meetings)}-seed${seed}`)
  return {
    dir,
    parley: join(dir, 'parley.db'),
    baseline: join(dir, 'baseline.db'),
    baselineFts: join(dir, 'baseline-fts.db'),
    manifest: join(dir, 'manifest.json')
  }
}

/**
 * `--name value` and `--flag` options into an object; `spec` maps each known option to its default
 * (a boolean default makes it a flag). Unknown options are an error.
 */
export function parseOptions (argv, spec, usage) {
  const options = { ...spec }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '-h' || arg === '--help') {
      console.log(usage)
      process.exit(0)
    }
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(arg)
    if (!m || !(m[1] in spec)) throw new Error(`unknown option ${arg}\n\n${usage}`)
    const [, name, inline] = m
    if (typeof spec[name] === 'boolean') options[name] = inline === undefined ? true : inline !== 'false'
    else {
      const value = inline ?? argv[++i]
      if (value === undefined) throw new Error(`${arg} needs a value`)
      options[name] = typeof spec[name] === 'number' ? Number(value) : value
    }
  }
  return options
}

/** sfc32, seeded through splitmix32: small, fast and the same on every machine. */
export function seededRandom (seed) {
  let s = seed >>> 0
  const split = () => {
    s = (s + 0x9e3779b9) | 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = split(); let b = split(); let c = split(); let d = split()
  const next = () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 16; i++) next()
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  return { next, int, pick, chance }
}

/** A picker over 0..n-1 where index i has weight 1/(i+shift): a few very busy items, a long quiet tail. */
export function zipfPicker (random, n, shift = 5) {
  const cumulative = []
  let total = 0
  for (let i = 0; i < n; i++) cumulative.push(total += 1 / (i + shift))
  return () => {
    const r = random.next() * total
    let lo = 0; let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] < r) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** Picks from [value, weight] pairs. */
export function weightedPicker (random, pairs) {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0)
  return () => {
    let r = random.next() * total
    for (const [value, w] of pairs) if ((r -= w) < 0) return value
    return pairs.at(-1)[0]
  }
}

export function median (values) {
  const v = values.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const m = v.length >> 1
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2
}

export const slug = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')

export function requireBuild () {
  const open = join(ROOT, 'dist', 'src', 'db', 'open.js')
  if (!existsSync(open)) throw new Error(`${open} is missing: run \`npm run build\` first (npm run bench does it for you)`)
  return { open, schema: join(ROOT, 'dist', 'src', 'db', 'schema.js') }
}
