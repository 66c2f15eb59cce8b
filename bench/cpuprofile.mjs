#!/usr/bin/env node
// Summarizes V8 CPU profiles (from `npm run bench -- --cpu-prof`): where the time went by package or
// project file, and the hottest functions by self time and by total time (self + callees).
//   node bench/cpuprofile.mjs FILE.cpuprofile [--top 25] [--keep-startup]
import { readFileSync } from 'node:fs'
import { parseOptions } from './lib/common.mjs'

const argv = process.argv.slice(2)
const files = argv.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a))
const options = parseOptions(argv.filter((a) => !files.includes(a)), { top: 25, 'keep-startup': false },
  'node bench/cpuprofile.mjs FILE.cpuprofile [--top 25] [--keep-startup]')
if (files.length === 0) throw new Error('give one or more .cpuprofile files')

/** node_modules/<package>, src/<area>/<file> of the project, node:internal, or (program)/(gc)/(idle). */
function where (frame) {
  const url = frame.url ?? ''
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]
  const own = /\/(src|dist\/src)\/(.+)$/.exec(url)
  if (own) return `parley ${own[2].replace(/\.js$/, '')}`
  if (url.startsWith('node:')) return url.replace(/^node:internal\/.*/, 'node internals')
  return url
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  // Start-up (module loading, migrations) is left out: counting begins with the first sample taken
  // inside a route handler (Parley names its handlers ...Handler, plus healthz/readyz).
  const isHandlerFrame = (name) => /^[a-z]\w*Handler$|^(healthz|readyz)$/.test(name) && !/^_?(set|add|call|route)/.test(name)
  const inHandler = new Map()
  const isHandler = (id) => {
    if (!inHandler.has(id)) {
      inHandler.set(id, isHandlerFrame(nodes.get(id).callFrame.functionName) || (parent.has(id) && isHandler(parent.get(id))))
    }
    return inHandler.get(id)
  }
  const from = options['keep-startup'] ? 0 : Math.max(0, profile.samples.findIndex((id) => isHandler(id)))
  const self = new Map()
  profile.samples.forEach((id, i) => {
    if (i < from) return
    const dt = profile.timeDeltas[i] ?? 0
    self.set(id, (self.get(id) ?? 0) + dt)
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const idle = [...self].filter(([id]) => nodes.get(id).callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0)
  const busy = total - idle
  const pct = (t) => `${(100 * t / busy).toFixed(1)}%`

  const byPlace = new Map()
  const bySelf = new Map()
  const byTotal = new Map()
  for (const [id, t] of self) {
    const frame = nodes.get(id).callFrame
    if (frame.functionName === '(idle)') continue
    byPlace.set(where(frame), (byPlace.get(where(frame)) ?? 0) + t)
    const key = `${frame.functionName || '(anonymous)'} ${where(frame)}:${frame.lineNumber + 1}`
    bySelf.set(key, (bySelf.get(key) ?? 0) + t)
    // total time: charge every distinct function on the stack once
    const seen = new Set()
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = nodes.get(n).callFrame
      const k = `${f.functionName || '(anonymous)'} ${where(f)}:${f.lineNumber + 1}`
      if (seen.has(k)) continue
      seen.add(k)
      byTotal.set(k, (byTotal.get(k) ?? 0) + t)
    }
  }
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, options.top)
  console.log(`\n# ${file}\n${(busy / 1e6).toFixed(2)} s busy of ${(total / 1e6).toFixed(2)} s sampled\n`)
  console.log('## self time by package / project file')
  for (const [k, t] of top(byPlace)) console.log(`${pct(t).padStart(7)}  ${k}`)
  console.log('\n## hottest functions, self time')
  for (const [k, t] of top(bySelf)) console.log(`${pct(t).padStart(7)}  ${k}`)
  console.log('\n## hottest functions, total time (self + callees)')
  for (const [k, t] of top(byTotal)) console.log(`${pct(t).padStart(7)}  ${k}`)
}
