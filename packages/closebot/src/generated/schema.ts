/**
 * TypeScript types (openapi-typescript 7.13.0) generated from specs/closebot/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

export interface paths {
    "/bot/{botId}/testSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a bot's test sessions
         * @description Returns one page of the test sessions of a bot. Each session is a synthetic lead and is
         *     returned as a `LeadDto`.
         *
         *     Response shape: the vendor declares a `{leads, total}` envelope (`ListLeadDto`), but one
         *     bot was observed answering with a bare JSON array of leads instead. We therefore model
         *     the 200 body as `TestSessionList` (either form); clients should accept both and, for the
         *     bare array, treat its length as the total.
         *
         *     Paging is offset-based: `offset` rows are skipped and at most `maxCount` rows are
         *     returned. Sort order is undocumented. On the rows returned, `instances[].botVersion` has
         *     been observed to be null every time.
         */
        get: operations["listTestSessions"];
        put?: never;
        /**
         * Create a test session for a bot
         * @description Creates a new test session for the bot, i.e. a synthetic lead to chat with the bot before
         *     it goes live, and returns the IDs of the new lead and of the source it belongs to.
         *
         *     This call has a side effect (every call creates another session), so it is not
         *     idempotent and clients must not retry it blindly; a timed-out call may still have created
         *     a session, which then shows up in `listTestSessions`. There is no request body. Both
         *     response fields are nullable in the vendor's Swagger; we keep them nullable, although a
         *     successful call is expected to return at least `leadId`.
         */
        post: operations["createTestSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leads
         * @description Returns one page of the account's leads, optionally restricted to one source or one lead.
         *
         *     Paging: `page` is a 0-based page index and `pageSize` the number of rows per page (row
         *     offset = `page` × `pageSize`). The response echoes `page` and `pageSize` and gives
         *     `total`, the number of matching leads across all pages. The last page has been reached
         *     when `results` holds fewer than `pageSize` rows (or is empty or null), or equivalently
         *     when (`page` + 1) × `pageSize` ≥ `total`. Asking for a page past the end returns an empty
         *     `results` list, not an error.
         *
         *     The vendor documents no maximum page size for leads (sources are capped at 100); we set
         *     only a minimum of 1 and no maximum, so very large values are the caller's risk. Sort order
         *     is undocumented (a third-party client describes it as newest activity first).
         */
        get: operations["listLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search leads
         * @description Finds leads matching a free-text query and filters. This is a read even though it uses
         *     `POST`: the filters travel in the JSON body and nothing is changed.
         *
         *     Required filters: the vendor's Swagger marks every body field optional, but the API has
         *     been observed to reject bodies that lack `sourceIds`, `channels`, `botIds` or
         *     `personaIds`. We deliberately deviate from the vendor schema and make those four
         *     required; send `[]` for "no filter".
         *
         *     Paging is offset-based: skip `offset` rows and return at most `count`. `total` is the
         *     number of matching leads across all pages; the last page has been reached when
         *     `offset` + the number of leads returned ≥ `total`, or when fewer than `count` leads come
         *     back. No defaults and no maximum are documented for `offset`/`count`, so always send
         *     both. With `totalOnly: true` the call presumably returns just the count (`leads` null or
         *     empty); that flag is undocumented beyond its name.
         *
         *     Response shape: older vendor docs showed a bare array of leads; the current docs and
         *     the Swagger return the `{leads, total}` envelope, which is what we model.
         */
        post: operations["searchLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a lead
         * @description Returns one lead by ID.
         *
         *     Null body: the vendor declares 404 for unknown IDs, but some unknown IDs have been
         *     observed to return 200 with a JSON `null` body instead. We therefore model the 200 body
         *     as `LeadDto` or `null`; treat `null` exactly like a 404.
         *
         *     With `includeExternal=true` the lead's `fields` also include values pulled live from the
         *     connected CRM (newer vendor docs; the older docs lack the parameter).
         */
        get: operations["getLead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead/{leadId}/page-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the web pages a lead visited
         * @description Returns the web pages the lead was seen visiting, as recorded by CloseBot's website
         *     tracking script (see `SourceDto.scriptInstalled`), as a bare array of at most `limit`
         *     visits. The vendor's Swagger document gives this operation neither a summary nor a
         *     description, and no docs page for it was found: what the fields mean is our reading of
         *     their names. The order of the visits is undocumented.
         *
         *     Unknown lead ids get 404 (declared by the vendor). Like other reads, an unknown id may
         *     also be answered with 200 and a JSON `null` body, so the 200 body is an array or `null`;
         *     treat `null` like a 404.
         */
        get: operations["listLeadPageHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead/{leadId}/ai-toggle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get whether the AI may answer a lead
         * @description Returns the lead's AI switch: whether the bots may reply to this lead (`enabled`), whether
         *     the switch applies to it at all (`applicable`) and, possibly, why not (`reason`). The
         *     vendor's Swagger document gives this operation neither a summary nor a description and
         *     no docs page for it was found; the meanings are our reading of the field names, checked
         *     against one live observation (a third-party client, MoggingLabs/closewire
         *     `docs/validation/05-read-client.md`): a lead whose AI was switched off in the app
         *     answered `{enabled: false, applicable: true, reason: null}`. So `reason` stays null even
         *     then; the cause (the CRM's "AI Off" tag) showed in the lead's
         *     `mostRecentFailureReason` (`ai_off`) instead.
         *
         *     Unknown lead ids get 404 (declared by the vendor); an unknown id may also be answered with
         *     200 and a JSON `null` body, so the 200 body is the switch or `null` (treat it like a 404).
         */
        get: operations["getLeadAiToggle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/botMetric/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversation messages
         * @description Returns the messages exchanged between bots and leads, filtered by source, lead and time
         *     window. This is the only documented way to read the message history of real leads.
         *
         *     Paging: there is none. The response is a bare array with no total and there is no
         *     offset parameter; `maxCount` limits the rows, and about 100 rows have been observed as a
         *     hard cap whatever `maxCount` says. To read a longer history, narrow the `start`/`end`
         *     window and repeat (e.g. move `end` back to the oldest `timestamp` received) until a
         *     window returns fewer rows than asked for. The sort order is undocumented.
         *
         *     `direction` is a free string: the vendor docs speak of inbound/outbound, while
         *     `to_bot`/`from_bot` have been observed; use `fromBot` to tell bot and contact messages
         *     apart. `timestamp` values usually come without a UTC offset (presumed UTC), so they are
         *     plain strings here.
         *
         *     Timeouts (504) have been observed on sibling `/botMetric` reads (logs, actions); we
         *     declare 504 here too. Retry with a smaller window.
         */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/botMetric/messageCount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count conversation messages
         * @description Returns how many messages match the filters, as a bare JSON integer. The filters are those
         *     of `listMessages` (source, lead, time window), all optional; unlike `listMessages` the
         *     answer is one number, so it is not subject to that endpoint's observed 100-row cap. It
         *     counts messages, not billable responses: a third-party client (MoggingLabs/closewire
         *     `docs/validation/05-read-client.md`) saw the dashboard's response counter differ from the
         *     message counters. Whether the window bounds are inclusive is undocumented.
         *
         *     Timeouts (504) have been observed on sibling `/botMetric` reads; we declare 504 here too.
         */
        get: operations["countMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bots
         * @description Returns all bots of the account as a bare array. There is no paging and no filter.
         *
         *     Each bot embeds its connected sources (`sources[]`), whose `key` is a CRM credential:
         *     do not log these payloads. Newer vendor docs add fields that the vendor's Swagger lacks
         *     (`followUpStates`, and `tagFilterConfig`/`flowVariableValues` on sources); they are
         *     modelled (see `BotDto`), and bots without them, as the Swagger document describes them,
         *     are just as valid.
         */
        get: operations["listBots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bot/nodeDescriptors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the bot-builder node catalogue
         * @description Returns the catalogue of the node and tool types bot flows are built from. botbridge does
         *     not read it; it is described so that this literal path wins over `GET /bot/{id}` (in
         *     routing, in the typed client and in the mock): a bot can never be fetched by the id
         *     `nodeDescriptors`, which reaches this operation instead.
         *
         *     The vendor's Swagger document declares an object of four lists (`NodeInformation`).
         *     Observed (a third-party client, MoggingLabs/closewire `docs/validation/05-read-client.md`,
         *     `closewire_client/endpoints/_reads.py`): the answer is that object's JSON text (about
         *     45 kB) with a non-JSON content type, so a client may get either the object or the text;
         *     both are accepted. The catalogue's entries are not modelled (open objects).
         */
        get: operations["getNodeDescriptors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bot/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a bot
         * @description Returns one bot by ID, including its versions, sources (with CRM credentials in
         *     `sources[].key`), follow-up settings and tools.
         *
         *     The vendor declares no 404 for this endpoint; we add one because unknown IDs may be
         *     refused. Like other reads, it may also answer an unknown ID with 200 and a JSON `null`
         *     body, so we model the 200 body as `BotDto` or `null`; treat `null` like a 404.
         */
        get: operations["getBot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agency/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the agency behind the API key
         * @description Returns the agency (the CloseBot account) the API key acts for, with its members. A
         *     CloseBot account belongs to exactly one agency, so this is who the key acts for: the
         *     cheapest authenticated read of the API (no parameters, one small object), and botbridge's
         *     credential check (`whoami`). A missing or invalid key gets 401 here, as observed by a
         *     third-party client (MoggingLabs/closewire `docs/validation/04-pacing.md`).
         *
         *     Whether a team member's key may read it is undocumented (the help centre says team
         *     members' keys do not reach owner-only endpoints); a refusal would presumably be the
         *     vendor's usual 401.
         */
        get: operations["getCurrentAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agency/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Returns one page of the agency's sources (connected CRM sub-accounts), optionally
         *     filtered by name and category and sorted.
         *
         *     Paging: `page` is a 0-based page index and `pageSize` the rows per page (1–100; row
         *     offset = `page` × `pageSize`). The response echoes `page` and `pageSize` and gives
         *     `total`, the number of matching sources. The last page has been reached when `results`
         *     holds fewer than `pageSize` rows (or is empty or null), or when (`page` + 1) × `pageSize`
         *     ≥ `total`. A third-party script reported pages returning different sources on repeated
         *     calls; pass an explicit `order` so the paging is stable.
         *
         *     Each source carries CRM credentials (`accessToken`, `key`); do not log these payloads.
         *     `forceTokenRefresh=true` makes CloseBot refresh the CRM access tokens of the returned
         *     sources, which is a side effect on the CRM connection, so leave it off for plain reads.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agency/source/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source
         * @description Returns one source (connected CRM sub-account) by its `sourceId`, including its CRM
         *     credentials (`accessToken`, `key`); do not log the payload.
         *
         *     The vendor declares no 404 for this endpoint; we add one for unknown IDs. Unknown IDs may
         *     also be answered with 200 and a JSON `null` body, so the 200 body is modelled as
         *     `SourceDto` or `null`; treat `null` like a 404.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
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
        /** @description Body of a successful test-session listing. The vendor documents only the `ListLeadDto` envelope, and most bots answer with it, but one bot was observed returning a bare array of `LeadDto` instead. Both forms are accepted; distinguish them with `Array.isArray`. */
        TestSessionList: components["schemas"]["ListLeadDto"] | components["schemas"]["LeadDto"][];
        /** @description Envelope holding one page of leads and the total number of matching leads. */
        ListLeadDto: {
            /** @description Leads on this page; may be null or empty when there are none. */
            leads?: components["schemas"]["LeadDto"][] | null;
            /**
             * Format: int32
             * @description Total number of matching leads across all pages, not just this page.
             */
            total: number;
        };
        /** @description A lead (contact) a bot talks to; test sessions are leads too. The vendor marks no field as required, so any field may be missing. Timestamp fields are plain strings: the vendor declares them as date-time but sends them without a UTC offset (e.g. `2026-07-22T00:49:17`, presumably UTC), which strict RFC 3339 validation would reject, so we do not use `format: date-time`. Parse them as UTC when no offset is present. */
        LeadDto: {
            /** @description CloseBot lead ID. */
            id?: string | null;
            /** @description Display name of the lead. */
            name?: string | null;
            /** @description ID of the matching contact in the connected CRM. */
            contactId?: string | null;
            /**
             * @description When the last message in the conversation was sent. Usually without offset (presumed UTC); may also carry `Z` and fractional seconds. Not validated as RFC 3339 on purpose.
             * @example 2026-07-22T00:49:17
             */
            lastMessageTime?: string | null;
            /** @description Text of the last message in the conversation. */
            lastMessage?: string | null;
            /** @description Direction of the last message. Kept as a free string: the vendor docs describe `inbound`/`outbound`, while live responses were observed with `to_bot`/`from_bot`, and no enum is declared anywhere. */
            lastMessageDirection?: string | null;
            /** @description ID of the bot involved in the last message. */
            lastMessageBotId?: string | null;
            /** @description Why the bot last failed to answer this lead, if it did; undocumented vocabulary (observed value `ai_off`). */
            mostRecentFailureReason?: string | null;
            /** @description For test sessions, the source (CRM sub-account) whose settings the session imitates. */
            mimicSourceId?: string | null;
            /** @description Whether the lead is starred in the CloseBot inbox. */
            starred?: boolean;
            /** @description Whether the conversation has unread messages. */
            unread?: boolean;
            /** @description Source (connected CRM sub-account) the lead belongs to. The vendor does not say whether it can be null; we allow null. */
            source?: components["schemas"]["LeadSourceDto"] | null;
            /** @description The bot stays silent towards this lead until this time. Timestamp, usually without offset (presumed UTC); not validated as RFC 3339 on purpose. */
            wontRespondUntil?: string | null;
            /** @description CRM tags on the lead. */
            tags?: string[] | null;
            /** @description Contact field values known for the lead. */
            fields?: components["schemas"]["LeadFieldDto"][] | null;
            /** @description Bots currently running a conversation with this lead and their follow-up state. */
            instances?: components["schemas"]["BotInstanceDto"][] | null;
        };
        /** @description Short reference to the source of a lead. Note the ID property is `id` here, whereas the full source object calls it `sourceId`. */
        LeadSourceDto: {
            /** @description Source ID (observed shape `src_` followed by 16 characters). */
            id?: string | null;
            /** @description Source name. */
            name?: string | null;
        };
        /** @description One contact field value of a lead. */
        LeadFieldDto: {
            /** @description Field key (e.g. `email`, `phone`, or a CRM custom-field key). */
            field?: string | null;
            /** @description Human-readable field label. */
            name?: string | null;
            /** @description Field value, always sent as a string even for numeric or date CRM fields. */
            value?: string | null;
            /** @description Whether the value was filled in by the bot (AI-extracted) rather than the CRM or a person. */
            aiProduced?: boolean;
        };
        /** @description State of one bot's conversation with a lead. */
        BotInstanceDto: {
            /** @description ID of the bot. */
            botId?: string | null;
            /** @description Bot version in use (e.g. `1.3.0`); observed null on test-session rows. */
            botVersion?: string | null;
            /** @description Which time zone follow-ups are scheduled in; undocumented vocabulary, kept as a free string. */
            followUpTimezoneKind?: string | null;
            /** @description Time zone used for follow-ups, presumably an IANA name such as `America/Chicago`. */
            followUpTimezone?: string | null;
            /** @description When the next follow-up message is due. Timestamp, usually without offset (presumed UTC); not validated as RFC 3339 on purpose. */
            followUpTime?: string | null;
            /** @description Whether the follow-up time was chosen by the bot's smart scheduling. */
            isSmartFollowUpTime?: boolean;
            /** @description When the bot is scheduled to send its next reply. Timestamp, usually without offset (presumed UTC); not validated as RFC 3339 on purpose. */
            scheduleRespondTime?: string | null;
        };
        /** @description One page of leads from `listLeads`, with the paging values that produced it and the total number of matching leads. */
        LeadDtoPaginated: {
            /**
             * Format: int32
             * @description Total number of matching leads across all pages.
             */
            total: number;
            /** @description Leads on this page; empty or null past the last page or when there are none. */
            results?: components["schemas"]["LeadDto"][] | null;
            /**
             * Format: int32
             * @description 0-based index of this page, echoed from the request.
             */
            page: number;
            /**
             * Format: int32
             * @description Page size used for this page, echoed from the request.
             */
            pageSize: number;
        };
        /** @description Body of `searchLeads`. The vendor marks every field optional and nullable; we keep them nullable but make the four list filters required, because the API has been observed to reject bodies without them (send `[]` for "no filter"; whether `null` is accepted there is unverified, so prefer `[]`). Unknown fields are rejected by this schema to catch typos, as the vendor's own schema is closed too. */
        SearchQueryInput: {
            /** @description Presumably return only `total` and no leads (undocumented beyond the name; added in newer vendor docs). */
            totalOnly?: boolean | null;
            /** @description Flag from the newest vendor docs, absent from the vendor's Swagger; its meaning is undocumented (apparently a faster search limited to the given sources). Leave it out unless needed. */
            sourceOnlyFast?: boolean | null;
            /**
             * Format: int32
             * @description Number of matching leads to skip (0-based). No default is documented; send it.
             */
            offset?: number | null;
            /**
             * Format: int32
             * @description Maximum number of leads to return. No default or maximum is documented; send it.
             */
            count?: number | null;
            /** @description Free-text query matched against the leads; empty or null for no text filter. */
            search?: string | null;
            /** @description Only leads of these sources. Required in practice; `[]` means any source. */
            sourceIds: string[] | null;
            /** @description Only leads on these channels (e.g. `SMS`, `Email`; vocabulary undocumented). Required in practice; `[]` means any channel. */
            channels: string[] | null;
            /** @description Only leads handled by these bots. Required in practice; `[]` means any bot. */
            botIds: string[] | null;
            /** @description Only leads handled by these personas. Required in practice; `[]` means any persona. */
            personaIds: string[] | null;
            /**
             * Format: int32
             * @description Only leads that have sent at least this many replies.
             */
            minimumResponses?: number | null;
            /** @description Only leads whose last message went this way. Free string: the docs suggest inbound/outbound while `to_bot`/`from_bot` have been observed in responses. */
            lastMessageDirection?: string | null;
            /** @description true = only leads with a scheduled follow-up, false = only without, null = either. */
            followUpScheduled?: boolean | null;
        };
        /** @description Result of `searchLeads`: the leads in the requested offset/count window and the total number of matches. Older vendor docs showed a bare array; the current API uses this envelope. */
        SearchLeadResultDto: {
            /** @description Matching leads in the requested window; null or empty with `totalOnly` or when nothing matched. */
            leads?: components["schemas"]["LeadDto"][] | null;
            /**
             * Format: int32
             * @description Total number of matching leads across all windows.
             */
            total: number;
        };
        /** @description IDs of a newly created test session (a synthetic lead) and of the source it belongs to. */
        TestSession: {
            /** @description ID of the synthetic lead that represents the session; use it with the test-session endpoints. */
            leadId?: string | null;
            /** @description ID of the source the session's lead belongs to. */
            sourceId?: string | null;
        };
        /** @description One message of a bot conversation. The vendor marks no field as required. `timestamp` is a plain string: the vendor declares it as date-time but sends it without a UTC offset (presumed UTC), which strict RFC 3339 validation would reject. */
        BotMetricMessage: {
            /** @description Message ID. */
            messageId?: string | null;
            /** @description Source the conversation belongs to. */
            sourceId?: string | null;
            /** @description Lead the conversation is with. */
            leadId?: string | null;
            /** @description Bot involved, when known (typically set on bot messages). */
            botId?: string | null;
            /** @description Persona the bot spoke as, when known. */
            personaId?: string | null;
            /** @description Channel the message went over (e.g. `SMS`); vocabulary undocumented. */
            channel?: string | null;
            /** @description Whether the bot wrote this message (false for messages from the contact). */
            fromBot?: boolean;
            /** @description Message direction as a free string: the vendor docs say inbound/outbound, observed values are `to_bot`/`from_bot`, and no enum is declared. Prefer `fromBot`. */
            direction?: string | null;
            /** @description Text of the message. */
            message?: string | null;
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["BotMetricAttachment"][] | null;
            /**
             * @description When the message was sent. Never null, but usually without offset (presumed UTC); may also carry `Z` and fractional seconds. Not validated as RFC 3339 on purpose.
             * @example 2026-07-22T00:49:17
             */
            timestamp?: string;
            /** @description Activity records attached to the message (vocabulary undocumented). */
            activities?: components["schemas"]["BotMetricActivity"][] | null;
        };
        /** @description A file attached to a message. */
        BotMetricAttachment: {
            /** @description Where the attached file can be downloaded. */
            url?: string | null;
        };
        /** @description An activity record shown next to a message, e.g. a website visit tracked by CloseBot's site script (hence the favicon). Vocabulary and payload are undocumented. */
        BotMetricActivity: {
            /** @description Kind of activity; undocumented vocabulary. */
            activity?: string | null;
            /** @description Activity payload as a string (e.g. a visited URL); meaning depends on `activity`. */
            data?: string | null;
            /** @description When the activity happened. Timestamp, usually without offset (presumed UTC); not validated as RFC 3339 on purpose. */
            timeData?: string | null;
            /** @description Icon of the website involved, if any (in the vendor's Swagger, not on its docs page). */
            faviconUrl?: string | null;
        };
        /** @description A bot with its versions, connected sources, follow-up settings and tools. The vendor marks no field as required. The newer docs page (https://developers.closebot.com/api-reference/bot/get-a-bot) shows fields the vendor's Swagger document lacks: `followUpStates`, and `tagFilterConfig`/`flowVariableValues` on `sources[]`; both are accepted (a bot without them is as valid), and the schema stays open for whatever comes next. */
        BotDto: {
            /** @description Bot ID (observed shape `bot_` followed by 16 characters). */
            id?: string | null;
            /** @description Bot name. */
            name?: string | null;
            /** @description When the bot was last modified. A free string in the vendor schema (not even declared as date-time); observed without offset, e.g. `2026-02-11T13:24:14`. */
            modifiedAt?: string | null;
            /** @description Who last modified the bot (user name or ID; undocumented). */
            modifiedBy?: string | null;
            /** @description Saved versions of the bot's flow. */
            versions?: components["schemas"]["BotVersionDto"][] | null;
            /** @description Sources the bot is connected to. Contains CRM credentials (`key`). */
            sources?: components["schemas"]["BotSourceDto"][] | null;
            /** @description Personas the bot can speak as. */
            personaIds?: string[] | null;
            /** @description Whether the bot is marked as a favourite in the app. */
            favorited?: boolean;
            /** @description Whether the bot is locked, i.e. deactivated in the app (observed meaning); locked bots do not count towards plan limits. */
            locked?: boolean;
            /** @description Whether the bot may reschedule existing appointments. */
            reschedulingEnabled?: boolean;
            /** @description Bot category; vocabulary undocumented. */
            category?: string | null;
            /** @description Folder the bot is filed under in the app, if any. */
            folderId?: string | null;
            /** @description Whether automatic follow-ups are switched on. */
            followUpActive?: boolean;
            /** @description Follow-up steps, in `order`. */
            followUpSequences?: components["schemas"]["FollowUpSequenceDto"][] | null;
            /** @description Whether the bot picks follow-up times itself. */
            smartFollowUp?: boolean;
            /** @description Whether the last follow-up step repeats. */
            followUpRepeat?: boolean;
            /**
             * Format: int32
             * @description Random variation, in minutes, added to follow-up times.
             */
            followUpVarianceMinutes?: number;
            /** @description Extra instructions given to the AI when writing follow-ups. */
            followUpExtraPrompt?: string | null;
            /** @description Tools (integrations) the bot can use. */
            tools?: components["schemas"]["BotToolDto"][] | null;
            /** @description Named follow-up plans of the bot (newer vendor docs only, absent from the vendor's Swagger document: https://developers.closebot.com/api-reference/bot/get-a-bot). */
            followUpStates?: components["schemas"]["FollowUpStateDto"][] | null;
        };
        /** @description One saved version of a bot. */
        BotVersionDto: {
            /** @description Version number, observed as `major.minor.patch` (e.g. `1.3.0`). */
            version?: string | null;
            /** @description Version label. */
            name?: string | null;
            /** @description Whether this version is live. */
            published?: boolean;
            /** @description When this version was last modified. Never null; usually without offset (presumed UTC). Not validated as RFC 3339 on purpose. */
            modifiedAt?: string;
            /** @description Who last modified this version. */
            modifiedBy?: string | null;
        };
        /** @description A source as seen from a bot, with the bot's settings for it. `tagFilterConfig` and `flowVariableValues` are on the newer docs page only (https://developers.closebot.com/api-reference/bot/get-a-bot), not in the vendor's Swagger document. */
        BotSourceDto: {
            /** @description Source ID. */
            id?: string | null;
            /** @description CRM category of the source (observed `GHL`, `GHLS`; vocabulary undocumented). */
            category?: string | null;
            /** @description Sensitive: the source's CRM account key (e.g. the GoHighLevel location ID used with its credentials). Treat as a credential; never log or display it. */
            key?: string | null;
            /** @description Source name. */
            name?: string | null;
            /** @description CRM tags that gate whether the bot answers a contact. */
            tags?: components["schemas"]["ContactTag"][] | null;
            /** @description Tag rules that gate whether the bot answers a contact on this source (newer docs only). Whether it can be null is not said; we allow null. */
            tagFilterConfig?: components["schemas"]["TagFilterConfigDto"] | null;
            /** @description Channels the bot answers on for this source (e.g. `SMS`, `FB`). */
            channelList?: string[] | null;
            /** @description Name the bot uses on this source instead of the persona's name. */
            personaNameOverride?: string | null;
            /** @description Whether the bot is active on this source. */
            enabled?: boolean;
            /** @description Values of the bot flow's variables for this source, by variable name (newer docs only). The docs page shows an empty object and no value type, so the map is open: values of any JSON type are accepted. */
            flowVariableValues?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description A CRM tag used as a filter on which contacts a bot answers. */
        ContactTag: {
            /** @description Tag name. */
            name?: string | null;
            /** @description true = contacts with this tag are answered, false = they are excluded (our reading; undocumented). */
            approveDeny?: boolean;
            /** @description Tag ID in the CRM. */
            id?: string | null;
        };
        /** @description One follow-up step of a bot. */
        FollowUpSequenceDto: {
            /**
             * Format: int32
             * @description Position of the step (0-based as observed).
             */
            order?: number;
            /**
             * Format: int32
             * @description Delay before this follow-up, in `unit`s.
             */
            duration?: number;
            /** @description Unit of `duration` (e.g. `minutes`, `days`); vocabulary undocumented. */
            unit?: string | null;
        };
        /** @description A tool (integration) configured on a bot. */
        BotToolDto: {
            /** @description Tool ID. */
            id?: string | null;
            /** @description Kind of tool; vocabulary undocumented. */
            type?: string | null;
            /** @description Whether the tool is switched on. */
            enabled?: boolean;
            /** @description Tool-specific settings. The vendor declares an object without properties and does not say whether it can be null; we model an open object or null. */
            options?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description One page of sources from `listSources`, with the paging values that produced it and the total number of matching sources. */
        SourceDtoPaginated: {
            /**
             * Format: int32
             * @description Total number of matching sources across all pages.
             */
            total: number;
            /** @description Sources on this page; empty or null past the last page or when there are none. */
            results?: components["schemas"]["SourceDto"][] | null;
            /**
             * Format: int32
             * @description 0-based index of this page, echoed from the request.
             */
            page: number;
            /**
             * Format: int32
             * @description Page size used for this page, echoed from the request.
             */
            pageSize: number;
        };
        /** @description A source: a CRM sub-account (GoHighLevel location, HubSpot portal, webhook) connected to CloseBot, with its bot links and reply-time settings. Its ID is `sourceId` here, while a lead's `source` object calls it `id`. Contains CRM credentials (`accessToken`, `key`). Timestamps are plain strings (no offset in practice, presumed UTC). The vendor marks no field as required. */
        SourceDto: {
            /** @description ID of the agency (CloseBot account) owning the source. */
            agencyId?: string | null;
            /** @description Source ID (observed shape `src_` followed by 16 characters). */
            sourceId?: string | null;
            /** @description Source name. */
            name?: string | null;
            /** @description CRM category (docs mention GHL, HubSpot, WebHook; `GHLS` observed); free string. */
            category?: string | null;
            /** @description Sensitive: the CRM-side account key (e.g. the GoHighLevel location ID). Treat as a credential; never log or display it. */
            key?: string | null;
            /** @description Sensitive: the OAuth access token CloseBot holds for the CRM. A live credential; never log, store or display it. */
            accessToken?: string | null;
            /** @description Postal address of the business behind the source. */
            address?: string | null;
            /** @description Whether the CRM connection currently works. */
            connected?: boolean;
            /** @description Whether the bot stops automatically when a human takes over the conversation (our reading; undocumented). */
            autoShutoff?: boolean;
            /** @description Whether the bot sends a closing message before it stops (our reading; undocumented). */
            gracefulGoodbye?: boolean;
            /** @description Bots connected to this source, with their per-source settings. */
            bots?: components["schemas"]["SourceBotDto"][] | null;
            /** @description IDs of the user accounts that may access this source. */
            accountsWithAccess?: string[] | null;
            /** @description Whether reply windows are interpreted in the contact's time zone instead of UTC. */
            isAvailabilityContactTimezone?: boolean;
            /** @description Weekly windows in which the bots may reply. */
            respondWindows?: components["schemas"]["SourceAvailabilityDto"][] | null;
            /** @description Absolute periods in which the bots stay silent (e.g. holidays). */
            doNotRespondWindows?: components["schemas"]["SourceDoNotRespondWindowDto"][] | null;
            /** @description Weekly reply windows per channel. */
            botRespondWindows?: components["schemas"]["BotSourceAvailabilityDto"][] | null;
            /** @description Whether `botRespondWindows` are quiet hours (no replies) rather than reply hours (our reading). */
            isBotRespondWindowsQuietHours?: boolean;
            /** @description Whether the bot summarizes attachments sent by contacts. */
            summarizeAttachments?: boolean;
            /** @description Whether the bot replies to message reactions. */
            respondToReactions?: boolean;
            /** @description Whether conversations are marked unread in the CRM after the bot replies. Spelled in the singular here, while the vendor's update body uses `markConversationsAsUnread`. */
            markConversationAsUnread?: boolean;
            /** @description URL CloseBot calls for webhook sources. */
            webhookCallback?: string | null;
            /** @description Whether CloseBot's website tracking script has been seen on the business's site. */
            scriptInstalled?: boolean;
            /** @description When the tracking script last reported in. Timestamp, usually without offset (presumed UTC); not validated as RFC 3339 on purpose. */
            scriptLastSeenAt?: string | null;
            /** @description Domain the tracking script last reported from. */
            scriptLastSeenDomain?: string | null;
            /** @description Page path the tracking script last reported from. */
            scriptLastSeenEndpoint?: string | null;
            /** @description Domains the tracking script is accepted from. */
            scriptDomainAllowList?: string[] | null;
            /** @description Re-billing wallet of the source. The vendor does not say whether it can be null; we allow null. */
            wallet?: components["schemas"]["SourceWalletDto"] | null;
            /** @description HubSpot owner the bot acts as, for HubSpot sources. */
            hubSpotOwnerId?: string | null;
        };
        /** @description A bot as seen from a source, with the bot's settings for it. `tagFilterConfig` is on the newer docs page only (https://developers.closebot.com/api-reference/source/list-sources), not in the vendor's Swagger document. */
        SourceBotDto: {
            /** @description Bot ID. */
            id?: string | null;
            /** @description Bot name. */
            botName?: string | null;
            /** @description CRM tags that gate whether the bot answers a contact. */
            tags?: components["schemas"]["ContactTag"][] | null;
            /** @description Tag rules that gate whether the bot answers a contact on this source (newer docs only). Whether it can be null is not said; we allow null. */
            tagFilterConfig?: components["schemas"]["TagFilterConfigDto"] | null;
            /** @description Channels the bot answers on for this source. */
            channels?: string[] | null;
            /** @description Name the bot uses on this source instead of the persona's name. */
            personaNameOverride?: string | null;
            /** @description Whether the bot is active on this source. */
            enabled?: boolean;
        };
        /** @description A weekly reply window. The three values are strings in an undocumented format; they look like a .NET weekday name and time spans (`HH:mm:ss`, or `d.HH:mm:ss` over a day). */
        SourceAvailabilityDto: {
            /** @description Weekday the window starts on, in UTC (e.g. `Monday`). */
            dayOfWeekUtc?: string | null;
            /** @description Start time of day in UTC (e.g. `13:00:00`). */
            startTimeUtc?: string | null;
            /** @description Length of the window (e.g. `08:00:00`). */
            duration?: string | null;
        };
        /** @description A weekly reply window for one channel; same undocumented string formats as `SourceAvailabilityDto`. */
        BotSourceAvailabilityDto: {
            /** @description Weekday the window starts on, in UTC (e.g. `Monday`). */
            dayOfWeekUtc?: string | null;
            /** @description Start time of day in UTC (e.g. `13:00:00`). */
            startTimeUtc?: string | null;
            /** @description Length of the window (e.g. `04:00:00`). */
            duration?: string | null;
            /** @description Channel the window applies to (e.g. `SMS`). */
            channel?: string | null;
        };
        /** @description An absolute period in which the bots stay silent. */
        SourceDoNotRespondWindowDto: {
            /** @description Start of the period. Never null; timestamp usually without offset (presumed UTC), not validated as RFC 3339 on purpose. */
            start?: string;
            /** @description End of the period. Never null; timestamp usually without offset (presumed UTC), not validated as RFC 3339 on purpose. */
            end?: string;
        };
        /** @description Re-billing settings of a source (how the agency charges the sub-account). Units of the amounts and the format of the cost overrides are undocumented. */
        SourceWalletDto: {
            /** @description Whether usage is re-billed to the sub-account. */
            reBilling?: boolean;
            /** @description Whether the wallet tops itself up automatically. */
            autoRefill?: boolean;
            /**
             * Format: int32
             * @description Amount added per automatic top-up (currency units; undocumented).
             */
            topUpAmount?: number;
            /**
             * Format: int32
             * @description Balance below which an automatic top-up happens.
             */
            refillThreshold?: number;
            /** @description Stripe customer the wallet is charged to. */
            stripeCustomerId?: string | null;
            /** @description Currency code of the wallet (e.g. `usd`). */
            currency?: string | null;
            /** @description Custom price per bot response, as a decimal string. */
            responseUnitCostOverride?: string | null;
            /** @description Custom price per storage unit, as a decimal string. */
            storageUnitCostOverride?: string | null;
            /** @description Custom price per user, as a decimal string. */
            userUnitCostOverride?: string | null;
        };
        /** @description One named follow-up plan of a bot (newer vendor docs only, absent from the vendor's Swagger document: https://developers.closebot.com/api-reference/bot/get-a-bot). Its steps have the shape of `followUpSequences`. The meanings are our reading of the field names; the docs page shows placeholders only. The vendor marks no field as required. */
        FollowUpStateDto: {
            /** @description Plan ID. A number, unlike the string IDs elsewhere (the docs page shows an integer; its width is not given, so no int32 bound is checked). */
            id?: number;
            /** @description Plan name. */
            name?: string | null;
            /** @description Whether this is the bot's default follow-up plan. */
            isDefault?: boolean;
            /** @description The plan's follow-up steps, in `order`. */
            sequences?: components["schemas"]["FollowUpSequenceDto"][] | null;
            /** @description Whether the plan's last step repeats. */
            repeatFinal?: boolean;
            /** @description Extra instructions given to the AI when writing this plan's follow-ups. */
            extraPrompt?: string | null;
            /** @description Position of the plan among the bot's plans (width not given). */
            order?: number;
        };
        /** @description Which CRM tags a contact must (or must not) carry for a bot to answer it on a source: rule groups joined by `operator`. Newer vendor docs only, absent from the vendor's Swagger document (https://developers.closebot.com/api-reference/bot/get-a-bot, https://developers.closebot.com/api-reference/source/list-sources). It presumably extends the older `tags[]` list with its `approveDeny` flag. The docs show placeholder strings only, so `operator` and `condition` are free strings: no value of theirs is documented or observed (the values in this spec's examples are ours). */
        TagFilterConfigDto: {
            /** @description How the groups combine (presumably all or any); vocabulary undocumented. */
            operator?: string | null;
            /** @description The rule groups. */
            groups?: components["schemas"]["TagFilterGroupDto"][] | null;
        };
        /** @description One group of tag rules of a `TagFilterConfigDto`. */
        TagFilterGroupDto: {
            /** @description How the group's rules combine; vocabulary undocumented. */
            operator?: string | null;
            /** @description The group's rules. */
            rules?: components["schemas"]["TagFilterRuleDto"][] | null;
        };
        /** @description One tag rule of a `TagFilterGroupDto`. */
        TagFilterRuleDto: {
            /** @description Name of the CRM tag. */
            tagName?: string | null;
            /** @description ID of the CRM tag. */
            tagId?: string | null;
            /** @description What the rule asks of the tag (presumably present or absent, as the help centre's green and red tags: https://docs.closebot.com/en/articles/11499280-source-filters); vocabulary undocumented. */
            condition?: string | null;
        };
        /** @description The agency (CloseBot account) an API key acts for, with its members. The vendor marks no field as required. https://developers.closebot.com/api-reference/agency/get-agency */
        AgencyDto: {
            /** @description Agency ID; the `agencyId` of the agency's sources. */
            id?: string | null;
            /** @description Agency name. */
            name?: string | null;
            /** @description The agency's users, invited ones included. */
            members?: components["schemas"]["AgencyMemberDto"][] | null;
        };
        /** @description A user of the agency. `role` and `status` are free strings: the vendor documents no value of either (the help centre names owners, team members and clients as kinds of users, https://docs.closebot.com/en/articles/11511651-invited-user-types, but not how they are spelled here); the values in this spec's examples are ours. */
        AgencyMemberDto: {
            /** @description The user's account ID (as in `SourceDto.accountsWithAccess`). */
            accountId?: string | null;
            /** @description The user's role in the agency; vocabulary undocumented. */
            role?: string | null;
            /** @description The user's ID at the sign-in provider; format undocumented. */
            authId?: string | null;
            /** @description The user's display name. */
            name?: string | null;
            /** @description The user's email address (personal data; not validated as an email). */
            email?: string | null;
            /** @description Whether the user has joined or is still invited; vocabulary undocumented. */
            status?: string | null;
        };
        /** @description One web page visit of a lead, recorded by CloseBot's tracking script. The vendor marks no field as required. `visitedAt` is a plain string: declared as date-time by the vendor, but CloseBot's timestamps usually come without an offset (presumed UTC). */
        LeadPageVisitDto: {
            /**
             * Format: int32
             * @description Visit ID (a number, unlike CloseBot's other IDs).
             */
            id?: number;
            /** @description Full URL of the page. */
            url?: string | null;
            /** @description Path part of the URL. */
            path?: string | null;
            /** @description Host name of the page. */
            domain?: string | null;
            /** @description Title of the page, when the script read one. */
            title?: string | null;
            /**
             * @description When the page was visited. Never null; usually without offset (presumed UTC). Not validated as RFC 3339 on purpose.
             * @example 2026-07-22T00:41:10
             */
            visitedAt?: string;
        };
        /** @description A lead's AI switch. The vendor marks no field as required and describes none; the meanings are our reading, checked against one observation (see `getLeadAiToggle`). */
        LeadAiToggleDto: {
            /** @description Whether the bots may reply to the lead. */
            enabled?: boolean;
            /** @description Whether the switch applies to this lead at all. */
            applicable?: boolean;
            /** @description Why the switch is as it is, when CloseBot says; observed null even for a lead whose AI was switched off. Free text. */
            reason?: string | null;
        };
        /** @description The bot builder's catalogue of node types (`getNodeDescriptors`), as the vendor's Swagger document declares it. Not read by botbridge: the four lists hold open objects (the entries are keyed by `className`, as observed by a third-party client). */
        NodeInformation: {
            /** @description Data types flow variables can have. */
            dataTypes?: {
                [key: string]: unknown;
            }[] | null;
            /** @description Node types a flow is built from. */
            atomicNodes?: {
                [key: string]: unknown;
            }[] | null;
            /** @description How the node types are grouped in the builder. */
            groups?: {
                [key: string]: unknown;
            }[] | null;
            /** @description Tool types a bot can use. */
            tools?: {
                [key: string]: unknown;
            }[] | null;
        };
        /** @description RFC 7807 problem details, the vendor's declared error body. Open: extension members may appear. Server failures have also been observed with an empty body. */
        ProblemDetails: {
            /** @description URI identifying the problem type. */
            type?: string | null;
            /** @description Short summary of the problem type. */
            title?: string | null;
            /**
             * Format: int32
             * @description HTTP status code repeated in the body.
             */
            status?: number | null;
            /** @description Explanation specific to this occurrence. */
            detail?: string | null;
            /** @description URI or identifier of this specific occurrence. */
            instance?: string | null;
            /** @description Validation errors keyed by the offending field; present on validation failures only. */
            errors?: {
                [key: string]: string[];
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Body sent with HTTP 401 when the account's plan does not allow the request (observed, undocumented). Only this body distinguishes it from an invalid key. */
        PlanLimitError: {
            /** @description Error code; observed value `upgrade required`. */
            error: string;
        };
    };
    responses: {
        /** @description The API key is missing or invalid, or the account's plan does not allow this request. The vendor uses 401 for both; a plan-limit refusal has the body `{"error": "upgrade required"}` (`PlanLimitError`) instead of problem details, so check the body before asking the user for a new key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"] | components["schemas"]["PlanLimitError"];
                "application/json": components["schemas"]["ProblemDetails"] | components["schemas"]["PlanLimitError"];
            };
        };
        /** @description No bot, lead or source (whichever the path names) with this ID exists in the account. Note that CloseBot sometimes answers unknown IDs with 200 and a null body instead, so clients should also null-check. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Rate limited. CloseBot documents no rate limits and no 429 response; we declare it so clients handle it generically (back off and retry, honouring `Retry-After` when sent). */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before retrying. Undocumented by the vendor; may be absent, in which case use exponential backoff.
                 * @example 30
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Unexpected server-side failure. The body may be problem details or empty (both observed on other endpoints); retrying later may help. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The request failed validation, e.g. a required body field is missing. The body is problem details whose `errors` map lists the messages per offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The request took too long and the gateway gave up (observed on `/botMetric` reads, undocumented by the vendor). The body may be empty or not JSON at all; problem details are declared for the mock. Retry with a narrower time window or a smaller `maxCount`. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTestSessions: {
        parameters: {
            query?: {
                /** @description Number of sessions to skip before the first one returned (0-based). */
                offset?: number;
                /** @description Maximum number of sessions to return. The seed docs page's wording suggested this parameter is called `count`, but the vendor's own Swagger document (and a generated third-party client) name it `maxCount`; we follow the Swagger. No upper limit is documented. */
                maxCount?: number;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the bot whose test sessions to list. Observed IDs look like `bot_` followed by 16 upper-case letters and digits, but the format is undocumented, so any non-empty string is accepted.
                 * @example bot_7QH2KD9W0ZP4MX1C
                 */
                botId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested page of test sessions, normally as a `{leads, total}` envelope, occasionally as a bare array of leads (see `TestSessionList`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestSessionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createTestSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the bot to create a test session for. Observed IDs look like `bot_` followed by 16 upper-case letters and digits; the format is undocumented, so any non-empty string is accepted.
                 * @example bot_7QH2KD9W0ZP4MX1C
                 */
                botId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was created; the body names the synthetic lead and its source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /** @description 0-based index of the page to return (the first page is 0). */
                page?: number;
                /** @description Number of leads per page. No maximum is documented for this endpoint, so none is declared here; keep it at or below 100 to be safe, as that is the documented cap on the similar sources listing. */
                pageSize?: number;
                /**
                 * @description Only return leads of this source (connected CRM sub-account).
                 * @example src_4GJ8T2QW9M0NB6XA
                 */
                sourceId?: string;
                /**
                 * @description Lead ID filter. The vendor only calls it "the lead ID"; we assume it narrows the page to that one lead (unverified). Use `getLead` to fetch a single lead reliably.
                 * @example lead_9F3KQ2M7XW1T
                 */
                leadId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of leads plus paging information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDtoPaginated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    searchLeads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Search text, filters and paging window. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchQueryInput"];
            };
        };
        responses: {
            /** @description Matching leads for the requested window, plus the total match count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchLeadResultDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getLead: {
        parameters: {
            query?: {
                /** @description Also return field values fetched from the connected CRM. */
                includeExternal?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description CloseBot lead ID. The format is undocumented, so any non-empty string is accepted.
                 * @example lead_9F3KQ2M7XW1T
                 */
                leadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead, or `null` when the ID is unknown (observed instead of a 404). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDto"] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listLeadPageHistory: {
        parameters: {
            query?: {
                /** @description Maximum number of visits to return. The vendor's default is 20; no maximum is documented. */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description CloseBot lead ID. The format is undocumented, so any non-empty string is accepted.
                 * @example lead_9F3KQ2M7XW1T
                 */
                leadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead's page visits, or `null` when the ID is unknown (possible instead of a 404). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadPageVisitDto"][] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getLeadAiToggle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description CloseBot lead ID. The format is undocumented, so any non-empty string is accepted.
                 * @example lead_9F3KQ2M7XW1T
                 */
                leadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead's AI switch, or `null` when the ID is unknown (possible instead of a 404). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadAiToggleDto"] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Only messages of this source (connected CRM sub-account).
                 * @example src_4GJ8T2QW9M0NB6XA
                 */
                sourceId?: string;
                /**
                 * @description Only messages of this lead's conversation.
                 * @example lead_9F3KQ2M7XW1T
                 */
                leadId?: string;
                /**
                 * @description Start of the time window (RFC 3339 date-time). We always send UTC with a `Z` suffix; whether the bound is inclusive is undocumented.
                 * @example 2026-07-21T00:00:00Z
                 */
                start?: string;
                /**
                 * @description End of the time window (RFC 3339 date-time, sent as UTC with `Z`). An end before `start` is expected to yield an empty array rather than an error (observed on a sibling endpoint).
                 * @example 2026-07-22T23:59:59Z
                 */
                end?: string;
                /** @description Maximum number of messages to return. No default is documented; about 100 rows has been observed as a server-side cap, so larger values do not return more. */
                maxCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching messages as a bare array (no envelope, no total). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotMetricMessage"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    countMessages: {
        parameters: {
            query?: {
                /**
                 * @description Only messages of this source (connected CRM sub-account).
                 * @example src_4GJ8T2QW9M0NB6XA
                 */
                sourceId?: string;
                /**
                 * @description Only messages of this lead's conversation.
                 * @example lead_9F3KQ2M7XW1T
                 */
                leadId?: string;
                /**
                 * @description Start of the time window (RFC 3339 date-time; we send UTC with `Z`).
                 * @example 2026-07-01T00:00:00Z
                 */
                start?: string;
                /**
                 * @description End of the time window (RFC 3339 date-time; we send UTC with `Z`).
                 * @example 2026-08-01T00:00:00Z
                 */
                end?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matching messages, as a bare integer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All bots of the account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotDto"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getNodeDescriptors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node catalogue, as a JSON object or as its JSON text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeInformation"] | string;
                    "text/plain": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getBot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Bot ID. Observed IDs look like `bot_` followed by 16 upper-case letters and digits; the format is undocumented, so any non-empty string is accepted.
                 * @example bot_7QH2KD9W0ZP4MX1C
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot, or `null` when the ID is unknown (possible instead of a 404). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotDto"] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getCurrentAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency the key acts for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Number of sources per page (documented maximum 100). */
                pageSize?: number;
                /** @description 0-based index of the page to return (the first page is 0). */
                page?: number;
                /**
                 * @description Text to match against source names.
                 * @example fitness
                 */
                query?: string;
                /**
                 * @description Only sources of this CRM category. No enum is documented: the vendor names GHL, HubSpot and WebHook as examples, and `GHLS` has also been observed, so any string is accepted.
                 * @example GHL
                 */
                category?: string;
                /**
                 * @description Sort order: a field name prefixed with `+` (ascending) or `-` (descending). The sortable fields are undocumented; `id` is the documented default. URL-encode the plus sign (`%2Bname`), as a literal `+` in a query string decodes to a space.
                 * @example +name
                 */
                order?: string;
                /** @description Refresh the CRM access tokens of the returned sources before answering. Changes the stored credentials, so use it only to repair a broken CRM connection. */
                forceTokenRefresh?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sources plus paging information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDtoPaginated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Source ID (`SourceDto.sourceId`, or `id` in a lead's `source`). Observed IDs look like `src_` followed by 16 characters; the format is undocumented, so any non-empty string is accepted.
                 * @example src_4GJ8T2QW9M0NB6XA
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source, or `null` when the ID is unknown (possible instead of a 404). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDto"] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
