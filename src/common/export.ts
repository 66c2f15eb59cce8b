// File exports of lists: which format a request asks for, and streams of CSV or NDJSON over every page.
import { Readable } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { stringify } from 'csv-stringify'
import { stringify as stringifyNow } from 'csv-stringify/sync'
import type {} from '@fastify/accepts'

export type ExportFormat = 'json' | 'csv' | 'ndjson'

export const CSV_TYPE = 'text/csv; charset=utf-8'
export const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8'

/** `?format=csv|ndjson` wins; otherwise the Accept header decides; JSON by default. */
export function exportFormat (request: FastifyRequest, format: string | undefined): ExportFormat {
  if (format === 'csv' || format === 'ndjson') return format
  const accepted = request.accepts().type(['application/json', 'text/csv', 'application/x-ndjson'])
  if (accepted === 'text/csv') return 'csv'
  if (accepted === 'application/x-ndjson') return 'ndjson'
  return 'json'
}

export interface CsvColumn<T> {
  header: string
  value: (record: T) => string | number | null
}

/**
 * A text cell that begins with = + - @, a tab or a carriage return is a formula to a spreadsheet: it gets a
 * leading ' (OWASP, CSV Injection), so `=HYPERLINK(...)` opens as text. Negative numbers are left alone.
 */
const csvOptions = <T>(columns: Array<CsvColumn<T>>) => ({ header: true, columns: columns.map((c) => c.header), bom: false, escape_formulas: true })

/** Streams records as CSV (RFC 4180, header row first); pages are read only as the client takes them. */
export function sendCsv<T> (reply: FastifyReply, pages: AsyncIterable<T[]>, columns: Array<CsvColumn<T>>, filename: string) {
  const rows = Readable.from((async function * () {
    for await (const page of pages) for (const record of page) yield columns.map((c) => c.value(record) ?? '')
  })())
  const csv = stringify(csvOptions(columns))
  rows.on('error', (error) => csv.destroy(error))
  return reply.type(CSV_TYPE).header('content-disposition', `inline; filename="${filename}"`).send(rows.pipe(csv))
}

/** The CSV that sendCsv streams, for records in hand (the document's examples). */
export const csvText = <T>(records: T[], columns: Array<CsvColumn<T>>) =>
  stringifyNow(records.map((record) => columns.map((c) => c.value(record) ?? '')), csvOptions(columns))

/** The NDJSON that sendNdjson streams, for records in hand. */
export const ndjsonText = (records: unknown[]) => records.map((record) => JSON.stringify(record) + '\n').join('')

/** Streams records as NDJSON: one JSON object per line, the same objects the JSON list returns. */
export function sendNdjson<T> (reply: FastifyReply, pages: AsyncIterable<T[]>) {
  const lines = Readable.from((async function * () {
    for await (const page of pages) {
      if (page.length > 0) yield page.map((record) => JSON.stringify(record)).join('\n') + '\n'
    }
  })())
  return reply.type(NDJSON_TYPE).send(lines)
}

/** Streams a file made in pieces (an iCalendar feed). */
export function sendFile (reply: FastifyReply, type: string, filename: string, pieces: AsyncIterable<string>) {
  return reply.type(type).header('content-disposition', `inline; filename="${filename}"`).send(Readable.from(pieces))
}

/** Joins the values of a many-to-many link into one CSV cell. */
export const joined = (values: Array<string | null | undefined>) => values.filter((v) => v != null && v !== '').join('; ')

/** A page of a list as JSON text, around records that are JSON documents already (as SQLite makes them). */
export function pageJson (records: string[], nextCursor: string | null, more: Record<string, unknown> = {}): string {
  let text = `{"data":[${records.join(',')}],"next_cursor":${JSON.stringify(nextCursor)}`
  for (const [name, value] of Object.entries(more)) text += `,${JSON.stringify(name)}:${JSON.stringify(value)}`
  return text + '}'
}

/** Sends JSON text made elsewhere (by SQLite) as it is: Fastify sends a string with a JSON type unserialized. */
export function sendJsonText (reply: FastifyReply, text: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text)
}
