// Writes examples/parley-api.d.ts, TypeScript types for every operation in openapi/openapi.json: `npm run client`.
import { readFileSync, writeFileSync } from 'node:fs'
import openapiTS, { astToString } from 'openapi-typescript'

const HEADER = `// Parley's API as TypeScript types, for openapi-fetch and other typed clients.
// Generated from openapi/openapi.json by \`npm run client\` (openapi-typescript); do not edit.

`

export async function generateClientTypes (): Promise<string> {
  const document = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'))
  return HEADER + astToString(await openapiTS(document, { silent: true }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('../examples/parley-api.d.ts', import.meta.url)
  writeFileSync(target, await generateClientTypes())
  console.log(`wrote ${target.pathname}`)
}
