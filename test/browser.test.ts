// Swagger UI and the landing page in a real browser: Debian's Chromium, driven headless by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import t, { type Test } from 'tap'
import { buildApp } from '../src/app.js'
import { createApiKey } from '../src/auth/keys.js'
import { testConfig } from '../src/config.js'
import { PARLEY_LOGO } from '../src/landing/mark.js'
import { DEMO_ID } from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url))
const spec = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as {
  tags: Array<{ name: string }>
  paths: Record<string, Record<string, { operationId: string, tags: string[], security?: Array<Record<string, string[]>> }>>
}

/** The logos as @fastify/swagger-ui puts them in the top bar: a data: URI of the SVG. */
const svgUri = (svg: string | Buffer) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
const FASTIFY_LOGO = svgUri(readFileSync(createRequire(import.meta.url).resolve('@fastify/swagger-ui/static/logo.svg')))

/** Swagger UI's element id for an operation under a tag, with deep linking on (tags and ids here are plain words). */
const operationElementId = (tag: string, operationId: string) => `operations-${tag}-${operationId}`

type OpenApi = typeof spec

const taggedOperations = (doc: OpenApi) =>
  Object.values(doc.paths).flatMap((item) => Object.values(item)).reduce((n, operation) => n + operation.tags.length, 0)

interface Session {
  base: string
  key: string
  page: Page
  requests: string[]
  pageErrors: string[]
  /** What Chromium logs as errors: script errors, and every resource that failed to load (a missing favicon too). */
  consoleErrors: string[]
}

/** One browser for the file, on a fresh profile: playwright takes a user data dir of our own through a persistent context. */
async function launch (): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'))
  t.teardown(() => rmSync(profile, { recursive: true, force: true }))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 }
  })
  t.teardown(() => context.close())
  return context
}

/** A started app on its own in-memory database, a write key for it, and a new page that records every request. */
async function start (t: Test, context: BrowserContext): Promise<Session> {
  const app = buildApp(testConfig(), { logger: false })
  t.teardown(() => app.close())
  // Tests may listen; the service's own listener is src/server.ts.
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  const key = createApiKey(app.db, 'browser test', ['write']).key

  const page = await context.newPage()
  t.teardown(() => page.close())
  page.setDefaultTimeout(20_000)
  const requests: string[] = []
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  page.on('request', (request) => { requests.push(request.url()) })
  page.on('pageerror', (error) => { pageErrors.push(error.message) })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`)
  })
  return { base: `http://127.0.0.1:${address.port}`, key, page, requests, pageErrors, consoleErrors }
}

function assertLocal (t: Test, requests: string[]) {
  t.ok(requests.length > 0, 'requests were recorded')
  const away = requests.filter((url) => {
    const { protocol, hostname } = new URL(url)
    return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1')
  })
  t.same(away, [], 'no request left 127.0.0.1')
}

/** Every link of `selector` on the page that leaves it (fragments aside), fetched: each must answer 200. */
async function assertLinksAnswer (t: Test, page: Page, selector: string, atLeast: number) {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const targets = [...new Set(hrefs.filter((href) => !href.startsWith('#')).map((href) => new URL(href, page.url()).href))]
  t.ok(targets.length >= atLeast, `${targets.length} links in ${selector}`)
  for (const href of targets) {
    const res = await fetch(href)
    t.equal(res.status, 200, `${new URL(href).pathname}${new URL(href).search} answers 200`)
  }
}

async function openOperation (page: Page, tag: string, operationId: string) {
  const operation = page.locator(`#${operationElementId(tag, operationId)}`)
  await operation.locator('.opblock-summary').first().click()
  await operation.getByRole('button', { name: 'Try it out' }).click()
  return operation
}

