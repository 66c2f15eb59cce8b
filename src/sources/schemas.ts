// Sources: where each fact came from, with the chain of attribution.
import { Type, type Static } from 'typebox'
import { demoIds, sourceExample, sourceInputExample, writeExamples } from '../demo/examples.js'
import { Id, Nullable, PartialDate, Text, withExamples } from '../common/schemas.js'

export const SourceSchema = Type.Object({
  id: Id('Source id (a readable slug).'),
  publisher: Type.String({ description: 'Who published it.' }),
  via: Type.Array(Type.String(), { description: 'Attribution chain, nearest first: whom the publisher cites, and whom they cite.' }),
  url: Nullable(Type.String({ description: 'Where it can be read.' })),
  title: Nullable(Type.String()),
  published_on: Nullable(Type.String({ description: 'Publication date, ISO 8601 (possibly partial).' })),
  dateline: Nullable(Type.String({ description: 'Place the report was filed from.' })),
  language: Nullable(Type.String({ description: 'BCP 47 language tag, e.g. `en`.' })),
  repository: Nullable(Type.String({ description: 'For a record of a published data set: the repository it is kept in.' })),
  file: Nullable(Type.String({ description: 'The file within that repository.' })),
  record_id: Nullable(Type.String({ description: 'The record\'s own id in that file.' })),
  version: Type.Integer({ description: 'Incremented on every change.' })
}, {
  $id: 'Source',
  additionalProperties: false,
  description: 'A publication that records facts about meetings.'
})

export type Source = Static<typeof SourceSchema>
export const SourceRef = Type.Unsafe<Source>(Type.Ref('Source'))

const sourceFields = {
  publisher: Text(300, 'Who published it.'),
  via: Type.Optional(Type.Array(Text(300), { maxItems: 10, description: 'Attribution chain, nearest first.' })),
  url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000, pattern: '^https?://' }))),
  title: Type.Optional(Nullable(Text(500))),
  published_on: Type.Optional(Nullable(PartialDate('Publication date.'))),
  dateline: Type.Optional(Nullable(Text(200))),
  language: Type.Optional(Nullable(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', maxLength: 35, description: 'BCP 47 tag.' }))),
  repository: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000, pattern: '^https?://' }))),
  file: Type.Optional(Nullable(Text(500))),
  record_id: Type.Optional(Nullable(Text(200)))
}

export const SourceInputSchema = Type.Object({
  id: Type.Optional(Id('Leave out to have one made from the publisher and date.')),
  ...sourceFields
}, {
  $id: 'SourceInput',
  additionalProperties: false,
  description: 'A new source.'
})

export const SourcePatchSchema = Type.Object({
  ...sourceFields,
  publisher: Type.Optional(sourceFields.publisher),
  via: Type.Optional(Nullable(Type.Array(Text(300), { maxItems: 10 })))
}, { $id: 'SourcePatch', additionalProperties: false, minProperties: 1, description: 'Changes to a source (JSON Merge Patch: null clears a field).' })

export type SourceInput = Static<typeof SourceInputSchema>
export type SourcePatch = Static<typeof SourcePatchSchema>

// Added after the declarations: the examples are typed by these schemas, so they cannot be part of them.
withExamples(SourceSchema, sourceExample(demoIds.source))
withExamples(SourceInputSchema, sourceInputExample)
withExamples(SourcePatchSchema, writeExamples.sourcePatch)
