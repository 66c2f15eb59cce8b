// Dependencies that package.json's overrides pin to releases declaring Node 20, where fastify and
// @fastify/swagger-ui would take releases declaring Node 22 (npm ci warned EBADENGINE): installed as pinned,
// and still doing their work where they are used.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import t from 'tap'
import { build } from './helpers.js'
import { root } from './built-server.js'

const { overrides } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { overrides: Record<string, Record<string, string>> }

/** `require` as the package `parent` (installed for Parley) has it. */
const requireAs = (parent: string) => createRequire(createRequire(join(root, 'package.json')).resolve(parent))

t.test('each pinned package is what its dependent loads, and declares the Node it runs on', async (t) => {
  const major = Number(process.versions.node.split('.')[0])
  for (const [parent, pins] of Object.entries(overrides)) {
    for (const [name, version] of Object.entries(pins)) {
      const entry = requireAs(parent).resolve(name)
      const folder = entry.slice(0, entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}`.length)
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string, engines: { node: string } }
      t.equal(manifest.version, version, `${parent} loads ${name} ${version}`)
      const minimum = /^>=\s*(\d+)(\.\d+)*$/.exec(manifest.engines.node)?.[1]
      t.ok(minimum !== undefined && Number(minimum) <= major, `${name} ${manifest.version} declares node ${manifest.engines.node}: Node ${major} is in it`)
    }
  }
})

t.test('Swagger UI and its assets are served (@fastify/static, which loads content-disposition)', async (t) => {
  const app = await build(t)
  const page = await app.inject('/docs/')
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /^text\/html/)
  const bundle = await app.inject('/docs/static/swagger-ui-bundle.js')
  t.equal(bundle.statusCode, 200)
  t.match(bundle.headers['content-type'], /javascript/)
  t.ok(bundle.body.length > 100_000, `the bundle, ${bundle.body.length} bytes`)
})

t.test("a download through @fastify/static is named by content-disposition, in both of RFC 6266's forms", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-download-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'résumé.txt'), 'notes')
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(requireAs('@fastify/swagger-ui')('@fastify/static') as Parameters<typeof app.register>[0], { root: dir, serve: false })
  app.get('/notes', (_request, reply) => (reply as unknown as { download: (file: string) => unknown }).download('résumé.txt'))
  const res = await app.inject('/notes')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-disposition'], 'attachment; filename="r?sum?.txt"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.txt')
  t.equal(res.body, 'notes')
})

t.test("fastify's inject sends the cookies it is given (light-my-request, which loads cookie)", async (t) => {
  const app = Fastify()
  t.teardown(() => app.close())
  app.get('/', async (request) => ({ cookie: request.headers.cookie ?? null }))
  const res = await app.inject({ url: '/', cookies: { session: 'a b', lang: 'tk' } })
  t.same(res.json(), { cookie: 'session=a%20b; lang=tk' })
})
