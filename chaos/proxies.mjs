// Case 7: forged X-Forwarded-For against the rate limit, and /metrics without a key. A client connects from
// 127.0.0.2 (not a proxy) and rotates X-Forwarded-For over 40 requests against a limit of 20 a minute. With
// TRUST_PROXY=true every hop is believed, so each forged address has its own budget (reported); with
// TRUST_PROXY naming the proxy's address (127.0.0.1) only that proxy is believed and the client is limited.
import { databaseWithKey, describe, figure, send, startServer, tally } from './lib.mjs'

const LIMIT = 20
const REQUESTS = 40
const ATTACKER = '127.0.0.2'
const PROXY = '127.0.0.1'

/** REQUESTS reads from `from`, each with another X-Forwarded-For (or none): how many got through. */
async function rotate (url, from, forge = true) {
  const answers = []
  for (let i = 0; i < REQUESTS; i++) {
    const headers = forge ? { 'x-forwarded-for': `198.51.100.${i + 1}` } : {}
    answers.push(await send(url, { path: '/v1/meetings?limit=1', headers, localAddress: from, timeoutMs: 10_000 }))
  }
  const ok = answers.filter((r) => r.status >= 200 && r.status < 300).length
  return { ok, text: `${ok} of ${REQUESTS} succeeded (${tally(answers)})` }
}

async function withServer (env, fn) {
  let server
  try {
    server = await startServer(env)
  } catch (error) {
    const message = (error.output ?? '').split('\n').filter(Boolean).pop() ?? error.message
    return { refused: `the server refused to start (exit ${error.code ?? error.signal}): ${message.slice(0, 300)}` }
  }
  try {
    return await fn(server.url)
  } finally {
    await server.stop()
  }
}

export default async function proxies () {
  const name = 'proxies, rate limits and metrics'
  const figures = []
  const { path } = databaseWithKey('proxy')
  const limited = { DATABASE_PATH: path, RATE_LIMIT_MAX: String(LIMIT), RATE_LIMIT_WINDOW_MS: '60000' }

  const trustAll = await withServer({ ...limited, TRUST_PROXY: 'true' }, (url) => rotate(url, ATTACKER))
  figures.push(figure(`TRUST_PROXY=true, limit ${LIMIT}/min, client ${ATTACKER} rotating X-Forwarded-For`, trustAll.refused ?? trustAll.text))

  const list = await withServer({ ...limited, TRUST_PROXY: PROXY }, async (url) => ({
    attacker: await rotate(url, ATTACKER),
    plain: await rotate(url, '127.0.0.3', false),
    proxied: await rotate(url, PROXY)
  }))
  if (list.refused) {
    figures.push(figure(`TRUST_PROXY=${PROXY}, client ${ATTACKER} rotating X-Forwarded-For (pass: at most ${LIMIT})`, list.refused, false))
  } else {
    figures.push(figure(`TRUST_PROXY=${PROXY}, client ${ATTACKER} rotating X-Forwarded-For (pass: at most ${LIMIT})`, list.attacker.text, list.attacker.ok <= LIMIT))
    figures.push(figure(`TRUST_PROXY=${PROXY}, client 127.0.0.3 without X-Forwarded-For (pass: ${LIMIT})`, list.plain.text, list.plain.ok === LIMIT))
    figures.push(figure(`TRUST_PROXY=${PROXY}, requests through the proxy ${PROXY} for 40 clients`, list.proxied.text))
  }

  const metrics = await withServer({ DATABASE_PATH: path }, async (url) => {
    const res = await send(url, { path: '/metrics' })
    return { text: `${describe(res)}${res.status === 200 ? ` (${res.body.split('\n').filter((l) => l && !l.startsWith('#')).length} samples)` : ''}` }
  })
  figures.push(figure('/metrics without a key, default settings', metrics.refused ?? metrics.text))
  return { name, pass: true, figures }
}
