// Request bodies as text: UTF-8 only, decoded strictly, and no control characters or lone surrogates in them.
import type { FastifyRequest } from 'fastify'
import { RequestValidationError, UnsupportedMediaTypeError, type ErrorItem } from './errors.js'

const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i
const UTF8 = new Set(['utf-8', 'utf8'])

// `fatal`: bytes that are not UTF-8 are an error instead of quietly becoming U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true })

/** The body's text; a charset other than UTF-8 is 415, bytes that are not UTF-8 are 400. */
export function decodeUtf8 (request: FastifyRequest, body: Buffer): string {
  const charset = CHARSET.exec(request.headers['content-type'] ?? '')
  const name = charset ? (charset[1] ?? charset[2] ?? '') : 'utf-8'
  if (!UTF8.has(name.toLowerCase())) {
    throw new UnsupportedMediaTypeError(`The body must be UTF-8; charset=${name} is not accepted`)
  }
  try {
    return decoder.decode(body)
  } catch {
    throw new RequestValidationError([{ in: 'body', pointer: '', message: 'is not valid UTF-8' }])
  }
}

// C0 controls but tab, line feed and carriage return (which text may hold), NUL included.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/
// With the u flag a surrogate matches only when it is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/u

function flaw (text: string): string | undefined {
  const control = CONTROL.exec(text)
  if (control) return `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not a character'
}

const escapePointer = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1')

/** Every string (and property name) in a parsed JSON body holding what no text should, at its JSON pointer. */
export function textFlaws (value: unknown, line?: number): ErrorItem[] {
  const found: ErrorItem[] = []
  const report = (pointer: string, message: string) => found.push({ in: 'body', pointer, ...(line === undefined ? {} : { line }), message })
  const visit = (node: unknown, pointer: string): void => {
    if (typeof node === 'string') {
      const message = flaw(node)
      if (message) report(pointer, message)
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`))
    } else if (node !== null && typeof node === 'object') {
      for (const [name, item] of Object.entries(node)) {
        const at = `${pointer}/${escapePointer(name)}`
        const message = flaw(name)
        if (message) report(at, `has a name that ${message}`)
        visit(item, at)
      }
    }
  }
  visit(value, '')
  return found
}

type Done = (error: Error | null, body?: unknown) => void
type JsonParser = (request: FastifyRequest, body: string, done: Done) => void

/** A content-type parser around Fastify's JSON parser that decodes strictly and refuses flawed text. */
export function strictJsonParser (parseJson: JsonParser) {
  return function parseStrictJson (request: FastifyRequest, body: Buffer, done: Done) {
    let text: string
    try {
      text = decodeUtf8(request, body)
    } catch (error) {
      return done(error as Error)
    }
    parseJson(request, text, (error, value) => {
      if (error) return done(error)
      const flaws = textFlaws(value)
      done(flaws.length > 0 ? new RequestValidationError(flaws) : null, value)
    })
  }
}
