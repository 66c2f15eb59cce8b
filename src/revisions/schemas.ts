// Revisions of a record, and the change feed across all records.
import { Type, type Static } from 'typebox'
import { Nullable, Timestamp, withExamples } from '../common/schemas.js'
import { creationRevision, EXAMPLE_PROPOSAL, meetingChangeExample, proposalExample, revisionSummaryExample } from '../demo/examples.js'

const Action = Type.Enum(['create', 'update', 'delete'], { description: 'What the write did.' })
export const ENTITY_TYPES = ['meeting', 'proposal', 'person', 'organization', 'theme', 'source'] as const
const EntityTypeSchema = Type.Enum([...ENTITY_TYPES])

export const RevisionSummarySchema = Type.Object({
  version: Type.Integer({ description: 'The version this write produced.' }),
  action: Action,
  api_key_id: Nullable(Type.String({ description: 'The API key that made the write; null for records Parley loaded itself.' })),
  created_at: Timestamp
}, { $id: 'RevisionSummary', additionalProperties: false, description: 'One write to a record.' })

export const RevisionSchema = Type.Object({
  ...RevisionSummarySchema.properties,
  before: Type.Unknown({ description: 'The record as it read before the write; null for a creation.' }),
  after: Type.Unknown({ description: 'The record as it read after the write; null for a deletion.' }),
  diff: Type.Array(Type.Object({
    op: Type.String(),
    path: Type.String(),
    value: Type.Optional(Type.Unknown()),
    from: Type.Optional(Type.String())
  }, { additionalProperties: false }), { description: 'RFC 6902 JSON Patch from before to after.' })
}, { $id: 'Revision', additionalProperties: false, description: 'One write to a record, with the record before and after it.' })

export const RevisionPageSchema = Type.Object({
  data: Type.Array(Type.Unsafe<Static<typeof RevisionSummarySchema>>(Type.Ref('RevisionSummary')), { description: 'Newest first.' }),
  next_cursor: Nullable(Type.String())
}, { additionalProperties: false, description: 'The revisions of a record, newest first, a page at a time.', examples: [{ data: [revisionSummaryExample], next_cursor: null }] })

export const ChangeSchema = Type.Object({
  seq: Type.Integer({ description: 'Position in the feed; grows with every committed write.' }),
  entity_type: EntityTypeSchema,
  entity_id: Type.String(),
  action: Action,
  version: Type.Integer(),
  api_key_id: Nullable(Type.String()),
  changed_at: Timestamp
}, { $id: 'Change', additionalProperties: false, description: 'A record that was created, updated or deleted.' })

export const ChangePageSchema = Type.Object({
  data: Type.Array(Type.Unsafe<Static<typeof ChangeSchema>>(Type.Ref('Change'))),
  next_cursor: Type.String({ description: 'Where to continue: send it as `since` next time, even when this page was empty.' }),
  has_more: Type.Boolean({ description: 'True when more changes are waiting; false when the feed is caught up.' })
}, { additionalProperties: false, description: 'Writes in commit order, after `since`, a page at a time.', examples: [{ data: [meetingChangeExample], next_cursor: String(meetingChangeExample.seq), has_more: false }] })

// Added after the declarations: the examples are typed by these schemas.
withExamples(RevisionSummarySchema, revisionSummaryExample)
withExamples(RevisionSchema, creationRevision(proposalExample(EXAMPLE_PROPOSAL)))
withExamples(ChangeSchema, meetingChangeExample)
