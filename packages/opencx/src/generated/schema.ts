/**
 * TypeScript types (openapi-typescript 7.13.0) generated from specs/opencx/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

export interface paths {
    "/chat/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chat sessions
         * @description Returns chat sessions of the organization that owns the key, one page at a time, optionally
         *     narrowed by handoff state, status, channel and creation/update time windows. Requires the
         *     `chat-sessions:read` scope (or a full-access key).
         *
         *     **Paging (cursor):** call without `cursor` for the first page. Each response carries `items`
         *     and `next`; pass `next` unchanged as `cursor` (keeping the same filters) to get the following
         *     page. `next` is null on the last page, which is the only end signal: a page may hold fewer
         *     items than earlier ones without being the last. No page-size parameter is documented and the
         *     page size itself is not stated, so do not rely on a fixed number of items per page. The sort
         *     order is not documented either; for incremental syncs, filter on `updated_after`.
         *
         *     The vendor docs label the success response only as "Default Response"; we model it as 200.
         *     Error statuses follow the same assumptions as `getChatSession` (401/403 from the
         *     authentication page, 500 from the older vendor spec, 429 assumed).
         */
        get: operations["listChatSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/sessions/filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Filter chat sessions
         * @description Searches chat sessions with a richer filter set than `listChatSessions` and returns them
         *     sorted and page-numbered. This is a read even though it uses `POST`: the criteria travel in
         *     the JSON body and nothing is changed. Requires the `chat-sessions:read` scope (or a
         *     full-access key).
         *
         *     **Paging (page numbers):** send `page` (1-based, default 1) and `limit` (1-100, default 25).
         *     The response echoes `page` and `limit` and says whether more pages exist: request
         *     `page + 1` while `has_next` is true; the page with `has_next: false` is the last. No total
         *     count is returned. Note that this envelope (`data`, page flags) differs from the cursor-based
         *     list endpoints (`items`, `next`).
         *
         *     The body schema of `filters` is not published (only the kinds of criteria are listed), so
         *     it is an open object here. Error statuses: 400 is our assumption for a body that fails
         *     validation (e.g. `limit` above 100); 401/403/429/500 as for the other operations.
         */
        post: operations["filterChatSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a chat session
         * @description Returns one chat session by its id, including the contact, channel, assigned team, handoff
         *     summary and linked helpdesk ticket when present. Requires the `chat-sessions:read` scope
         *     (or a full-access key).
         *
         *     The vendor docs label the success response only as "Default Response"; we model it as 200.
         *     Error responses are not documented per operation: 401/403 come from the authentication
         *     page, 500 from the vendor's older published spec, and 404/429 are our assumption using the
         *     same error body.
         */
        get: operations["getChatSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/sessions/{session_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the history of a chat session
         * @description Returns the timeline of one chat session: messages from the contact, the AI and human agents,
         *     plus events such as handoffs, agents joining or taking over, AI resolutions and status
         *     changes. Requires the `chat-sessions:read` scope (or a full-access key).
         *
         *     **Paging (cursor):** call without `cursor` for the first page, then pass the previous
         *     response's `next` as `cursor`. `next` is null on the last page. Page size and the order of
         *     items are not documented (no page-size parameter exists); sort by `created_at` yourself if
         *     order matters.
         *
         *     The newest docs type `event.type` and `sender.type` as plain strings, while the older vendor
         *     spec had a closed set and the newest prose adds status-change events; we keep them as open
         *     strings (known values in the descriptions) so new event kinds do not break parsing. 404 for an
         *     unknown session is our assumption, as are 429; 401/403/500 as for `getChatSession`.
         */
        get: operations["listChatHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Returns the contacts (end customers) of the organization that owns the key, one page at a
         *     time, optionally narrowed by creation/update time windows. Requires the `contacts:read`
         *     scope (or a full-access key).
         *
         *     **Paging (cursor):** call without `cursor` for the first page, then pass the previous
         *     response's `next` unchanged as `cursor` (with the same filters). `next` is null on the last
         *     page. No page-size parameter is documented and neither the page size nor the sort order is
         *     stated.
         *
         *     The docs give `created_at`/`updated_at` of contacts as strings without a date-time format,
         *     so they are plain strings here (expect ISO 8601). There is no documented endpoint to fetch
         *     a single contact. Error statuses follow the same assumptions as the session operations.
         */
        get: operations["listContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current organization
         * @description Returns the organization (tenant) the API key belongs to: OpenCX infers it from the key, so
         *     the request takes no parameter. Its answer is small and names the account, which makes it
         *     botbridge's credential check (`whoami()`). Requires the `org:read` scope (or a full-access
         *     key); a key limited to other scopes gets 403 here even where it may read sessions.
         *
         *     The answer carries the organization's `name` and its `created_at`/`updated_at` (both
         *     nullable), as the vendor's `OrganizationDto` shows them on the update page
         *     (https://docs.open.cx/api-reference/organization/update), which returns the same schema
         *     the get page names. The organization overview page
         *     (https://docs.open.cx/api-reference/organization) says the details include the language,
         *     website and AI prompt as well, but shows no field names for them, so they are not modelled
         *     (extra fields are accepted). No organization id is documented.
         *
         *     The vendor docs label the success response only as "Default Response"; we model it as 200.
         *     They document 500 for this operation; 401/403 come from the authentication page and 429
         *     is our assumption, with the common error body. The update operation (`PATCH /org`) is a
         *     write and is left out.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "conversation.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation started
         * @description Sent when a new conversation starts, on any channel. `data.conversation_id` is the id of the
         *     chat session that `getChatSession` reads (inferred: OpenCX calls sessions and
         *     conversations by either name).
         *
         *     Versions: the newest docs show `contact.custom_data`, a mid snapshot and the 2024 docs
         *     `contact.custom_objects`; the 2024-08-01 docs also had `language` and made the contact
         *     fields required. All of these are optional here.
         *
         *     Phone calls: one doc snapshot says a call fires this event together with
         *     `phone_call.started`; see that webhook.
         */
        post: operations["onConversationStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation closed
         * @description Sent when a conversation is closed, resolved or not, whether a human or the AI closed it.
         *
         *     **`data` is an object or an array.** The 2024 docs type `data` as a list of the closed
         *     object, the newest docs as one object; whether the list was a doc slip is unknown, so both
         *     are accepted (a list holds at least one conversation).
         *
         *     Versions: the newest docs (captured only up to `contact_reason`) use
         *     `human_resolution_status`, `ai_resolution_status`, `ai_billing_tier`, `contact_id` and
         *     `contact`, and four kinds of `closed_by`; the 2024 docs use `resolution_status`,
         *     `resolution_type`, `user_sentiment`, `language` and `message_count`, and two kinds of
         *     `closed_by`; the 2024-08-01 docs had `customer_id` and `resolved_by`, and put
         *     `is_from_third_party`, `third_party_name`, `summary` and the other analysis fields next to
         *     `data` instead of inside it (the envelope therefore allows extra members). Every field is
         *     optional here. `conversation_id` is optional in the newest docs; botbridge's receiver still
         *     refuses a closed conversation without one (inferred: a close event always concerns a
         *     conversation, and a record without the id could not be matched to the session).
         *
         *     Phone calls: the doc snapshots disagree on whether a call fires this event.
         */
        post: operations["onConversationClosed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.handoff_to_human": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation handed off to a human
         * @description Sent when a conversation is handed to a human: the AI decided to, a human agent took over,
         *     and so on. Captured only from the 2024 docs (the newest page was cut off at its start).
         *
         *     **`data` is an object or an array**, as for `conversation.closed`: the 2024 docs type it as a
         *     list. `conversation_id` may be null or absent per the docs; botbridge's receiver refuses an
         *     element without it (inferred, as for `conversation.closed`). `customer_id` is probably the
         *     contact's id (inferred: the 2024-08-01 closed event called the contact `customer_id`); the
         *     receiver does not map it to a contact.
         */
        post: operations["onConversationHandoffToHuman"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.contact_response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact sent a message
         * @description Sent when the contact sends a message to the inbox. The payload is not documented, so `data`
         *     is an open object (inferred: it carries at least the conversation id and the text; not
         *     confirmed).
         */
        post: operations["onConversationContactResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.ai_response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AI replied
         * @description Sent when the AI replies to a contact's message. The payload is not documented, so `data` is
         *     an open object.
         */
        post: operations["onConversationAiResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.agent_response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Human agent replied
         * @description Sent when a human agent replies from the OpenCX inbox. The payload is not documented, so
         *     `data` is an open object.
         */
        post: operations["onConversationAgentResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.third_party_agent_response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Third-party agent replied
         * @description Sent when an agent working in a connected helpdesk (Zendesk, Intercom, ...) replies to a
         *     conversation that was handed off to it. Captured only from the 2024 docs; the 2024-08-01
         *     version had `time_since_handoff` where the later one has `response`. Every field is
         *     optional here.
         */
        post: operations["onConversationThirdPartyAgentResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.handoff_to_third_party_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Handoff to a helpdesk failed
         * @description Sent when handing a conversation to a connected helpdesk (Zendesk, Intercom, ...) fails. The
         *     payload is not documented, so `data` is an open object.
         */
        post: operations["onConversationHandoffToThirdPartyFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workflow.run.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Workflow run succeeded
         * @description Sent when a workflow run completes. The payload is not documented, so `data` is an open
         *     object.
         */
        post: operations["onWorkflowRunSucceeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workflow.run.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Workflow run failed
         * @description Sent when a workflow run fails. The payload is not documented, so `data` is an open object.
         */
        post: operations["onWorkflowRunFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "csat.requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CSAT survey sent
         * @description Sent when a satisfaction survey goes out to the contact (email, SMS, WhatsApp, Slack or the
         *     web widget). The payload is not documented, so `data` is an open object.
         */
        post: operations["onCsatRequested"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "csat.score_submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CSAT score submitted or updated
         * @description Sent when the contact submits a satisfaction score, and again when they change it. The
         *     payload is not documented, so `data` is an open object (inferred: it probably mirrors the
         *     CSAT record of the REST API: `id`, `session_id`, `score` from 1 to 5, `comment`, `channel`,
         *     `created_at`, `updated_at` and `contact`; not confirmed).
         */
        post: operations["onCsatScoreSubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "phone_call.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phone call started
         * @description Sent when a call of the AI phone agent starts, inbound or outbound. Only this name of the
         *     phone-call events was captured; the others and every payload are not, so `data` is an open
         *     object. Doc snapshots disagree on which conversation events a call also fires: one says
         *     `conversation.started` but not `conversation.closed`, another says both. An unmerged 2024
         *     doc branch used other names (`phone.incoming_call_started`, `phone.outgoing_call_started`,
         *     `phone.incoming_call_ended`, `phone.outgoing_call_ended`); they are not declared here.
         */
        post: operations["onPhoneCallStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description One conversation between a contact and OpenCX. A field is required only where every vendor
         *     source lists it as always present: `id`, `status`, `channel`, `created_at` and `updated_at`
         *     (the newest docs, https://docs.open.cx/api-reference/chat-sessions/get, and OpenCX's 2024
         *     OpenAPI document, https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json).
         *     `ai_closure_type` and `sentiment` are always present (possibly null) in the newest docs but
         *     absent from the 2024 document, and `ticket_number` and `assist_mode` are missing from older
         *     doc snapshots, so all four are optional here.
         */
        ChatSession: {
            /**
             * Format: uuid
             * @description Session id.
             */
            id: string;
            status: components["schemas"]["SessionStatus"];
            /**
             * @description How the AI closed the session; null while it is open or when the AI did not close it.
             *     Always present in the newest docs, absent from the 2024 OpenAPI document.
             */
            ai_closure_type?: components["schemas"]["AiClosureType"] | null;
            /**
             * @description Detected sentiment of the contact; null when not (yet) computed. Always present in the
             *     newest docs, absent from the 2024 OpenAPI document.
             */
            sentiment?: components["schemas"]["Sentiment"] | null;
            channel: components["schemas"]["SessionChannel"];
            /**
             * @description Human-readable session number (shown as e.g. #4521) that is carried over to connected
             *     helpdesks. Documented as always present in the newest docs but absent from older
             *     snapshots, so optional here.
             */
            ticket_number?: number;
            /**
             * @description Whether the session runs in assist mode. Documented as always present in the newest docs
             *     but absent from older snapshots, so optional here.
             */
            assist_mode?: boolean;
            /**
             * Format: date-time
             * @description When the session was created (ISO 8601). The newest docs show a non-null date-time
             *     (https://docs.open.cx/api-reference/chat-sessions/get); OpenCX's own 2024 OpenAPI
             *     document marks it nullable (`ChatSession` in
             *     https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json). Both list it as
             *     always present, so it stays required and null is accepted. botbridge leaves
             *     `createdAt` absent for null (never an invalid timestamp); a `since`/`until` window then
             *     compares `updated_at` instead, as it does for every record without a creation time.
             */
            created_at: string | null;
            /**
             * Format: date-time
             * @description When the session was last updated (ISO 8601). Non-null in the newest docs, nullable in
             *     the 2024 OpenAPI document (same sources as `created_at`); required in both, so it stays
             *     required and null is accepted. botbridge reads null as "not changed since it was
             *     created" and gives `updatedAt` the creation time (inferred: nothing documents what the
             *     null means), so a session with a null `updated_at` still has an update time for an
             *     incremental sync to compare.
             */
            updated_at: string | null;
            contact?: components["schemas"]["SessionContact"];
            /** @description Language of the conversation, e.g. `en`. */
            language?: string;
            /**
             * @description Id of the agent the session is assigned to. Both vendor documents type it as a string
             *     (the newest docs, https://docs.open.cx/api-reference/chat-sessions/get, and the 2024
             *     OpenAPI document, https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json).
             *     An integer is accepted too, because the same agents are numbers elsewhere in OpenCX's own
             *     sources: the 2024 document types the `human_agent_id` of history events as a number, and
             *     OpenCX's chat widget (https://github.com/openchatai/widget) compares a session's
             *     `assignee_id` with the number 555 to tell the AI from a human. A server that sends the
             *     number would otherwise fail strict validation. botbridge reads both forms as the same
             *     string (`555` and `'555'` give `assigneeId: '555'`).
             */
            assignee_id?: string | number;
            /** @description Flat session-level custom data set by the integrator; values are strings, numbers or booleans. */
            custom_data?: {
                [key: string]: string | number | boolean;
            };
            team?: components["schemas"]["SessionTeam"];
            handoff?: components["schemas"]["SessionHandoff"];
            ticketing_system?: components["schemas"]["TicketingSystem"];
        };
        /**
         * @description The contact (end customer) of the session. The newest docs do not show nullability of the
         *     fields; the vendor's older spec marks email, phone, name and custom data as nullable, so we
         *     do too (and extend that to the `non_verified_*` fields).
         */
        SessionContact: {
            /**
             * Format: uuid
             * @description Contact id.
             */
            id?: string;
            /**
             * Format: email
             * @description Verified email address, or null.
             */
            email?: string | null;
            /** @description Phone number (usually E.164), or null. */
            phone_number?: string | null;
            /** @description Verified display name, or null. */
            name?: string | null;
            /** @description Contact-level custom data, or null. Values are strings, numbers or booleans. */
            custom_data?: {
                [key: string]: string | number | boolean;
            } | null;
            /** @description Name supplied by an unverified contact (not trusted); newest docs only. */
            non_verified_name?: string | null;
            /**
             * Format: email
             * @description Email supplied by an unverified contact (not trusted); newest docs only.
             */
            non_verified_email?: string | null;
            /** @description Custom data supplied by an unverified contact, kept apart from `custom_data`; newest docs only. */
            non_verified_custom_data?: {
                [key: string]: string | number | boolean;
            } | null;
        };
        /** @description Channel through which the session takes place. */
        SessionChannel: {
            type: components["schemas"]["ChannelType"];
        };
        /**
         * @description Channel kind. The docs show this list only for the list-sessions filter parameter; we assume
         *     the nested `channel.type` uses the same values.
         * @enum {string}
         */
        ChannelType: "web" | "email" | "phone_voice" | "slack" | "sms" | "whatsapp" | "instagram" | "messenger" | "api" | "web_voice";
        /**
         * @description Lifecycle status of the session.
         * @enum {string}
         */
        SessionStatus: "open" | "closed_resolved" | "closed_unresolved";
        /**
         * @description How the AI closed the session (resolved it, assumed it resolved, or handed it off to a human).
         * @enum {string}
         */
        AiClosureType: "assumed_resolved" | "handed_off" | "resolved";
        /**
         * @description Sentiment of the contact as judged by OpenCX.
         * @enum {string}
         */
        Sentiment: "angry" | "happy" | "neutral";
        /** @description Team the session is assigned to; present only when assigned. */
        SessionTeam: {
            /**
             * Format: uuid
             * @description Team id.
             */
            id?: string;
            /** @description Team name. */
            name?: string;
            /** @description Free-text team description. */
            description?: string;
        };
        /** @description Handoff details; present only when the session was handed off to a human. */
        SessionHandoff: {
            /** @description AI-written summary of the conversation at handoff time. */
            summary: string;
            sentiment?: components["schemas"]["Sentiment"];
        };
        /** @description Helpdesk ticket linked to the session; present only when one exists. */
        TicketingSystem: {
            /**
             * @description Ticketing system. The docs show only `dynamics365`; the vendor integrates with Zendesk,
             *     Intercom, HubSpot, Salesforce and Freshdesk too, so expect values such as `zendesk`,
             *     `intercom`, `hubspot`, `salesforce`, `freshdesk` (spellings unverified). Modelled as an
             *     open string rather than an enum.
             */
            name?: string;
            /** @description Id of the ticket/conversation in the external system. */
            external_id?: string;
            /**
             * @description What `external_id` refers to. The docs show only `conversation_id`; a third-party client
             *     also lists `ticket_id`, `case_id` and `conversation_sid`. Modelled as an open string.
             */
            id_type?: string;
        };
        /**
         * @description The organization an API key belongs to (the vendor's `OrganizationDto`,
         *     https://docs.open.cx/api-reference/organization/update). Only these three fields are
         *     documented, all as always present; other details the overview page mentions (language,
         *     website, AI prompt) may come too and are accepted.
         */
        Organization: {
            /** @description The organization's display name. */
            name: string;
            /** @description When the organization was created, or null. Format not stated (expect ISO 8601). */
            created_at: string | null;
            /** @description When the organization was last updated, or null. Format not stated (expect ISO 8601). */
            updated_at: string | null;
        };
        /**
         * @description Error body used by the API for all error statuses. `message` is a string in every documented
         *     example; validation errors may carry a list of messages, so an array of strings is accepted.
         */
        ErrorResponse: {
            /** @description HTTP status code repeated in the body. */
            statusCode: number;
            /** @description Human-readable error message, or a list of messages. */
            message: string | string[];
            /** @description HTTP reason phrase, e.g. `Unauthorized`. */
            error?: string;
        };
        /**
         * @description One page of `listChatSessions`. Pass `next` as `cursor` to get the following page; `next` is
         *     null on the last page.
         */
        ChatSessionList: {
            /** @description Sessions on this page (may be empty). */
            items: components["schemas"]["ChatSession"][];
            /** @description Cursor for the next page, or null when this is the last page. */
            next: string | null;
        };
        /**
         * @description One page of a session's history. Pass `next` as `cursor` to get the following page; `next` is
         *     null on the last page.
         */
        ChatHistoryPage: {
            /** @description History items on this page (may be empty). */
            items: components["schemas"]["ChatHistoryItem"][];
            /** @description Cursor for the next page, or null when this is the last page. */
            next: string | null;
        };
        /**
         * @description One entry in a session's timeline. `id` appears only in the newest vendor docs, so it is
         *     optional; `event` is not marked as always present in the docs, so it is optional too.
         */
        ChatHistoryItem: {
            /**
             * Format: uuid
             * @description Id of the history item (newest docs only).
             */
            id?: string;
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601). A date-time in the newest docs
             *     (https://docs.open.cx/api-reference/chat-sessions/list_history); nullable in OpenCX's
             *     2024 OpenAPI document (`ListChatHistoryOutput` in
             *     https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json), which lists it as
             *     always present like the newest docs: required, and null is accepted. botbridge leaves
             *     the message's `createdAt` absent for null; such a message matches only listings without
             *     `since`/`until`.
             */
            created_at: string | null;
            event?: components["schemas"]["ChatHistoryEvent"];
        };
        /** @description What happened (a message or a session event), who caused it, and its content. */
        ChatHistoryEvent: {
            /**
             * @description Kind of event. Known values: `message`, `handoff`, `ai_resolved_issue`,
             *     `human_agent_comment`, `human_agent_joined`, `human_agent_takeover`, plus status-change
             *     events whose exact type strings are not documented. The newest docs type this as a plain
             *     string, so it is an open string here: ignore or log values you do not know. In the 2024
             *     OpenAPI document the three `human_agent_*` events carry `human_agent_id` instead of a
             *     `sender`, and `handoff` carries `integration`.
             * @example message
             */
            type?: string;
            sender?: components["schemas"]["ChatHistorySender"];
            content?: components["schemas"]["ChatHistoryContent"];
            /** @description Files attached to the event (usually empty). */
            attachments?: components["schemas"]["ChatHistoryAttachment"][];
            /**
             * @description The human agent behind a `human_agent_comment`, `human_agent_joined` or
             *     `human_agent_takeover` event: OpenCX's 2024 OpenAPI document gives these events this
             *     numeric id and no `sender` (`ListChatHistoryOutput` in
             *     https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json). The newest docs
             *     (https://docs.open.cx/api-reference/chat-sessions/list_history) show no such field, so it
             *     is optional. botbridge keeps it as the message's `authorId` (a string, as `assignee_id`
             *     is read).
             * @example 4187
             */
            human_agent_id?: number;
            integration?: components["schemas"]["ChatHistoryIntegration"];
            /**
             * @description Event-specific extra data (newest docs); its contents are not documented, so it is
             *     free-form. The newest docs show neither `human_agent_id` nor `integration` on the event;
             *     inferred: they may travel here instead, so botbridge reads `context.human_agent_id` and
             *     `context.integration.type` when the event itself has none.
             */
            context?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The helpdesk a `handoff` event passed the conversation to. OpenCX's 2024 OpenAPI document
         *     gives handoff events this object with a required `type`
         *     (https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json); the newest docs do not
         *     show it, so it is optional on the event.
         */
        ChatHistoryIntegration: {
            /**
             * @description Which helpdesk. The 2024 document lists only `zendesk`; OpenCX hands off to other
             *     helpdesks too (its webhooks name e.g. `intercom`, `freshdesk`, `salesforce`, see
             *     `WebhookThirdPartyName`), so this is an open string with the documented value known.
             */
            type: components["schemas"]["HandoffIntegrationTypeKnown"] | string;
        };
        /**
         * @description The handoff integration types OpenCX documents (2024 OpenAPI document).
         * @enum {string}
         */
        HandoffIntegrationTypeKnown: "zendesk";
        /** @description Who produced the event. */
        ChatHistorySender: {
            /**
             * @description Kind of sender. Known values: `contact`, `ai`, `human_agent`. Documented as a plain string
             *     in the newest docs, so it is an open string here.
             * @example contact
             */
            type?: string;
            /** @description Display name of the sender, or null when unknown. */
            name?: string | null;
        };
        /** @description Content of a message event. */
        ChatHistoryContent: {
            /**
             * @description Content kind; only `text` is documented. Kept as an open string.
             * @example text
             */
            type?: string;
            /** @description The message text, or null when the event has no text. */
            text?: string | null;
        };
        /** @description A file attached to a history event. */
        ChatHistoryAttachment: {
            /** @description Attachment id (format not documented). */
            id?: string;
            /** @description File name. */
            name?: string;
            /** @description File size, presumably in bytes (unit not documented). */
            size?: number;
            /** @description File type, e.g. a MIME type such as `image/png` (format not documented). */
            type?: string;
            /** @description URL to download the file. */
            url?: string;
        };
        /**
         * @description Body of `filterChatSessions`. Every field is optional; omitted fields take the vendor
         *     defaults shown.
         */
        ChatSessionFilterRequest: {
            /**
             * @description Filter criteria. The vendor lists the kinds of criteria (date range, channels, status,
             *     sentiment, tags, assignees, teams, contacts, language and custom data) but does not
             *     publish their keys or shapes, so this is an open object; check the vendor docs or test
             *     against the API before relying on a particular key.
             */
            filters?: {
                [key: string]: unknown;
            };
            /** @description Field to sort by (default `last_message_at`). */
            sort_by?: components["schemas"]["ChatSessionFilterSortBy"];
            /** @description Sort direction (default `desc`). */
            sort_order?: components["schemas"]["ChatSessionFilterSortOrder"];
            /** @description Page number, starting at 1 (default 1). */
            page?: components["schemas"]["ChatSessionFilterPageNumber"];
            /** @description Sessions per page, 1-100 (default 25). */
            limit?: components["schemas"]["ChatSessionFilterLimit"];
        };
        /**
         * @description Sort field for `filterChatSessions`; the time of the latest message or the creation time.
         * @default last_message_at
         * @enum {string}
         */
        ChatSessionFilterSortBy: "last_message_at" | "created_at";
        /**
         * @description Sort direction for `filterChatSessions`.
         * @default desc
         * @enum {string}
         */
        ChatSessionFilterSortOrder: "asc" | "desc";
        /**
         * @description 1-based page number for `filterChatSessions`.
         * @default 1
         */
        ChatSessionFilterPageNumber: number;
        /**
         * @description Page size for `filterChatSessions`.
         * @default 25
         */
        ChatSessionFilterLimit: number;
        /**
         * @description One page of `filterChatSessions`. Request `page + 1` while `has_next` is true. No total count
         *     is returned.
         */
        ChatSessionFilterPage: {
            /** @description Sessions on this page (may be empty). */
            data: components["schemas"]["ChatSession"][];
            /** @description Number of this page (1-based). Documented as a number; we model it as an integer. */
            page: number;
            /** @description Page size used for this response. Documented as a number; we model it as an integer. */
            limit: number;
            /** @description Whether a further page exists; false on the last page. */
            has_next: boolean;
            /** @description Whether an earlier page exists; false on page 1. */
            has_previous: boolean;
        };
        /**
         * @description One page of `listContacts`. Pass `next` as `cursor` to get the following page; `next` is null
         *     on the last page.
         */
        ContactList: {
            /** @description Contacts on this page (may be empty). */
            items: components["schemas"]["Contact"][];
            /** @description Cursor for the next page, or null when this is the last page. */
            next: string | null;
        };
        /**
         * @description A contact (end customer) as returned by `listContacts`. The newest docs do not show which
         *     fields are nullable or always present; like `SessionContact` we follow the older vendor spec
         *     and make email, phone, name and custom data nullable, and mark nothing as required.
         */
        Contact: {
            /**
             * Format: uuid
             * @description Contact id.
             */
            id?: string;
            /**
             * Format: email
             * @description Verified email address, or null.
             */
            email?: string | null;
            /** @description Phone number (usually E.164), or null. */
            phone_number?: string | null;
            /** @description Display name, or null. */
            name?: string | null;
            /**
             * @description Contact-level custom data, or null. The older vendor spec allowed only string values; we
             *     accept strings, numbers and booleans as on sessions.
             */
            custom_data?: {
                [key: string]: string | number | boolean;
            } | null;
            /**
             * @description When the contact was created. The docs give no date-time format, so this is a plain
             *     string; expect ISO 8601.
             */
            created_at?: string;
            /**
             * @description When the contact was last updated. The docs give no date-time format, so this is a plain
             *     string; expect ISO 8601.
             */
            updated_at?: string;
        };
        /**
         * @description The envelope every webhook delivery has: the event name, the organization (tenant) and the
         *     event's data. No event id, delivery id or API version is documented, so there is no
         *     documented key to drop a delivery received twice. This schema serves the events whose
         *     payload is not documented: their `data` is an open object.
         */
        WebhookOpenEvent: {
            /** @description The event name, e.g. `conversation.ai_response`. */
            event: string;
            /** @description The OpenCX organization (tenant) the event belongs to. */
            organization_id: string;
            /** @description The event's payload; not documented for this event. */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description The delivery of `conversation.started`. */
        WebhookConversationStarted: {
            /** @constant */
            event: "conversation.started";
            /** @description The OpenCX organization (tenant) the event belongs to. */
            organization_id: string;
            data: components["schemas"]["WebhookConversationStartedData"];
        };
        /**
         * @description The conversation that started. The docs show every field but the contact's as always sent;
         *     only `conversation_id` is required here, because that is all the receiver relies on.
         */
        WebhookConversationStartedData: {
            /** @description The conversation; inferred: the `id` of the chat session that `getChatSession` reads. */
            conversation_id: string;
            assignee?: components["schemas"]["WebhookAssignee"];
            contact?: components["schemas"]["WebhookStartedContact"];
            /**
             * @description The channel the conversation started on. Known values: `web`, `email`, `phone`. Kept as
             *     an open string (inferred: the event fires for every channel, and the REST API knows ten
             *     channel types, so the documented three are unlikely to be all). Note `phone` here where
             *     the REST API says `phone_voice`.
             */
            channel?: string;
            /** @description The text of the conversation's first message. */
            first_message?: string;
            /** @description Language of the conversation (2024-08-01 docs only). */
            language?: string;
            /**
             * @description When the conversation started. The format is not stated; inferred: ISO 8601, as in the
             *     REST API.
             */
            timestamp?: string;
        };
        /** @description Who the new conversation is assigned to, the AI or a human agent. */
        WebhookAssignee: {
            /** @constant */
            type: "AI";
            /** @description The AI agent's display name. */
            name?: string;
        } | {
            /** @constant */
            type: "human";
            /** @description The agent's id, a string (unlike `closed_by.id` of `conversation.closed`, a number). */
            id?: string;
            /** @description The agent's display name. */
            name?: string;
            /** @description URL of the agent's picture. */
            avatar_url?: string;
        };
        /**
         * @description The contact of the new conversation. Optional fields in the newest docs, required in the
         *     2024-08-01 docs.
         */
        WebhookStartedContact: {
            /** @description The contact (inferred: the `id` of the REST contact). */
            id?: string;
            /** @description Display name. */
            name?: string | null;
            /** @description What OpenCX knows of the contact's address, phone and email. */
            enriched_data?: {
                /** @description Postal address. */
                address?: string | null;
                /** @description Phone number. */
                phone_number?: string | null;
                /** @description Email address. */
                email?: string | null;
            };
            /** @description Contact-level custom data (newest docs). */
            custom_data?: {
                [key: string]: unknown;
            };
            /** @description The same custom data under its older name (mid snapshot and 2024 docs). */
            custom_objects?: {
                [key: string]: unknown;
            };
        };
        /** @description The delivery of `conversation.closed`. */
        WebhookConversationClosed: {
            /** @constant */
            event: "conversation.closed";
            /** @description The OpenCX organization (tenant) the event belongs to. */
            organization_id: string;
            /** @description One closed conversation (newest docs), or a list of them (2024 docs). */
            data: components["schemas"]["WebhookConversationClosedData"] | components["schemas"]["WebhookConversationClosedData"][];
        };
        /**
         * @description The conversation that closed, in the fields of every doc version (see the webhook's
         *     description for which version has which). Every field is optional.
         */
        WebhookConversationClosedData: {
            /**
             * @description The conversation; inferred: the `id` of the chat session that `getChatSession` reads.
             *     Optional in the newest docs.
             */
            conversation_id?: string | null;
            /** @description When the conversation closed. Format not stated (inferred: ISO 8601). */
            timestamp?: string;
            /** @description The contact's id (newest docs). */
            contact_id?: string | null;
            /** @description The contact's id under its 2024-08-01 name (inferred from the rename to `contact_id`). */
            customer_id?: string | null;
            contact?: components["schemas"]["WebhookClosedContact"];
            /**
             * @description Whether a human marked the conversation resolved (newest docs).
             * @enum {string|null}
             */
            human_resolution_status?: "resolved" | "not_resolved" | null;
            /** @description The AI's resolution verdict (newest docs); its values are not documented. */
            ai_resolution_status?: string | null;
            /** @description The billing tier of the AI's work on the conversation (newest docs); values not documented. */
            ai_billing_tier?: string | null;
            /**
             * @description Whether the conversation was resolved (2024 docs).
             * @enum {string|null}
             */
            resolution_status?: "resolved" | "not_resolved" | null;
            /**
             * @description How it was resolved (2024 docs).
             * @enum {string}
             */
            resolution_type?: "light" | "hard" | "auto_handoff";
            closed_by?: components["schemas"]["WebhookClosedBy"];
            /** @description Who resolved it (2024-08-01 docs), the AI or a human agent. */
            resolved_by?: {
                /** @constant */
                type: "AI";
                name?: string;
            } | {
                /** @constant */
                type: "human";
                id?: string;
                name?: string;
                avatar_url?: string;
            };
            /** @description Whether the conversation lives in a connected helpdesk. */
            is_from_third_party?: boolean;
            third_party_name?: components["schemas"]["WebhookThirdPartyName"];
            /** @description AI-written summary of the conversation. */
            summary?: string | null;
            /** @description Why the contact got in touch, as the AI classified it; values not documented. */
            contact_reason?: string | null;
            /**
             * @description The contact's sentiment (2024 docs); values not documented. Inferred: the REST values
             *     `happy`, `neutral`, `angry`.
             */
            user_sentiment?: string | null;
            /** @description Language of the conversation (2024 docs). */
            language?: string | null;
            /** @description Number of messages in the conversation (2024 docs). */
            message_count?: number;
        };
        /** @description The contact of the closed conversation (newest docs). */
        WebhookClosedContact: {
            /** @description The contact (inferred: the `id` of the REST contact). */
            id?: string;
            /** @description Display name. */
            name?: string | null;
            /** @description Email address. */
            email?: string | null;
            /** @description Phone number. */
            phone_number?: string | null;
            /** @description Contact-level custom data. */
            custom_data?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description Who closed the conversation: the AI or a human agent (every version), a workflow or the
         *     contact (newest docs only).
         */
        WebhookClosedBy: {
            /** @constant */
            type: "AI";
            /** @description The AI agent's display name. */
            name?: string;
        } | {
            /** @constant */
            type: "human";
            /**
             * @description The agent's id, a number (inferred: the legacy numeric agent id of the REST history;
             *     not the string `assignee.id` of `conversation.started`).
             */
            id?: number;
            /** @description The agent's email address. */
            email?: string;
        } | {
            /** @constant */
            type: "workflow";
            /** @description The workflow's id. */
            id?: string;
        } | {
            /** @constant */
            type: "contact";
            /** @description The contact's id. */
            id?: string;
        };
        /**
         * @description The connected helpdesk, or null. Known values: `dynamics365`, `freshchat`, `freshdesk`,
         *     `gorgias`, `hubspot`, `intercom`, `open`, `salesforce`, `twilio_flex`, `zendesk`,
         *     `zendesk_v2` (the newest docs; the 2024 docs list only `zendesk` and `intercom`). The list
         *     has grown between versions, so this is an open string.
         */
        WebhookThirdPartyName: string | null;
        /** @description The delivery of `conversation.handoff_to_human`. */
        WebhookConversationHandoffToHuman: {
            /** @constant */
            event: "conversation.handoff_to_human";
            /** @description The OpenCX organization (tenant) the event belongs to. */
            organization_id: string;
            /** @description One handoff (as the newest docs show the other events), or a list of them (2024 docs). */
            data: components["schemas"]["WebhookHandoffData"] | components["schemas"]["WebhookHandoffData"][];
        };
        /** @description The conversation handed to a human (2024 docs). Every field is optional. */
        WebhookHandoffData: {
            /**
             * @description The conversation; inferred: the `id` of the chat session that `getChatSession` reads.
             *     May be null or absent per the docs.
             */
            conversation_id?: string | null;
            /** @description When the handoff happened. Format not stated (inferred: ISO 8601). */
            timestamp?: string;
            /** @description Probably the contact's id (inferred; not documented). */
            customer_id?: string | null;
            /**
             * @description Why the conversation was handed off. Known values:
             *     `ai_decided_to_handoff_the_conversation`, `ai_is_forbidden_from_handling_this_topic`,
             *     `human_agent_decided_to_take_over`, `ai_decided_to_handoff_because_the_user_left`, and
             *     in the 2024-08-01 docs also `customer_asked_for_human_help` and
             *     `ai_decided_to_handoff_due_to_sentiment_analysis`. The list changed between versions,
             *     so this is an open string.
             */
            reason?: string;
            /** @description AI-written summary of the conversation so far. */
            summary?: string;
            /** @description Why the contact got in touch, as the AI classified it; values not documented. */
            contact_reason?: string | null;
            /**
             * @description The contact's sentiment; values not documented. Inferred: the REST values `happy`,
             *     `neutral`, `angry`.
             */
            user_sentiment?: string | null;
            /** @description Whether the conversation went to a connected helpdesk. */
            was_handedoff_to_third_party?: boolean;
            third_party_name?: components["schemas"]["WebhookThirdPartyName"];
            /** @description Ids of the conversation in the connected helpdesk. */
            integration_metadata?: {
                /** @description Zendesk Sunshine Conversations. */
                sunshine?: {
                    /** @description The conversation's id in Sunshine Conversations. */
                    sunshine_conversation_id?: string;
                };
            };
            /** @description Language of the conversation. */
            language?: string | null;
            /** @description Number of messages in the conversation. */
            message_count?: number;
        };
        /** @description The delivery of `conversation.third_party_agent_response`. */
        WebhookConversationThirdPartyAgentResponse: {
            /** @constant */
            event: "conversation.third_party_agent_response";
            /** @description The OpenCX organization (tenant) the event belongs to. */
            organization_id: string;
            data: components["schemas"]["WebhookThirdPartyAgentResponseData"];
        };
        /** @description A helpdesk agent's reply (2024 docs). Every field is optional. */
        WebhookThirdPartyAgentResponseData: {
            /** @description The conversation (inferred: the `id` of the chat session). */
            conversation_id?: string | null;
            /** @description When the agent replied. Format not stated (inferred: ISO 8601). */
            timestamp?: string;
            /** @description Probably the contact's id (inferred; not documented). */
            customer_id?: string | null;
            third_party_name?: components["schemas"]["WebhookThirdPartyName"];
            /** @description The agent's reply text (2024-08-26 docs). */
            response?: string;
            /** @description Time since the handoff, unit not documented (2024-08-01 docs, instead of `response`). */
            time_since_handoff?: number;
            /** @description Number of messages in the conversation. */
            message_count?: number;
            /** @description Language of the conversation. */
            language?: string;
        };
    };
    responses: {
        /**
         * @description The receiver took the delivery. The status OpenCX expects is not documented (nor retries,
         *     timeouts or ordering); inferred: any 2xx acknowledges it.
         */
        WebhookReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The request body failed validation. Not documented for this operation; we assume the common
         *     error body, whose `message` may be a single string or a list of messages.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key is missing, malformed or revoked. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The API key is valid but lacks the scope needed for this resource (`chat-sessions:read` for
         *     sessions and history, `contacts:read` for contacts).
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No session with this id exists for the organization that owns the key (assumed status; not documented). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Rate limit exceeded (100 requests per minute for standard endpoints). The vendor does not
         *     document the body or headers of this response; we assume the common error body and an
         *     optional `Retry-After` header.
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. Undocumented by the vendor, so it may be absent; fall back to backoff. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected server-side failure; safe to retry later. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Opaque paging cursor: the `next` value of the previous page. Omit it for the first page and
         *     pass it back unchanged.
         * @example eyJpZCI6IjNlNGY1YTZiIn0
         */
        Cursor: string;
        /**
         * @description Only records created after this instant (ISO 8601, e.g. `2026-03-01T00:00:00Z`). The docs show
         *     a plain string described as an ISO 8601 timestamp; we require a full date-time. Whether the
         *     bound is inclusive is not documented.
         * @example 2026-03-01T00:00:00Z
         */
        CreatedAfter: string;
        /**
         * @description Only records created before this instant (ISO 8601 date-time; documented as a plain string).
         *     Whether the bound is inclusive is not documented.
         * @example 2026-04-01T00:00:00Z
         */
        CreatedBefore: string;
        /**
         * @description Only records last updated after this instant (ISO 8601 date-time; documented as a plain
         *     string). Use it for incremental syncs. Whether the bound is inclusive is not documented.
         * @example 2026-03-14T00:00:00Z
         */
        UpdatedAfter: string;
        /**
         * @description Only records last updated before this instant (ISO 8601 date-time; documented as a plain
         *     string). Whether the bound is inclusive is not documented.
         * @example 2026-03-15T00:00:00Z
         */
        UpdatedBefore: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChatSessions: {
        parameters: {
            query?: {
                /**
                 * @description Opaque paging cursor: the `next` value of the previous page. Omit it for the first page and
                 *     pass it back unchanged.
                 * @example eyJpZCI6IjNlNGY1YTZiIn0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only sessions that were (`true`) or were not (`false`) handed off to a human agent.
                 *     Sent as the literal text `true` or `false`.
                 * @example true
                 */
                handed_off?: boolean;
                /**
                 * @description Only sessions with this status. One doc version shows a plain string with the values in
                 *     prose, another shows the options; we model the three documented values as an enum.
                 * @example open
                 */
                status?: components["schemas"]["SessionStatus"];
                /**
                 * @description Only sessions on this channel.
                 * @example whatsapp
                 */
                channel_type?: components["schemas"]["ChannelType"];
                /**
                 * @description Only records created after this instant (ISO 8601, e.g. `2026-03-01T00:00:00Z`). The docs show
                 *     a plain string described as an ISO 8601 timestamp; we require a full date-time. Whether the
                 *     bound is inclusive is not documented.
                 * @example 2026-03-01T00:00:00Z
                 */
                created_after?: components["parameters"]["CreatedAfter"];
                /**
                 * @description Only records created before this instant (ISO 8601 date-time; documented as a plain string).
                 *     Whether the bound is inclusive is not documented.
                 * @example 2026-04-01T00:00:00Z
                 */
                created_before?: components["parameters"]["CreatedBefore"];
                /**
                 * @description Only records last updated after this instant (ISO 8601 date-time; documented as a plain
                 *     string). Use it for incremental syncs. Whether the bound is inclusive is not documented.
                 * @example 2026-03-14T00:00:00Z
                 */
                updated_after?: components["parameters"]["UpdatedAfter"];
                /**
                 * @description Only records last updated before this instant (ISO 8601 date-time; documented as a plain
                 *     string). Whether the bound is inclusive is not documented.
                 * @example 2026-03-15T00:00:00Z
                 */
                updated_before?: components["parameters"]["UpdatedBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of chat sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSessionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    filterChatSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Filter criteria, sort order and page selection. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSessionFilterRequest"];
            };
        };
        responses: {
            /** @description One page of matching chat sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSessionFilterPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getChatSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id (UUID) of the chat session to fetch.
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e
                 */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listChatHistory: {
        parameters: {
            query?: {
                /**
                 * @description Opaque paging cursor: the `next` value of the previous page. Omit it for the first page and
                 *     pass it back unchanged.
                 * @example eyJpZCI6IjNlNGY1YTZiIn0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description Id (UUID) of the chat session whose history to list.
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e
                 */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of history items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatHistoryPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /**
                 * @description Opaque paging cursor: the `next` value of the previous page. Omit it for the first page and
                 *     pass it back unchanged.
                 * @example eyJpZCI6IjNlNGY1YTZiIn0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only records created after this instant (ISO 8601, e.g. `2026-03-01T00:00:00Z`). The docs show
                 *     a plain string described as an ISO 8601 timestamp; we require a full date-time. Whether the
                 *     bound is inclusive is not documented.
                 * @example 2026-03-01T00:00:00Z
                 */
                created_after?: components["parameters"]["CreatedAfter"];
                /**
                 * @description Only records created before this instant (ISO 8601 date-time; documented as a plain string).
                 *     Whether the bound is inclusive is not documented.
                 * @example 2026-04-01T00:00:00Z
                 */
                created_before?: components["parameters"]["CreatedBefore"];
                /**
                 * @description Only records last updated after this instant (ISO 8601 date-time; documented as a plain
                 *     string). Use it for incremental syncs. Whether the bound is inclusive is not documented.
                 * @example 2026-03-14T00:00:00Z
                 */
                updated_after?: components["parameters"]["UpdatedAfter"];
                /**
                 * @description Only records last updated before this instant (ISO 8601 date-time; documented as a plain
                 *     string). Whether the bound is inclusive is not documented.
                 * @example 2026-03-15T00:00:00Z
                 */
                updated_before?: components["parameters"]["UpdatedBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization the API key belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    onConversationStarted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationStarted"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onConversationClosed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationClosed"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onConversationHandoffToHuman: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationHandoffToHuman"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onConversationContactResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "conversation.contact_response";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onConversationAiResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "conversation.ai_response";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onConversationAgentResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "conversation.agent_response";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onConversationThirdPartyAgentResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationThirdPartyAgentResponse"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onConversationHandoffToThirdPartyFailed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "conversation.handoff_to_third_party_failed";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onWorkflowRunSucceeded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "workflow.run.succeeded";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onWorkflowRunFailed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "workflow.run.failed";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onCsatRequested: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "csat.requested";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onCsatScoreSubmitted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "csat.score_submitted";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
    onPhoneCallStarted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOpenEvent"] & {
                    /** @constant */
                    event?: "phone_call.started";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const channelTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChannelType"]> = ["web", "email", "phone_voice", "slack", "sms", "whatsapp", "instagram", "messenger", "api", "web_voice"];
export const sessionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SessionStatus"]> = ["open", "closed_resolved", "closed_unresolved"];
export const aiClosureTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AiClosureType"]> = ["assumed_resolved", "handed_off", "resolved"];
export const sentimentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Sentiment"]> = ["angry", "happy", "neutral"];
export const handoffIntegrationTypeKnownValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HandoffIntegrationTypeKnown"]> = ["zendesk"];
export const chatSessionFilterSortByValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChatSessionFilterSortBy"]> = ["last_message_at", "created_at"];
export const chatSessionFilterSortOrderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChatSessionFilterSortOrder"]> = ["asc", "desc"];
export const webhookConversationClosedDataResolution_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookConversationClosedData"]["resolution_type"]> = ["light", "hard", "auto_handoff"];
