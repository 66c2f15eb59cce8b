#!/usr/bin/env node
// Runs the tap suite (arguments pass through), streams its TAP output, and ends with the line
// `N passed, N failed` that CI reads. Exits non-zero when tap does (failures, crashes, low coverage).
import { spawn } from 'node:child_process'
import { Parser } from 'tap-parser'

const tap = spawn(process.execPath, ['node_modules/tap/dist/esm/run.mjs', '--reporter=tap', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'inherit']
})

let summary
const parser = new Parser()
parser.on('comment', (line) => {
  const match = /^# \{ total: (\d+)(?:, (.*))? \}/.exec(line)
  if (match) {
    summary = { total: Number(match[1]) }
    for (const part of (match[2] ?? '').split(', ').filter(Boolean)) {
      const [key, value] = part.split(': ')
      summary[key] = Number(value)
    }
  }
})
parser.on('complete', (results) => {
  summary ??= { total: results.count, pass: results.pass, fail: results.fail, skip: results.skip }
})

tap.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  parser.write(chunk)
})

tap.on('close', (code, signal) => {
  parser.end()
  const passed = summary?.pass ?? 0
  const failed = summary?.fail ?? 0
  const skipped = (summary?.skip ?? 0) + (summary?.todo ?? 0)
  const exitCode = code ?? (signal ? 1 : 0)
  if (exitCode !== 0 && failed === 0) {
    console.log('# tap exited with code', exitCode, '(coverage below the thresholds in .taprc, or a test file crashed)')
  }
  console.log(`${passed} passed, ${failed === 0 && exitCode !== 0 ? 1 : failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  process.exit(exitCode)
})
