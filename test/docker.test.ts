// The Docker image, without a Docker engine: both linters pass, the image's rules hold, and its exact start
// command, run from the production build with the image's environment, serves Parley.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DockerfileParser } from 'dockerfile-ast'
import t from 'tap'
import { ensureBuilt, root, startServer } from './built-server.js'

const text = readFileSync(join(root, 'Dockerfile'), 'utf8')
const dockerfile = DockerfileParser.parse(text)
const instructions = dockerfile.getInstructions()
const stages = dockerfile.getFROMs()
const finalStage = instructions.slice(instructions.indexOf(stages.at(-1)!))
const lint = (bin: string, args: string[]) => {
  try {
    return { code: 0, out: execFileSync(join(root, 'node_modules', '.bin', bin), args, { cwd: root, encoding: 'utf8' }) }
  } catch (error) {
    return { code: (error as { status: number }).status, out: String((error as { stdout: string }).stdout) }
  }
}

t.test('dockerfile-utils and dockerfilelint find nothing', async (t) => {
  const utils = lint('dockerfile-utils', ['lint', 'Dockerfile'])
  t.equal(utils.code, 0)
  t.equal(utils.out.trim(), '', 'no diagnostics')
  const hygiene = lint('dockerfilelint', ['Dockerfile'])
  t.equal(hygiene.code, 0)
  t.match(hygiene.out, /Issues: None found/)
})

t.test('the image follows its rules', async (t) => {
  t.ok(stages.length >= 2, 'multi-stage')
  for (const from of stages) t.match(from.getImageName() + ':' + from.getImageTag(), /^node:\d+\.\d+\.\d+-[a-z]+-slim$/, 'a pinned Node slim base')
  const lines = finalStage.map((i) => i.toString())
  t.ok(lines.some((l) => /^USER (?!root\b)\S+/.test(l)), 'runs as a non-root user')
  t.ok(lines.some((l) => /^CMD \[/.test(l)), 'exec-form CMD')
  t.ok(lines.some((l) => /^HEALTHCHECK .*\/healthz/s.test(l)), 'HEALTHCHECK on /healthz')
  t.ok(lines.some((l) => /^VOLUME \["\/data"\]/.test(l)), 'the database on a volume')
  t.ok(lines.some((l) => /HOST=0\.0\.0\.0/.test(l)), 'listens on every interface')
  t.ok(lines.some((l) => /DATABASE_PATH=\/data\//.test(l)), 'the database file is on the volume')
  t.ok(text.includes('npm prune --omit=dev') || text.includes('npm ci --omit=dev'), 'production dependencies only in the final stage')
  t.notOk(finalStage.some((i) => i.getKeyword() === 'RUN' && /npm (ci|install)(?!.*--omit=dev)/.test(i.toString())), 'no dev install in the final stage')
  const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n')
  for (const entry of ['node_modules', '.git', 'data']) t.ok(ignored.includes(entry), `.dockerignore has ${entry}`)
  const compose = readFileSync(join(root, 'compose.yaml'), 'utf8')
  t.match(compose, /parley-data:\/data/)
  t.match(compose, /read_only: true/, 'compose: a read-only root file system')
  t.match(compose, /cap_drop:\s+- ALL/, 'compose: no capabilities')
  t.match(compose, /no-new-privileges:true/)
  for (const entry of ['.env', '*.log']) t.ok(ignored.includes(entry), `.dockerignore keeps ${entry} out of the build context`)
})

t.test("the image's start command serves Parley with the image's environment", async (t) => {
  ensureBuilt()
  const env: Record<string, string> = {}
  for (const instruction of finalStage.filter((i) => i.getKeyword() === 'ENV')) {
    for (const [, name, value] of instruction.toString().replace(/\\\n/g, ' ').matchAll(/(\w+)=(\S+)/g)) env[name!] = value!
  }
  t.match(env, { NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '3000', DATABASE_PATH: '/data/parley.db' })
  const cmd = JSON.parse(finalStage.find((i) => i.getKeyword() === 'CMD')!.toString().replace(/^CMD\s+/, '')) as string[]
  t.equal(cmd[0], 'node')
  // The volume becomes a temporary folder, and the port a free one, as `docker run -p` would map it.
  const volume = mkdtempSync(join(tmpdir(), 'parley-volume-'))
  t.teardown(() => rmSync(volume, { recursive: true, force: true }))
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
  const server = await startServer({ ...env, PORT: String(port), DATABASE_PATH: env.DATABASE_PATH!.replace('/data', volume) }, cmd.slice(1))
  t.teardown(() => { server.child.kill('SIGKILL') })
  const health = await fetch(`http://127.0.0.1:${port}/healthz`)
  t.equal(health.status, 200)
  const meeting = await fetch(`http://127.0.0.1:${port}/v1/meetings/2021-03-18-turkmenistan-osce`)
  t.equal(meeting.status, 200, 'migrated on start, with the demo record')
  t.equal((await fetch(`http://127.0.0.1:${port}/docs/`)).status, 200)
  // The HEALTHCHECK command itself, run as Docker would.
  const check = finalStage.find((i) => i.getKeyword() === 'HEALTHCHECK')!.toString().replace(/\\\n/g, ' ')
  const args = JSON.parse(check.slice(check.indexOf('CMD') + 3).trim()) as string[]
  execFileSync(args[0] === 'node' ? process.execPath : args[0]!, args.slice(1), { env: { ...process.env, PORT: String(port) } })
  t.pass('the health check command succeeds')
})
