// Import of whole meetings as NDJSON (one POST /v1/meetings body per line): every line is checked first,
// then all are written in one transaction, or none.
import { Ajv } from 'ajv'
import formats from 'ajv-formats'
import type { WriteContext } from '../common/write.js'
import { RequestValidationError, UnprocessableError, type ErrorItem } from '../common/errors.js'
import { textFlaws } from '../common/bodies.js'
import { dateFormats } from '../common/dates.js'
import { validationItems, type AjvError } from '../plugins/errors.js'
import { componentSchemas } from '../schemas.js'
import { findMeeting } from '../meetings/repository.js'
import { createMeeting, replaceMeeting } from '../meetings/write.js'
import type { MeetingInput } from '../meetings/schemas.js'

const ajv = new Ajv({ allErrors: true, strict: false, formats: dateFormats })
formats.default(ajv)
for (const schema of componentSchemas) ajv.addSchema(schema)
const validateMeeting = ajv.getSchema('MeetingInput')!

export const MAX_LINES = 10_000

export interface NdjsonReport {
  lines: number
  created: number
  replaced: number
  ids: string[]
}

/** Parses and validates every line; all problems are reported together, with their line numbers. */
export interface NdjsonLine {
  line: number
  meeting: MeetingInput
}

export function parseNdjson (text: string): NdjsonLine[] {
  const errors: ErrorItem[] = []
  const meetings: NdjsonLine[] = []
  const lines = text.split(/\r?\n/)
  if (lines.filter((l) => l.trim() !== '').length > MAX_LINES) {
    throw new RequestValidationError([{ in: 'body', pointer: '', message: `holds more than ${MAX_LINES} meetings; split it into batches` }])
  }
  lines.forEach((raw, i) => {
    const line = i + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      errors.push({ in: 'body', line, pointer: '', message: `is not JSON: ${(error as Error).message}` })
      return
    }
    const flaws = textFlaws(value, line)
    if (flaws.length > 0) {
      errors.push(...flaws)
      return
    }
    if (!validateMeeting(value)) {
      // Described as POST /v1/meetings describes the same errors.
      for (const item of validationItems('body', validateMeeting.errors as AjvError[])) {
        if (!errors.some((o) => o.line === line && o.pointer === item.pointer)) errors.push({ ...item, line })
      }
      return
    }
    meetings.push({ line, meeting: value as MeetingInput })
  })
  if (meetings.length === 0 && errors.length === 0) errors.push({ in: 'body', pointer: '', message: 'holds no meetings' })
  if (errors.length > 0) throw new RequestValidationError(errors)
  return meetings
}

/** Writes the meetings: a line whose id exists replaces that meeting, the others are created. */
export function importMeetings (ctx: WriteContext, meetings: NdjsonLine[]): NdjsonReport {
  const report: NdjsonReport = { lines: meetings.length, created: 0, replaced: 0, ids: [] }
  for (const { line, meeting: input } of meetings) {
    try {
      const existing = input.id === undefined ? undefined : findMeeting(ctx.db, input.id)
      if (existing) {
        const { id: _, ...rest } = input
        replaceMeeting(ctx, existing, rest)
        report.replaced++
        report.ids.push(existing.id)
      } else {
        report.ids.push(createMeeting(ctx, input).id)
        report.created++
      }
    } catch (error) {
      // Name the line a refused meeting came from; the transaction around the batch then rolls back.
      if (error instanceof UnprocessableError || error instanceof RequestValidationError) {
        for (const e of error.errors) e.line = line
      }
      throw error
    }
  }
  return report
}
