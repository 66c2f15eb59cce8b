// Pagination over HTTP: the `Link: rel="next"` header and checks that JSON schema cannot express.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { invalidQuery } from './errors.js'
import { isPartialDate, firstDay, lastDay } from './dates.js'

/** Sets `Link: <same request with cursor=next>; rel="next"` when there is a next page. */
export function linkNext (request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (nextCursor === null) return
  const [path, search = ''] = request.url.split('?')
  const params = new URLSearchParams(search)
  params.set('cursor', nextCursor)
  reply.header('link', `<${path}?${params.toString()}>; rel="next"`)
}

/** Rejects dates that match the pattern but name no real day (2021-02-30), and ranges that end before they start. */
export function checkDateRange (query: { from?: string, to?: string }): void {
  for (const name of ['from', 'to'] as const) {
    const value = query[name]
    if (value !== undefined && !isPartialDate(value)) throw invalidQuery(name, `${value} is not a real date`)
  }
  if (query.from && query.to && lastDay(query.to) < firstDay(query.from)) {
    throw invalidQuery('to', 'is before from')
  }
}
