// Bearer API keys: routes declare the scope they need in `config.scope`; reads are public unless configured.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { grants, recordKeyUses, verifyApiKey, type ApiKeyInfo, type Scope } from '../auth/keys.js'
import type { Queryable } from '../db/open.js'
import { ForbiddenError, RequestValidationError, UnauthorizedError } from '../common/errors.js'
import { ProblemRef } from '../common/schemas.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The key that authenticated this request, or null for anonymous reads. */
    apiKey: ApiKeyInfo | null
  }
  interface FastifyInstance {
    /** Stores the key uses seen since the last time, inside a write's transaction (which holds the lock anyway). */
    recordKeyUses: (tx: Queryable) => void
  }
  interface FastifyContextConfig {
    /** The scope a key needs for this route; routes without one are public reads. */
    scope?: Scope
    /** The route checks a bearer token of its own (the metrics key), not an API key. */
    ownToken?: boolean
  }
}

export interface AuthOptions {
  readsRequireKey: boolean
}

/** How often key uses seen on reads are stored, when no write has stored them meanwhile. */
const KEY_USE_FLUSH_MS = 60_000

const REASONS = {
  malformed: 'The API key is not in the form Parley issues (pk_ followed by 32 characters).',
  unknown: 'The API key is not known.',
  revoked: 'The API key was revoked.'
}

function authorizationHeaders (raw: string[]): number {
  let count = 0
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.length === 13 && raw[i]!.toLowerCase() === 'authorization') count++
  return count
}

async function auth (app: FastifyInstance, options: AuthOptions) {
  app.decorateRequest('apiKey', null)

  // A key's last use is kept in memory and stored with the next write, or once a minute: recording it on every
  // request made every authenticated read a write, which waits for (and fails on) a lock held by another process.
  const uses = new Map<string, string>()
  app.decorate('recordKeyUses', function storeKeyUses (tx: Queryable) {
    if (uses.size === 0) return
    recordKeyUses(tx, uses)
    uses.clear()
  })
  const flush = () => {
    if (uses.size === 0 || app.config.readOnly || app.databaseProblem()) return
    try {
      app.db.transaction((tx) => app.recordKeyUses(tx), { behavior: 'immediate' })
    } catch (error) {
      // Best effort: busy now, tried again at the next write or flush.
      app.log.debug({ err: error }, 'key uses not stored this time')
    }
  }
  const timer = setInterval(flush, KEY_USE_FLUSH_MS).unref()
  app.addHook('onClose', async () => {
    clearInterval(timer)
    flush()
  })
  app.addHook('onRequest', function authenticate (request, _reply, done) {
    try {
      identify(request)
      done()
    } catch (error) {
      done(error as Error)
    }
  })

  function identify (request: FastifyRequest): void {
    if (request.routeOptions.config.ownToken) return
    // Node keeps the first of two Authorization headers; a proxy or the other side may read the second.
    if (authorizationHeaders(request.raw.rawHeaders) > 1) {
      throw new RequestValidationError([{ in: 'header', pointer: '/authorization', message: 'is sent more than once; send one' }])
    }
    const scope = request.routeOptions.config.scope ??
      (options.readsRequireKey && request.url.startsWith('/v1/') ? 'read' : undefined)
    const header = request.headers.authorization
    if (header === undefined) {
      if (scope) throw new UnauthorizedError(`This needs an API key with the ${scope} scope, sent as Authorization: Bearer <key>.`)
      return
    }
    const match = /^Bearer +(\S+) *$/i.exec(header)
    if (!match) throw new UnauthorizedError('The Authorization header must be "Bearer <key>".', 'invalid_token')
    const result = verifyApiKey(app.db, match[1]!)
    if (!result.ok) throw new UnauthorizedError(REASONS[result.reason], 'invalid_token')
    if (scope && !grants(result.key.scopes, scope)) throw new ForbiddenError(scope)
    uses.set(result.key.id, new Date().toISOString())
    request.apiKey = result.key
  }

  // A key that is sent is checked on every route, public ones included, so every route can answer 401.
  app.addHook('onRoute', function documentUnauthorized (route) {
    const schema = route.schema as { hide?: boolean, response?: Record<string, unknown> } | undefined
    if (!schema?.response || schema.hide || schema.response[401]) return
    route.schema = { ...schema, response: { ...schema.response, 401: ProblemRef } } as typeof route.schema
  })
}

export default fp(auth, { name: 'auth', dependencies: ['db'] })
