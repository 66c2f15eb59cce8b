// Every statement the read API runs, checked with EXPLAIN QUERY PLAN on the benchmark's 100,000 meetings:
// no full table scan of a table that grows with the data, and no walk of a whole index without a LIMIT to
// stop it. Facet counts are the one documented exception (they count the whole filtered set).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'
import { ensureBuilt, root } from './built-server.js'
import { makeKey } from './helpers.js'

t.setTimeout(600_000)

/** Tables whose rows grow with the number of meetings (persons, organizations and themes are reference data). */
const GROWING = new Set(['meetings', 'meeting_parties', 'participants', 'proposals', 'proposal_themes', 'meeting_themes',
  'statements', 'meeting_sources', 'sources', 'revisions', 'idempotency_keys'])

/** Table names in `FROM name alias` / `JOIN name alias` clauses, by alias. */
function aliases (sql: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1]!
    found.set(table, table)
    const alias = m[2]
    if (alias && !/^(WHERE|JOIN|LEFT|INNER|ON|ORDER|GROUP|LIMIT|USING|CROSS|AS)$/i.test(alias)) found.set(alias, table)
  }
  return found
}

/**
 * What is wrong with a plan: a SCAN of a growing table without an index, or a SCAN through an index (a walk
 * over every row in index order) in a statement with no LIMIT to end the walk.
 */
export function planProblems (sql: string, plan: string[]): string[] {
  const tables = aliases(sql)
  const limited = /\bLIMIT\b/i.test(sql)
  const problems: string[] = []
  for (const line of plan) {
    const m = /^SCAN (\w+)(.*)$/.exec(line)
    if (!m || /VIRTUAL TABLE/.test(m[2]!)) continue
    const table = tables.get(m[1]!) ?? m[1]!
    if (!GROWING.has(table)) continue
    if (!/USING/.test(m[2]!)) problems.push(`full table scan: ${line}`)
    else if (!limited) problems.push(`whole-index walk with no LIMIT: ${line}`)
  }
  return problems
}

t.test('the checker itself flags a scan and a walk with no limit, and passes a search by index', async (t) => {
  t.same(planProblems('SELECT * FROM meetings m WHERE m.summary = ?', ['SCAN m']), ['full table scan: SCAN m'])
  t.same(planProblems('SELECT * FROM meetings m ORDER BY m.first_day', ['SCAN m USING INDEX meetings_first_day_idx']),
    ['whole-index walk with no LIMIT: SCAN m USING INDEX meetings_first_day_idx'])
  t.same(planProblems('SELECT * FROM meetings m ORDER BY m.first_day LIMIT 21', ['SCAN m USING INDEX meetings_first_day_idx']), [])
  t.same(planProblems('SELECT * FROM persons', ['SCAN persons']), [], 'reference tables stay small')
  t.same(planProblems('SELECT 1 FROM meetings m WHERE m.id = ?', ['SEARCH m USING INDEX meetings_id_idx (id=?)']), [])
})

