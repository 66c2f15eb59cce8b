// Case 4: writes carrying what a schema check can miss: control characters and a lone surrogate in names,
// bytes that are not UTF-8, a charset other than UTF-8, unknown query parameters, an impossible date, two
// Authorization headers. Each must be refused with a 4xx problem+json (415 for the charset) and change nothing.
import { databaseFingerprint, databaseWithKey, describe, detail, figure, isProblem, send, startServer } from './lib.mjs'

/** `value` as JSON with everything outside printable ASCII escaped, so that the figure shows what was stored. */
const escaped = (value) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

export default async function inputAbuse () {
  const name = 'input abuse on writes'
  const figures = []
  const { path, key, auth } = databaseWithKey('input')
  const server = await startServer({ DATABASE_PATH: path, RATE_LIMIT_MAX: '0' })
  const json = { ...auth, 'content-type': 'application/json' }

  // Records for the PATCH and DELETE below to aim at.
  const setup = [
    await send(server.url, { method: 'POST', path: '/v1/themes', headers: auth, body: { id: 'chaos-theme', label: 'Chaos theme' } }),
    await send(server.url, { method: 'POST', path: '/v1/persons', headers: auth, body: { id: 'chaos-person', name: 'Chaos Person' } })
  ]
  figures.push(figure('records made to aim at (theme, person)', setup.map(describe).join(', '), setup.every((r) => r.status === 201)))

  const attempts = [
    ['name with an ANSI escape (ESC [31m)', { method: 'POST', path: '/v1/persons', headers: json, body: '{"name": "Mallory \\u001b[31mRED"}' }],
    ['name with NUL', { method: 'POST', path: '/v1/persons', headers: json, body: '{"name": "Ann\\u0000Lee"}' }],
    ['name with a lone surrogate (\\ud800)', { method: 'POST', path: '/v1/persons', headers: json, body: '{"name": "A\\ud800B"}' }],
    ['body with bytes that are not UTF-8', {
      method: 'POST', path: '/v1/persons', headers: json,
      body: Buffer.concat([Buffer.from('{"name": "Bad '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' Bytes"}')])
    }],
    ['Content-Type charset=utf-16, UTF-8 bytes', {
      method: 'POST', path: '/v1/persons', headers: { ...auth, 'content-type': 'application/json; charset=utf-16' }, body: '{"name": "Charset Eight"}'
    }, 415],
    ['Content-Type charset=utf-16, UTF-16LE bytes', {
      method: 'POST', path: '/v1/persons', headers: { ...auth, 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from('{"name": "Charset Sixteen"}', 'utf16le')
    }, 415],
    ['DELETE /v1/themes/{id}?dry_run=1', { method: 'DELETE', path: '/v1/themes/chaos-theme?dry_run=1', headers: auth }],
    ['POST /v1/persons?foo=1', { method: 'POST', path: '/v1/persons?foo=1', headers: json, body: '{"name": "Query Person"}' }],
    ['PATCH /v1/persons/{id}?foo=1', {
      method: 'PATCH', path: '/v1/persons/chaos-person?foo=1', headers: { ...auth, 'content-type': 'application/merge-patch+json' }, body: '{"name": "Patched Person"}'
    }],
    ['source with published_on 2021-02-30', { method: 'POST', path: '/v1/sources', headers: json, body: '{"publisher": "Chaos Wire", "published_on": "2021-02-30"}' }],
    ['two Authorization headers (a valid key, then another)', {
      method: 'POST', path: '/v1/persons', headers: { authorization: [`Bearer ${key}`, 'Bearer pk_not_a_key_at_all_0000'], 'content-type': 'application/json' }, body: '{"name": "Two Keys"}'
    }]
  ]

  for (const [label, request, expected] of attempts) {
    const before = databaseFingerprint(path)
    const res = await send(server.url, { timeoutMs: 15_000, ...request })
    const changed = databaseFingerprint(path) !== before
    const refused = !res.error && (expected ? res.status === expected : res.status >= 400 && res.status < 500)
    const why = detail(res)
    let stored = ''
    if (res.status >= 200 && res.status < 300) {
      try { stored = `, stored ${escaped(JSON.parse(res.body).name ?? JSON.parse(res.body).published_on)}` } catch {}
    }
    figures.push(figure(label, `${describe(res)}${isProblem(res) ? ' problem+json' : res.headers ? ` ${res.headers['content-type'] ?? 'no content-type'}` : ''}` +
      `${why ? ` "${why.slice(0, 120)}"` : ''}${stored}; rows changed: ${changed ? 'yes' : 'no'}${expected ? ` (pass: ${expected})` : ''}`,
    refused && isProblem(res) && !changed))
  }
  await server.stop()
  return { name, pass: true, figures }
}
