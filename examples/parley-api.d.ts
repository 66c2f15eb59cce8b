// Parley's API as TypeScript types, for openapi-fetch and other typed clients.
// Generated from openapi/openapi.json by `npm run client` (openapi-typescript); do not edit.

export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Request durations by route and status, database and WAL size, open connections and process metrics, in the Prometheus text format. On this port they need `Authorization: Bearer <METRICS_KEY>` (401 otherwise, and always while no METRICS_KEY is set); with `METRICS_PORT` they are served on that port instead. Not rate limited; turn off with `METRICS=false`.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Answers while the process is running; for container health checks.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check
         * @description Answers 200 when the database answers a query and its file is still the one the server opened, 503 otherwise; for load balancers.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where to start
         * @description A browser (`Accept: text/html`) gets a short page about Parley with links to these docs, the OpenAPI document, the demo record and the main sections of the guide. Any other client gets JSON with links to the main collections.
         */
        get: operations["getLanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meetings
         * @description Meetings matching every filter given, newest first, a page at a time. Follow `next_cursor` (or the `Link` header) for the next page. `include` embeds related records; `facets` counts the whole filtered set. Ask for `text/csv` or `application/x-ndjson` (by `Accept`, or `format=csv` / `format=ndjson`) to get every page at once as a file.
         */
        get: operations["listMeetings"];
        put?: never;
        /**
         * Create a meeting
         * @description Creates a whole meeting in one transaction: its parties, participants, proposals, statements, themes and sources. Related persons, organizations, themes and sources are given by id, or as objects (without an id, or with a new one) to create them. An unknown id is a 422 whose `errors` point at it. Send an `Idempotency-Key` to make retries safe.
         */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings as an iCalendar feed
         * @description The meetings the filters select (the same filters as `GET /v1/meetings`), newest first, as an RFC 5545 calendar that calendar programs can open or subscribe to: one all-day event per meeting, with a stable UID.
         */
        get: operations["getMeetingCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a meeting
         * @description One meeting with its parties, participants, proposals, statements, themes and sources (or only those named in `include`; `include=none` for the meeting alone). Send the `ETag` back in `If-None-Match` to get 304 Not Modified while it is unchanged, or in `If-Match` when changing it. A deleted meeting answers 410 Gone, with a `Link` to its last revision.
         */
        get: operations["getMeeting"];
        /**
         * Replace a meeting
         * @description Replaces the whole meeting with the record sent; what it leaves out is cleared. Honours `If-Match`.
         */
        put: operations["replaceMeeting"];
        post?: never;
        /**
         * Delete a meeting
         * @description Deletes the meeting and everything recorded only for it (its proposals, statements, participations). Its revisions stay: reading it afterwards answers 410 Gone with a link to the last one, and the change feed reports the deletion.
         */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /**
         * Change a meeting
         * @description A JSON Merge Patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields given replace stored ones, null clears a field, and a list given (parties, participants, proposals, statements, themes, sources) replaces that whole list. Send the ETag you read in `If-Match`: if the meeting changed since, the answer is 412 and nothing is written.
         */
        patch: operations["patchMeeting"];
        trace?: never;
    };
    "/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List proposals
         * @description Proposals from every meeting, newest meeting first, filtered by proposer, theme, status, kind, date or text. Ask for `text/csv` or `application/x-ndjson` (by `Accept`, or `format=csv` / `format=ndjson`) to get every page at once as a file.
         */
        get: operations["listProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a proposal
         * @description One proposal with the meeting it was made at, the party (and person) that made it, its kind, status and themes, and the source it was taken from. Its `ETag` names its version, for `If-None-Match` and `If-Match`.
         */
        get: operations["getProposal"];
        put?: never;
        post?: never;
        /**
         * Delete a proposal
         * @description Removes the proposal from its meeting, which gets a new version. Its revisions stay readable. Honours `If-Match` (the proposal's ETag).
         */
        delete: operations["deleteProposal"];
        options?: never;
        head?: never;
        /**
         * Change a proposal
         * @description A JSON Merge Patch of one proposal, e.g. `{"status": "accepted"}` when it is taken up; each change is kept in its revisions. Honours `If-Match` (the proposal's ETag).
         */
        patch: operations["patchProposal"];
        trace?: never;
    };
    "/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List persons
         * @description Persons by name, a page at a time; `q` matches any part of a name or another spelling of it.
         */
        get: operations["listPersons"];
        put?: never;
        /**
         * Create a person
         * @description Creates a person. Without an `id`, a readable one is made from the name. A taken id is 409.
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a person
         * @description One person, every spelling of their name and the number of meetings they took part in. Titles belong to each participation: see the person's meetings for the title held at each.
         */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        /**
         * Delete a person
         * @description Deletes a person that nothing refers to any more; one still in use is 409. Honours `If-Match`.
         */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        /**
         * Change a person
         * @description A JSON Merge Patch of the person: fields given replace stored ones, null clears a field. Meetings that show it get a new version. Honours `If-Match`.
         */
        patch: operations["patchPerson"];
        trace?: never;
    };
    "/v1/persons/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the meetings a person attended
         * @description The same list, filters and pages as `GET /v1/meetings`, limited to meetings this person attended.
         */
        get: operations["listPersonMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description States and organizations by name, a page at a time; filter by kind or country, or match any part of the name or abbreviation with `q`.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create a organization
         * @description Creates a organization. Without an `id`, a readable one is made from the name. A taken id is 409.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description One state or organization: its kind, country, the organization it belongs to (a ministry's state), its Wikidata item and the number of meetings it took part in as a party.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        /**
         * Delete a organization
         * @description Deletes a organization that nothing refers to any more; one still in use is 409. Honours `If-Match`.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        /**
         * Change a organization
         * @description A JSON Merge Patch of the organization: fields given replace stored ones, null clears a field. Meetings that show it get a new version. Honours `If-Match`.
         */
        patch: operations["patchOrganization"];
        trace?: never;
    };
    "/v1/organizations/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the meetings an organization took part in
         * @description The same list, filters and pages as `GET /v1/meetings`, limited to meetings this organization took part in as a party.
         */
        get: operations["listOrganizationMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List themes as a tree
         * @description Every theme, top-level themes first with their sub-themes nested, each with the number of meetings on it or below it.
         */
        get: operations["listThemes"];
        put?: never;
        /**
         * Create a theme
         * @description Creates a theme. Without an `id`, a readable one is made from the name. A taken id is 409.
         */
        post: operations["createTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a theme
         * @description A theme with its sub-themes, its broader themes and its meeting count.
         */
        get: operations["getTheme"];
        put?: never;
        post?: never;
        /**
         * Delete a theme
         * @description Deletes a theme that nothing refers to any more; one still in use is 409. Honours `If-Match`.
         */
        delete: operations["deleteTheme"];
        options?: never;
        head?: never;
        /**
         * Change a theme
         * @description A JSON Merge Patch of the theme: fields given replace stored ones, null clears a field. Meetings that show it get a new version. Honours `If-Match`.
         */
        patch: operations["patchTheme"];
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source
         * @description A publication that facts were taken from, with whom it cites.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Deletes a source that nothing refers to any more; one still in use is 409. Honours `If-Match`.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description A JSON Merge Patch of the source: fields given replace stored ones, null clears a field. Meetings that show it get a new version. Honours `If-Match`.
         */
        patch: operations["patchSource"];
        trace?: never;
    };
    "/v1/meetings/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a party to a meeting
         * @description Adds a state or organization as a party. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        post: operations["addParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/parties/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a party from a meeting
         * @description Removes a party. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        delete: operations["removeParty"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a participant to a meeting
         * @description Adds a person, whom they represented and the title they held that day. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        post: operations["addParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a participant
         * @description Removes one participant. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        delete: operations["removeParticipant"];
        options?: never;
        head?: never;
        /**
         * Change a participant
         * @description A JSON Merge Patch of one participant. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        patch: operations["patchParticipant"];
        trace?: never;
    };
    "/v1/meetings/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a statement to a meeting
         * @description Adds what a party (or the parties jointly) noted, stressed, agreed or discussed. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        post: operations["addStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/statements/{statementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a statement
         * @description Removes one statement. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        delete: operations["removeStatement"];
        options?: never;
        head?: never;
        /**
         * Change a statement
         * @description A JSON Merge Patch of one statement. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        patch: operations["patchStatement"];
        trace?: never;
    };
    "/v1/meetings/{id}/themes/{themeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * File a meeting under a theme
         * @description Links an existing theme; linking it again changes nothing. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        put: operations["linkMeetingTheme"];
        post?: never;
        /**
         * Remove a theme from a meeting
         * @description Unlinks a theme. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        delete: operations["unlinkMeetingTheme"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Cite a source for a meeting
         * @description Links an existing source; linking it again changes nothing. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        put: operations["linkMeetingSource"];
        post?: never;
        /**
         * Remove a source from a meeting
         * @description Unlinks a source that no proposal of the meeting cites. Answers with the whole meeting at its new version. `If-Match` refers to the meeting's ETag.
         */
        delete: operations["unlinkMeetingSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a proposal to a meeting
         * @description Records what a party put forward at the meeting. The meeting gets a new version. Send an `Idempotency-Key` to make retries safe.
         */
        post: operations["addProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of a meeting
         * @description Every write to the meeting, newest first: its version, what it did, which API key made it and when. Still answers after the meeting is deleted.
         */
        get: operations["listMeetingRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/revisions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one revision of a meeting
         * @description The meeting as it read before and after one write, and the difference as an RFC 6902 JSON Patch.
         */
        get: operations["getMeetingRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of a proposal
         * @description Every write to the proposal, newest first: its version, what it did, which API key made it and when. Still answers after the proposal is deleted.
         */
        get: operations["listProposalRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/revisions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one revision of a proposal
         * @description The proposal as it read before and after one write, and the difference as an RFC 6902 JSON Patch.
         */
        get: operations["getProposalRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow every change
         * @description Records created, updated and deleted, in the order the writes were committed. Start without `since`, then send `next_cursor` as `since` to get what changed after; a client that does so mirrors Parley, deletions included.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import meetings from NDJSON
         * @description One meeting per line, each in the shape `POST /v1/meetings` takes (`Content-Type: application/x-ndjson`, up to 10000 lines and 50 MB). Every line is checked before anything is written; problems name their `line` and field. A line whose `id` names an existing meeting replaces it. The batch is written in one transaction: all of it, or nothing.
         */
        post: operations["importMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search everything
         * @description Meetings (title, summary, statements), proposals (summary, quote), persons (every spelling of the name) and organizations (name, abbreviation) that match, best first, each with its matching passage. A query FTS5 cannot read is a 400.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a source
         * @description Creates a source. Without an `id`, a readable one is made from the name. A taken id is 409.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemError: {
            /**
             * @description Where the offending value was sent.
             * @enum {unknown}
             */
            in: "query" | "path" | "body" | "header";
            /** @description JSON pointer to the value within that location, e.g. `/limit` for a query parameter. */
            pointer: string;
            /** @description For NDJSON bodies: the line (from 1) the pointer is in. */
            line?: number;
            message: string;
        };
        /**
         * @description An error, as RFC 9457 problem details (`application/problem+json`).
         * @example {
         *       "type": "urn:parley:problem:invalid-request",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "query /limit must be <= 100",
         *       "instance": "/v1/meetings",
         *       "code": "PARLEY_INVALID_REQUEST",
         *       "request_id": "5f0c6d2e-8b1a-4c3e-9f4d-2a7b1e6c9d30",
         *       "errors": [
         *         {
         *           "in": "query",
         *           "pointer": "/limit",
         *           "message": "must be <= 100"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI that identifies the kind of problem. */
            type: string;
            /** @description A short summary of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request. */
            detail: string;
            /** @description The request path this problem occurred on. */
            instance: string;
            /** @description A stable, machine-readable error code. */
            code: string;
            /** @description The request id, also sent as `x-request-id`; quote it when reporting a problem. */
            request_id: string;
            /** @description For invalid requests: one entry per offending value. */
            errors?: components["schemas"]["ProblemError"][];
        };
        /**
         * @description A state or organization, as embedded in other records.
         * @example {
         *       "id": "osce",
         *       "name": "Organization for Security and Co-operation in Europe",
         *       "abbreviation": "OSCE",
         *       "kind": "intergovernmental",
         *       "country_code": null
         *     }
         */
        OrganizationSummary: {
            /** @description Organization id (a readable slug). */
            id: string;
            name: string;
            abbreviation: string | null;
            /**
             * @description state, intergovernmental (organization), ministry, agency, ngo or other.
             * @enum {unknown}
             */
            kind: "state" | "intergovernmental" | "ministry" | "agency" | "ngo" | "other";
            country_code: string | null;
        };
        /**
         * @description A state, intergovernmental organization, ministry, agency or NGO.
         * @example {
         *       "id": "turkmenistan",
         *       "name": "Turkmenistan",
         *       "abbreviation": null,
         *       "kind": "state",
         *       "country_code": "TM",
         *       "parent_id": null,
         *       "wikidata_id": "Q874",
         *       "meeting_count": 1,
         *       "version": 1,
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z"
         *     }
         */
        Organization: {
            /** @description Organization id (a readable slug). */
            id: string;
            name: string;
            abbreviation: string | null;
            /**
             * @description state, intergovernmental (organization), ministry, agency, ngo or other.
             * @enum {unknown}
             */
            kind: "state" | "intergovernmental" | "ministry" | "agency" | "ngo" | "other";
            country_code: string | null;
            parent_id: string | null;
            wikidata_id: string | null;
            /** @description Meetings this organization took part in as a party. */
            meeting_count: number;
            version: number;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            updated_at: string;
        };
        /**
         * @description A person, as embedded in other records.
         * @example {
         *       "id": "rashid-meredov",
         *       "name": "Rashid Meredov"
         *     }
         */
        PersonSummary: {
            /** @description Person id (a readable slug). */
            id: string;
            name: string;
        };
        /**
         * @description A person who took part in meetings. Titles belong to participations, since they change over time.
         * @example {
         *       "id": "rashid-meredov",
         *       "name": "Rashid Meredov",
         *       "other_names": [
         *         "Raşit Meredow",
         *         "Rashid Meredow"
         *       ],
         *       "wikidata_id": null,
         *       "meeting_count": 1,
         *       "version": 1,
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z"
         *     }
         */
        Person: {
            /** @description Person id (a readable slug). */
            id: string;
            name: string;
            /** @description Transliterations and other spellings. */
            other_names: string[];
            wikidata_id: string | null;
            /** @description Meetings this person took part in. */
            meeting_count: number;
            version: number;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            updated_at: string;
        };
        /**
         * @description A theme, as embedded in other records.
         * @example {
         *       "id": "organized-crime",
         *       "label": "Transnational organized crime",
         *       "parent_id": "security"
         *     }
         */
        ThemeSummary: {
            /** @description Theme id (a readable slug). */
            id: string;
            label: string;
            parent_id: string | null;
        };
        /**
         * @description A theme with its meeting count and the themes below it.
         * @example {
         *       "id": "security",
         *       "label": "Security strategy",
         *       "parent_id": null,
         *       "description": null,
         *       "meeting_count": 1,
         *       "children": [
         *         {
         *           "id": "conflict-prevention",
         *           "label": "Conflict prevention",
         *           "parent_id": "security",
         *           "description": null,
         *           "meeting_count": 1,
         *           "children": []
         *         },
         *         {
         *           "id": "terrorism",
         *           "label": "Counter-terrorism and terrorism financing",
         *           "parent_id": "security",
         *           "description": null,
         *           "meeting_count": 1,
         *           "children": []
         *         },
         *         {
         *           "id": "cybersecurity",
         *           "label": "Cybersecurity",
         *           "parent_id": "security",
         *           "description": null,
         *           "meeting_count": 1,
         *           "children": []
         *         },
         *         {
         *           "id": "organized-crime",
         *           "label": "Transnational organized crime",
         *           "parent_id": "security",
         *           "description": null,
         *           "meeting_count": 1,
         *           "children": [
         *             {
         *               "id": "drug-trafficking",
         *               "label": "Drug trafficking",
         *               "parent_id": "organized-crime",
         *               "description": null,
         *               "meeting_count": 1,
         *               "children": []
         *             },
         *             {
         *               "id": "human-trafficking",
         *               "label": "Human trafficking",
         *               "parent_id": "organized-crime",
         *               "description": null,
         *               "meeting_count": 1,
         *               "children": []
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ThemeNode: {
            /** @description Theme id (a readable slug). */
            id: string;
            label: string;
            parent_id: string | null;
            description: string | null;
            /** @description Meetings on this theme or any theme below it; what `GET /v1/meetings?theme=` finds. */
            meeting_count: number;
            /** @description Narrower themes. */
            children: components["schemas"]["ThemeNode"][];
        };
        /**
         * @description A theme with its place in the hierarchy.
         * @example {
         *       "id": "organized-crime",
         *       "label": "Transnational organized crime",
         *       "parent_id": "security",
         *       "description": null,
         *       "meeting_count": 1,
         *       "children": [
         *         {
         *           "id": "drug-trafficking",
         *           "label": "Drug trafficking",
         *           "parent_id": "organized-crime",
         *           "description": null,
         *           "meeting_count": 1,
         *           "children": []
         *         },
         *         {
         *           "id": "human-trafficking",
         *           "label": "Human trafficking",
         *           "parent_id": "organized-crime",
         *           "description": null,
         *           "meeting_count": 1,
         *           "children": []
         *         }
         *       ],
         *       "version": 1,
         *       "ancestors": [
         *         {
         *           "id": "security",
         *           "label": "Security strategy",
         *           "parent_id": null
         *         }
         *       ]
         *     }
         */
        ThemeDetail: {
            /** @description Theme id (a readable slug). */
            id: string;
            label: string;
            parent_id: string | null;
            description: string | null;
            /** @description Meetings on this theme or any theme below it; what `GET /v1/meetings?theme=` finds. */
            meeting_count: number;
            /** @description Narrower themes. */
            children: components["schemas"]["ThemeNode"][];
            /** @description Incremented on every change. */
            version: number;
            /** @description Broader themes, from the top down. */
            ancestors: components["schemas"]["ThemeSummary"][];
        };
        /**
         * @description A publication that records facts about meetings.
         * @example {
         *       "id": "trend-2021-03-18-turkmenistan-osce",
         *       "publisher": "Trend News Agency",
         *       "via": [
         *         "Turkmenistan's State News Agency"
         *       ],
         *       "url": null,
         *       "title": null,
         *       "published_on": "2021-03-18",
         *       "dateline": "Baku, Azerbaijan",
         *       "language": "en",
         *       "repository": null,
         *       "file": null,
         *       "record_id": null,
         *       "version": 1
         *     }
         */
        Source: {
            /** @description Source id (a readable slug). */
            id: string;
            /** @description Who published it. */
            publisher: string;
            /** @description Attribution chain, nearest first: whom the publisher cites, and whom they cite. */
            via: string[];
            url: string | null;
            title: string | null;
            published_on: string | null;
            dateline: string | null;
            language: string | null;
            repository: string | null;
            file: string | null;
            record_id: string | null;
            /** @description Incremented on every change. */
            version: number;
        };
        /** @description The meeting a record belongs to. */
        MeetingSummary: {
            id: string;
            title: string;
            start_date: string;
        };
        /**
         * @description Something a party put forward at a meeting, with its kind, status and themes.
         * @example {
         *       "id": "2021-03-18-turkmenistan-osce-p3",
         *       "meeting": {
         *         "id": "2021-03-18-turkmenistan-osce",
         *         "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *         "start_date": "2021-03-18"
         *       },
         *       "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
         *       "kind": "institution",
         *       "status": "proposed",
         *       "proposer": {
         *         "id": "turkmenistan",
         *         "name": "Turkmenistan",
         *         "abbreviation": null,
         *         "kind": "state",
         *         "country_code": "TM"
         *       },
         *       "person": null,
         *       "quote": null,
         *       "source_id": "trend-2021-03-18-turkmenistan-osce",
         *       "themes": [
         *         {
         *           "id": "energy",
         *           "label": "Energy and energy diplomacy",
         *           "parent_id": null
         *         }
         *       ],
         *       "version": 1,
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z"
         *     }
         */
        Proposal: {
            /** @description Proposal id. */
            id: string;
            meeting: components["schemas"]["MeetingSummary"];
            /** @description What was proposed, in a sentence. */
            summary: string;
            /**
             * @description strategy, institution, conference, instrument, project, commitment, agreement or other.
             * @enum {unknown}
             */
            kind: "strategy" | "institution" | "conference" | "instrument" | "project" | "commitment" | "agreement" | "other";
            /**
             * @description proposed, under_consideration, accepted, rejected, implemented or unknown.
             * @enum {unknown}
             */
            status: "proposed" | "under_consideration" | "accepted" | "rejected" | "implemented" | "unknown";
            proposer: components["schemas"]["OrganizationSummary"] | null;
            person: components["schemas"]["PersonSummary"] | null;
            quote: string | null;
            source_id: string | null;
            themes: components["schemas"]["ThemeSummary"][];
            version: number;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            updated_at: string;
        };
        /** @description A state or organization that took part in a meeting, and as what. */
        Party: {
            organization: components["schemas"]["OrganizationSummary"];
            /**
             * @description host, guest, participant, observer or mediator.
             * @enum {unknown}
             */
            role: "host" | "guest" | "participant" | "observer" | "mediator";
        };
        /** @description A person at a meeting, the organization they represented and the title they held that day. */
        Participant: {
            id: string;
            person: components["schemas"]["PersonSummary"];
            represents: components["schemas"]["OrganizationSummary"] | null;
            title: string | null;
            /**
             * @description head_of_delegation, delegate, host, observer or chair.
             * @enum {unknown}
             */
            role: "head_of_delegation" | "delegate" | "host" | "observer" | "chair";
        };
        /** @description Something the parties noted, stressed, agreed or discussed; `by` is null when they spoke jointly. */
        Statement: {
            id: string;
            by: components["schemas"]["OrganizationSummary"] | null;
            /**
             * @description What the speaker did: noted, stressed, agreed, discussed, expressed, announced, mentioned or other.
             * @enum {unknown}
             */
            kind: "noted" | "stressed" | "agreed" | "discussed" | "expressed" | "announced" | "mentioned" | "other";
            text: string;
        };
        /** @description Where an in-person meeting took place. */
        Location: {
            /** @description Place name. */
            name: string;
            country_code: string | null;
        };
        /**
         * @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all.
         * @example {
         *       "id": "2021-03-18-turkmenistan-osce",
         *       "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *       "summary": "Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against terrorism, organized crime, drug and human trafficking, and cyber threats.",
         *       "start_date": "2021-03-18",
         *       "end_date": null,
         *       "date_note": "The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before.",
         *       "format": "videoconference",
         *       "status": "held",
         *       "kind": "bilateral",
         *       "location": null,
         *       "version": 1,
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "updated_at": "2026-01-01T00:00:00.000Z",
         *       "parties": [
         *         {
         *           "organization": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           },
         *           "role": "participant"
         *         },
         *         {
         *           "organization": {
         *             "id": "osce",
         *             "name": "Organization for Security and Co-operation in Europe",
         *             "abbreviation": "OSCE",
         *             "kind": "intergovernmental",
         *             "country_code": null
         *           },
         *           "role": "participant"
         *         }
         *       ],
         *       "participants": [
         *         {
         *           "id": "1",
         *           "person": {
         *             "id": "rashid-meredov",
         *             "name": "Rashid Meredov"
         *           },
         *           "represents": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           },
         *           "title": "Minister of Foreign Affairs",
         *           "role": "head_of_delegation"
         *         },
         *         {
         *           "id": "2",
         *           "person": {
         *             "id": "helga-schmid",
         *             "name": "Helga Schmid"
         *           },
         *           "represents": {
         *             "id": "osce",
         *             "name": "Organization for Security and Co-operation in Europe",
         *             "abbreviation": "OSCE",
         *             "kind": "intergovernmental",
         *             "country_code": null
         *           },
         *           "title": "Secretary-General",
         *           "role": "head_of_delegation"
         *         }
         *       ],
         *       "proposals": [
         *         {
         *           "id": "2021-03-18-turkmenistan-osce-p1",
         *           "meeting": {
         *             "id": "2021-03-18-turkmenistan-osce",
         *             "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *             "start_date": "2021-03-18"
         *           },
         *           "summary": "Work out a single, shared security strategy for the OSCE",
         *           "kind": "strategy",
         *           "status": "proposed",
         *           "proposer": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           },
         *           "person": null,
         *           "quote": null,
         *           "source_id": "trend-2021-03-18-turkmenistan-osce",
         *           "themes": [
         *             {
         *               "id": "conflict-prevention",
         *               "label": "Conflict prevention",
         *               "parent_id": "security"
         *             },
         *             {
         *               "id": "security",
         *               "label": "Security strategy",
         *               "parent_id": null
         *             }
         *           ],
         *           "version": 1,
         *           "created_at": "2026-01-01T00:00:00.000Z",
         *           "updated_at": "2026-01-01T00:00:00.000Z"
         *         },
         *         {
         *           "id": "2021-03-18-turkmenistan-osce-p2",
         *           "meeting": {
         *             "id": "2021-03-18-turkmenistan-osce",
         *             "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *             "start_date": "2021-03-18"
         *           },
         *           "summary": "Look into new political and diplomatic tools for heading off conflicts between states",
         *           "kind": "instrument",
         *           "status": "proposed",
         *           "proposer": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           },
         *           "person": null,
         *           "quote": null,
         *           "source_id": "trend-2021-03-18-turkmenistan-osce",
         *           "themes": [
         *             {
         *               "id": "conflict-prevention",
         *               "label": "Conflict prevention",
         *               "parent_id": "security"
         *             }
         *           ],
         *           "version": 1,
         *           "created_at": "2026-01-01T00:00:00.000Z",
         *           "updated_at": "2026-01-01T00:00:00.000Z"
         *         },
         *         {
         *           "id": "2021-03-18-turkmenistan-osce-p3",
         *           "meeting": {
         *             "id": "2021-03-18-turkmenistan-osce",
         *             "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *             "start_date": "2021-03-18"
         *           },
         *           "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
         *           "kind": "institution",
         *           "status": "proposed",
         *           "proposer": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           },
         *           "person": null,
         *           "quote": null,
         *           "source_id": "trend-2021-03-18-turkmenistan-osce",
         *           "themes": [
         *             {
         *               "id": "energy",
         *               "label": "Energy and energy diplomacy",
         *               "parent_id": null
         *             }
         *           ],
         *           "version": 1,
         *           "created_at": "2026-01-01T00:00:00.000Z",
         *           "updated_at": "2026-01-01T00:00:00.000Z"
         *         },
         *         {
         *           "id": "2021-03-18-turkmenistan-osce-p4",
         *           "meeting": {
         *             "id": "2021-03-18-turkmenistan-osce",
         *             "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *             "start_date": "2021-03-18"
         *           },
         *           "summary": "Hold a regional conference on fighting terrorism financing and transnational organized crime",
         *           "kind": "conference",
         *           "status": "proposed",
         *           "proposer": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           },
         *           "person": null,
         *           "quote": null,
         *           "source_id": "trend-2021-03-18-turkmenistan-osce",
         *           "themes": [
         *             {
         *               "id": "terrorism",
         *               "label": "Counter-terrorism and terrorism financing",
         *               "parent_id": "security"
         *             },
         *             {
         *               "id": "organized-crime",
         *               "label": "Transnational organized crime",
         *               "parent_id": "security"
         *             }
         *           ],
         *           "version": 1,
         *           "created_at": "2026-01-01T00:00:00.000Z",
         *           "updated_at": "2026-01-01T00:00:00.000Z"
         *         },
         *         {
         *           "id": "2021-03-18-turkmenistan-osce-p5",
         *           "meeting": {
         *             "id": "2021-03-18-turkmenistan-osce",
         *             "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *             "start_date": "2021-03-18"
         *           },
         *           "summary": "Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus",
         *           "kind": "commitment",
         *           "status": "proposed",
         *           "proposer": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           },
         *           "person": null,
         *           "quote": null,
         *           "source_id": "trend-2021-03-18-turkmenistan-osce",
         *           "themes": [
         *             {
         *               "id": "digitalization",
         *               "label": "Digitalization",
         *               "parent_id": null
         *             },
         *             {
         *               "id": "environment",
         *               "label": "Environmental safety",
         *               "parent_id": null
         *             },
         *             {
         *               "id": "trade",
         *               "label": "Trade facilitation",
         *               "parent_id": null
         *             },
         *             {
         *               "id": "transport",
         *               "label": "Transport and connectivity",
         *               "parent_id": null
         *             }
         *           ],
         *           "version": 1,
         *           "created_at": "2026-01-01T00:00:00.000Z",
         *           "updated_at": "2026-01-01T00:00:00.000Z"
         *         }
         *       ],
         *       "statements": [
         *         {
         *           "id": "1",
         *           "by": null,
         *           "kind": "noted",
         *           "text": "Raising funds and building mechanisms matter for preventing conflicts between countries."
         *         },
         *         {
         *           "id": "2",
         *           "by": null,
         *           "kind": "stressed",
         *           "text": "Reliable access to energy resources matters for regional and global development."
         *         },
         *         {
         *           "id": "3",
         *           "by": null,
         *           "kind": "noted",
         *           "text": "The OSCE project for green ports and better links around the Caspian Sea is important."
         *         },
         *         {
         *           "id": "4",
         *           "by": null,
         *           "kind": "discussed",
         *           "text": "Ways to cooperate on cybersecurity."
         *         },
         *         {
         *           "id": "5",
         *           "by": null,
         *           "kind": "mentioned",
         *           "text": "Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme."
         *         },
         *         {
         *           "id": "6",
         *           "by": null,
         *           "kind": "mentioned",
         *           "text": "The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy."
         *         }
         *       ],
         *       "themes": [
         *         {
         *           "id": "conflict-prevention",
         *           "label": "Conflict prevention",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "terrorism",
         *           "label": "Counter-terrorism and terrorism financing",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "cybersecurity",
         *           "label": "Cybersecurity",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "digitalization",
         *           "label": "Digitalization",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "drug-trafficking",
         *           "label": "Drug trafficking",
         *           "parent_id": "organized-crime"
         *         },
         *         {
         *           "id": "energy",
         *           "label": "Energy and energy diplomacy",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "environment",
         *           "label": "Environmental safety",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "human-trafficking",
         *           "label": "Human trafficking",
         *           "parent_id": "organized-crime"
         *         },
         *         {
         *           "id": "security",
         *           "label": "Security strategy",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "trade",
         *           "label": "Trade facilitation",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "organized-crime",
         *           "label": "Transnational organized crime",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "transport",
         *           "label": "Transport and connectivity",
         *           "parent_id": null
         *         }
         *       ],
         *       "sources": [
         *         {
         *           "id": "trend-2021-03-18-turkmenistan-osce",
         *           "publisher": "Trend News Agency",
         *           "via": [
         *             "Turkmenistan's State News Agency"
         *           ],
         *           "url": null,
         *           "title": null,
         *           "published_on": "2021-03-18",
         *           "dateline": "Baku, Azerbaijan",
         *           "language": "en",
         *           "repository": null,
         *           "file": null,
         *           "record_id": null,
         *           "version": 1
         *         }
         *       ]
         *     }
         */
        Meeting: {
            /** @description Meeting id: start date and parties, e.g. `2021-03-18-turkmenistan-osce`. */
            id: string;
            title: string;
            summary: string | null;
            /** @description ISO 8601, possibly partial (`2021`, `2021-03`). */
            start_date: string;
            end_date: string | null;
            date_note: string | null;
            /**
             * @description in_person, videoconference, phone_call, hybrid, written or unknown.
             * @enum {unknown}
             */
            format: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown";
            /**
             * @description held, planned or cancelled.
             * @enum {unknown}
             */
            status: "held" | "planned" | "cancelled";
            kind: ("bilateral" | "multilateral") | null;
            location: components["schemas"]["Location"] | null;
            /** @description Incremented on every change. */
            version: number;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            updated_at: string;
            /** @description Present when searching with `q`. */
            match?: {
                /** @description The best-matching passage, with matches wrapped in `<mark>` and `</mark>`. */
                snippet: string;
                /** @description BM25 relevance; lower is more relevant. Only in lists sorted by relevance. */
                rank?: number;
            };
            parties?: components["schemas"]["Party"][];
            participants?: components["schemas"]["Participant"][];
            proposals?: components["schemas"]["Proposal"][];
            statements?: components["schemas"]["Statement"][];
            themes?: components["schemas"]["ThemeSummary"][];
            sources?: components["schemas"]["Source"][];
        };
        /**
         * @description One write to a record.
         * @example {
         *       "version": 1,
         *       "action": "create",
         *       "api_key_id": null,
         *       "created_at": "2026-01-01T00:00:00.000Z"
         *     }
         */
        RevisionSummary: {
            /** @description The version this write produced. */
            version: number;
            /**
             * @description What the write did.
             * @enum {unknown}
             */
            action: "create" | "update" | "delete";
            api_key_id: string | null;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            created_at: string;
        };
        /**
         * @description One write to a record, with the record before and after it.
         * @example {
         *       "version": 1,
         *       "action": "create",
         *       "api_key_id": null,
         *       "created_at": "2026-01-01T00:00:00.000Z",
         *       "before": null,
         *       "after": {
         *         "id": "2021-03-18-turkmenistan-osce-p3",
         *         "meeting": {
         *           "id": "2021-03-18-turkmenistan-osce",
         *           "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *           "start_date": "2021-03-18"
         *         },
         *         "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
         *         "kind": "institution",
         *         "status": "proposed",
         *         "proposer": {
         *           "id": "turkmenistan",
         *           "name": "Turkmenistan",
         *           "abbreviation": null,
         *           "kind": "state",
         *           "country_code": "TM"
         *         },
         *         "person": null,
         *         "quote": null,
         *         "source_id": "trend-2021-03-18-turkmenistan-osce",
         *         "themes": [
         *           {
         *             "id": "energy",
         *             "label": "Energy and energy diplomacy",
         *             "parent_id": null
         *           }
         *         ],
         *         "version": 1,
         *         "created_at": "2026-01-01T00:00:00.000Z",
         *         "updated_at": "2026-01-01T00:00:00.000Z"
         *       },
         *       "diff": [
         *         {
         *           "op": "add",
         *           "path": "/id",
         *           "value": "2021-03-18-turkmenistan-osce-p3"
         *         },
         *         {
         *           "op": "add",
         *           "path": "/meeting",
         *           "value": {
         *             "id": "2021-03-18-turkmenistan-osce",
         *             "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *             "start_date": "2021-03-18"
         *           }
         *         },
         *         {
         *           "op": "add",
         *           "path": "/summary",
         *           "value": "Set up a Council for Sustainable Energy as a specialised OSCE body"
         *         },
         *         {
         *           "op": "add",
         *           "path": "/kind",
         *           "value": "institution"
         *         },
         *         {
         *           "op": "add",
         *           "path": "/status",
         *           "value": "proposed"
         *         },
         *         {
         *           "op": "add",
         *           "path": "/proposer",
         *           "value": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "abbreviation": null,
         *             "kind": "state",
         *             "country_code": "TM"
         *           }
         *         },
         *         {
         *           "op": "add",
         *           "path": "/person",
         *           "value": null
         *         },
         *         {
         *           "op": "add",
         *           "path": "/quote",
         *           "value": null
         *         },
         *         {
         *           "op": "add",
         *           "path": "/source_id",
         *           "value": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "op": "add",
         *           "path": "/themes",
         *           "value": [
         *             {
         *               "id": "energy",
         *               "label": "Energy and energy diplomacy",
         *               "parent_id": null
         *             }
         *           ]
         *         },
         *         {
         *           "op": "add",
         *           "path": "/version",
         *           "value": 1
         *         },
         *         {
         *           "op": "add",
         *           "path": "/created_at",
         *           "value": "2026-01-01T00:00:00.000Z"
         *         },
         *         {
         *           "op": "add",
         *           "path": "/updated_at",
         *           "value": "2026-01-01T00:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        Revision: {
            /** @description The version this write produced. */
            version: number;
            /**
             * @description What the write did.
             * @enum {unknown}
             */
            action: "create" | "update" | "delete";
            api_key_id: string | null;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            created_at: string;
            /** @description The record as it read before the write; null for a creation. */
            before: unknown;
            /** @description The record as it read after the write; null for a deletion. */
            after: unknown;
            /** @description RFC 6902 JSON Patch from before to after. */
            diff: {
                op: string;
                path: string;
                value?: unknown;
                from?: string;
            }[];
        };
        /**
         * @description A record that was created, updated or deleted.
         * @example {
         *       "seq": 23,
         *       "entity_type": "meeting",
         *       "entity_id": "2021-03-18-turkmenistan-osce",
         *       "action": "create",
         *       "version": 1,
         *       "api_key_id": null,
         *       "changed_at": "2026-01-01T00:00:00.000Z"
         *     }
         */
        Change: {
            /** @description Position in the feed; grows with every committed write. */
            seq: number;
            /** @enum {unknown} */
            entity_type: "meeting" | "proposal" | "person" | "organization" | "theme" | "source";
            entity_id: string;
            /**
             * @description What the write did.
             * @enum {unknown}
             */
            action: "create" | "update" | "delete";
            version: number;
            api_key_id: string | null;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601.
             */
            changed_at: string;
        };
        /**
         * @description A new state or organization.
         * @example {
         *       "name": "Ministry of Foreign Affairs of Turkmenistan",
         *       "kind": "ministry",
         *       "country_code": "TM",
         *       "parent_id": "turkmenistan"
         *     }
         */
        OrganizationInput: {
            /** @description Leave out to have one made from the name. */
            id?: string;
            name: string;
            abbreviation?: string | null;
            /**
             * @description state, intergovernmental (organization), ministry, agency, ngo or other.
             * @enum {unknown}
             */
            kind: "state" | "intergovernmental" | "ministry" | "agency" | "ngo" | "other";
            country_code?: string | null;
            parent_id?: string | null;
            wikidata_id?: string | null;
        };
        /**
         * @description Changes to an organization (JSON Merge Patch: null clears a field).
         * @example {
         *       "wikidata_id": "Q874"
         *     }
         */
        OrganizationPatch: {
            name?: string;
            abbreviation?: string | null;
            /**
             * @description state, intergovernmental (organization), ministry, agency, ngo or other.
             * @enum {unknown}
             */
            kind?: "state" | "intergovernmental" | "ministry" | "agency" | "ngo" | "other";
            country_code?: string | null;
            parent_id?: string | null;
            wikidata_id?: string | null;
        };
        /**
         * @description A new person.
         * @example {
         *       "name": "Rashid Meredov",
         *       "other_names": [
         *         "Raşit Meredow",
         *         "Rashid Meredow"
         *       ]
         *     }
         */
        PersonInput: {
            /** @description Leave out to have one made from the name. */
            id?: string;
            name: string;
            /** @description Transliterations and other spellings. */
            other_names?: string[];
            wikidata_id?: string | null;
        };
        /**
         * @description Changes to a person (JSON Merge Patch: null clears a field).
         * @example {
         *       "other_names": [
         *         "Raşit Meredow",
         *         "Rashid Meredow"
         *       ]
         *     }
         */
        PersonPatch: {
            name?: string;
            other_names?: string[] | null;
            wikidata_id?: string | null;
        };
        /**
         * @description A new theme.
         * @example {
         *       "id": "maritime-security",
         *       "label": "Maritime security",
         *       "parent_id": "security"
         *     }
         */
        ThemeInput: {
            /** @description Leave out to have one made from the label. */
            id?: string;
            label: string;
            parent_id?: string | null;
            description?: string | null;
        };
        /**
         * @description Changes to a theme (JSON Merge Patch: null clears a field).
         * @example {
         *       "description": "Crime organized across borders, such as drug and human trafficking."
         *     }
         */
        ThemePatch: {
            label?: string;
            parent_id?: string | null;
            description?: string | null;
        };
        /**
         * @description A new source.
         * @example {
         *       "publisher": "Trend News Agency",
         *       "via": [
         *         "Turkmenistan's State News Agency"
         *       ],
         *       "published_on": "2021-03-18",
         *       "dateline": "Baku, Azerbaijan",
         *       "language": "en"
         *     }
         */
        SourceInput: {
            /** @description Leave out to have one made from the publisher and date. */
            id?: string;
            /** @description Who published it. */
            publisher: string;
            /** @description Attribution chain, nearest first. */
            via?: string[];
            url?: string | null;
            title?: string | null;
            published_on?: string | null;
            dateline?: string | null;
            language?: string | null;
            repository?: string | null;
            file?: string | null;
            record_id?: string | null;
        };
        /**
         * @description Changes to a source (JSON Merge Patch: null clears a field).
         * @example {
         *       "dateline": "Baku, Azerbaijan"
         *     }
         */
        SourcePatch: {
            /** @description Who published it. */
            publisher?: string;
            via?: string[] | null;
            url?: string | null;
            title?: string | null;
            published_on?: string | null;
            dateline?: string | null;
            language?: string | null;
            repository?: string | null;
            file?: string | null;
            record_id?: string | null;
        };
        /**
         * @description A party to a meeting.
         * @example {
         *       "organization": {
         *         "name": "Ministry of Foreign Affairs of Turkmenistan",
         *         "kind": "ministry",
         *         "country_code": "TM",
         *         "parent_id": "turkmenistan"
         *       },
         *       "role": "participant"
         *     }
         */
        PartyInput: {
            /** @description An existing organization, by id, or a new one, as an object. */
            organization: string | components["schemas"]["OrganizationInput"];
            /**
             * @description host, guest, participant (the default), observer or mediator.
             * @enum {unknown}
             */
            role?: "host" | "guest" | "participant" | "observer" | "mediator";
        };
        /**
         * @description A person at a meeting.
         * @example {
         *       "person": "rashid-meredov",
         *       "represents": "turkmenistan",
         *       "title": "Minister of Foreign Affairs",
         *       "role": "head_of_delegation"
         *     }
         */
        ParticipantInput: {
            /** @description An existing person, by id, or a new one, as an object. */
            person: string | components["schemas"]["PersonInput"];
            represents?: (string | components["schemas"]["OrganizationInput"]) | null;
            title?: string | null;
            /**
             * @description head_of_delegation, delegate (the default), host, observer or chair.
             * @enum {unknown}
             */
            role?: "head_of_delegation" | "delegate" | "host" | "observer" | "chair";
        };
        /**
         * @description Changes to a participant (JSON Merge Patch).
         * @example {
         *       "title": "Minister of Foreign Affairs of Turkmenistan"
         *     }
         */
        ParticipantPatch: {
            /** @description An existing person, by id, or a new one, as an object. */
            person?: string | components["schemas"]["PersonInput"];
            represents?: (string | components["schemas"]["OrganizationInput"]) | null;
            title?: string | null;
            /**
             * @description head_of_delegation, delegate, host, observer or chair.
             * @enum {unknown}
             */
            role?: "head_of_delegation" | "delegate" | "host" | "observer" | "chair";
        };
        /**
         * @description A proposal made at a meeting.
         * @example {
         *       "by": "turkmenistan",
         *       "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
         *       "kind": "institution",
         *       "themes": [
         *         "energy"
         *       ],
         *       "status": "proposed",
         *       "source": "trend-2021-03-18-turkmenistan-osce"
         *     }
         */
        ProposalInput: {
            /** @description Leave out to have one made from the meeting id. */
            id?: string;
            by?: (string | components["schemas"]["OrganizationInput"]) | null;
            person?: (string | components["schemas"]["PersonInput"]) | null;
            /** @description What was proposed, in a sentence. */
            summary: string;
            /**
             * @description strategy, institution, conference, instrument, project, commitment, agreement or other (the default).
             * @enum {unknown}
             */
            kind?: "strategy" | "institution" | "conference" | "instrument" | "project" | "commitment" | "agreement" | "other";
            /**
             * @description proposed (the default), under_consideration, accepted, rejected, implemented or unknown.
             * @enum {unknown}
             */
            status?: "proposed" | "under_consideration" | "accepted" | "rejected" | "implemented" | "unknown";
            quote?: string | null;
            source?: (string | components["schemas"]["SourceInput"]) | null;
            themes?: (string | components["schemas"]["ThemeInput"])[];
        };
        /**
         * @description Changes to a proposal (JSON Merge Patch; `themes` replaces the list).
         * @example {
         *       "status": "under_consideration"
         *     }
         */
        ProposalPatch: {
            by?: (string | components["schemas"]["OrganizationInput"]) | null;
            person?: (string | components["schemas"]["PersonInput"]) | null;
            summary?: string;
            /** @enum {unknown} */
            kind?: "strategy" | "institution" | "conference" | "instrument" | "project" | "commitment" | "agreement" | "other";
            /**
             * @description Status changes are kept in the proposal's revisions.
             * @enum {unknown}
             */
            status?: "proposed" | "under_consideration" | "accepted" | "rejected" | "implemented" | "unknown";
            quote?: string | null;
            source?: (string | components["schemas"]["SourceInput"]) | null;
            themes?: (string | components["schemas"]["ThemeInput"])[];
        };
        /**
         * @description A statement; leave out `by` (or send null) when the parties spoke jointly.
         * @example {
         *       "kind": "discussed",
         *       "text": "Ways to cooperate on cybersecurity."
         *     }
         */
        StatementInput: {
            by?: (string | components["schemas"]["OrganizationInput"]) | null;
            /**
             * @description noted, stressed, agreed, discussed, expressed, announced, mentioned or other (the default).
             * @enum {unknown}
             */
            kind?: "noted" | "stressed" | "agreed" | "discussed" | "expressed" | "announced" | "mentioned" | "other";
            text: string;
        };
        /**
         * @description Changes to a statement (JSON Merge Patch).
         * @example {
         *       "text": "Ways to cooperate on cybersecurity and against cyber threats."
         *     }
         */
        StatementPatch: {
            by?: (string | components["schemas"]["OrganizationInput"]) | null;
            /**
             * @description What the speaker did.
             * @enum {unknown}
             */
            kind?: "noted" | "stressed" | "agreed" | "discussed" | "expressed" | "announced" | "mentioned" | "other";
            text?: string;
        };
        /**
         * @description A whole meeting. Related persons, organizations, themes and sources are given by id, or as objects to create them.
         * @example {
         *       "id": "2021-03-18-turkmenistan-osce",
         *       "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *       "summary": "Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against terrorism, organized crime, drug and human trafficking, and cyber threats.",
         *       "start_date": "2021-03-18",
         *       "date_note": "The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before.",
         *       "format": "videoconference",
         *       "status": "held",
         *       "location": null,
         *       "parties": [
         *         {
         *           "organization": {
         *             "id": "turkmenistan",
         *             "name": "Turkmenistan",
         *             "kind": "state",
         *             "country_code": "TM",
         *             "wikidata_id": "Q874"
         *           }
         *         },
         *         {
         *           "organization": {
         *             "id": "osce",
         *             "name": "Organization for Security and Co-operation in Europe",
         *             "abbreviation": "OSCE",
         *             "kind": "intergovernmental",
         *             "wikidata_id": "Q81299"
         *           }
         *         }
         *       ],
         *       "participants": [
         *         {
         *           "person": {
         *             "id": "rashid-meredov",
         *             "name": "Rashid Meredov",
         *             "other_names": [
         *               "Raşit Meredow",
         *               "Rashid Meredow"
         *             ]
         *           },
         *           "represents": "turkmenistan",
         *           "title": "Minister of Foreign Affairs",
         *           "role": "head_of_delegation"
         *         },
         *         {
         *           "person": {
         *             "id": "helga-schmid",
         *             "name": "Helga Schmid",
         *             "other_names": [
         *               "Helga Maria Schmid"
         *             ]
         *           },
         *           "represents": "osce",
         *           "title": "Secretary-General",
         *           "role": "head_of_delegation"
         *         }
         *       ],
         *       "themes": [
         *         {
         *           "id": "security",
         *           "label": "Security strategy",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "conflict-prevention",
         *           "label": "Conflict prevention",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "terrorism",
         *           "label": "Counter-terrorism and terrorism financing",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "organized-crime",
         *           "label": "Transnational organized crime",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "drug-trafficking",
         *           "label": "Drug trafficking",
         *           "parent_id": "organized-crime"
         *         },
         *         {
         *           "id": "human-trafficking",
         *           "label": "Human trafficking",
         *           "parent_id": "organized-crime"
         *         },
         *         {
         *           "id": "cybersecurity",
         *           "label": "Cybersecurity",
         *           "parent_id": "security"
         *         },
         *         {
         *           "id": "energy",
         *           "label": "Energy and energy diplomacy",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "transport",
         *           "label": "Transport and connectivity",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "environment",
         *           "label": "Environmental safety",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "trade",
         *           "label": "Trade facilitation",
         *           "parent_id": null
         *         },
         *         {
         *           "id": "digitalization",
         *           "label": "Digitalization",
         *           "parent_id": null
         *         }
         *       ],
         *       "sources": [
         *         {
         *           "id": "trend-2021-03-18-turkmenistan-osce",
         *           "publisher": "Trend News Agency",
         *           "via": [
         *             "Turkmenistan's State News Agency"
         *           ],
         *           "published_on": "2021-03-18",
         *           "dateline": "Baku, Azerbaijan",
         *           "language": "en"
         *         }
         *       ],
         *       "proposals": [
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Work out a single, shared security strategy for the OSCE",
         *           "kind": "strategy",
         *           "themes": [
         *             "security",
         *             "conflict-prevention"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Look into new political and diplomatic tools for heading off conflicts between states",
         *           "kind": "instrument",
         *           "themes": [
         *             "conflict-prevention"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
         *           "kind": "institution",
         *           "themes": [
         *             "energy"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Hold a regional conference on fighting terrorism financing and transnational organized crime",
         *           "kind": "conference",
         *           "themes": [
         *             "terrorism",
         *             "organized-crime"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus",
         *           "kind": "commitment",
         *           "themes": [
         *             "transport",
         *             "environment",
         *             "trade",
         *             "digitalization"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         }
         *       ],
         *       "statements": [
         *         {
         *           "kind": "noted",
         *           "text": "Raising funds and building mechanisms matter for preventing conflicts between countries."
         *         },
         *         {
         *           "kind": "stressed",
         *           "text": "Reliable access to energy resources matters for regional and global development."
         *         },
         *         {
         *           "kind": "noted",
         *           "text": "The OSCE project for green ports and better links around the Caspian Sea is important."
         *         },
         *         {
         *           "kind": "discussed",
         *           "text": "Ways to cooperate on cybersecurity."
         *         },
         *         {
         *           "kind": "mentioned",
         *           "text": "Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme."
         *         },
         *         {
         *           "kind": "mentioned",
         *           "text": "The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy."
         *         }
         *       ]
         *     }
         */
        MeetingInput: {
            /** @description Leave out to have one made from the start date and parties. */
            id?: string;
            title: string;
            summary?: string | null;
            /**
             * Format: partial-date
             * @description First day. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
             * @example 2021-03-18
             */
            start_date: string;
            end_date?: string | null;
            date_note?: string | null;
            /**
             * @description in_person, videoconference, phone_call, hybrid, written or unknown.
             * @enum {unknown}
             */
            format?: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown";
            /**
             * @description held (the default), planned or cancelled.
             * @enum {unknown}
             */
            status?: "held" | "planned" | "cancelled";
            location?: {
                /** @description Place name. */
                name: string;
                country_code?: string | null;
            } | null;
            parties?: components["schemas"]["PartyInput"][];
            participants?: components["schemas"]["ParticipantInput"][];
            proposals?: components["schemas"]["ProposalInput"][];
            statements?: components["schemas"]["StatementInput"][];
            themes?: (string | components["schemas"]["ThemeInput"])[];
            sources?: (string | components["schemas"]["SourceInput"])[];
        };
        /**
         * @description A whole meeting that replaces the stored one, its lists included.
         * @example {
         *       "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
         *       "summary": "Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against terrorism, organized crime, drug and human trafficking, and cyber threats.",
         *       "start_date": "2021-03-18",
         *       "date_note": "The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before.",
         *       "format": "videoconference",
         *       "status": "held",
         *       "location": null,
         *       "parties": [
         *         {
         *           "organization": "turkmenistan"
         *         },
         *         {
         *           "organization": "osce"
         *         }
         *       ],
         *       "participants": [
         *         {
         *           "person": "rashid-meredov",
         *           "represents": "turkmenistan",
         *           "title": "Minister of Foreign Affairs",
         *           "role": "head_of_delegation"
         *         },
         *         {
         *           "person": "helga-schmid",
         *           "represents": "osce",
         *           "title": "Secretary-General",
         *           "role": "head_of_delegation"
         *         }
         *       ],
         *       "themes": [
         *         "security",
         *         "conflict-prevention",
         *         "terrorism",
         *         "organized-crime",
         *         "drug-trafficking",
         *         "human-trafficking",
         *         "cybersecurity",
         *         "energy",
         *         "transport",
         *         "environment",
         *         "trade",
         *         "digitalization"
         *       ],
         *       "sources": [
         *         "trend-2021-03-18-turkmenistan-osce"
         *       ],
         *       "proposals": [
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Work out a single, shared security strategy for the OSCE",
         *           "kind": "strategy",
         *           "themes": [
         *             "security",
         *             "conflict-prevention"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Look into new political and diplomatic tools for heading off conflicts between states",
         *           "kind": "instrument",
         *           "themes": [
         *             "conflict-prevention"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
         *           "kind": "institution",
         *           "themes": [
         *             "energy"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Hold a regional conference on fighting terrorism financing and transnational organized crime",
         *           "kind": "conference",
         *           "themes": [
         *             "terrorism",
         *             "organized-crime"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         },
         *         {
         *           "by": "turkmenistan",
         *           "summary": "Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus",
         *           "kind": "commitment",
         *           "themes": [
         *             "transport",
         *             "environment",
         *             "trade",
         *             "digitalization"
         *           ],
         *           "status": "proposed",
         *           "source": "trend-2021-03-18-turkmenistan-osce"
         *         }
         *       ],
         *       "statements": [
         *         {
         *           "kind": "noted",
         *           "text": "Raising funds and building mechanisms matter for preventing conflicts between countries."
         *         },
         *         {
         *           "kind": "stressed",
         *           "text": "Reliable access to energy resources matters for regional and global development."
         *         },
         *         {
         *           "kind": "noted",
         *           "text": "The OSCE project for green ports and better links around the Caspian Sea is important."
         *         },
         *         {
         *           "kind": "discussed",
         *           "text": "Ways to cooperate on cybersecurity."
         *         },
         *         {
         *           "kind": "mentioned",
         *           "text": "Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme."
         *         },
         *         {
         *           "kind": "mentioned",
         *           "text": "The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy."
         *         }
         *       ]
         *     }
         */
        MeetingReplace: {
            title: string;
            summary?: string | null;
            /**
             * Format: partial-date
             * @description First day. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
             * @example 2021-03-18
             */
            start_date: string;
            end_date?: string | null;
            date_note?: string | null;
            /**
             * @description in_person, videoconference, phone_call, hybrid, written or unknown.
             * @enum {unknown}
             */
            format?: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown";
            /**
             * @description held (the default), planned or cancelled.
             * @enum {unknown}
             */
            status?: "held" | "planned" | "cancelled";
            location?: {
                /** @description Place name. */
                name: string;
                country_code?: string | null;
            } | null;
            parties?: components["schemas"]["PartyInput"][];
            participants?: components["schemas"]["ParticipantInput"][];
            proposals?: components["schemas"]["ProposalInput"][];
            statements?: components["schemas"]["StatementInput"][];
            themes?: (string | components["schemas"]["ThemeInput"])[];
            sources?: (string | components["schemas"]["SourceInput"])[];
        };
        /**
         * @description Changes to a meeting (JSON Merge Patch, RFC 7396): fields given replace stored ones, null clears a field, and a list given replaces the whole list.
         * @example {
         *       "date_note": "Reported on 18 March 2021 by Trend, citing the State News Agency of Turkmenistan; the call was held that day or shortly before."
         *     }
         */
        MeetingPatch: {
            title?: string;
            summary?: string | null;
            /**
             * Format: partial-date
             * @description First day. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
             * @example 2021-03-18
             */
            start_date?: string;
            end_date?: string | null;
            date_note?: string | null;
            /**
             * @description in_person, videoconference, phone_call, hybrid, written or unknown.
             * @enum {unknown}
             */
            format?: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown";
            /**
             * @description held (the default), planned or cancelled.
             * @enum {unknown}
             */
            status?: "held" | "planned" | "cancelled";
            location?: {
                /** @description Place name. */
                name: string;
                country_code?: string | null;
            } | null;
            parties?: components["schemas"]["PartyInput"][];
            participants?: components["schemas"]["ParticipantInput"][];
            proposals?: components["schemas"]["ProposalInput"][];
            statements?: components["schemas"]["StatementInput"][];
            themes?: (string | components["schemas"]["ThemeInput"])[];
            sources?: (string | components["schemas"]["SourceInput"])[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text exposition format 0.0.4. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLanding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The landing page, as HTML or JSON as the `Accept` header prefers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        name: "Parley";
                        description: string;
                        /** @description Where to go next; relative to this server unless it has a public URL. */
                        links: {
                            /** @description Swagger UI. */
                            docs: string;
                            /** @description The OpenAPI 3.1 document. */
                            openapi: string;
                            /** @description Meetings, filtered and paged. */
                            meetings: string;
                            /** @description What the parties put forward. */
                            proposals: string;
                            /** @description People who took part in meetings. */
                            persons: string;
                            /** @description States and organizations. */
                            organizations: string;
                            /** @description The theme tree with meeting counts. */
                            themes: string;
                            /** @description Every write in commit order. */
                            changes: string;
                            /** @description The demo record, one meeting with everything embedded. */
                            demo_meeting: string;
                            /** @description Liveness check. */
                            health: string;
                        };
                    };
                    "text/html": string;
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /**
                 * @description Only meetings on or after this date (a meeting over several days counts if any day is in range). ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                from?: string;
                /**
                 * @description Only meetings on or before this date. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                to?: string;
                /**
                 * @description A party that attended: an organization id (`osce`) or an ISO 3166-1 alpha-2 code (`TM`, which matches the state and its national bodies). Repeat it to require several parties: all must have attended.
                 * @example [
                 *       "TM"
                 *     ]
                 */
                party?: string[];
                /**
                 * @description Only meetings this person attended.
                 * @example rashid-meredov
                 */
                person?: string;
                /**
                 * @description Only meetings on this theme or a theme below it.
                 * @example organized-crime
                 */
                theme?: string;
                /** @description A meeting format (in_person, videoconference, phone_call, hybrid, written, unknown) keeps only meetings held that way. `csv` or `ndjson` instead asks for the whole filtered list in that file format (as `Accept: text/csv` or `application/x-ndjson` does). */
                format?: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown" | "csv" | "ndjson";
                /** @description Only meetings held in this country. ISO 3166-1 alpha-2, upper case, e.g. `TM`. */
                country?: string;
                /** @description Full-text search in title, summary and statements (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT). Each result gets a `match` with the best passage. */
                q?: string;
                /** @description `-date` newest first (the default), `date` oldest first, `relevance` best match first (the default with `q`; needs `q`). */
                sort?: "-date" | "date" | "relevance";
                /**
                 * @description Related records to embed, comma-separated: parties, participants, proposals, statements, themes, sources.
                 * @example parties,participants
                 */
                include?: string;
                /**
                 * @description Counts over the whole filtered set, comma-separated: theme, party, person, year, format, country. A meeting counts once under each of its values.
                 * @example party,year
                 */
                facets?: string;
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Meetings. */
                        data: components["schemas"]["Meeting"][];
                        /** @description Cursor for the next page; null on the last page. The `Link` header carries the same link with rel="next". */
                        next_cursor: string | null;
                        /** @description Present when `facets` is asked for. */
                        facets?: {
                            /** @description The 100 largest values, by count. */
                            theme?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            party?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            person?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            year?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            format?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            country?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                        };
                    };
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID, say): retrying with the same key within 24 hours replays the first answer instead of writing again.
                 * @example 3f6c2a9e-7d41-4b8a-9c15-0e2d8f4a6b71
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingCalendar: {
        parameters: {
            query?: {
                /**
                 * @description Only meetings on or after this date (a meeting over several days counts if any day is in range). ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                from?: string;
                /**
                 * @description Only meetings on or before this date. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                to?: string;
                /**
                 * @description A party that attended: an organization id (`osce`) or an ISO 3166-1 alpha-2 code (`TM`, which matches the state and its national bodies). Repeat it to require several parties: all must have attended.
                 * @example [
                 *       "TM"
                 *     ]
                 */
                party?: string[];
                /**
                 * @description Only meetings this person attended.
                 * @example rashid-meredov
                 */
                person?: string;
                /**
                 * @description Only meetings on this theme or a theme below it.
                 * @example organized-crime
                 */
                theme?: string;
                /** @description in_person, videoconference, phone_call, hybrid, written or unknown. */
                format?: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown";
                /** @description Only meetings held in this country. ISO 3166-1 alpha-2, upper case, e.g. `TM`. */
                country?: string;
                /** @description Full-text search in title, summary and statements (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT). Each result gets a `match` with the best passage. */
                q?: string;
                /** @description Most events in the feed, newest first: 1 to 10,000, 1,000 when not given. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: {
                /** @description Related records to embed, comma-separated: parties, participants, proposals, statements, themes, sources; `none` for the meeting alone. All of them when absent. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingReplace"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingPatch"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposals: {
        parameters: {
            query?: {
                /**
                 * @description Organization id or ISO 3166-1 alpha-2 country code of the proposing party.
                 * @example TM
                 */
                proposer?: string;
                /** @description Only proposals on this theme or a theme below it. */
                theme?: string;
                /** @description proposed, under_consideration, accepted, rejected, implemented or unknown. */
                status?: "proposed" | "under_consideration" | "accepted" | "rejected" | "implemented" | "unknown";
                /**
                 * @description strategy, institution, conference, instrument, project, commitment, agreement or other.
                 * @example institution
                 */
                kind?: "strategy" | "institution" | "conference" | "instrument" | "project" | "commitment" | "agreement" | "other";
                /** @description Only proposals made at this meeting. */
                meeting?: string;
                /**
                 * @description Only proposals from meetings on or after this date. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                from?: string;
                /**
                 * @description Only proposals from meetings on or before this date. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                to?: string;
                /** @description Full-text search in summary and quote (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT). */
                q?: string;
                /** @description Every proposal the filters select as a CSV or NDJSON file (as `Accept: text/csv` or `application/x-ndjson` does). */
                format?: "csv" | "ndjson";
                /** @description Meeting date, `-date` newest first (the default) or `date` oldest first. */
                sort?: "-date" | "date";
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Proposals. */
                        data: components["schemas"]["Proposal"][];
                        /** @description Cursor for the next page; null on the last page. The `Link` header carries the same link with rel="next". */
                        next_cursor: string | null;
                    };
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Proposal id.
                 * @example 2021-03-18-turkmenistan-osce-p3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Something a party put forward at a meeting, with its kind, status and themes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProposal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Proposal id.
                 * @example 2021-03-18-turkmenistan-osce-p3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchProposal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Proposal id.
                 * @example 2021-03-18-turkmenistan-osce-p3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalPatch"];
            };
        };
        responses: {
            /** @description Something a party put forward at a meeting, with its kind, status and themes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersons: {
        parameters: {
            query?: {
                /**
                 * @description Case-insensitive match anywhere in the name or other names.
                 * @example meredow
                 */
                q?: string;
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "rashid-meredov",
                     *           "name": "Rashid Meredov",
                     *           "other_names": [
                     *             "Raşit Meredow",
                     *             "Rashid Meredow"
                     *           ],
                     *           "wikidata_id": null,
                     *           "meeting_count": 1,
                     *           "version": 1,
                     *           "created_at": "2026-01-01T00:00:00.000Z",
                     *           "updated_at": "2026-01-01T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": {
                        /** @description Persons, by name. */
                        data: components["schemas"]["Person"][];
                        /** @description Cursor for the next page; null on the last page. The `Link` header carries the same link with rel="next". */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID, say): retrying with the same key within 24 hours replays the first answer instead of writing again.
                 * @example 3f6c2a9e-7d41-4b8a-9c15-0e2d8f4a6b71
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description A person who took part in meetings. Titles belong to participations, since they change over time. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Person id.
                 * @example rashid-meredov
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A person who took part in meetings. Titles belong to participations, since they change over time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Person id.
                 * @example rashid-meredov
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Person id.
                 * @example rashid-meredov
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description A person who took part in meetings. Titles belong to participations, since they change over time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersonMeetings: {
        parameters: {
            query?: {
                /**
                 * @description Only meetings on or after this date (a meeting over several days counts if any day is in range). ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                from?: string;
                /**
                 * @description Only meetings on or before this date. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                to?: string;
                /**
                 * @description A party that attended: an organization id (`osce`) or an ISO 3166-1 alpha-2 code (`TM`, which matches the state and its national bodies). Repeat it to require several parties: all must have attended.
                 * @example [
                 *       "TM"
                 *     ]
                 */
                party?: string[];
                /**
                 * @description Only meetings on this theme or a theme below it.
                 * @example organized-crime
                 */
                theme?: string;
                /** @description A meeting format (in_person, videoconference, phone_call, hybrid, written, unknown) keeps only meetings held that way. `csv` or `ndjson` instead asks for the whole filtered list in that file format (as `Accept: text/csv` or `application/x-ndjson` does). */
                format?: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown" | "csv" | "ndjson";
                /** @description Only meetings held in this country. ISO 3166-1 alpha-2, upper case, e.g. `TM`. */
                country?: string;
                /** @description Full-text search in title, summary and statements (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT). Each result gets a `match` with the best passage. */
                q?: string;
                /** @description `-date` newest first (the default), `date` oldest first, `relevance` best match first (the default with `q`; needs `q`). */
                sort?: "-date" | "date" | "relevance";
                /**
                 * @description Related records to embed, comma-separated: parties, participants, proposals, statements, themes, sources.
                 * @example parties,participants
                 */
                include?: string;
                /**
                 * @description Counts over the whole filtered set, comma-separated: theme, party, person, year, format, country. A meeting counts once under each of its values.
                 * @example party,year
                 */
                facets?: string;
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Person id.
                 * @example rashid-meredov
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Meetings. */
                        data: components["schemas"]["Meeting"][];
                        /** @description Cursor for the next page; null on the last page. The `Link` header carries the same link with rel="next". */
                        next_cursor: string | null;
                        /** @description Present when `facets` is asked for. */
                        facets?: {
                            /** @description The 100 largest values, by count. */
                            theme?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            party?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            person?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            year?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            format?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            country?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                        };
                    };
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description state, intergovernmental (organization), ministry, agency, ngo or other. */
                kind?: "state" | "intergovernmental" | "ministry" | "agency" | "ngo" | "other";
                /**
                 * @description Only organizations of this country. ISO 3166-1 alpha-2, upper case, e.g. `TM`.
                 * @example TM
                 */
                country?: string;
                /** @description Case-insensitive match anywhere in the name or abbreviation. */
                q?: string;
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "turkmenistan",
                     *           "name": "Turkmenistan",
                     *           "abbreviation": null,
                     *           "kind": "state",
                     *           "country_code": "TM",
                     *           "parent_id": null,
                     *           "wikidata_id": "Q874",
                     *           "meeting_count": 1,
                     *           "version": 1,
                     *           "created_at": "2026-01-01T00:00:00.000Z",
                     *           "updated_at": "2026-01-01T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": {
                        /** @description Organizations, by name. */
                        data: components["schemas"]["Organization"][];
                        /** @description Cursor for the next page; null on the last page. The `Link` header carries the same link with rel="next". */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID, say): retrying with the same key within 24 hours replays the first answer instead of writing again.
                 * @example 3f6c2a9e-7d41-4b8a-9c15-0e2d8f4a6b71
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description A state, intergovernmental organization, ministry, agency or NGO. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id.
                 * @example turkmenistan
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A state, intergovernmental organization, ministry, agency or NGO. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Organization id.
                 * @example turkmenistan
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Organization id.
                 * @example turkmenistan
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationPatch"];
            };
        };
        responses: {
            /** @description A state, intergovernmental organization, ministry, agency or NGO. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizationMeetings: {
        parameters: {
            query?: {
                /**
                 * @description Only meetings on or after this date (a meeting over several days counts if any day is in range). ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                from?: string;
                /**
                 * @description Only meetings on or before this date. ISO 8601, to the year, month or day: `2021`, `2021-03`, `2021-03-18`.
                 * @example 2021-03-18
                 */
                to?: string;
                /**
                 * @description A party that attended: an organization id (`osce`) or an ISO 3166-1 alpha-2 code (`TM`, which matches the state and its national bodies). Repeat it to require several parties: all must have attended.
                 * @example [
                 *       "TM"
                 *     ]
                 */
                party?: string[];
                /**
                 * @description Only meetings this person attended.
                 * @example rashid-meredov
                 */
                person?: string;
                /**
                 * @description Only meetings on this theme or a theme below it.
                 * @example organized-crime
                 */
                theme?: string;
                /** @description A meeting format (in_person, videoconference, phone_call, hybrid, written, unknown) keeps only meetings held that way. `csv` or `ndjson` instead asks for the whole filtered list in that file format (as `Accept: text/csv` or `application/x-ndjson` does). */
                format?: "in_person" | "videoconference" | "phone_call" | "hybrid" | "written" | "unknown" | "csv" | "ndjson";
                /** @description Only meetings held in this country. ISO 3166-1 alpha-2, upper case, e.g. `TM`. */
                country?: string;
                /** @description Full-text search in title, summary and statements (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT). Each result gets a `match` with the best passage. */
                q?: string;
                /** @description `-date` newest first (the default), `date` oldest first, `relevance` best match first (the default with `q`; needs `q`). */
                sort?: "-date" | "date" | "relevance";
                /**
                 * @description Related records to embed, comma-separated: parties, participants, proposals, statements, themes, sources.
                 * @example parties,participants
                 */
                include?: string;
                /**
                 * @description Counts over the whole filtered set, comma-separated: theme, party, person, year, format, country. A meeting counts once under each of its values.
                 * @example party,year
                 */
                facets?: string;
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Organization id.
                 * @example turkmenistan
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Meetings. */
                        data: components["schemas"]["Meeting"][];
                        /** @description Cursor for the next page; null on the last page. The `Link` header carries the same link with rel="next". */
                        next_cursor: string | null;
                        /** @description Present when `facets` is asked for. */
                        facets?: {
                            /** @description The 100 largest values, by count. */
                            theme?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            party?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            person?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            year?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            format?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                            /** @description The 100 largest values, by count. */
                            country?: {
                                value: string;
                                label: string | null;
                                count: number;
                            }[];
                        };
                    };
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listThemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "digitalization",
                     *           "label": "Digitalization",
                     *           "parent_id": null,
                     *           "description": null,
                     *           "meeting_count": 1,
                     *           "children": []
                     *         },
                     *         {
                     *           "id": "energy",
                     *           "label": "Energy and energy diplomacy",
                     *           "parent_id": null,
                     *           "description": null,
                     *           "meeting_count": 1,
                     *           "children": []
                     *         },
                     *         {
                     *           "id": "environment",
                     *           "label": "Environmental safety",
                     *           "parent_id": null,
                     *           "description": null,
                     *           "meeting_count": 1,
                     *           "children": []
                     *         },
                     *         {
                     *           "id": "security",
                     *           "label": "Security strategy",
                     *           "parent_id": null,
                     *           "description": null,
                     *           "meeting_count": 1,
                     *           "children": [
                     *             {
                     *               "id": "conflict-prevention",
                     *               "label": "Conflict prevention",
                     *               "parent_id": "security",
                     *               "description": null,
                     *               "meeting_count": 1,
                     *               "children": []
                     *             },
                     *             {
                     *               "id": "terrorism",
                     *               "label": "Counter-terrorism and terrorism financing",
                     *               "parent_id": "security",
                     *               "description": null,
                     *               "meeting_count": 1,
                     *               "children": []
                     *             },
                     *             {
                     *               "id": "cybersecurity",
                     *               "label": "Cybersecurity",
                     *               "parent_id": "security",
                     *               "description": null,
                     *               "meeting_count": 1,
                     *               "children": []
                     *             },
                     *             {
                     *               "id": "organized-crime",
                     *               "label": "Transnational organized crime",
                     *               "parent_id": "security",
                     *               "description": null,
                     *               "meeting_count": 1,
                     *               "children": [
                     *                 {
                     *                   "id": "drug-trafficking",
                     *                   "label": "Drug trafficking",
                     *                   "parent_id": "organized-crime",
                     *                   "description": null,
                     *                   "meeting_count": 1,
                     *                   "children": []
                     *                 },
                     *                 {
                     *                   "id": "human-trafficking",
                     *                   "label": "Human trafficking",
                     *                   "parent_id": "organized-crime",
                     *                   "description": null,
                     *                   "meeting_count": 1,
                     *                   "children": []
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "trade",
                     *           "label": "Trade facilitation",
                     *           "parent_id": null,
                     *           "description": null,
                     *           "meeting_count": 1,
                     *           "children": []
                     *         },
                     *         {
                     *           "id": "transport",
                     *           "label": "Transport and connectivity",
                     *           "parent_id": null,
                     *           "description": null,
                     *           "meeting_count": 1,
                     *           "children": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Top-level themes, each with its sub-themes. */
                        data: components["schemas"]["ThemeNode"][];
                    };
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTheme: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID, say): retrying with the same key within 24 hours replays the first answer instead of writing again.
                 * @example 3f6c2a9e-7d41-4b8a-9c15-0e2d8f4a6b71
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeInput"];
            };
        };
        responses: {
            /** @description A theme with its place in the hierarchy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeDetail"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Theme id.
                 * @example organized-crime
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A theme with its place in the hierarchy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeDetail"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTheme: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Theme id.
                 * @example organized-crime
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchTheme: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Theme id.
                 * @example organized-crime
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemePatch"];
            };
        };
        responses: {
            /** @description A theme with its place in the hierarchy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeDetail"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Source id.
                 * @example trend-2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A publication that records facts about meetings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Source id.
                 * @example trend-2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Source id.
                 * @example trend-2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourcePatch"];
            };
        };
        responses: {
            /** @description A publication that records facts about meetings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addParty: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyInput"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeParty: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Organization id of the party.
                 * @example osce
                 */
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantInput"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Participant id.
                 * @example 1
                 */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchParticipant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Participant id.
                 * @example 1
                 */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantPatch"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addStatement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementInput"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeStatement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Statement id.
                 * @example 4
                 */
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchStatement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Statement id.
                 * @example 4
                 */
                statementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatementPatch"];
            };
        };
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkMeetingTheme: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Theme id.
                 * @example organized-crime
                 */
                themeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlinkMeetingTheme: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Theme id.
                 * @example organized-crime
                 */
                themeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkMeetingSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Source id.
                 * @example trend-2021-03-18-turkmenistan-osce
                 */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlinkMeetingSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of the version this write changes; a stale one gets 412.
                 * @example "1"
                 */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Source id.
                 * @example trend-2021-03-18-turkmenistan-osce
                 */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A meeting. Lists embed related records named in `include`; a single meeting embeds them all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addProposal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID, say): retrying with the same key within 24 hours replays the first answer instead of writing again.
                 * @example 3f6c2a9e-7d41-4b8a-9c15-0e2d8f4a6b71
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalInput"];
            };
        };
        responses: {
            /** @description Something a party put forward at a meeting, with its kind, status and themes. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetingRevisions: {
        parameters: {
            query?: {
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "version": 1,
                     *           "action": "create",
                     *           "api_key_id": null,
                     *           "created_at": "2026-01-01T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": {
                        /** @description Newest first. */
                        data: components["schemas"]["RevisionSummary"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Meeting id.
                 * @example 2021-03-18-turkmenistan-osce
                 */
                id: string;
                /**
                 * @description Version number.
                 * @example 1
                 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One write to a record, with the record before and after it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 1,
                     *       "action": "create",
                     *       "api_key_id": null,
                     *       "created_at": "2026-01-01T00:00:00.000Z",
                     *       "before": null,
                     *       "after": {
                     *         "id": "2021-03-18-turkmenistan-osce",
                     *         "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *         "summary": "Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against terrorism, organized crime, drug and human trafficking, and cyber threats.",
                     *         "start_date": "2021-03-18",
                     *         "end_date": null,
                     *         "date_note": "The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before.",
                     *         "format": "videoconference",
                     *         "status": "held",
                     *         "kind": "bilateral",
                     *         "location": null,
                     *         "version": 1,
                     *         "created_at": "2026-01-01T00:00:00.000Z",
                     *         "updated_at": "2026-01-01T00:00:00.000Z",
                     *         "parties": [
                     *           {
                     *             "organization": {
                     *               "id": "turkmenistan",
                     *               "name": "Turkmenistan",
                     *               "abbreviation": null,
                     *               "kind": "state",
                     *               "country_code": "TM"
                     *             },
                     *             "role": "participant"
                     *           },
                     *           {
                     *             "organization": {
                     *               "id": "osce",
                     *               "name": "Organization for Security and Co-operation in Europe",
                     *               "abbreviation": "OSCE",
                     *               "kind": "intergovernmental",
                     *               "country_code": null
                     *             },
                     *             "role": "participant"
                     *           }
                     *         ],
                     *         "participants": [
                     *           {
                     *             "id": "1",
                     *             "person": {
                     *               "id": "rashid-meredov",
                     *               "name": "Rashid Meredov"
                     *             },
                     *             "represents": {
                     *               "id": "turkmenistan",
                     *               "name": "Turkmenistan",
                     *               "abbreviation": null,
                     *               "kind": "state",
                     *               "country_code": "TM"
                     *             },
                     *             "title": "Minister of Foreign Affairs",
                     *             "role": "head_of_delegation"
                     *           },
                     *           {
                     *             "id": "2",
                     *             "person": {
                     *               "id": "helga-schmid",
                     *               "name": "Helga Schmid"
                     *             },
                     *             "represents": {
                     *               "id": "osce",
                     *               "name": "Organization for Security and Co-operation in Europe",
                     *               "abbreviation": "OSCE",
                     *               "kind": "intergovernmental",
                     *               "country_code": null
                     *             },
                     *             "title": "Secretary-General",
                     *             "role": "head_of_delegation"
                     *           }
                     *         ],
                     *         "proposals": [
                     *           {
                     *             "id": "2021-03-18-turkmenistan-osce-p1",
                     *             "meeting": {
                     *               "id": "2021-03-18-turkmenistan-osce",
                     *               "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *               "start_date": "2021-03-18"
                     *             },
                     *             "summary": "Work out a single, shared security strategy for the OSCE",
                     *             "kind": "strategy",
                     *             "status": "proposed",
                     *             "proposer": {
                     *               "id": "turkmenistan",
                     *               "name": "Turkmenistan",
                     *               "abbreviation": null,
                     *               "kind": "state",
                     *               "country_code": "TM"
                     *             },
                     *             "person": null,
                     *             "quote": null,
                     *             "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *             "themes": [
                     *               {
                     *                 "id": "conflict-prevention",
                     *                 "label": "Conflict prevention",
                     *                 "parent_id": "security"
                     *               },
                     *               {
                     *                 "id": "security",
                     *                 "label": "Security strategy",
                     *                 "parent_id": null
                     *               }
                     *             ],
                     *             "version": 1,
                     *             "created_at": "2026-01-01T00:00:00.000Z",
                     *             "updated_at": "2026-01-01T00:00:00.000Z"
                     *           },
                     *           {
                     *             "id": "2021-03-18-turkmenistan-osce-p2",
                     *             "meeting": {
                     *               "id": "2021-03-18-turkmenistan-osce",
                     *               "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *               "start_date": "2021-03-18"
                     *             },
                     *             "summary": "Look into new political and diplomatic tools for heading off conflicts between states",
                     *             "kind": "instrument",
                     *             "status": "proposed",
                     *             "proposer": {
                     *               "id": "turkmenistan",
                     *               "name": "Turkmenistan",
                     *               "abbreviation": null,
                     *               "kind": "state",
                     *               "country_code": "TM"
                     *             },
                     *             "person": null,
                     *             "quote": null,
                     *             "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *             "themes": [
                     *               {
                     *                 "id": "conflict-prevention",
                     *                 "label": "Conflict prevention",
                     *                 "parent_id": "security"
                     *               }
                     *             ],
                     *             "version": 1,
                     *             "created_at": "2026-01-01T00:00:00.000Z",
                     *             "updated_at": "2026-01-01T00:00:00.000Z"
                     *           },
                     *           {
                     *             "id": "2021-03-18-turkmenistan-osce-p3",
                     *             "meeting": {
                     *               "id": "2021-03-18-turkmenistan-osce",
                     *               "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *               "start_date": "2021-03-18"
                     *             },
                     *             "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
                     *             "kind": "institution",
                     *             "status": "proposed",
                     *             "proposer": {
                     *               "id": "turkmenistan",
                     *               "name": "Turkmenistan",
                     *               "abbreviation": null,
                     *               "kind": "state",
                     *               "country_code": "TM"
                     *             },
                     *             "person": null,
                     *             "quote": null,
                     *             "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *             "themes": [
                     *               {
                     *                 "id": "energy",
                     *                 "label": "Energy and energy diplomacy",
                     *                 "parent_id": null
                     *               }
                     *             ],
                     *             "version": 1,
                     *             "created_at": "2026-01-01T00:00:00.000Z",
                     *             "updated_at": "2026-01-01T00:00:00.000Z"
                     *           },
                     *           {
                     *             "id": "2021-03-18-turkmenistan-osce-p4",
                     *             "meeting": {
                     *               "id": "2021-03-18-turkmenistan-osce",
                     *               "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *               "start_date": "2021-03-18"
                     *             },
                     *             "summary": "Hold a regional conference on fighting terrorism financing and transnational organized crime",
                     *             "kind": "conference",
                     *             "status": "proposed",
                     *             "proposer": {
                     *               "id": "turkmenistan",
                     *               "name": "Turkmenistan",
                     *               "abbreviation": null,
                     *               "kind": "state",
                     *               "country_code": "TM"
                     *             },
                     *             "person": null,
                     *             "quote": null,
                     *             "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *             "themes": [
                     *               {
                     *                 "id": "terrorism",
                     *                 "label": "Counter-terrorism and terrorism financing",
                     *                 "parent_id": "security"
                     *               },
                     *               {
                     *                 "id": "organized-crime",
                     *                 "label": "Transnational organized crime",
                     *                 "parent_id": "security"
                     *               }
                     *             ],
                     *             "version": 1,
                     *             "created_at": "2026-01-01T00:00:00.000Z",
                     *             "updated_at": "2026-01-01T00:00:00.000Z"
                     *           },
                     *           {
                     *             "id": "2021-03-18-turkmenistan-osce-p5",
                     *             "meeting": {
                     *               "id": "2021-03-18-turkmenistan-osce",
                     *               "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *               "start_date": "2021-03-18"
                     *             },
                     *             "summary": "Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus",
                     *             "kind": "commitment",
                     *             "status": "proposed",
                     *             "proposer": {
                     *               "id": "turkmenistan",
                     *               "name": "Turkmenistan",
                     *               "abbreviation": null,
                     *               "kind": "state",
                     *               "country_code": "TM"
                     *             },
                     *             "person": null,
                     *             "quote": null,
                     *             "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *             "themes": [
                     *               {
                     *                 "id": "digitalization",
                     *                 "label": "Digitalization",
                     *                 "parent_id": null
                     *               },
                     *               {
                     *                 "id": "environment",
                     *                 "label": "Environmental safety",
                     *                 "parent_id": null
                     *               },
                     *               {
                     *                 "id": "trade",
                     *                 "label": "Trade facilitation",
                     *                 "parent_id": null
                     *               },
                     *               {
                     *                 "id": "transport",
                     *                 "label": "Transport and connectivity",
                     *                 "parent_id": null
                     *               }
                     *             ],
                     *             "version": 1,
                     *             "created_at": "2026-01-01T00:00:00.000Z",
                     *             "updated_at": "2026-01-01T00:00:00.000Z"
                     *           }
                     *         ],
                     *         "statements": [
                     *           {
                     *             "id": "1",
                     *             "by": null,
                     *             "kind": "noted",
                     *             "text": "Raising funds and building mechanisms matter for preventing conflicts between countries."
                     *           },
                     *           {
                     *             "id": "2",
                     *             "by": null,
                     *             "kind": "stressed",
                     *             "text": "Reliable access to energy resources matters for regional and global development."
                     *           },
                     *           {
                     *             "id": "3",
                     *             "by": null,
                     *             "kind": "noted",
                     *             "text": "The OSCE project for green ports and better links around the Caspian Sea is important."
                     *           },
                     *           {
                     *             "id": "4",
                     *             "by": null,
                     *             "kind": "discussed",
                     *             "text": "Ways to cooperate on cybersecurity."
                     *           },
                     *           {
                     *             "id": "5",
                     *             "by": null,
                     *             "kind": "mentioned",
                     *             "text": "Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme."
                     *           },
                     *           {
                     *             "id": "6",
                     *             "by": null,
                     *             "kind": "mentioned",
                     *             "text": "The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy."
                     *           }
                     *         ],
                     *         "themes": [
                     *           {
                     *             "id": "conflict-prevention",
                     *             "label": "Conflict prevention",
                     *             "parent_id": "security"
                     *           },
                     *           {
                     *             "id": "terrorism",
                     *             "label": "Counter-terrorism and terrorism financing",
                     *             "parent_id": "security"
                     *           },
                     *           {
                     *             "id": "cybersecurity",
                     *             "label": "Cybersecurity",
                     *             "parent_id": "security"
                     *           },
                     *           {
                     *             "id": "digitalization",
                     *             "label": "Digitalization",
                     *             "parent_id": null
                     *           },
                     *           {
                     *             "id": "drug-trafficking",
                     *             "label": "Drug trafficking",
                     *             "parent_id": "organized-crime"
                     *           },
                     *           {
                     *             "id": "energy",
                     *             "label": "Energy and energy diplomacy",
                     *             "parent_id": null
                     *           },
                     *           {
                     *             "id": "environment",
                     *             "label": "Environmental safety",
                     *             "parent_id": null
                     *           },
                     *           {
                     *             "id": "human-trafficking",
                     *             "label": "Human trafficking",
                     *             "parent_id": "organized-crime"
                     *           },
                     *           {
                     *             "id": "security",
                     *             "label": "Security strategy",
                     *             "parent_id": null
                     *           },
                     *           {
                     *             "id": "trade",
                     *             "label": "Trade facilitation",
                     *             "parent_id": null
                     *           },
                     *           {
                     *             "id": "organized-crime",
                     *             "label": "Transnational organized crime",
                     *             "parent_id": "security"
                     *           },
                     *           {
                     *             "id": "transport",
                     *             "label": "Transport and connectivity",
                     *             "parent_id": null
                     *           }
                     *         ],
                     *         "sources": [
                     *           {
                     *             "id": "trend-2021-03-18-turkmenistan-osce",
                     *             "publisher": "Trend News Agency",
                     *             "via": [
                     *               "Turkmenistan's State News Agency"
                     *             ],
                     *             "url": null,
                     *             "title": null,
                     *             "published_on": "2021-03-18",
                     *             "dateline": "Baku, Azerbaijan",
                     *             "language": "en",
                     *             "repository": null,
                     *             "file": null,
                     *             "record_id": null,
                     *             "version": 1
                     *           }
                     *         ]
                     *       },
                     *       "diff": [
                     *         {
                     *           "op": "add",
                     *           "path": "/id",
                     *           "value": "2021-03-18-turkmenistan-osce"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/title",
                     *           "value": "Turkmenistan–OSCE videoconference on security, energy and connectivity"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/summary",
                     *           "value": "Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against terrorism, organized crime, drug and human trafficking, and cyber threats."
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/start_date",
                     *           "value": "2021-03-18"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/end_date",
                     *           "value": null
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/date_note",
                     *           "value": "The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before."
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/format",
                     *           "value": "videoconference"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/status",
                     *           "value": "held"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/kind",
                     *           "value": "bilateral"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/location",
                     *           "value": null
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/version",
                     *           "value": 1
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/created_at",
                     *           "value": "2026-01-01T00:00:00.000Z"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/updated_at",
                     *           "value": "2026-01-01T00:00:00.000Z"
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/parties",
                     *           "value": [
                     *             {
                     *               "organization": {
                     *                 "id": "turkmenistan",
                     *                 "name": "Turkmenistan",
                     *                 "abbreviation": null,
                     *                 "kind": "state",
                     *                 "country_code": "TM"
                     *               },
                     *               "role": "participant"
                     *             },
                     *             {
                     *               "organization": {
                     *                 "id": "osce",
                     *                 "name": "Organization for Security and Co-operation in Europe",
                     *                 "abbreviation": "OSCE",
                     *                 "kind": "intergovernmental",
                     *                 "country_code": null
                     *               },
                     *               "role": "participant"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/participants",
                     *           "value": [
                     *             {
                     *               "id": "1",
                     *               "person": {
                     *                 "id": "rashid-meredov",
                     *                 "name": "Rashid Meredov"
                     *               },
                     *               "represents": {
                     *                 "id": "turkmenistan",
                     *                 "name": "Turkmenistan",
                     *                 "abbreviation": null,
                     *                 "kind": "state",
                     *                 "country_code": "TM"
                     *               },
                     *               "title": "Minister of Foreign Affairs",
                     *               "role": "head_of_delegation"
                     *             },
                     *             {
                     *               "id": "2",
                     *               "person": {
                     *                 "id": "helga-schmid",
                     *                 "name": "Helga Schmid"
                     *               },
                     *               "represents": {
                     *                 "id": "osce",
                     *                 "name": "Organization for Security and Co-operation in Europe",
                     *                 "abbreviation": "OSCE",
                     *                 "kind": "intergovernmental",
                     *                 "country_code": null
                     *               },
                     *               "title": "Secretary-General",
                     *               "role": "head_of_delegation"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/proposals",
                     *           "value": [
                     *             {
                     *               "id": "2021-03-18-turkmenistan-osce-p1",
                     *               "meeting": {
                     *                 "id": "2021-03-18-turkmenistan-osce",
                     *                 "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *                 "start_date": "2021-03-18"
                     *               },
                     *               "summary": "Work out a single, shared security strategy for the OSCE",
                     *               "kind": "strategy",
                     *               "status": "proposed",
                     *               "proposer": {
                     *                 "id": "turkmenistan",
                     *                 "name": "Turkmenistan",
                     *                 "abbreviation": null,
                     *                 "kind": "state",
                     *                 "country_code": "TM"
                     *               },
                     *               "person": null,
                     *               "quote": null,
                     *               "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *               "themes": [
                     *                 {
                     *                   "id": "conflict-prevention",
                     *                   "label": "Conflict prevention",
                     *                   "parent_id": "security"
                     *                 },
                     *                 {
                     *                   "id": "security",
                     *                   "label": "Security strategy",
                     *                   "parent_id": null
                     *                 }
                     *               ],
                     *               "version": 1,
                     *               "created_at": "2026-01-01T00:00:00.000Z",
                     *               "updated_at": "2026-01-01T00:00:00.000Z"
                     *             },
                     *             {
                     *               "id": "2021-03-18-turkmenistan-osce-p2",
                     *               "meeting": {
                     *                 "id": "2021-03-18-turkmenistan-osce",
                     *                 "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *                 "start_date": "2021-03-18"
                     *               },
                     *               "summary": "Look into new political and diplomatic tools for heading off conflicts between states",
                     *               "kind": "instrument",
                     *               "status": "proposed",
                     *               "proposer": {
                     *                 "id": "turkmenistan",
                     *                 "name": "Turkmenistan",
                     *                 "abbreviation": null,
                     *                 "kind": "state",
                     *                 "country_code": "TM"
                     *               },
                     *               "person": null,
                     *               "quote": null,
                     *               "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *               "themes": [
                     *                 {
                     *                   "id": "conflict-prevention",
                     *                   "label": "Conflict prevention",
                     *                   "parent_id": "security"
                     *                 }
                     *               ],
                     *               "version": 1,
                     *               "created_at": "2026-01-01T00:00:00.000Z",
                     *               "updated_at": "2026-01-01T00:00:00.000Z"
                     *             },
                     *             {
                     *               "id": "2021-03-18-turkmenistan-osce-p3",
                     *               "meeting": {
                     *                 "id": "2021-03-18-turkmenistan-osce",
                     *                 "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *                 "start_date": "2021-03-18"
                     *               },
                     *               "summary": "Set up a Council for Sustainable Energy as a specialised OSCE body",
                     *               "kind": "institution",
                     *               "status": "proposed",
                     *               "proposer": {
                     *                 "id": "turkmenistan",
                     *                 "name": "Turkmenistan",
                     *                 "abbreviation": null,
                     *                 "kind": "state",
                     *                 "country_code": "TM"
                     *               },
                     *               "person": null,
                     *               "quote": null,
                     *               "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *               "themes": [
                     *                 {
                     *                   "id": "energy",
                     *                   "label": "Energy and energy diplomacy",
                     *                   "parent_id": null
                     *                 }
                     *               ],
                     *               "version": 1,
                     *               "created_at": "2026-01-01T00:00:00.000Z",
                     *               "updated_at": "2026-01-01T00:00:00.000Z"
                     *             },
                     *             {
                     *               "id": "2021-03-18-turkmenistan-osce-p4",
                     *               "meeting": {
                     *                 "id": "2021-03-18-turkmenistan-osce",
                     *                 "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *                 "start_date": "2021-03-18"
                     *               },
                     *               "summary": "Hold a regional conference on fighting terrorism financing and transnational organized crime",
                     *               "kind": "conference",
                     *               "status": "proposed",
                     *               "proposer": {
                     *                 "id": "turkmenistan",
                     *                 "name": "Turkmenistan",
                     *                 "abbreviation": null,
                     *                 "kind": "state",
                     *                 "country_code": "TM"
                     *               },
                     *               "person": null,
                     *               "quote": null,
                     *               "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *               "themes": [
                     *                 {
                     *                   "id": "terrorism",
                     *                   "label": "Counter-terrorism and terrorism financing",
                     *                   "parent_id": "security"
                     *                 },
                     *                 {
                     *                   "id": "organized-crime",
                     *                   "label": "Transnational organized crime",
                     *                   "parent_id": "security"
                     *                 }
                     *               ],
                     *               "version": 1,
                     *               "created_at": "2026-01-01T00:00:00.000Z",
                     *               "updated_at": "2026-01-01T00:00:00.000Z"
                     *             },
                     *             {
                     *               "id": "2021-03-18-turkmenistan-osce-p5",
                     *               "meeting": {
                     *                 "id": "2021-03-18-turkmenistan-osce",
                     *                 "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *                 "start_date": "2021-03-18"
                     *               },
                     *               "summary": "Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus",
                     *               "kind": "commitment",
                     *               "status": "proposed",
                     *               "proposer": {
                     *                 "id": "turkmenistan",
                     *                 "name": "Turkmenistan",
                     *                 "abbreviation": null,
                     *                 "kind": "state",
                     *                 "country_code": "TM"
                     *               },
                     *               "person": null,
                     *               "quote": null,
                     *               "source_id": "trend-2021-03-18-turkmenistan-osce",
                     *               "themes": [
                     *                 {
                     *                   "id": "digitalization",
                     *                   "label": "Digitalization",
                     *                   "parent_id": null
                     *                 },
                     *                 {
                     *                   "id": "environment",
                     *                   "label": "Environmental safety",
                     *                   "parent_id": null
                     *                 },
                     *                 {
                     *                   "id": "trade",
                     *                   "label": "Trade facilitation",
                     *                   "parent_id": null
                     *                 },
                     *                 {
                     *                   "id": "transport",
                     *                   "label": "Transport and connectivity",
                     *                   "parent_id": null
                     *                 }
                     *               ],
                     *               "version": 1,
                     *               "created_at": "2026-01-01T00:00:00.000Z",
                     *               "updated_at": "2026-01-01T00:00:00.000Z"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/statements",
                     *           "value": [
                     *             {
                     *               "id": "1",
                     *               "by": null,
                     *               "kind": "noted",
                     *               "text": "Raising funds and building mechanisms matter for preventing conflicts between countries."
                     *             },
                     *             {
                     *               "id": "2",
                     *               "by": null,
                     *               "kind": "stressed",
                     *               "text": "Reliable access to energy resources matters for regional and global development."
                     *             },
                     *             {
                     *               "id": "3",
                     *               "by": null,
                     *               "kind": "noted",
                     *               "text": "The OSCE project for green ports and better links around the Caspian Sea is important."
                     *             },
                     *             {
                     *               "id": "4",
                     *               "by": null,
                     *               "kind": "discussed",
                     *               "text": "Ways to cooperate on cybersecurity."
                     *             },
                     *             {
                     *               "id": "5",
                     *               "by": null,
                     *               "kind": "mentioned",
                     *               "text": "Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme."
                     *             },
                     *             {
                     *               "id": "6",
                     *               "by": null,
                     *               "kind": "mentioned",
                     *               "text": "The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/themes",
                     *           "value": [
                     *             {
                     *               "id": "conflict-prevention",
                     *               "label": "Conflict prevention",
                     *               "parent_id": "security"
                     *             },
                     *             {
                     *               "id": "terrorism",
                     *               "label": "Counter-terrorism and terrorism financing",
                     *               "parent_id": "security"
                     *             },
                     *             {
                     *               "id": "cybersecurity",
                     *               "label": "Cybersecurity",
                     *               "parent_id": "security"
                     *             },
                     *             {
                     *               "id": "digitalization",
                     *               "label": "Digitalization",
                     *               "parent_id": null
                     *             },
                     *             {
                     *               "id": "drug-trafficking",
                     *               "label": "Drug trafficking",
                     *               "parent_id": "organized-crime"
                     *             },
                     *             {
                     *               "id": "energy",
                     *               "label": "Energy and energy diplomacy",
                     *               "parent_id": null
                     *             },
                     *             {
                     *               "id": "environment",
                     *               "label": "Environmental safety",
                     *               "parent_id": null
                     *             },
                     *             {
                     *               "id": "human-trafficking",
                     *               "label": "Human trafficking",
                     *               "parent_id": "organized-crime"
                     *             },
                     *             {
                     *               "id": "security",
                     *               "label": "Security strategy",
                     *               "parent_id": null
                     *             },
                     *             {
                     *               "id": "trade",
                     *               "label": "Trade facilitation",
                     *               "parent_id": null
                     *             },
                     *             {
                     *               "id": "organized-crime",
                     *               "label": "Transnational organized crime",
                     *               "parent_id": "security"
                     *             },
                     *             {
                     *               "id": "transport",
                     *               "label": "Transport and connectivity",
                     *               "parent_id": null
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "op": "add",
                     *           "path": "/sources",
                     *           "value": [
                     *             {
                     *               "id": "trend-2021-03-18-turkmenistan-osce",
                     *               "publisher": "Trend News Agency",
                     *               "via": [
                     *                 "Turkmenistan's State News Agency"
                     *               ],
                     *               "url": null,
                     *               "title": null,
                     *               "published_on": "2021-03-18",
                     *               "dateline": "Baku, Azerbaijan",
                     *               "language": "en",
                     *               "repository": null,
                     *               "file": null,
                     *               "record_id": null,
                     *               "version": 1
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposalRevisions: {
        parameters: {
            query?: {
                /** @description Page size: 1 to 100, 20 when not given. */
                limit?: number;
                /** @description Opaque cursor from `next_cursor` of the previous page. Send the same filters and sort with it. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Proposal id.
                 * @example 2021-03-18-turkmenistan-osce-p3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "version": 1,
                     *           "action": "create",
                     *           "api_key_id": null,
                     *           "created_at": "2026-01-01T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": {
                        /** @description Newest first. */
                        data: components["schemas"]["RevisionSummary"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposalRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Proposal id.
                 * @example 2021-03-18-turkmenistan-osce-p3
                 */
                id: string;
                /**
                 * @description Version number.
                 * @example 1
                 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One write to a record, with the record before and after it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description A `next_cursor` from an earlier answer; leave out to start at the beginning. */
                since?: string;
                /**
                 * @description Only changes to this kind of record.
                 * @example meeting
                 */
                type?: "meeting" | "proposal" | "person" | "organization" | "theme" | "source";
                /** @description Changes per page: 1 to 1000, 100 when not given. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "seq": 23,
                     *           "entity_type": "meeting",
                     *           "entity_id": "2021-03-18-turkmenistan-osce",
                     *           "action": "create",
                     *           "version": 1,
                     *           "api_key_id": null,
                     *           "changed_at": "2026-01-01T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "23",
                     *       "has_more": false
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Change"][];
                        /** @description Where to continue: send it as `since` next time, even when this page was empty. */
                        next_cursor: string;
                        /** @description True when more changes are waiting; false when the feed is caught up. */
                        has_more: boolean;
                    };
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description NDJSON: one JSON object per line. */
        requestBody: {
            content: {
                /** @example {"id":"2021-03-18-turkmenistan-osce","title":"Turkmenistan–OSCE videoconference on security, energy and connectivity","summary":"Foreign Minister Rashid Meredov and OSCE Secretary-General Helga Schmid talked by video link about a common OSCE security strategy and ways to prevent conflicts, sustainable energy, transport and environmental safety, green ports and connectivity around the Caspian Sea, and cooperation against terrorism, organized crime, drug and human trafficking, and cyber threats.","start_date":"2021-03-18","date_note":"The report is dated 18 March 2021 and gives no other date; the call was held that day or shortly before.","format":"videoconference","status":"held","location":null,"parties":[{"organization":"turkmenistan"},{"organization":"osce"}],"participants":[{"person":"rashid-meredov","represents":"turkmenistan","title":"Minister of Foreign Affairs","role":"head_of_delegation"},{"person":"helga-schmid","represents":"osce","title":"Secretary-General","role":"head_of_delegation"}],"themes":["security","conflict-prevention","terrorism","organized-crime","drug-trafficking","human-trafficking","cybersecurity","energy","transport","environment","trade","digitalization"],"sources":["trend-2021-03-18-turkmenistan-osce"],"proposals":[{"by":"turkmenistan","summary":"Work out a single, shared security strategy for the OSCE","kind":"strategy","themes":["security","conflict-prevention"],"status":"proposed","source":"trend-2021-03-18-turkmenistan-osce"},{"by":"turkmenistan","summary":"Look into new political and diplomatic tools for heading off conflicts between states","kind":"instrument","themes":["conflict-prevention"],"status":"proposed","source":"trend-2021-03-18-turkmenistan-osce"},{"by":"turkmenistan","summary":"Set up a Council for Sustainable Energy as a specialised OSCE body","kind":"institution","themes":["energy"],"status":"proposed","source":"trend-2021-03-18-turkmenistan-osce"},{"by":"turkmenistan","summary":"Hold a regional conference on fighting terrorism financing and transnational organized crime","kind":"conference","themes":["terrorism","organized-crime"],"status":"proposed","source":"trend-2021-03-18-turkmenistan-osce"},{"by":"turkmenistan","summary":"Help build green ports, digital services and easier trade and transport links across Central Asia and the Caucasus","kind":"commitment","themes":["transport","environment","trade","digitalization"],"status":"proposed","source":"trend-2021-03-18-turkmenistan-osce"}],"statements":[{"kind":"noted","text":"Raising funds and building mechanisms matter for preventing conflicts between countries."},{"kind":"stressed","text":"Reliable access to energy resources matters for regional and global development."},{"kind":"noted","text":"The OSCE project for green ports and better links around the Caspian Sea is important."},{"kind":"discussed","text":"Ways to cooperate on cybersecurity."},{"kind":"mentioned","text":"Expert meetings are still examining whether to prepare a comprehensive OSCE environmental programme."},{"kind":"mentioned","text":"The OSCE and Turkmenistan had earlier discussed steps towards a Turkmen programme for developing energy diplomacy."}]} */
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "lines": 1,
                     *       "created": 0,
                     *       "replaced": 1,
                     *       "ids": [
                     *         "2021-03-18-turkmenistan-osce"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Meetings read. */
                        lines: number;
                        created: number;
                        /** @description Lines whose id named an existing meeting, which they replaced. */
                        replaced: number;
                        /** @description The id of each line's meeting, in order. */
                        ids: string[];
                    };
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Words to find (SQLite FTS5 syntax works too: "phrases", prefix*, OR, NOT).
                 * @example energy
                 */
                q: string;
                /**
                 * @description Which records to search, comma-separated: meeting, proposal, person, organization (all when not given).
                 * @example meeting,proposal
                 */
                types?: string;
                /** @description Most results: 1 to 100, 20 when not given. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "proposal",
                     *           "id": "2021-03-18-turkmenistan-osce-p3",
                     *           "title": "Set up a Council for Sustainable Energy as a specialised OSCE body",
                     *           "snippet": "Set up a Council for Sustainable <mark>Energy</mark> as a specialised OSCE body",
                     *           "rank": -1.134,
                     *           "url": "/v1/proposals/2021-03-18-turkmenistan-osce-p3"
                     *         },
                     *         {
                     *           "type": "meeting",
                     *           "id": "2021-03-18-turkmenistan-osce",
                     *           "title": "Turkmenistan–OSCE videoconference on security, energy and connectivity",
                     *           "snippet": "…Reliable access to <mark>energy</mark> resources matters for regional and global development. The OSCE project for green…",
                     *           "rank": -0.0000017,
                     *           "url": "/v1/meetings/2021-03-18-turkmenistan-osce"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            /** @enum {unknown} */
                            type: "meeting" | "proposal" | "person" | "organization";
                            id: string;
                            /** @description The meeting's title, the proposal's summary, or the name. */
                            title: string;
                            /** @description The best-matching passage, matches wrapped in `<mark>` and `</mark>`. */
                            snippet: string;
                            /** @description BM25 relevance within its kind of record; lower is more relevant. */
                            rank: number;
                            /** @description Where the record is. */
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Not Modified: the `ETag` sent in `If-None-Match` still matches; the body is empty. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID, say): retrying with the same key within 24 hours replays the first answer instead of writing again.
                 * @example 3f6c2a9e-7d41-4b8a-9c15-0e2d8f4a6b71
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceInput"];
            };
        };
        responses: {
            /** @description A publication that records facts about meetings. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description An error, as RFC 9457 problem details (`application/problem+json`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
