// GET /: a short HTML page for people arriving with a browser, and links to the collections for programs.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type Static } from 'typebox'
import { PARLEY_MARK_URI } from './mark.js'

export const DEMO_MEETING = '2021-03-18-turkmenistan-osce'

const DESCRIPTION = 'Structured records of diplomatic meetings: who met whom, when, where or by what format, ' +
  'the people who took part and the titles they held, what each side proposed and said, the themes, and the sources of every fact.'

/** Links from this server's root, prefixed with its public URL when it has one. */
export function landingLinks (base: string) {
  return {
    docs: `${base}/docs`,
    openapi: `${base}/openapi.json`,
    meetings: `${base}/v1/meetings`,
    proposals: `${base}/v1/proposals`,
    persons: `${base}/v1/persons`,
    organizations: `${base}/v1/organizations`,
    themes: `${base}/v1/themes`,
    changes: `${base}/v1/changes`,
    demo_meeting: `${base}/v1/meetings/${DEMO_MEETING}`,
    health: `${base}/healthz`
  }
}

const Link = (description: string) => Type.String({ description })

export const LandingSchema = Type.Object({
  name: Type.Literal('Parley'),
  description: Type.String(),
  links: Type.Object({
    docs: Link('Swagger UI.'),
    openapi: Link('The OpenAPI 3.1 document.'),
    meetings: Link('Meetings, filtered and paged.'),
    proposals: Link('What the parties put forward.'),
    persons: Link('People who took part in meetings.'),
    organizations: Link('States and organizations.'),
    themes: Link('The theme tree with meeting counts.'),
    changes: Link('Every write in commit order.'),
    demo_meeting: Link('The demo record, one meeting with everything embedded.'),
    health: Link('Liveness check.')
  }, { additionalProperties: false, description: 'Where to go next; relative to this server unless it has a public URL.' })
}, {
  additionalProperties: false,
  examples: [{
    name: 'Parley',
    description: DESCRIPTION,
    links: landingLinks('')
  }]
})

export type Landing = Static<typeof LandingSchema>

/** The quality an Accept header gives a media type, from its most specific matching range (RFC 9110 §12.5.1). */
export function quality (accept: string, type: string): number {
  const [major] = type.split('/')
  let best = { specificity: -1, q: 0 }
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim())
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1
    if (specificity <= best.specificity) continue
    const qParam = params.find((p) => p.startsWith('q='))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    best = { specificity, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 }
  }
  return best.q
}