t.test('no list or lookup of the read API scans a table at 100,000 meetings', async (t) => {
  ensureBuilt()
  const { generate } = await import(pathToFileURL(join(root, 'bench', 'generate.mjs')).href) as {
    generate: (o: { meetings: number, seed: number, dataDir: string, log: (line: string) => void }) => Promise<{
      paths: { parley: string }
      manifest: { words: Array<{ word: string }>, organizations: Array<{ id: string, country_code: string | null }>, themes: Array<{ id: string, parent_id: string | null }> }
    }>
  }
  const { DEFAULT_DATA_DIR } = await import(pathToFileURL(join(root, 'bench', 'lib', 'common.mjs')).href) as { DEFAULT_DATA_DIR: string }
  const { paths, manifest } = await generate({ meetings: 100_000, seed: 42, dataDir: DEFAULT_DATA_DIR, log: (line) => t.comment(line) })

  // A copy: the test writes (revisions, the change feed), and the benchmark's data must stay as generated.
  const dir = mkdtempSync(join(tmpdir(), 'parley-plans-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  copyFileSync(paths.parley, join(dir, 'parley.db'))
  // Heavy reads on the event loop (READ_THREADS=0), so that every statement is traced here; the plans are the same on a reader thread.
  const app = buildApp(testConfig({ databasePath: join(dir, 'parley.db'), loadDemo: false, readThreads: 0 }))
  t.teardown(() => app.close())
  await app.ready()
  const sqlite = app.db.$client
  // Each statement's text, the request that first ran it, and the values it ran with.
  const ran = new Map<string, { url: string, args: unknown[] }>()
  const traced = new WeakSet<object>()
  let current = ''
  const prepare = sqlite.prepare.bind(sqlite)
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source)
    if (!traced.has(statement)) {
      traced.add(statement)
      for (const method of ['all', 'get', 'run', 'iterate'] as const) {
        const original = statement[method].bind(statement) as (...args: unknown[]) => unknown
        ;(statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          if (current && !ran.has(source)) ran.set(source, { url: current, args })
          return original(...args)
        }
      }
    }
    return statement
  }) as typeof sqlite.prepare

  const one = <T>(query: string) => prepare(query).get() as T
  const meeting = one<{ id: string }>('SELECT id FROM meetings ORDER BY seq DESC LIMIT 1').id
  const person = one<{ person_id: string }>('SELECT person_id FROM participants LIMIT 1').person_id
  const proposal = one<{ id: string }>('SELECT id FROM proposals LIMIT 1').id
  const source = one<{ id: string }>('SELECT id FROM sources LIMIT 1').id
  const state = manifest.organizations.find((o) => o.country_code)!
  const body = manifest.organizations.find((o) => !o.country_code)!
  const root_ = manifest.themes.find((th) => th.parent_id === null)!.id
  const child = manifest.themes.find((th) => th.parent_id !== null)!.id
  const [rare, frequent] = [manifest.words.at(0)!.word, manifest.words.at(-1)!.word]

  const { auth } = makeKey(app)
  for (const title of ['A first change', 'A second change']) {
    const res = await app.inject({ method: 'PATCH', url: `/v1/meetings/${meeting}`, headers: { ...auth, 'content-type': 'application/merge-patch+json' }, payload: { title } })
    t.equal(res.statusCode, 200, 'a meeting changed, so that it has revisions and the feed has entries')
  }

  const urls = [
    `/v1/meetings`, `/v1/meetings?sort=date`, `/v1/meetings?from=2001&to=2001-12`, `/v1/meetings?from=2010-05-01`,
    `/v1/meetings?to=1995`, `/v1/meetings?party=${state.id}`, `/v1/meetings?party=${state.country_code}`,
    `/v1/meetings?party=${body.id}&party=${state.id}`, `/v1/meetings?person=${person}`, `/v1/meetings?theme=${root_}`,
    `/v1/meetings?theme=${child}&from=2015`, `/v1/meetings?format=in_person&from=2020`, `/v1/meetings?country=${state.country_code}`,
    `/v1/meetings?party=${state.country_code}&theme=${root_}`, `/v1/meetings?include=parties,participants,proposals,statements,themes,sources`,
    `/v1/meetings?q=${rare}`, `/v1/meetings?q=${frequent}`, `/v1/meetings?q=${frequent}&sort=-date`, `/v1/meetings?q=${rare}&sort=date&include=themes`,
    `/v1/meetings?q=${frequent}&party=${state.id}`, `/v1/meetings?q=${rare}&from=2000&to=2005`,
    `/v1/meetings/${meeting}`, `/v1/meetings/${meeting}?include=none`, `/v1/meetings/${meeting}/revisions`,
    `/v1/organizations/${state.id}/meetings`, `/v1/organizations/${body.id}/meetings?sort=date&include=parties`,
    `/v1/organizations/${state.id}/meetings?from=2012&to=2013`, `/v1/persons/${person}/meetings`, `/v1/persons/${person}/meetings?theme=${root_}`,
    `/v1/proposals`, `/v1/proposals?theme=${root_}`, `/v1/proposals?proposer=${state.id}`, `/v1/proposals?proposer=${state.country_code}&theme=${child}`,
    `/v1/proposals?status=accepted&kind=institution`, `/v1/proposals?meeting=${meeting}`, `/v1/proposals?from=2020&sort=date`, `/v1/proposals?q=${rare}`,
    `/v1/proposals/${proposal}`, `/v1/persons`, `/v1/persons?q=a`, `/v1/persons/${person}`, `/v1/organizations`, `/v1/organizations?kind=state`,
    `/v1/organizations/${state.id}`, `/v1/themes`, `/v1/themes/${root_}`, `/v1/sources/${source}`, `/v1/search?q=${rare}`,
    `/v1/changes?limit=1`, `/v1/changes?since=1&type=meeting`, `/v1/meetings/${meeting}/revisions/2`
  ]
  for (const url of urls) {
    current = url
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    // A second page too: cursors add their own conditions.
    const next = res.headers['content-type']?.toString().startsWith('application/json') ? (res.json() as { next_cursor?: string | null }).next_cursor : null
    if (next && !url.startsWith('/v1/changes')) t.equal((await app.inject(`${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(next)}`)).statusCode, 200, `${url}, page 2`)
  }
  current = 'facets'
  t.equal((await app.inject(`/v1/meetings?party=${state.id}&facets=theme,party,person,year,format,country`)).statusCode, 200)

  t.ok(ran.size > 40, `${ran.size} distinct statements ran`)
  for (const [sql, { url, args }] of ran) {
    if (!/^\s*(SELECT|WITH)\b/i.test(sql)) continue
    const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail)
    const problems = planProblems(sql, plan)
    // Facets count every meeting the filters select: a walk over them is what they are.
    if (url === 'facets') continue
    t.same(problems, [], `${url}: ${sql.replace(/\s+/g, ' ').slice(0, 160)}`, { plan })
    // Sorting what an index search found is not a scan, but its cost grows with the matches: listed, not failed.
    if (plan.includes('USE TEMP B-TREE FOR ORDER BY')) t.comment(`sorts its matches: ${url}`)
  }

  // SQLite plans with the value bound to a LIMIT parameter, so it compiles such a statement again each time
  // the parameter is bound, that is on every run: every read writes its page size into the text instead.
  const boundLimits = [...ran].filter(([sql]) => /\bLIMIT\s+\?/i.test(sql)).map(([sql, { url }]) => `${url}: ${sql.replace(/\s+/g, ' ').slice(0, 120)}`)
  t.same(boundLimits, [], 'no read binds its LIMIT as a parameter')

  // A page in a date range is one walk of meetings_by_day_idx, documents included: no table row, no sort.
  const pages = [...ran].filter(([sql, { url }]) => url.startsWith('/v1/meetings?from=2001&to=2001-12') && sql.includes('json_object'))
  t.equal(pages.length, 2, 'the first page and the second (after a cursor)')
  for (const [sql, { args }] of pages) {
    const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail)
    t.same(plan.filter((step) => /^(SEARCH|SCAN) m\b|TEMP B-TREE/.test(step)), ['SEARCH m USING COVERING INDEX meetings_by_day_idx (first_day<?)'],
      'the page is read from the covering index in order', { plan })
  }
  // With any other filter the keys come first (an index, a link table, the full-text index), and every page's
  // documents still from the covering index.
  const keyed = [...ran].filter(([sql]) => sql.includes('JOIN meetings m INDEXED BY meetings_by_day_idx ON'))
  t.ok(keyed.length > 10, `${keyed.length} kinds of meeting page find their keys first`)
  for (const [sql, { url, args }] of keyed) {
    const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail)
    t.ok(plan.includes('SEARCH m USING COVERING INDEX meetings_by_day_idx (first_day=? AND id=?)'), `${url}: documents from the covering index`, { plan })
  }
  // Documents embed persons, organizations and themes from their summary indexes alone, never from the table.
  const documents = [...ran].filter(([sql]) => /json_object\('id', (pe|pp|o|po|t)\.id/.test(sql))
  t.ok(documents.length > 20, `${documents.length} statements embed summaries`)
  for (const [sql, { url, args }] of documents) {
    const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail)
    const lookups = plan.filter((step) => /^SEARCH (pe|pp|o|po|t) /.test(step))
    t.ok(lookups.length > 0 && lookups.every((step) => / USING COVERING INDEX (persons|organizations|themes)_summary_idx \(id=\?\)/.test(step)),
      `${url}: summaries from their covering indexes`, { plan })
  }
})
