// Every schema with an $id: routes refer to them by name, the OpenAPI document lists them as components,
// and the NDJSON import validates lines against them.
import type { TSchema } from 'typebox'
import { sharedSchemas } from './common/schemas.js'
import {
  LocationSchema, MeetingInputSchema, MeetingPatchSchema, MeetingReplaceSchema, MeetingSchema, ParticipantInputSchema,
  ParticipantPatchSchema, ParticipantSchema, PartyInputSchema, PartySchema, ProposalInputSchema, ProposalPatchSchema,
  StatementInputSchema, StatementPatchSchema, StatementSchema
} from './meetings/schemas.js'
import { OrganizationInputSchema, OrganizationPatchSchema, OrganizationSchema, OrganizationSummarySchema } from './organizations/schemas.js'
import { PersonInputSchema, PersonPatchSchema, PersonSchema, PersonSummarySchema } from './persons/schemas.js'
import { MeetingSummarySchema, ProposalSchema } from './proposals/schemas.js'
import { ChangeSchema, RevisionSchema, RevisionSummarySchema } from './revisions/schemas.js'
import { SourceInputSchema, SourcePatchSchema, SourceSchema } from './sources/schemas.js'
import { ThemeDetailSchema, ThemeInputSchema, ThemeNodeSchema, ThemePatchSchema, ThemeSummarySchema } from './themes/schemas.js'

export const componentSchemas: TSchema[] = [
  ...sharedSchemas,
  OrganizationSummarySchema, OrganizationSchema,
  PersonSummarySchema, PersonSchema,
  ThemeSummarySchema, ThemeNodeSchema, ThemeDetailSchema,
  SourceSchema,
  MeetingSummarySchema, ProposalSchema,
  PartySchema, ParticipantSchema, StatementSchema, LocationSchema, MeetingSchema,
  RevisionSummarySchema, RevisionSchema, ChangeSchema,
  OrganizationInputSchema, OrganizationPatchSchema, PersonInputSchema, PersonPatchSchema,
  ThemeInputSchema, ThemePatchSchema, SourceInputSchema, SourcePatchSchema,
  PartyInputSchema, ParticipantInputSchema, ParticipantPatchSchema, ProposalInputSchema, ProposalPatchSchema,
  StatementInputSchema, StatementPatchSchema, MeetingInputSchema, MeetingReplaceSchema, MeetingPatchSchema
]
