// Persons: the people who attend meetings, with the other spellings of their names.
import { Type, type Static } from 'typebox'
import { demoIds, personExample, personInputExample, personSummary, writeExamples } from '../demo/examples.js'
import { Cursor, Id, Limit, Nullable, Page, SearchText, Text, Timestamp, WikidataId, withExamples } from '../common/schemas.js'

export const PersonSummarySchema = Type.Object({
  id: Id('Person id (a readable slug).'),
  name: Type.String()
}, {
  $id: 'PersonSummary',
  additionalProperties: false,
  description: 'A person, as embedded in other records.'
})

export const PersonSchema = Type.Object({
  ...PersonSummarySchema.properties,
  other_names: Type.Array(Type.String(), { description: 'Transliterations and other spellings.' }),
  wikidata_id: Nullable(Type.String()),
  meeting_count: Type.Integer({ description: 'Meetings this person took part in.' }),
  version: Type.Integer(),
  created_at: Timestamp,
  updated_at: Timestamp
}, {
  $id: 'Person',
  additionalProperties: false,
  description: 'A person who took part in meetings. Titles belong to participations, since they change over time.'
})

export type PersonSummary = Static<typeof PersonSummarySchema>
export type Person = Static<typeof PersonSchema>

export const PersonSummaryRef = Type.Unsafe<PersonSummary>(Type.Ref('PersonSummary'))
export const PersonRef = Type.Unsafe<Person>(Type.Ref('Person'))

export const PersonListQuerySchema = Type.Object({
  q: Type.Optional(SearchText(200, 'Case-insensitive match anywhere in the name or other names.', ['meredow'])),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })

export type PersonListQuery = Static<typeof PersonListQuerySchema>

export const PersonPageSchema = Page(PersonRef, 'Persons, by name.', { data: [personExample(demoIds.person)], next_cursor: null })

export const PersonInputSchema = Type.Object({
  id: Type.Optional(Id('Leave out to have one made from the name.')),
  name: Text(300),
  other_names: Type.Optional(Type.Array(Text(300), { maxItems: 50, description: 'Transliterations and other spellings.' })),
  wikidata_id: Type.Optional(Nullable(WikidataId))
}, {
  $id: 'PersonInput',
  additionalProperties: false,
  description: 'A new person.'
})

export const PersonPatchSchema = Type.Object({
  name: Type.Optional(Text(300)),
  other_names: Type.Optional(Nullable(Type.Array(Text(300), { maxItems: 50 }))),
  wikidata_id: Type.Optional(Nullable(WikidataId))
}, { $id: 'PersonPatch', additionalProperties: false, minProperties: 1, description: 'Changes to a person (JSON Merge Patch: null clears a field).' })

export type PersonInput = Static<typeof PersonInputSchema>
export type PersonPatch = Static<typeof PersonPatchSchema>

// Added after the declarations: the examples are typed by these schemas, so they cannot be part of them.
withExamples(PersonSummarySchema, personSummary(demoIds.person))
withExamples(PersonSchema, personExample(demoIds.person))
withExamples(PersonInputSchema, personInputExample)
withExamples(PersonPatchSchema, writeExamples.personPatch)
