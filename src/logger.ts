// Log settings: pino JSON lines, each request's carrying its id (reqId); credentials never reach a log.
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

export function loggerOptions (config: Pick<Config, 'logLevel'>): PinoLoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' }
  }
}
