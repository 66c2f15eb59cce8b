// Swagger UI at /docs as Parley's: its title, mark and favicon.
import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui'
import { PARLEY_LOGO, PARLEY_MARK } from '../landing/mark.js'

/** @fastify/swagger-ui's options. */
export function swaggerUiOptions (): FastifySwaggerUiOptions {
  return {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 1, filter: true },
    // Replaces the Fastify logo that the plugin puts in the top bar otherwise.
    logo: { type: 'image/svg+xml', content: PARLEY_LOGO },
    theme: {
      title: 'Parley API',
      favicon: [{ filename: 'favicon.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: PARLEY_MARK }]
    }
  }
}
