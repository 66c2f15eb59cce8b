// Sources: where each fact came from, with the chain of attribution.
import { Type, type Static } from 'typebox'
import { Id, Nullable } from '../common/schemas.js'

export const SourceSchema = Type.Object({
  id: Id('Source id (a readable slug).'),
  publisher: Type.String({ description: 'Who published it.' }),
  via: Type.Array(Type.String(), { description: 'Attribution chain, nearest first: whom the publisher cites, and whom they cite.' }),
  url: Nullable(Type.String({ description: 'Where it can be read.' })),
  title: Nullable(Type.String()),
  published_on: Nullable(Type.String({ description: 'Publication date, ISO 8601 (possibly partial).' })),
  dateline: Nullable(Type.String({ description: 'Place the report was filed from.' })),
  language: Nullable(Type.String({ description: 'BCP 47 language tag, e.g. `en`.' }))
}, {
  $id: 'Source',
  additionalProperties: false,
  description: 'A publication that records facts about meetings.',
  examples: [{
    id: 'trend-2021-03-18-turkmenistan-osce', publisher: 'Trend News Agency', via: ["Turkmenistan's State News Agency"],
    url: null, title: null, published_on: '2021-03-18', dateline: 'Baku, Azerbaijan', language: 'en'
  }]
})

export type Source = Static<typeof SourceSchema>
export const SourceRef = Type.Unsafe<Source>(Type.Ref('Source'))
