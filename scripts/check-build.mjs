#!/usr/bin/env node
// Refuses to run a stale build: exits 1, saying which source is newer, when dist/ lacks the compiled form of a
// file in src/ or is older than it (or than a tsconfig). `npm start` and `npm run parley`
// load it first (`node --import`), so that they never serve yesterday's code after an edit or a checkout.
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const mtime = (path) => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -1
  }
}

function sources (dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Why dist/ cannot be run as it is, or null when every source is older than its compiled file. */
function staleness () {
  const settings = ['tsconfig.json', 'tsconfig.build.json'].map((file) => [file, mtime(join(root, file))])
  for (const source of sources(join(root, 'src'))) {
    const name = relative(root, source)
    const built = mtime(join(root, 'dist', name.replace(/\.ts$/, '.js')))
    if (built < 0) return `dist/ has no build of ${name}`
    const newer = [[name, mtime(source)], ...settings].find(([, changed]) => changed > built)
    if (newer) return `${newer[0]} changed after dist/ was built`
  }
  return null
}

const reason = staleness()
if (reason !== null) {
  console.error(`${reason}: run \`npm run build\` first, or \`npm run dev\` to run the sources.`)
  process.exit(1)
}
