// Organizations: states, intergovernmental organizations, ministries, agencies, NGOs.
import { Type, type Static } from 'typebox'
import { ORGANIZATION_KINDS } from '../db/schema.js'
import { demoIds, organizationExample, organizationSummary, writeExamples } from '../demo/examples.js'
import { CountryCode, Cursor, Id, Limit, Nullable, Page, SearchText, Text, Timestamp, WikidataId, withExamples } from '../common/schemas.js'

export const OrganizationKind = Type.Enum([...ORGANIZATION_KINDS], {
  description: 'state, intergovernmental (organization), ministry, agency, ngo or other.'
})

export const OrganizationSummarySchema = Type.Object({
  id: Id('Organization id (a readable slug).'),
  name: Type.String(),
  abbreviation: Nullable(Type.String()),
  kind: OrganizationKind,
  country_code: Nullable(Type.String({ description: 'ISO 3166-1 alpha-2 code of the state, for states and national bodies.' }))
}, {
  $id: 'OrganizationSummary',
  additionalProperties: false,
  description: 'A state or organization, as embedded in other records.'
})

export const OrganizationSchema = Type.Object({
  ...OrganizationSummarySchema.properties,
  parent_id: Nullable(Type.String({ description: 'The organization this one belongs to, e.g. the state of a ministry.' })),
  wikidata_id: Nullable(Type.String({ description: 'Wikidata item, e.g. Q874.' })),
  meeting_count: Type.Integer({ description: 'Meetings this organization took part in as a party.' }),
  version: Type.Integer(),
  created_at: Timestamp,
  updated_at: Timestamp
}, {
  $id: 'Organization',
  additionalProperties: false,
  description: 'A state, intergovernmental organization, ministry, agency or NGO.'
})

export type OrganizationSummary = Static<typeof OrganizationSummarySchema>
export type Organization = Static<typeof OrganizationSchema>

export const OrganizationSummaryRef = Type.Unsafe<OrganizationSummary>(Type.Ref('OrganizationSummary'))
export const OrganizationRef = Type.Unsafe<Organization>(Type.Ref('Organization'))

export const OrganizationListQuerySchema = Type.Object({
  kind: Type.Optional(OrganizationKind),
  country: Type.Optional(CountryCode('Only organizations of this country.', [organizationExample(demoIds.state).country_code!])),
  q: Type.Optional(SearchText(200, 'Case-insensitive match anywhere in the name or abbreviation.')),
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })

export type OrganizationListQuery = Static<typeof OrganizationListQuerySchema>

export const OrganizationPageSchema = Page(OrganizationRef, 'Organizations, by name.', { data: [organizationExample(demoIds.state)], next_cursor: null })

export const OrganizationInputSchema = Type.Object({
  id: Type.Optional(Id('Leave out to have one made from the name.')),
  name: Text(300),
  abbreviation: Type.Optional(Nullable(Text(50))),
  kind: OrganizationKind,
  country_code: Type.Optional(Nullable(CountryCode('For states and national bodies.'))),
  parent_id: Type.Optional(Nullable(Id('The organization this one belongs to.'))),
  wikidata_id: Type.Optional(Nullable(WikidataId))
}, {
  $id: 'OrganizationInput',
  additionalProperties: false,
  description: 'A new state or organization.'
})

export const OrganizationPatchSchema = Type.Object({
  name: Type.Optional(Text(300)),
  abbreviation: Type.Optional(Nullable(Text(50))),
  kind: Type.Optional(OrganizationKind),
  country_code: Type.Optional(Nullable(CountryCode('For states and national bodies.'))),
  parent_id: Type.Optional(Nullable(Id('The organization this one belongs to.'))),
  wikidata_id: Type.Optional(Nullable(WikidataId))
}, { $id: 'OrganizationPatch', additionalProperties: false, minProperties: 1, description: 'Changes to an organization (JSON Merge Patch: null clears a field).' })

export type OrganizationInput = Static<typeof OrganizationInputSchema>
export type OrganizationPatch = Static<typeof OrganizationPatchSchema>

// Added after the declarations: the examples are typed by these schemas, so they cannot be part of them.
withExamples(OrganizationSummarySchema, organizationSummary(demoIds.organization))
withExamples(OrganizationSchema, organizationExample(demoIds.state))
withExamples(OrganizationInputSchema, writeExamples.party.organization)
withExamples(OrganizationPatchSchema, writeExamples.organizationPatch)
