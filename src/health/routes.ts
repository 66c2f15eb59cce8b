// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'drizzle-orm'
import { Type } from 'typebox'
import { problems } from '../common/schemas.js'
import { sendProblem } from '../plugins/errors.js'

const status = (description: string) => Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false, description, examples: [{ status: 'ok' }] })

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', {
    schema: {
      tags: ['operations'],
      operationId: 'getHealth',
      summary: 'Liveness check',
      description: 'Answers while the process is running; for container health checks.',
      response: { 200: status('Alive: the process is running and answering.') }
    }
  }, async function healthz () {
    return { status: 'ok' as const }
  })

  app.get('/readyz', {
    schema: {
      tags: ['operations'],
      operationId: 'getReadiness',
      summary: 'Readiness check',
      description: 'Answers 200 when the database answers a query and its file is still the one the server opened, 503 otherwise; for load balancers.',
      response: { 200: status('Ready: the database answers, and its file is the one the server opened.'), ...problems(503) }
    }
  }, async function readyz (request, reply) {
    const problem = app.databaseProblem()
    if (problem) return sendProblem(request, reply, 503, `${problem}.`, 'PARLEY_NOT_READY')
    try {
      app.db.get(sql`SELECT 1`)
    } catch (error) {
      request.log.error({ err: error }, 'database is not answering')
      return sendProblem(request, reply, 503, 'The database is not answering.', 'PARLEY_NOT_READY')
    }
    return { status: 'ok' as const }
  })
}

export default healthRoutes
