// Themes: a small hierarchy of subjects (security › terrorism) linked to meetings and proposals.
import { Type, type Static } from 'typebox'
import { demoIds, themeDetailExample, themeSummary, themeTreeExample, writeExamples } from '../demo/examples.js'
import { Id, LongText, Nullable, Text, withExamples } from '../common/schemas.js'

export const ThemeSummarySchema = Type.Object({
  id: Id('Theme id (a readable slug).'),
  label: Type.String(),
  parent_id: Nullable(Type.String({ description: 'The broader theme, or null at the top.' }))
}, {
  $id: 'ThemeSummary',
  additionalProperties: false,
  description: 'A theme, as embedded in other records.'
})

export interface ThemeNode extends Static<typeof ThemeSummarySchema> {
  description: string | null
  meeting_count: number
  children: ThemeNode[]
}

export const ThemeNodeSchema = Type.Object({
  ...ThemeSummarySchema.properties,
  description: Nullable(Type.String()),
  meeting_count: Type.Integer({ description: 'Meetings on this theme or any theme below it; what `GET /v1/meetings?theme=` finds.' }),
  children: Type.Array(Type.Unsafe<ThemeNode>(Type.Ref('ThemeNode')), { description: 'Narrower themes.' })
}, {
  $id: 'ThemeNode',
  additionalProperties: false,
  description: 'A theme with its meeting count and the themes below it.'
})

export const ThemeDetailSchema = Type.Object({
  ...ThemeNodeSchema.properties,
  version: Type.Integer({ description: 'Incremented on every change.' }),
  ancestors: Type.Array(Type.Unsafe<ThemeSummary>(Type.Ref('ThemeSummary')), { description: 'Broader themes, from the top down.' })
}, { $id: 'ThemeDetail', additionalProperties: false, description: 'A theme with its place in the hierarchy.' })

export type ThemeSummary = Static<typeof ThemeSummarySchema>
export type ThemeDetail = ThemeNode & { ancestors: ThemeSummary[], version: number }

export const ThemeSummaryRef = Type.Unsafe<ThemeSummary>(Type.Ref('ThemeSummary'))

export const ThemeTreeSchema = Type.Object({
  data: Type.Array(Type.Unsafe<ThemeNode>(Type.Ref('ThemeNode')), { description: 'Top-level themes, each with its sub-themes.' })
}, { additionalProperties: false, description: 'Every theme, as a tree of top-level themes and their sub-themes.', examples: [{ data: themeTreeExample }] })

export const ThemeInputSchema = Type.Object({
  id: Type.Optional(Id('Leave out to have one made from the label.')),
  label: Text(200),
  parent_id: Type.Optional(Nullable(Id('The broader theme.'))),
  description: Type.Optional(Nullable(LongText(2000)))
}, {
  $id: 'ThemeInput',
  additionalProperties: false,
  description: 'A new theme.'
})

export const ThemePatchSchema = Type.Object({
  label: Type.Optional(Text(200)),
  parent_id: Type.Optional(Nullable(Id('The broader theme.'))),
  description: Type.Optional(Nullable(LongText(2000)))
}, { $id: 'ThemePatch', additionalProperties: false, minProperties: 1, description: 'Changes to a theme (JSON Merge Patch: null clears a field).' })

export type ThemeInput = Static<typeof ThemeInputSchema>
export type ThemePatch = Static<typeof ThemePatchSchema>

export const ThemeDetailRef = Type.Unsafe<ThemeDetail>(Type.Ref('ThemeDetail'))

// Added after the declarations: the examples are typed by these schemas, so they cannot be part of them.
withExamples(ThemeSummarySchema, themeSummary(demoIds.theme))
withExamples(ThemeNodeSchema, themeTreeExample.find((theme) => theme.children.length > 0)!)
withExamples(ThemeDetailSchema, themeDetailExample(demoIds.theme))
withExamples(ThemeInputSchema, { id: 'maritime-security', label: 'Maritime security', parent_id: 'security' })
withExamples(ThemePatchSchema, writeExamples.themePatch)
