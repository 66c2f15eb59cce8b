// HTTP routes for themes: the whole tree, and one theme with its place in it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFoundError } from '../common/errors.js'
import { etagFor } from '../common/write.js'
import { IdParams, notModified, problems } from '../common/schemas.js'
import { findTheme, themeTree } from './repository.js'
import { demoIds } from '../demo/examples.js'
import { ThemeTreeSchema, type ThemeDetail } from './schemas.js'

const themeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/themes', {
    schema: {
      tags: ['themes'],
      operationId: 'listThemes',
      summary: 'List themes as a tree',
      description: 'Every theme, top-level themes first with their sub-themes nested, each with the number of meetings on it or below it.',
      querystring: Type.Object({}, { additionalProperties: false }),
      response: { 200: ThemeTreeSchema, ...notModified, ...problems(400) }
    }
  }, async function listThemesHandler () {
    return { data: themeTree(app.db) }
  })

  app.get('/themes/:id', {
    schema: {
      tags: ['themes'],
      operationId: 'getTheme',
      summary: 'Get a theme',
      description: 'A theme with its sub-themes, its broader themes and its meeting count.',
      params: IdParams('Theme id.', demoIds.theme),
      response: { 200: Type.Unsafe<ThemeDetail>(Type.Ref('ThemeDetail')), ...notModified, ...problems(400, 404) }
    }
  }, async function getThemeHandler (request, reply) {
    const theme = findTheme(app.db, request.params.id)
    if (!theme) throw new NotFoundError('Theme', request.params.id)
    reply.header('etag', etagFor(theme.version))
    return theme
  })
}

export default themeRoutes
