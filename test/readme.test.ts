// The README's examples run: every curl line in it answers 200 against a fresh app with the demo record.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { build, makeKey } from './helpers.js'

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

/** The write examples: `curl -i -X METHOD url \ -H ... -d '...'`, run in order with a freshly made key. */
const writes = [...readme.matchAll(/^curl -i -X (POST|PATCH|PUT|DELETE) http:\/\/127\.0\.0\.1:3000(\S+)((?:[ \t]*\\?\n?[ \t]*-[Hd] (?:'[^']*'|"[^"]*"))+)/gm)].map((m) => {
  const headers: Record<string, string> = {}
  for (const h of m[3]!.matchAll(/-H (?:'([^']*)'|"([^"]*)")/g)) {
    const [name, ...value] = (h[1] ?? h[2]!).split(':')
    headers[name!.trim().toLowerCase()] = value.join(':').trim()
  }
  const body = /-d '([^']*)'/.exec(m[3]!)?.[1]
  return { method: m[1] as 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: m[2]!, headers, body }
})

t.test('the write examples in the README work with a key from the CLI', async (t) => {
  t.ok(writes.length >= 2, `${writes.length} write examples found`)
  const app = await build(t)
  const { key } = makeKey(app)
  for (const w of writes) {
    const headers = Object.fromEntries(Object.entries(w.headers).map(([k, v]) => [k, v.replace('$KEY', key)]))
    const res = await app.inject({ method: w.method, url: w.path, headers, payload: w.body })
    t.ok(res.statusCode >= 200 && res.statusCode < 300, `${w.method} ${w.path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`)
  }
})
