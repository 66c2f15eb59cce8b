// The only file that listens: loadConfig → buildApp → listen, and a graceful close on signals.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'

let config
try {
  config = loadConfig()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const app = buildApp(config)

// On SIGTERM or SIGINT: refuse new requests (503), finish those in flight, checkpoint and close the database,
// exit 0. A second signal, or SHUTDOWN_TIMEOUT_MS passing, exits at once with 1.
closeWithGrace({ delay: config.shutdownTimeoutMs }, async function closeApp ({ signal, err }) {
  if (err) app.log.error({ err }, 'closing after an error')
  else app.log.info({ signal }, 'closing')
  await app.close()
})

try {
  await app.listen({ port: config.port, host: config.host })
} catch (error) {
  app.log.fatal({ err: error }, 'could not start')
  process.exit(1)
}
