// `npm start` in miniature: the production build, started as `node dist/src/server.js`, on a file database.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { builtEnv, ensureBuilt, root, startServer as start } from './built-server.js'

const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts

t.test('the built server serves the demo record, the docs and the spec, and stops cleanly on SIGTERM', async (t) => {
  ensureBuilt()
  const dir = mkdtempSync(join(tmpdir(), 'parley-server-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { DATABASE_PATH: join(dir, 'data', 'parley.db') }

  for (const round of [1, 2]) {
    const { child, url } = await start(env)
    t.teardown(() => { child.kill('SIGKILL') })
    t.equal((await fetch(`${url}/healthz`)).status, 200, `round ${round}: healthz`)
    t.equal((await fetch(`${url}/readyz`)).status, 200)
    t.equal((await fetch(`${url}/docs/`)).status, 200)
    const spec = await fetch(`${url}/openapi.json`)
    t.equal((await spec.json() as { openapi: string }).openapi, '3.1.0')
    const list = await (await fetch(`${url}/v1/meetings?party=TM&theme=energy`)).json() as { data: Array<{ id: string }> }
    t.same(list.data.map((m) => m.id), ['2021-03-18-turkmenistan-osce'], `round ${round}: one demo meeting, not duplicated on restart`)
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    const [code] = await exited
    t.equal(code, 0, 'exits 0 on SIGTERM')
  }
  t.ok(existsSync(env.DATABASE_PATH), 'the database file is where DATABASE_PATH says')
})

t.test('an invalid setting stops the server with a message', async (t) => {
  await t.rejects(start({ PORT: 'not-a-port' }), /PORT/)
})

t.test('npm start and npm run parley refuse a build older than its sources, and say what to run', async (t) => {
  // A project of one source file with a copy of the check, so that its files can be aged at will.
  const dir = mkdtempSync(join(tmpdir(), 'parley-stale-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  for (const folder of ['scripts', 'src', 'dist/src']) mkdirSync(join(dir, folder), { recursive: true })
  copyFileSync(join(root, 'scripts/check-build.mjs'), join(dir, 'scripts/check-build.mjs'))
  const files = ['tsconfig.json', 'tsconfig.build.json', 'src/server.ts', 'src/cli.ts', 'dist/src/server.js', 'dist/src/cli.js']
  for (const file of files) writeFileSync(join(dir, file), file.startsWith('dist') ? "console.log('ran')" : '')
  const age = (file: string, seconds: number) => utimesSync(join(dir, file), new Date(Date.now() - seconds * 1000), new Date(Date.now() - seconds * 1000))
  for (const file of files) age(file, file.startsWith('dist') ? 50 : 100)

  for (const script of ['start', 'parley']) {
    const [node, ...args] = scripts[script]!.split(' ')
    t.equal(node, 'node', `npm ${script} runs node, not a compiler`)
    const run = () => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: builtEnv({}) })
    t.match(run(), { status: 0, stdout: 'ran\n', stderr: '' }, `npm ${script}: a fresh build runs`)
    age('src/server.ts', 10)
    t.match(run(), { status: 1, stdout: '', stderr: 'src/server.ts changed after dist/ was built: run `npm run build` first, or `npm run dev` to run the sources.\n' },
      `npm ${script}: a source edited after the build stops it`)
    age('src/server.ts', 100)
    writeFileSync(join(dir, 'src/new.ts'), '')
    t.match(run(), { status: 1, stderr: /^dist\/ has no build of src\/new\.ts: run `npm run build`/ }, `npm ${script}: so does a source never built`)
    rmSync(join(dir, 'src/new.ts'))
    age('tsconfig.build.json', 10)
    t.match(run(), { status: 1, stderr: /^tsconfig\.build\.json changed after dist\/ was built/ }, `npm ${script}: and a changed tsconfig`)
    age('tsconfig.build.json', 100)
  }
})

t.test('npm start serves the build without compiling anything', async (t) => {
  ensureBuilt()
  const dir = mkdtempSync(join(tmpdir(), 'parley-npm-start-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const built = statSync(join(root, 'dist/src/server.js')).mtimeMs
  const started = Date.now()
  // Detached, so that the teardown stops npm and the node it started together.
  const child = spawn('npm', ['start'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: builtEnv({ HOME: process.env.HOME, PORT: '0', DATABASE_PATH: join(dir, 'parley.db') }) })
  t.teardown(() => { try { process.kill(-child.pid!, 'SIGKILL') } catch {} })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) resolve(match[1]!)
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)))
  })
  t.equal((await fetch(`${url}/healthz`)).status, 200, `/healthz answers, ${Date.now() - started} ms after npm start`)
  t.equal(statSync(join(root, 'dist/src/server.js')).mtimeMs, built, 'dist/ was not rebuilt')
  t.notMatch(output, /tsc/, 'no compiler ran')
  const exited = once(child, 'exit')
  process.kill(-child.pid!, 'SIGTERM')
  await exited
})
