// Lists Parley's meetings with a typed client (openapi-fetch over the generated parley-api.d.ts), page by page.
//   node --import tsx examples/list-meetings.ts [base URL, default http://127.0.0.1:3000]
import createClient, { type Client } from 'openapi-fetch'
import type { components, paths } from './parley-api.js'

export type Meeting = components['schemas']['Meeting']
export type MeetingFilters = Omit<NonNullable<paths['/v1/meetings']['get']['parameters']['query']>, 'cursor'>

/** Parley answers JSON, and errors as problem+json; some routes also offer other media types, which this example does not ask for. */
type Json = 'application/json' | 'application/problem+json'

/** A client for Parley's JSON answers. */
export type ParleyClient = Client<paths, Json>

export const parleyClient = (baseUrl: string): ParleyClient => createClient<paths, Json>({ baseUrl })

/** Every meeting that matches the filters, following `next_cursor` until the last page. */
export async function * listMeetings (client: ParleyClient, filters: MeetingFilters = {}): AsyncGenerator<Meeting> {
  let cursor: string | undefined
  do {
    const { data, error, response } = await client.GET('/v1/meetings', { params: { query: { ...filters, cursor } } })
    if (error !== undefined) throw new Error(`GET ${response.url} answered ${error.status} ${error.title}: ${error.detail}`)
    yield * data.data
    cursor = data.next_cursor ?? undefined
  } while (cursor !== undefined)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const client = parleyClient(process.argv[2] ?? 'http://127.0.0.1:3000')
  // Meetings Turkmenistan attended since 2021 on energy (or a theme below it), oldest first, ten a page.
  const filters: MeetingFilters = { party: ['TM'], from: '2021', theme: 'energy', sort: 'date', limit: 10 }
  for await (const meeting of listMeetings(client, filters)) {
    console.log(`${meeting.start_date}  ${meeting.id}  ${meeting.title}`)
  }
}
