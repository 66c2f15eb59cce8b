// The README's examples run: every curl line in it answers 200 against a fresh app with the demo record.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { addFixtures, build, makeKey } from './helpers.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const examples = [...readme.matchAll(/^curl (?:-H '([^']+)' )?'http:\/\/127\.0\.0\.1:3000([^']+)'/gm)].map((m) => ({ header: m[1], path: m[2]! }))

t.test('every curl example in the README works', async (t) => {
  t.ok(examples.length >= 3, `${examples.length} examples found`)
  const app = await build(t)
  // The demo record, and one French meeting of the 1990s for the researcher's example.
  addFixtures(app, [{ id: '1995-05-02-france-kenya', startDate: '1995-05-02', parties: ['france', 'kenya'], persons: ['luc-marchand'] }])
  for (const { header, path } of examples) {
    const headers: Record<string, string> = header ? { [header.split(':')[0]!.toLowerCase()]: header.split(':').slice(1).join(':').trim() } : {}
    const res = await app.inject({ url: path, headers })
    t.equal(res.statusCode, 200, path)
    const type = String(res.headers['content-type'])
    if (type.startsWith('application/json')) {
      const body = res.json()
      const records = Array.isArray(body.data) ? body.data : [body]
      t.ok(records.length > 0, `${path} returns records`)
    } else {
      t.ok(res.body.trim().split('\n').length >= 1 && res.body.length > 50, `${path} returns a ${type} file`)
    }
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
