// Case 5: a real API key sent where clients wrongly put them (query parameters named api_key, token, key,
// access_token) must not reach the server's log, whatever the answer.
import { databaseWithKey, describe, figure, send, sleep, startServer } from './lib.mjs'

export default async function secretsInLogs () {
  const name = 'secrets in logs'
  const figures = []
  const { path, key, auth } = databaseWithKey('secrets')
  const server = await startServer({ DATABASE_PATH: path, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'info' })
  const k = encodeURIComponent(key)
  const requests = [
    { path: `/v1/meetings?api_key=${k}` },
    { path: `/v1/meetings?token=${k}` },
    { path: `/v1/meetings?key=${k}` },
    { path: `/v1/meetings?access_token=${k}` },
    { path: `/v1/meetings?limit=1&api_key=${k}` },
    { path: `/v1/nowhere?api_key=${k}` },
    { method: 'POST', path: `/v1/persons?api_key=${k}`, body: { name: 'Query Key' } },
    { method: 'POST', path: '/v1/persons', headers: auth, body: { name: 'Header Key' } },
    { method: 'POST', path: '/v1/persons', headers: { authorization: `Bearer ${key}x` }, body: { name: 'Wrong Key' } }
  ]
  const answers = []
  for (const request of requests) answers.push(`${request.method ?? 'GET'} ${request.path.split(k).join('<key>')} ${describe(await send(server.url, request))}`)
  await sleep(300)
  await server.stop()
  figures.push(figure('requests sent', answers.join('; ')))

  const secret = key.slice(key.indexOf('_') + 1)
  const lines = server.output().split('\n')
  const leaking = lines.filter((line) => line.includes(key) || line.includes(k) || line.includes(secret))
  figures.push(figure('log lines (stdout and stderr)', String(lines.filter(Boolean).length)))
  figures.push(figure('log lines containing the key (pass: 0)', leaking.length === 0
    ? '0'
    : `${leaking.length}, e.g. ${leaking[0].split(key).join('<KEY>').split(secret).join('<KEY>').slice(0, 240)}`, leaking.length === 0))
  return { name, pass: true, figures }
}
