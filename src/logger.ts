// Log settings: pino JSON lines, each request's carrying its id (reqId); credentials never reach a log,
// whether in headers, in objects logged or in a URL's query string.
import type { PinoLoggerOptions } from 'fastify/types/logger.js'
import type { Config } from './config.js'

/**
 * Fastify's request serializer logs no headers, but an error or a debugging line may carry a request, its
 * headers or a freshly made key: these paths are censored wherever they appear.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["idempotency-key"]',
  'request.headers.authorization', 'request.headers.cookie',
  'headers.authorization', 'headers.cookie', 'authorization', 'cookie',
  'err.headers.authorization', 'res.headers["set-cookie"]',
  'key', '*.key', 'hash', '*.hash'
]

/** Query parameters whose values may be credentials, whatever the route makes of them. */
const SECRET_PARAMETERS = new Set(['api_key', 'apikey', 'key', 'token', 'access_token', 'password', 'secret'])

/** Anything shaped like a Parley key (pk_ and 32 base64url characters), wherever in a URL it is. */
const KEY_LIKE = /pk_[A-Za-z0-9_-]{32,}/g

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/** A URL as it may be logged: secret parameters' values and key-shaped text replaced by [redacted]. */
export function redactUrl (url: string): string {
  const mark = url.indexOf('?')
  const path = mark === -1 ? url : url.slice(0, mark)
  const query = mark === -1 ? undefined : url.slice(mark + 1).split('&').map((pair) => {
    const equals = pair.indexOf('=')
    const name = equals === -1 ? pair : pair.slice(0, equals)
    return equals !== -1 && SECRET_PARAMETERS.has(decoded(name).toLowerCase()) ? `${name}=[redacted]` : pair
  }).join('&')
  return (query === undefined ? path : `${path}?${query}`).replace(KEY_LIKE, '[redacted]')
}

interface LoggedRequest {
  method?: string
  url?: string
  host?: string
  ip?: string
  socket?: { remotePort?: number }
}

export function loggerOptions (config: Pick<Config, 'logLevel'>): PinoLoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // Fastify's own request serializer, but for the URL, which may carry a key in its query string.
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort
      })
    }
  }
}
