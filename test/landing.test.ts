// GET /: HTML for browsers, links for programs, chosen by the Accept header.
import t from 'tap'
import { prefersHtml, quality } from '../src/landing/routes.js'
import { DEMO_ID, build } from './helpers.js'

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'

t.test('a browser gets a self-contained page linking to the docs, the document, the demo record and the guide', async (t) => {
  const app = await build(t)
  const res = await app.inject({ url: '/', headers: { accept: BROWSER_ACCEPT } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/html; charset=utf-8/)
  t.match(res.headers.vary, /Accept/)
  t.ok(res.headers.etag)
  t.match(res.body, /<title>Parley/)
  t.match(res.body, /diplomatic meetings/)
  for (const href of ['/docs', '/openapi.json', `/v1/meetings/${DEMO_ID}`, '#examples', '#the-api-in-brief', '#writing', '#typed-client', '#run-it']) {
    t.ok(res.body.includes(`href="${href}"`), `links to ${href}`)
  }
  for (const anchor of ['examples', 'the-api-in-brief', 'writing', 'typed-client', 'run-it']) {
    t.ok(res.body.includes(`id="${anchor}"`), `has the section #${anchor}`)
  }
  t.notMatch(res.body, /(src|href)="(https?:)?\/\//, 'nothing is loaded from elsewhere')
  t.notMatch(res.body, /<script/, 'no scripts')

  // Every link on the page answers.
  const hrefs = [...res.body.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))
  for (const href of new Set(hrefs)) {
    const linked = await app.inject(href)
    t.equal(linked.statusCode, 200, `${href} answers`)
  }
})

t.test('programs get JSON with links to the collections, each of which answers', async (t) => {
  const app = await build(t)
  for (const headers of [{}, { accept: '*/*' }, { accept: 'application/json' }, { accept: 'text/html;q=0.5, application/json' }]) {
    const res = await app.inject({ url: '/', headers })
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /^application\/json/, `JSON for ${JSON.stringify(headers)}`)
  }
  const body = (await app.inject('/')).json()
  t.equal(body.name, 'Parley')
  t.same(body.links, {
    docs: '/docs',
    openapi: '/openapi.json',
    meetings: '/v1/meetings',
    proposals: '/v1/proposals',
    persons: '/v1/persons',
    organizations: '/v1/organizations',
    themes: '/v1/themes',
    changes: '/v1/changes',
    demo_meeting: `/v1/meetings/${DEMO_ID}`,
    health: '/healthz'
  })
  for (const [name, href] of Object.entries<string>(body.links)) {
    t.equal((await app.inject(href)).statusCode, 200, `${name}: ${href} answers`)
  }
})

t.test('links carry the public URL when one is set, escaped in HTML', async (t) => {
  const app = await build(t, { publicUrl: 'https://parley.example.org/api' })
  t.equal((await app.inject('/')).json().links.meetings, 'https://parley.example.org/api/v1/meetings')
  const page = await app.inject({ url: '/', headers: { accept: 'text/html' } })
  t.ok(page.body.includes('href="https://parley.example.org/api/docs"'))

  const odd = await build(t, { publicUrl: 'https://x.example/"><b' })
  const escaped = await odd.inject({ url: '/', headers: { accept: 'text/html' } })
  t.notMatch(escaped.body, /"><b/)
  t.match(escaped.body, /&quot;&gt;&lt;b\/docs/)
})

t.test('content negotiation follows the most specific range and its quality', async (t) => {
  t.equal(quality('text/html', 'text/html'), 1)
  t.equal(quality('text/*;q=0.4, */*;q=0.1', 'text/html'), 0.4)
  t.equal(quality('*/*;q=0.1, text/*;q=0.4', 'text/html'), 0.4)
  t.equal(quality('text/html;q=0, */*', 'text/html'), 0)
  t.equal(quality('application/json', 'text/html'), 0)
  t.equal(quality('text/html;q=2', 'text/html'), 1)
  t.equal(quality('text/html;q=x', 'text/html'), 0)
  t.equal(prefersHtml(BROWSER_ACCEPT), true)
  t.equal(prefersHtml('text/html'), true)
  t.equal(prefersHtml(undefined), false)
  t.equal(prefersHtml('*/*'), false)
  t.equal(prefersHtml('text/html, application/json'), false)
  t.equal(prefersHtml('application/json;q=0.9, text/html'), true)
})