async function execute (page: Page, operation: Locator, path: string, method: string) {
  const [response] = await Promise.all([
    page.waitForResponse((res) => new URL(res.url()).pathname === path && res.request().method() === method),
    operation.getByRole('button', { name: 'Execute' }).click()
  ])
  const status = operation.locator('.live-responses-table .response .response-col_status').first()
  await status.waitFor()
  return { response, status: (await status.innerText()).trim(), body: await operation.locator('.live-responses-table .response-col_description .microlight').first().innerText() }
}

/** The request as Swagger UI shows it (curl, URL) and the server's answer, in one screen. */
async function screenshotResponse (page: Page, operation: Locator, name: string) {
  await operation.locator('.responses-inner').first().scrollIntoViewIfNeeded()
  await operation.locator('.responses-inner h4').first().evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: join(SCREENSHOTS, name) })
}

if (!existsSync(CHROMIUM)) {
  t.fail(`Chromium was not found at ${CHROMIUM}. Install Debian's package: apt-get update && apt-get install -y chromium (.ci/run does this).`)
} else {
  // Chromium on a busy two-core machine needs more than the suite's per-file timeout.
  t.setTimeout(300_000)
  mkdirSync(SCREENSHOTS, { recursive: true })
  const context = await launch()

  t.test('the landing page renders in a browser with its favicon, and links to the docs', async (t) => {
    const { base, page, requests, pageErrors, consoleErrors } = await start(t, context)
    const res = await page.goto(`${base}/`)
    t.equal(res?.status(), 200)
    t.equal(await page.locator('h1').innerText(), 'Parley')
    t.match(await page.locator('link[rel="icon"]').getAttribute('href'), /^data:image\/svg\+xml,/, 'the favicon is Parley\'s mark')
    await page.screenshot({ path: join(SCREENSHOTS, 'landing.png'), fullPage: true })
    await assertLinksAnswer(t, page, 'main a[href]', 10)
    await page.getByRole('link', { name: 'API documentation' }).click()
    await page.locator('.swagger-ui .info .title').waitFor()
    t.match(page.url(), /\/docs/)
    t.notOk(requests.some((url) => new URL(url).pathname === '/favicon.ico'), 'no request for /favicon.ico')
    assertLocal(t, requests)
    t.same(pageErrors, [], 'no script errors')
    t.same(consoleErrors, [], 'no errors in the console')
  })

  t.test('/docs is Parley\'s: its title, mark and favicon, and the document it reads', async (t) => {
    const { base, page, requests, pageErrors, consoleErrors } = await start(t, context)
    const favicon = page.waitForResponse((res) => new URL(res.url()).pathname.endsWith('/favicon.svg'))
    await page.goto(`${base}/docs`)
    await page.locator('.swagger-ui .info .title').waitFor()
    t.equal(await page.title(), 'Parley API', 'the tab says Parley API')

    const logo = page.locator('.swagger-ui .topbar a.link img')
    await logo.waitFor()
    t.equal(await logo.getAttribute('src'), svgUri(PARLEY_LOGO), 'the top bar shows Parley\'s mark')
    t.equal(await page.locator(`img[src="${FASTIFY_LOGO}"]`).count(), 0, 'and not the Fastify logo')
    t.equal(await page.locator('.swagger-ui .topbar a.link svg').count(), 0, 'nor Swagger\'s')

    const icon = await favicon
    t.equal(icon.status(), 200, 'the favicon is found')
    t.match(icon.headers()['content-type'], /^image\/svg\+xml/)
    t.match(await icon.text(), /<title>Parley<\/title>/, 'and is Parley\'s mark')

    t.equal(await page.locator('#download-url-input').inputValue(), '/openapi.json', 'the explore bar shows /openapi.json')
    t.ok(requests.includes(`${base}/openapi.json`), 'the UI reads /openapi.json')
    t.notOk(requests.some((url) => new URL(url).pathname === '/docs/json'), 'and not the copy at /docs/json')
    t.equal(await page.locator('.swagger-ui .info').getByRole('link', { name: '/openapi.json' }).getAttribute('href'), '/openapi.json',
      'the link under the title is /openapi.json too')
    await page.locator('.swagger-ui .topbar').screenshot({ path: join(SCREENSHOTS, 'docs-top-bar.png') })
    assertLocal(t, requests)
    t.same(pageErrors, [], 'no script errors')
    t.same(consoleErrors, [], 'no errors in the console')
  })

  t.test('every link in the introduction answers', async (t) => {
    const { base, page, pageErrors } = await start(t, context)
    await page.goto(`${base}/docs`)
    await page.locator('.swagger-ui .info .description').waitFor()
    await assertLinksAnswer(t, page, '.swagger-ui .info .description a[href]', 5)
    t.same(pageErrors, [], 'no script errors')
  })

  t.test('reads show no padlock, and operations that need a key show one', async (t) => {
    const { base, page, pageErrors } = await start(t, context)
    await page.goto(`${base}/docs`)
    await page.locator('.opblock-tag-section .opblock').first().waitFor()
    const locked = new Map(await page.locator('.opblock-tag-section .opblock').evaluateAll((els) =>
      els.map((el) => [el.id, el.querySelector('.opblock-summary .authorization__btn') !== null] as const)))
    let reads = 0
    let keyed = 0
    for (const item of Object.values(spec.paths)) {
      for (const operation of Object.values(item)) {
        const needsKey = (operation.security ?? []).length > 0
        if (needsKey) keyed++
        else reads++
        for (const tag of operation.tags) {
          t.equal(locked.get(operationElementId(tag, operation.operationId)), needsKey,
            `${operation.operationId}: ${needsKey ? 'a padlock' : 'no padlock'}`)
        }
      }
    }
    t.ok(reads >= 20 && keyed >= 25, `${reads} public operations, ${keyed} that need a key`)
    t.equal(locked.get(operationElementId('meetings', 'listMeetings')), false, 'GET /v1/meetings is public')
    t.equal(locked.get(operationElementId('persons', 'createPerson')), true, 'POST /v1/persons needs a key')
    await page.locator(`#${operationElementId('persons', 'listPersons')}`).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SCREENSHOTS, 'padlocks.png') })
    t.same(pageErrors, [], 'no script errors')
  })

  t.test('/docs lists every tag and operation, fetching nothing from elsewhere', async (t) => {
    const { base, page, requests, pageErrors } = await start(t, context)
    await page.goto(`${base}/docs`)
    await page.locator('.swagger-ui .info .title').waitFor()
    t.match(await page.locator('.swagger-ui .info .title').innerText(), /Parley/)

    const shownTags = await page.locator('.opblock-tag-section .opblock-tag').evaluateAll((els) => els.map((el) => el.getAttribute('data-tag')))
    t.same(shownTags, spec.tags.map((tag) => tag.name), 'every tag, in the document\'s order')
    const listed = await page.locator('.opblock-tag-section .opblock').evaluateAll((els) => els.map((el) => ({
      id: el.id,
      method: el.querySelector('.opblock-summary-method')?.textContent,
      path: el.querySelector('.opblock-summary-path')?.getAttribute('data-path')
    })))
    const expected = Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item).flatMap(([method, operation]) =>
      operation.tags.map((tag) => ({ id: operationElementId(tag, operation.operationId), method: method.toUpperCase(), path }))))
    for (const operation of expected) {
      t.ok(listed.some((shown) => shown.id === operation.id && shown.method === operation.method && shown.path === operation.path),
        `${operation.method} ${operation.path} is listed (${operation.id})`)
    }
    const served = await (await fetch(`${base}/openapi.json`)).json() as OpenApi
    t.equal(listed.length, taggedOperations(served), 'and nothing else is listed')
    await page.screenshot({ path: join(SCREENSHOTS, 'docs.png'), fullPage: true })
    assertLocal(t, requests)
    t.same(pageErrors, [], 'no script errors')
  })

  t.test('"Try it out" on GET /v1/meetings starts with no filter, and party=TM shows the demo meeting', async (t) => {
    const { base, page, requests, pageErrors, consoleErrors } = await start(t, context)
    await page.goto(`${base}/docs`)
    const operation = await openOperation(page, 'meetings', 'listMeetings')
    const filled: Record<string, string[]> = {}
    for (const row of await operation.locator('tr[data-param-in="query"]').all()) {
      const name = (await row.getAttribute('data-param-name'))!
      const values = await row.locator('input[type="text"], select').evaluateAll((els) =>
        els.map((el) => (el as unknown as { value: string }).value).filter((value) => value !== ''))
      if (values.length > 0) filled[name] = values
    }
    t.same(filled, { limit: ['20'] }, 'every filter is empty; only limit shows its default')
    const party = operation.locator('tr[data-param-name="party"]')
    t.match(await party.locator('.parameters-col_description').innerText(), /Example: TM/, 'the example is still shown')
    await page.screenshot({ path: join(SCREENSHOTS, 'try-it-out-empty-filters.png') })

    await party.getByRole('button', { name: /Add .*item/ }).click()
    await party.locator('input[type="text"]').first().fill('TM')
    const { response, status, body } = await execute(page, operation, '/v1/meetings', 'GET')
    t.same([...new URL(response.url()).searchParams], [['party', 'TM'], ['limit', '20']], 'the request carries party=TM and the default limit')
    t.equal(response.status(), 200)
    t.equal(status, '200', 'the UI shows 200')
    t.match(body, DEMO_ID, 'the UI shows the demo meeting')
    t.same((await response.json()).data.map((m: { id: string }) => m.id), [DEMO_ID])
    await screenshotResponse(page, operation, 'try-it-out-list-meetings.png')
    assertLocal(t, requests)
    t.same(pageErrors, [], 'no script errors')
    t.same(consoleErrors, [], 'no errors in the console')
  })

  t.test('a write works from the UI with a key entered through "Authorize"', async (t) => {
    const { base, key, page, requests, pageErrors } = await start(t, context)
    await page.goto(`${base}/docs`)

    // Without a key the write is refused.
    let operation = await openOperation(page, 'persons', 'createPerson')
    const bodyEditor = operation.locator('textarea.body-param__text')
    await bodyEditor.fill(JSON.stringify({ name: 'Maral Annayeva', other_names: ['Maral Annaýewa'] }))
    const refused = await execute(page, operation, '/v1/persons', 'POST')
    t.equal(refused.status, '401', 'no key: 401')

    await page.locator('.scheme-container .btn.authorize').click()
    const dialog = page.locator('.dialog-ux .modal-ux')
    // The dialog has a form for each scheme: the API key's (bearerAuth) and the metrics key's.
    const apiKey = dialog.locator('.auth-container').filter({ hasText: 'bearerAuth' })
    await apiKey.getByLabel('auth-bearer-value').fill(key)
    await apiKey.getByRole('button', { name: 'Apply credentials' }).click()
    await apiKey.getByRole('button', { name: 'Remove authorization' }).waitFor()
    await page.screenshot({ path: join(SCREENSHOTS, 'authorize.png') })
    await apiKey.locator('button.btn-done').click()

    operation = page.locator(`#${operationElementId('persons', 'createPerson')}`)
    const written = await execute(page, operation, '/v1/persons', 'POST')
    t.equal(written.response.request().headers().authorization, `Bearer ${key}`, 'the key is sent as a bearer token')
    t.equal(written.response.status(), 201)
    t.equal(written.status, '201', 'the UI shows 201')
    t.match(written.body, '"id": "maral-annayeva"')
    await screenshotResponse(page, operation, 'authorized-write.png')

    const stored = await fetch(`${base}/v1/persons/maral-annayeva`)
    t.equal(stored.status, 200, 'the person is stored')
    t.match(await stored.json(), { name: 'Maral Annayeva', other_names: ['Maral Annaýewa'] })
    assertLocal(t, requests)
    t.same(pageErrors, [], 'no script errors')
  })
}