/** Browsers ask for text/html above everything else; curl and HTTP libraries send nothing or `*\/*` and get JSON. */
export const prefersHtml = (accept: string | undefined) =>
  accept !== undefined && quality(accept, 'text/html') > quality(accept, 'application/json')

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export function landingPage (base: string): string {
  const links = landingLinks(escapeHtml(base))
  const at = (path: string) => `${escapeHtml(base)}${path}`
  const example = (path: string, text: string) => `<li><a href="${at(path)}"><code>${escapeHtml(path)}</code></a> ${text}</li>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley: records of diplomatic meetings</title>
<link rel="icon" type="image/svg+xml" href="${PARLEY_MARK_URI}">
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d232a; }
  h1 { font-size: 2.2rem; margin-bottom: 0; }
  h1 + p { margin-top: .2rem; color: #4b5563; }
  h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #e5e7eb; }
  a { color: #0b5cad; }
  code { font: .9em ui-monospace, Menlo, Consolas, monospace; background: #f3f4f6; padding: 0 .2em; border-radius: 3px; }
  pre { background: #f3f4f6; padding: .6rem .8rem; overflow-x: auto; border-radius: 4px; }
  pre code { background: none; padding: 0; }
  nav.main a { display: inline-block; margin: .3rem .5rem .3rem 0; padding: .35rem .8rem; border: 1px solid #0b5cad; border-radius: 4px; text-decoration: none; }
  nav.main a:first-child { background: #0b5cad; color: #fff; }
  ul { padding-left: 1.2rem; }
</style>
</head>
<body>
<header>
<h1>Parley</h1>
<p>A REST API for structured records of diplomatic meetings.</p>
</header>
<main>
<p>${escapeHtml(DESCRIPTION)} Reads are public; every list can be filtered, searched and paged.</p>
<nav class="main" aria-label="Start here">
<a href="${links.docs}">API documentation</a>
<a href="${links.openapi}">OpenAPI document</a>
<a href="${links.demo_meeting}">The demo record</a>
</nav>
<p>The demo record is the March 2021 videoconference between Turkmenistan's foreign minister and the OSCE Secretary-General,
so every example below works on a fresh start.</p>

<nav aria-label="Contents">
<h2 id="contents">Contents</h2>
<ul>
<li><a href="#examples">Examples</a></li>
<li><a href="#the-api-in-brief">The API in brief</a></li>
<li><a href="#writing">Writing: API keys, versions, idempotency, revisions</a></li>
<li><a href="#typed-client">Typed client</a></li>
<li><a href="#run-it">Run it</a></li>
</ul>
</nav>

<section>
<h2 id="examples">Examples</h2>
<ul>
${example('/v1/meetings?party=TM&theme=energy', 'meetings Turkmenistan attended on energy (a theme includes its sub-themes)')}
${example(`/v1/meetings/${DEMO_MEETING}`, 'one meeting with its parties, participants, proposals, statements, themes and sources')}
${example('/v1/meetings?q=green%20ports&include=participants,proposals', 'full-text search, with the matching passage in each result')}
${example('/v1/proposals?theme=security&proposer=TM', 'proposals on security, newest first')}
${example('/v1/themes', 'the themes as a tree with meeting counts')}
</ul>
</section>

<section>
<h2 id="the-api-in-brief">The API in brief</h2>
<p>Everything is under <code>/v1</code>: JSON with snake_case names, ISO 8601 dates (partial ones such as <code>2021-03</code> too),
and readable ids such as <code>${DEMO_MEETING}</code>.</p>
<ul>
<li><a href="${links.meetings}">Meetings</a>, <a href="${links.proposals}">proposals</a>, <a href="${links.persons}">persons</a>,
<a href="${links.organizations}">organizations</a>, <a href="${links.themes}">themes</a> and sources, each list with filters.</li>
<li>Pages: <code>limit</code> (1 to 100) and an opaque <code>cursor</code>; follow <code>next_cursor</code> or the <code>Link</code> header.</li>
<li><code>include</code> embeds related records; <code>q</code> searches the full text.</li>
<li>Every read has an <code>ETag</code>; errors are <code>application/problem+json</code> with a stable <code>code</code>.</li>
</ul>
</section>

<section>
<h2 id="writing">Writing: API keys, versions, idempotency, revisions</h2>
<p>Writes need an API key with the <code>write</code> scope, made on the server with
<code>parley keys create --name curator --scope write</code> and sent as <code>Authorization: Bearer pk_...</code>
(in the documentation, through <em>Authorize</em>). <code>If-Match</code> guards against lost updates, <code>Idempotency-Key</code>
makes a <code>POST</code> safe to retry, and every write is kept as a revision listed in <a href="${links.changes}">the change feed</a>.</p>
</section>

<section>
<h2 id="typed-client">Typed client</h2>
<p>TypeScript types for every operation come from <a href="${links.openapi}">the OpenAPI document</a> with openapi-typescript;
openapi-fetch then checks each request and response at compile time. The repository has a worked example in <code>examples/</code>.</p>
</section>

<section>
<h2 id="run-it">Run it</h2>
<pre><code>npm ci &amp;&amp; npm start     # http://127.0.0.1:3000, with the demo record
docker build -t parley . &amp;&amp; docker run -p 3000:3000 -v parley-data:/data parley</code></pre>
<p>Health: <a href="${links.health}"><code>/healthz</code></a> and <code>/readyz</code>.</p>
</section>
</main>
</body>
</html>
`
}

const landingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const base = app.config.publicUrl
  const html = landingPage(base)
  const json: Landing = { name: 'Parley', description: DESCRIPTION, links: landingLinks(base) }

  app.get('/', {
    schema: {
      tags: ['overview'],
      operationId: 'getLanding',
      summary: 'Where to start',
      description: 'A browser (`Accept: text/html`) gets a short page about Parley with links to these docs, the OpenAPI document, ' +
        'the demo record and the main sections of the guide. Any other client gets JSON with links to the main collections.',
      response: {
        200: {
          description: 'The landing page, as HTML or JSON as the `Accept` header prefers.',
          content: {
            'application/json': { schema: LandingSchema },
            'text/html': { schema: Type.String({ description: 'A self-contained HTML page.', examples: [landingPage('')] }) }
          }
        }
      }
    }
  }, async function landing (request, reply) {
    reply.header('vary', 'Accept')
    if (prefersHtml(request.headers.accept)) return reply.type('text/html; charset=utf-8').send(html)
    return reply.type('application/json; charset=utf-8').send(json)
  })
}

export default landingRoutes
