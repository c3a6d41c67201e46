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
        /** @description No bot with this ID exists in the account. Note that CloseBot sometimes answers unknown IDs with 200 and a null body instead, so clients should also null-check. */
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
}
