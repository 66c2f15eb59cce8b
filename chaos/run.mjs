#!/usr/bin/env node
// The chaos and abuse suite: each case attacks the built server the way an outsider did and prints what it
// measured, one line per figure; the last line is `chaos: N passed, N failed`, and the exit status is 1 when
// any case failed. Not part of `npm test`.
import { parseArgs } from 'node:util'
import { cleanup, ensureBuilt } from './lib.mjs'

const CASES = {
  1: { module: './heavy-requests.mjs', limitMs: 300_000 },
  2: { module: './write-lock.mjs', limitMs: 120_000 },
  3: { module: './folder-removed.mjs', limitMs: 180_000 },
  4: { module: './input-abuse.mjs', limitMs: 120_000 },
  5: { module: './secrets-in-logs.mjs', limitMs: 60_000 },
  6: { module: './csv-formulas.mjs', limitMs: 60_000 },
  7: { module: './proxies.mjs', limitMs: 120_000 }
}

const USAGE = `npm run chaos [-- --cases 1,3] [--no-build]
  --cases     the cases to run (default: all of ${Object.keys(CASES).join(',')})
  --no-build  use dist/ as it is (otherwise it is built when src/ is newer)`

let options
try {
  options = parseArgs({ options: { cases: { type: 'string' }, 'no-build': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`)
  process.exit(2)
}
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}
const selected = options.cases ? options.cases.split(',').map((s) => s.trim()).filter(Boolean) : Object.keys(CASES)
const unknown = selected.filter((n) => !(n in CASES))
if (unknown.length > 0) {
  console.error(`unknown case ${unknown.join(', ')}\n\n${USAGE}`)
  process.exit(2)
}

// Ctrl-C or a CI timeout: stop the servers and remove the folders before going.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.log(`chaos: ${signal}, cleaning up`)
    await cleanup()
    process.exit(130)
  })
}

if (!options['no-build']) ensureBuilt()

const mark = (pass) => (pass === true ? 'ok  ' : pass === false ? 'FAIL' : 'info')
let passed = 0
let failed = 0
const started = Date.now()

for (const n of selected) {
  const { module, limitMs } = CASES[n]
  const caseStarted = Date.now()
  let result
  let timer
  try {
    const { default: run } = await import(module)
    const limit = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the case ran longer than ${limitMs / 1000} s and was stopped`)), limitMs)
    })
    result = await Promise.race([run(), limit])
  } catch (error) {
    result = { name: module, pass: false, figures: [{ label: 'error', value: error.stack ?? String(error), pass: false }] }
  } finally {
    clearTimeout(timer)
    await cleanup()
  }
  console.log(`\ncase ${n}: ${result.name}`)
  for (const f of result.figures) console.log(`  ${mark(f.pass)}  ${f.label}: ${f.value}`)
  const pass = result.pass && !result.figures.some((f) => f.pass === false)
  console.log(`case ${n}: ${pass ? 'PASS' : 'FAIL'} (${((Date.now() - caseStarted) / 1000).toFixed(0)} s)`)
  if (pass) passed++
  else failed++
}

console.log(`\nchaos: ran ${selected.length} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`)
console.log(`chaos: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
