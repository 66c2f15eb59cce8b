// The OpenAPI document: generated from the schemas, committed, valid, and complete for every route.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import SwaggerParser from '@apidevtools/swagger-parser'
import t from 'tap'
import { generateOpenapi } from '../scripts/generate-openapi.js'
import { build } from './helpers.js'

const committed = readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')

t.test('the committed openapi/openapi.json is what the app generates (run `npm run openapi` after changing routes)', async (t) => {
  t.equal(committed, await generateOpenapi())
})

t.test('the document validates as OpenAPI 3.1', async (t) => {
  const doc = JSON.parse(committed)
  await t.resolves(SwaggerParser.validate(structuredClone(doc)))
  t.equal(doc.openapi, '3.1.0')
  t.ok(doc.info.license.identifier, 'license has an identifier')
  t.ok(doc.servers.length > 0, 'servers are listed')
})

t.test('Redocly CLI lints the document clean with its recommended rules, and sends nothing anywhere', async (t) => {
  const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js')
  const root = fileURLToPath(new URL('..', import.meta.url))
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
  // Exits 1 on errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'lint', '--format=json'], { cwd: root, env })
    .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '{}' }))
  const report = JSON.parse(stdout)
  t.same(report.totals, { errors: 0, warnings: 0, ignored: 0 }, 'no errors, warnings or ignored problems', { problems: report.problems })
  const config = readFileSync(join(root, 'redocly.yaml'), 'utf8')
  t.match(config, /extends:\s*\n\s*- recommended/, 'redocly.yaml extends the recommended rules')
  t.match(config, /^telemetry: off$/m, 'redocly.yaml turns telemetry off')
  t.match(config, /root: openapi\/openapi.json/, 'it lints the committed document')
})

t.test('Spectral lints the document clean with spectral:oas and the OWASP ruleset; each rule turned off says why', async (t) => {
  const cliPackage = createRequire(import.meta.url).resolve('@stoplight/spectral-cli/package.json')
  const cli = join(dirname(cliPackage), JSON.parse(readFileSync(cliPackage, 'utf8')).bin.spectral)
  const root = fileURLToPath(new URL('..', import.meta.url))
  const output = join(mkdtempSync(join(tmpdir(), 'parley-spectral-')), 'report.json')
  // `npm run lint:spectral`, with the report in a file: exits 1 on any warning or error.
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['lint:spectral'] as string
  t.match(script, /^spectral lint openapi\/openapi.json --fail-severity=warn$/)
  const run = await promisify(execFile)(process.execPath, [cli, 'lint', 'openapi/openapi.json', '--fail-severity=warn', '-f', 'json', '-o', output], { cwd: root })
    .then(() => 0, (error: { code?: number, stderr?: string }) => { t.comment(error.stderr ?? ''); return error.code })
  const report = JSON.parse(readFileSync(output, 'utf8')) as Array<{ code: string, path: string[], message: string }>
  t.same(report.map((r) => `${r.code} ${r.path.join('.')}: ${r.message}`), [], 'no errors, warnings, infos or hints')
  t.equal(run, 0)
  const config = readFileSync(join(root, '.spectral.yaml'), 'utf8')
  t.match(config, /extends:\s*\n\s*- spectral:oas\s*\n\s*- "@stoplight\/spectral-owasp-ruleset"/, '.spectral.yaml extends both rulesets')
  const lines = config.split('\n')
  lines.forEach((line, i) => {
    if (/:\s*off\s*$/.test(line)) t.match(lines[i - 1], /^\s*# \S/, `${line.trim()} has a reason above it`)
  })
})

t.test('components keep their names, and nullable fields are unions with null', async (t) => {
  const doc = JSON.parse(committed)
  const names = Object.keys(doc.components.schemas)
  t.notOk(names.some((n) => n.startsWith('def-')), `no def-N names: ${names.join(', ')}`)
  for (const name of ['Meeting', 'Problem', 'Proposal', 'Participant', 'Party', 'Person', 'Organization', 'ThemeNode', 'Source']) {
    t.ok(names.includes(name), `${name} is a component`)
  }
  t.same(doc.components.schemas.Meeting.properties.summary, { anyOf: [{ type: 'string' }, { type: 'null' }] })
  t.notMatch(committed, /"nullable"/, 'no OpenAPI 3.0 nullable keyword')
})

t.test('every operation has an id, a summary, tags, and a documented response for each status it returns', async (t) => {
  const doc = JSON.parse(committed)
  const ids = new Set<string>()
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      t.type(op.operationId, 'string', `${method} ${path} operationId`)
      t.notOk(ids.has(op.operationId), `${op.operationId} is unique`)
      ids.add(op.operationId)
      t.ok(op.summary, `${op.operationId} summary`)
      t.ok(op.tags?.length, `${op.operationId} tags`)
      t.ok(op.responses['200'] ?? op.responses['201'] ?? op.responses['204'], `${op.operationId} documents its success`)
      if (method !== 'get') {
        t.same(op.security, [{ bearerAuth: [] }], `${op.operationId} declares the bearer scheme`)
        for (const status of ['401', '403', '413', '415']) t.ok(op.responses[status], `${op.operationId} documents ${status}`)
        // A reused Idempotency-Key with another body.
        if (method === 'post') t.ok(op.responses['422'], `${op.operationId} documents 422`)
        if (method !== 'post') t.ok(op.responses['412'] && op.responses['428'], `${op.operationId} documents 412 and 428`)
      }
      if (method === 'get') t.same(op.security, path === '/metrics' ? [{ metricsKey: [] }] : [], `${op.operationId} says what it needs`)
      t.ok(op.responses['400'], `${op.operationId} documents 400`)
      for (const [status, response] of Object.entries<any>(op.responses)) {
        t.not(response.description, 'Default Response', `${op.operationId} ${status} says what it is`)
        if (Number(status) >= 400) t.same(Object.keys(response.content), ['application/problem+json'], `${op.operationId} ${status} is problem+json`)
        if (Number(status) >= 400) t.equal(response.content['application/problem+json'].example.status, Number(status), `${op.operationId} ${status} example`)
        if (Number(status) < 300 && response.content) {
          for (const [type, media] of Object.entries<any>(response.content)) t.ok('example' in media, `${op.operationId} ${status} ${type} example`)
        }
      }
      if (path.includes('{id}')) t.ok(op.responses['404'], `${op.operationId} documents 404`)
    }
  }
  t.ok(ids.size >= 40)
  t.match(doc.components.securitySchemes, { bearerAuth: { type: 'http', scheme: 'bearer' } })
})

