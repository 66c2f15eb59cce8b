// Writes openapi/openapi.json from the app's routes and schemas: `npm run openapi`.
import { writeFileSync } from 'node:fs'
import { buildApp } from '../src/app.js'
import { testConfig } from '../src/config.js'

export async function generateOpenapi (): Promise<string> {
  const app = buildApp(testConfig({ loadDemo: false }), { logger: false })
  try {
    await app.ready()
    return JSON.stringify(app.swagger(), null, 2) + '\n'
  } finally {
    await app.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('../openapi/openapi.json', import.meta.url)
  writeFileSync(target, await generateOpenapi())
  console.log(`wrote ${target.pathname}`)
}
