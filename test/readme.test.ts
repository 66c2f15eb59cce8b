// The README's examples run: every curl line in it answers 200 against a fresh app with the demo record.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { build } from './helpers.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const examples = [...readme.matchAll(/^curl[^\n]*'http:\/\/127\.0\.0\.1:3000([^']+)'/gm)].map((m) => m[1]!)

t.test('every curl example in the README works', async (t) => {
  t.ok(examples.length >= 3, `${examples.length} examples found`)
  const app = await build(t)
  for (const path of examples) {
    const res = await app.inject(path)
    t.equal(res.statusCode, 200, path)
    const body = res.json()
    const records = Array.isArray(body.data) ? body.data : [body]
    t.ok(records.length > 0, `${path} returns records`)
  }
})