t.test('the document and Swagger UI are served, with every asset from this server', async (t) => {
  const app = await build(t)
  const spec = await app.inject('/openapi.json')
  t.equal(spec.statusCode, 200)
  t.same(spec.json().paths, JSON.parse(committed).paths)
  const docs = await app.inject('/docs/')
  t.equal(docs.statusCode, 200)
  t.match(docs.headers['content-type'], /text\/html/)
  const assets = [...docs.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
  t.ok(assets.length > 0)
  for (const asset of assets) {
    t.notMatch(asset, /^(https?:)?\/\//, `${asset} is local`)
    const res = await app.inject(new URL(asset, 'http://localhost/docs/').pathname)
    t.equal(res.statusCode, 200, `${asset} is served`)
  }
  const init = await app.inject('/docs/static/swagger-initializer.js')
  t.equal(init.statusCode, 200)
  t.notMatch(init.body, /(url\s*:\s*|fetch\()\s*['"`]https?:/, 'the initializer fetches nothing from elsewhere')
})

t.test('the Meeting example is the demo record as the API returns it', async (t) => {
  const app = await build(t)
  const example = JSON.parse(committed).components.schemas.Meeting.examples[0]
  const actual = (await app.inject('/v1/meetings/2021-03-18-turkmenistan-osce')).json()
  for (const key of ['id', 'title', 'start_date', 'end_date', 'date_note', 'format', 'status', 'kind', 'location', 'version', 'parties']) {
    t.same(example[key], actual[key], key)
  }
  t.ok(actual.summary.startsWith(example.summary.replace(/\.\.\.$/, '')), 'summary')
  t.same(example.participants.map(({ id: _, ...p }: any) => p), actual.participants.map(({ id: _, ...p }: any) => p))
  t.ok(actual.statements.some((s: any) => s.kind === example.statements[0].kind && s.text === example.statements[0].text))
  t.ok(actual.themes.some((th: any) => th.id === example.themes[0].id && th.label === example.themes[0].label))
})
