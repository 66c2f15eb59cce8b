// Swagger UI at /docs as Parley's: its title, mark and favicon, the document it reads, and Try it out without filters.
import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui'
import { PARLEY_LOGO, PARLEY_MARK } from '../landing/mark.js'

/**
 * A script that @fastify/swagger-ui loads after its initializer and that runs before it: the initializer calls
 * SwaggerUIBundle on window load, with the URL of its own copy of the document (/docs/json), fixed after the
 * options it is given. Wrapping SwaggerUIBundle is the one way to have the UI read, and its explore bar show,
 * /openapi.json instead, and to add a plugin. The plugin stops Try it out from sending what nobody asked for:
 * Swagger UI fills every parameter with its example, so each filter of a list started out holding the demo
 * record's values, and a list tried on a real database came back empty. Examples of optional parameters (filters,
 * If-Match, Idempotency-Key) move into their descriptions instead; required ones, the ids in paths, keep theirs, and
 * the document itself is not changed.
 */
export function swaggerUiScript (documentUrl: string): string {
  return `(function () {
  'use strict'
  var documentUrl = ${JSON.stringify(documentUrl)}
  var tick = String.fromCharCode(96)

  function shown (value) {
    if (Array.isArray(value)) return value.map(shown).join(', ')
    return tick + (typeof value === 'string' ? value : JSON.stringify(value)) + tick
  }

  function examplesOf (parameter) {
    var values = []
    var schema = parameter.schema || {}
    if (parameter.example !== undefined) values.push(parameter.example)
    Object.keys(parameter.examples || {}).forEach(function (name) {
      var example = parameter.examples[name]
      if (example && example.value !== undefined) values.push(example.value)
    })
    if (schema.example !== undefined) values.push(schema.example)
    if (Array.isArray(schema.examples)) values = values.concat(schema.examples)
    return values
  }

  function unfilled (parameter) {
    if (!parameter || parameter.required || parameter.$ref) return parameter
    var values = examplesOf(parameter)
    if (values.length === 0) return parameter
    var copy = Object.assign({}, parameter)
    delete copy.example
    delete copy.examples
    if (copy.schema) {
      copy.schema = Object.assign({}, copy.schema)
      delete copy.schema.example
      delete copy.schema.examples
    }
    var line = (values.length > 1 ? 'Examples: ' : 'Example: ') + values.map(shown).join('; ')
    copy.description = copy.description ? copy.description + '\\n\\n' + line : line
    return copy
  }

  function withoutPrefill (spec) {
    if (!spec || typeof spec !== 'object' || !spec.paths) return spec
    var paths = {}
    Object.keys(spec.paths).forEach(function (path) {
      var item = Object.assign({}, spec.paths[path])
      Object.keys(item).forEach(function (key) {
        var operation = item[key]
        if (key === 'parameters' && Array.isArray(operation)) item[key] = operation.map(unfilled)
        else if (operation && Array.isArray(operation.parameters)) {
          item[key] = Object.assign({}, operation, { parameters: operation.parameters.map(unfilled) })
        }
      })
      paths[path] = item
    })
    return Object.assign({}, spec, { paths: paths })
  }

  function ParleyPlugin () {
    return {
      statePlugins: {
        spec: {
          wrapActions: {
            updateJsonSpec: function (original) {
              return function (spec) { return original(withoutPrefill(spec)) }
            }
          }
        }
      }
    }
  }

  var bundle = window.SwaggerUIBundle
  function ParleySwaggerUI (config) {
    return bundle(Object.assign({}, config, { url: documentUrl, plugins: (config.plugins || []).concat([ParleyPlugin]) }))
  }
  // The initializer reads SwaggerUIBundle.presets and SwaggerUIBundle.plugins too.
  Object.assign(ParleySwaggerUI, bundle)
  window.SwaggerUIBundle = ParleySwaggerUI
})()
`
}

/** @fastify/swagger-ui's options, for a server whose document is at `documentUrl`. */
export function swaggerUiOptions (documentUrl: string): FastifySwaggerUiOptions {
  return {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 1, filter: true },
    // Replaces the Fastify logo that the plugin puts in the top bar otherwise.
    logo: { type: 'image/svg+xml', content: PARLEY_LOGO },
    theme: {
      title: 'Parley API',
      favicon: [{ filename: 'favicon.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: PARLEY_MARK }],
      js: [{ filename: 'parley.js', content: swaggerUiScript(documentUrl) }]
    }
  }
}
