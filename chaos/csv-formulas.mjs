// Case 6: records whose titles, names and summaries begin with =, +, -, @, tab or CR are exported as CSV; a
// spreadsheet runs such a cell as a formula (CSV injection), so no cell of the export may begin with one.
import { parse } from 'csv-parse/sync'
import { databaseWithKey, describe, figure, send, startServer } from './lib.mjs'

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r']
const PAYLOADS = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(1+1)', '\tTab first', '\rCR first']
const shown = (s) => JSON.stringify(s)

/** Cells of `csv` (header row left out) beginning with a character a spreadsheet reads as a formula. */
function formulaCells (csv) {
  const rows = parse(csv, { relax_column_count: true })
  const [header, ...data] = rows
  const found = []
  for (const row of data) {
    row.forEach((cell, i) => {
      if (cell.length > 0 && DANGEROUS.includes(cell[0])) found.push(`${header[i]}=${shown(cell.slice(0, 30))}`)
    })
  }
  return { rows: data.length, found }
}

export default async function csvFormulas () {
  const name = 'CSV formula injection'
  const figures = []
  const { path, auth } = databaseWithKey('csv')
  const server = await startServer({ DATABASE_PATH: path, RATE_LIMIT_MAX: '0' })

  const made = []
  for (const [i, payload] of PAYLOADS.entries()) {
    const body = {
      id: `2030-01-0${i + 1}-chaos-csv`,
      title: payload,
      summary: payload,
      start_date: `2030-01-0${i + 1}`,
      parties: [{ organization: { name: payload, kind: 'other' } }],
      participants: [{ person: { name: payload }, title: payload }],
      proposals: [{ summary: payload, quote: payload }]
    }
    let res = await send(server.url, { method: 'POST', path: '/v1/meetings', headers: auth, body })
    if (res.status !== 201) {
      // Titles and names are one-line text, which refuses control characters: tab and CR then go first in the
      // summary and the quote only, which may span lines.
      res = await send(server.url, {
        method: 'POST', path: '/v1/meetings', headers: auth,
        body: { ...body, title: `Chaos ${i + 1}`, parties: [{ organization: { name: `Chaos Org ${i + 1}`, kind: 'other' } }], participants: [{ person: { name: `Chaos Person ${i + 1}` } }], proposals: [{ summary: `Chaos ${i + 1}`, quote: payload }] }
      })
      made.push(`${shown(payload)} summary and quote only: ${describe(res)}`)
    } else {
      made.push(`${shown(payload)} everywhere: ${describe(res)}`)
    }
  }
  figures.push(figure('meetings made', made.join('; ')))

  let total = 0
  for (const [label, exportPath] of [['meetings CSV', '/v1/meetings?format=csv'], ['proposals CSV', '/v1/proposals?format=csv']]) {
    const res = await send(server.url, { path: exportPath, timeoutMs: 30_000 })
    if (res.status !== 200) {
      figures.push(figure(label, describe(res), false))
      continue
    }
    const { rows, found } = formulaCells(res.body)
    total += found.length
    figures.push(figure(`${label}: rows / cells beginning with = + - @ tab CR`, `${rows} / ${found.length}${found.length ? ` (${found.slice(0, 8).join(', ')}${found.length > 8 ? ', …' : ''})` : ''}`))
  }
  figures.push(figure('formula cells in all exports (pass: 0)', String(total), total === 0))
  await server.stop()
  return { name, pass: true, figures }
}
