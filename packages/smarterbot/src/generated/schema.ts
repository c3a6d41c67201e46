/**
 * TypeScript types (openapi-typescript 7.13.0) generated from specs/smarterbot/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

export interface paths {
    "/chat/Chatbot/LeadList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List leads and appointments captured by a chatbot
         * @description Returns the leads and appointment requests a chatbot collected, optionally narrowed to a
         *     date window and/or a single conversation.
         *
         *     - This is a read even though it uses `POST`: the filters travel in the JSON body and the
         *       call has no side effects.
         *     - There is no pagination: everything matching the filters comes back in one array, so use
         *       `startTime`/`endTime` to keep result sets small. Sibling white-label docs say that
         *       leaving both dates out returns the whole history.
         *     - The vendor page does not name a time zone for the dates; the NewOaks sibling pages say
         *       UTC, so we document them as UTC calendar days. Whether `endTime` is inclusive is not
         *       documented; treat it as unknown and widen the window by a day if you need certainty.
         *     - Failures may be reported as HTTP 200 with `Success: false` (see the `businessFailure`
         *       example) or with a matching HTTP status; the vendor only says to check both the HTTP
         *       status and the `Code`/`Message` fields, so we model both.
         */
        post: operations["listLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/Chatbot/ChatContentHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a chatbot's conversation transcripts
         * @description Returns the conversations (sessions) a chatbot had, each with its turns in order,
         *     optionally limited to a date window.
         *
         *     - This is a read even though it uses `POST`: the filters travel in the JSON body and the
         *       call has no side effects.
         *     - There is no pagination: every session in the window comes back in one array, and
         *       leaving out both dates returns the whole history. Use `StartTime`/`EndTime` to keep
         *       responses small. Whether `EndTime` is inclusive is undocumented.
         *     - Body casing: the vendor page names the fields `serialNumber`/`startTime`/`endTime` in
         *       its prose but sends `SerialNumber`/`StartTime`/`EndTime` in its JSON sample. We model
         *       the PascalCase of the sample. The backend looks like ASP.NET, whose JSON binding is
         *       usually case-insensitive, so both spellings probably work (our inference, unverified).
         *     - Credentials: the page's header table says `Authorization` carries the secret key, but
         *       its code sample fills that header with a "session key" placeholder. We keep the
         *       `SecretKey` scheme because every other page puts the secret key in `Authorization`,
         *       and the session key has its own header (`chatrobot-sessionkey`) where it is used; we
         *       read the placeholder as a copy slip (unverified).
         *     - Messages carry only a sender type and the text: the vendor documents no per-message
         *       id or timestamp, only the session's `CreateTime`.
         *     - The SmarterBot copy of this page was not captured; the linked page is the identical
         *       upstream NewOaks page (SmarterBot is a NewOaks white-label).
         *     - Failures may arrive as HTTP 200 with `Success: false` (see the `businessFailure`
         *       example) or with a matching HTTP status; we model both.
         */
        post: operations["getChatHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/Chatbot/GetMessageCountByChatbot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a chatbot's messages
         * @description Returns how many messages a chatbot has in its whole history, as a single integer.
         *
         *     - This is a read even though it uses `POST`: the chatbot id travels in the JSON body
         *       and the call has no side effects.
         *     - No date filter is documented, so the count always covers the chatbot's entire
         *       history. Whether it counts visitor messages, bot replies or both is not stated.
         *     - Body casing follows the vendor's JSON sample (`SerialNumber`, PascalCase); the
         *       backend probably also accepts other casings (our inference, unverified).
         *     - Failures may arrive as HTTP 200 with `Success: false` (see the `businessFailure`
         *       example) or with a matching HTTP status; we model both.
         *     - The cheapest read that needs both the secret key and a chatbot serial number (one
         *       integer back, no date window), so botbridge's `whoami()` sends it to check the
         *       credentials. The vendor documents no "current account" call, and the only account-level
         *       read, GetMessageCreditsUsage
         *       (https://chat.smarterbot.ai/guides/developer/api/get-message-credits-usage), checks the
         *       key alone.
         */
        post: operations["getMessageCount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    smarterbotLeadsDaily: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Daily batch of leads and appointments (SmarterBot calls your URL)
         * @description SmarterBot posts a chatbot's lead and appointment records to the URL saved in the
         *     chatbot's **Webhook** tab, as JSON, once a day. It is a batch, not a real-time event, and
         *     the body carries no event name.
         *
         *     - Configuration: per chatbot, in the dashboard only (no API). Saving the URL makes the
         *       dashboard generate the chatbot's **Sign Key**, which signs every delivery (see the
         *       `X-Webhook-Signature` parameter).
         *     - Not documented: the time of day and time zone of the run, which records a batch covers,
         *       whether a day without records sends an empty array, and whether the chatbot's serial
         *       number is included.
         *     - Body (inferred: the vendor's payload section was not captured): the records of the
         *       REST LeadList answer (`LeadRecord`), sent either as a bare array or inside the REST
         *       envelope (`Data`, `Version`, `Success`, `Code`, `Message`); which of the two is unknown,
         *       so both are accepted. Every field is optional and nullable.
         *     - Delivery: the vendor page has an "Error retry" section that was not captured, so the
         *       retry count, back-off and the status that stops retries are unknown (inferred: any 2xx
         *       acknowledges). No idempotency key or ordering is documented: deduplicate by the record
         *       ids botbridge derives (the same ids as the LeadList reads).
         *     - Inferred: the leads and conversation webhooks may share one URL per chatbot; nothing in
         *       the body names the kind, so a receiver tells them apart by URL or by body shape.
         */
        post: operations["smarterbotLeadsDaily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    smarterbotConversationsDaily: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Daily batch of chat-log history (SmarterBot calls your URL)
         * @description SmarterBot posts a chatbot's chat-log history records to the URL saved in the chatbot's
         *     **Webhook** tab, as JSON, once a day. It is a batch, not a real-time event, and the body
         *     carries no event name.
         *
         *     - Configuration and signature: as for the leads webhook (per chatbot, dashboard only,
         *       signed with the chatbot's **Sign Key** in `X-Webhook-Signature`).
         *     - Not documented: the time of day and time zone of the run, which sessions a batch covers
         *       (inferred: a session that goes on across midnight may come again, with more turns, the
         *       next day), whether a day without chats sends an empty array, and whether the chatbot's
         *       serial number is included.
         *     - Body (inferred: the vendor's payload section was not captured): the sessions of the
         *       REST ChatContentHistory answer (`ChatSessionRecord`, each with its `Messages` turns),
         *       sent either as a bare array or inside the REST envelope; which of the two is unknown,
         *       so both are accepted. Every field is optional and nullable; turns have no id and no
         *       timestamp.
         *     - Delivery: retries, the expected status, ordering and deduplication are not documented
         *       (see the leads webhook).
         */
        post: operations["smarterbotConversationsDaily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Filters for LeadList. Property names are camelCase exactly as in the vendor's sample (note `sessionID`); unknown properties are rejected. */
        LeadListRequest: {
            /** @description The chatbot's ID ("serial number", shown in the chatbot's general settings). Treat as opaque: samples show both 32-char hex and 34-char mixed-case values. */
            serialNumber: string;
            /**
             * Format: date
             * @description First day of the window, `YYYY-MM-DD` (UTC per the sibling docs).
             */
            startTime?: string;
            /**
             * Format: date
             * @description Last day of the window, `YYYY-MM-DD` (UTC per the sibling docs). Whether this day is included is undocumented.
             */
            endTime?: string;
            /**
             * Format: int64
             * @description Return only records captured in this conversation. Note the casing: `sessionID` with a capital `ID`.
             */
            sessionID?: number;
        };
        /** @description The wrapper around every SmarterBot response. `Code` mirrors an HTTP status and may signal a failure even when the HTTP status is 200. */
        Envelope: {
            /** @description The payload; its type depends on the endpoint and is null on failure. */
            Data?: unknown;
            /** @description API version string; "1.0.0" in every sample. */
            Version: string;
            /** @description Whether the call succeeded at the business level. */
            Success: boolean;
            /** @description Status code of the outcome, mirroring HTTP semantics (200 on success). */
            Code: number;
            /** @description Empty on success; the error reason otherwise. */
            Message?: string | null;
        };
        /** @description The envelope as returned for a failed call. */
        ErrorEnvelope: components["schemas"]["Envelope"] & {
            /**
             * @description Always false for a failure.
             * @constant
             */
            Success?: false;
            /** @description No payload on failure. */
            Data?: null;
        };
        /** @description Envelope whose `Data` is the list of lead and appointment records. */
        LeadListResponse: components["schemas"]["Envelope"] & {
            /** @description Matching records, unpaginated. Empty when nothing matches; null on a business failure. */
            Data?: components["schemas"]["LeadRecord"][] | null;
        };
        /**
         * @description The record kinds seen in the vendor's samples: `Lead` (a contact left details) and `Appointment` (the chatbot booked or requested one).
         * @enum {string}
         */
        LeadTypeKnown: "Lead" | "Appointment";
        /** @description Kind of record captured by the chatbot: an open string. `Lead` and `Appointment` are the two values of the LeadList sample response in SmarterBot's older docs copy (https://smarterbot.ai/?p=146, which calls `Data` a list of leads and appointments; the current page, https://chat.smarterbot.ai/guides/developer/api/lead, was captured only up to its request). The docs give these as sample values, not as a complete list, so any other string is accepted too; botbridge reads an unknown kind as a plain lead and keeps the vendor's value in `raw`. */
        LeadType: components["schemas"]["LeadTypeKnown"] | string;
        /** @description One lead or appointment captured during a conversation. The vendor does not say which fields are always present, so every field is optional and nullable. */
        LeadRecord: {
            /** @description Whether this is a contact lead or an appointment request (`Lead`, `Appointment`, or a value the samples do not show; see `LeadType`). */
            Type?: components["schemas"]["LeadType"] | null;
            /** @description Name the visitor gave. */
            Name?: string | null;
            /** @description Email address the visitor gave (not validated by us; may be empty). */
            Email?: string | null;
            /** @description Phone number as entered. Often an empty string when not collected; E.164 is not guaranteed. */
            PhoneNumber?: string | null;
            /**
             * Format: date-time
             * @description When the record was captured: ISO 8601 with microsecond fractions and an offset, e.g. `2025-02-03T10:04:11.123456-08:00` or `...Z`.
             */
            CreateTime?: string | null;
            /** @description Free text captured with the record (message, appointment details); exact semantics undocumented. */
            Content?: string | null;
            /**
             * Format: int64
             * @description Conversation in which the record was captured.
             */
            SessionID?: number | null;
            /** @description Page where the conversation happened. Often has no scheme (e.g. `www.example.com/pricing`), so it is not typed as a URI. */
            URI?: string | null;
            /** @description An integer the vendor returns without explanation; meaning undocumented. */
            Count?: number | null;
        };
        /** @description Filters for ChatContentHistory. Property names are PascalCase as in the vendor's JSON sample (its prose spells them camelCase; the backend is probably case-insensitive, which is unverified). Unknown properties are rejected. */
        ChatHistoryRequest: {
            /** @description The chatbot's ID ("serial number", shown in the chatbot's general settings). Treat as opaque: this page's sample shows a 34-char mixed-case value, others 32-char hex. */
            SerialNumber: string;
            /**
             * Format: date
             * @description First day of the window, `YYYY-MM-DD`, UTC.
             */
            StartTime?: string;
            /**
             * Format: date
             * @description Last day of the window, `YYYY-MM-DD`, UTC. Whether this day is included is undocumented.
             */
            EndTime?: string;
        };
        /** @description Envelope whose `Data` is the list of conversation sessions. */
        ChatHistoryResponse: components["schemas"]["Envelope"] & {
            /** @description Sessions in the window, unpaginated. Empty when there are none; null on a business failure. */
            Data?: components["schemas"]["ChatSessionRecord"][] | null;
        };
        /** @description One conversation between a visitor and the chatbot. The vendor does not say which fields are always present, so every field is optional and nullable. */
        ChatSessionRecord: {
            /**
             * Format: int64
             * @description Conversation id; the same value as `SessionID` in LeadList records.
             */
            SessionID?: number | null;
            /**
             * Format: date-time
             * @description When the conversation started: ISO 8601 with microsecond fractions and either `Z` or an offset, e.g. `2025-02-03T18:03:55.090317Z` or `...-08:00`.
             */
            CreateTime?: string | null;
            /** @description Page where the conversation happened (our reading; undocumented). May lack a scheme, so it is not typed as a URI. */
            URI?: string | null;
            /** @description The turns in conversation order. Individual messages have no documented id or timestamp. */
            Messages?: components["schemas"]["ChatMessageRecord"][] | null;
        };
        /**
         * @description The senders seen in the vendor's samples: `AI` (a chatbot reply) and `User` (a visitor message).
         * @enum {string}
         */
        ChatMessageTypeKnown: "AI" | "User";
        /** @description Who sent a message in a conversation: an open string. `AI` and `User` are the values of the ChatContentHistory sample response on the NeoAgent white-label page (https://docs.neoagent.co/en/API/analytics/storico-messaggi); the response section of the NewOaks page (https://newoaks.ai/guides/developer/api/get-message-history) was not captured. No page says the list is complete (a human takeover, for one, might have its own sender), so any other string is accepted too; botbridge reads an unknown sender as a `system` message and keeps the vendor's value in `vendorRole`. */
        ChatMessageType: components["schemas"]["ChatMessageTypeKnown"] | string;
        /** @description One turn in a conversation: only the sender type and the text are documented (no per-message id or timestamp). */
        ChatMessageRecord: {
            /** @description `AI` for a chatbot reply, `User` for a visitor message, or a value the samples do not show (see `ChatMessageType`). */
            Type?: components["schemas"]["ChatMessageType"] | null;
            /** @description The message text. */
            Content?: string | null;
        };
        /** @description Body for GetMessageCountByChatbot. PascalCase as in the vendor's JSON sample; unknown properties are rejected. */
        MessageCountRequest: {
            /** @description The chatbot's ID ("serial number"); treat as opaque. */
            SerialNumber: string;
        };
        /** @description Envelope whose `Data` is the chatbot's message count. */
        MessageCountResponse: components["schemas"]["Envelope"] & {
            /**
             * Format: int64
             * @description Number of messages over the chatbot's whole history (no date filter); null on a business failure.
             */
            Data?: number | null;
        };
        /** @description The REST envelope, should a webhook body come wrapped in it (inferred: whether webhook bodies are wrapped at all is not documented). Only `Data` is required here; the other envelope fields are optional and nullable, and other properties (a chatbot serial number, say) may appear. */
        WebhookEnvelope: {
            /** @description The records; their shape depends on the webhook. */
            Data: unknown;
            /** @description API version string, as in REST responses. */
            Version?: string | null;
            /** @description Business success flag, as in REST responses. */
            Success?: boolean | null;
            /** @description Status code of the outcome, as in REST responses. */
            Code?: number | null;
            /** @description Empty on success, as in REST responses. */
            Message?: string | null;
        };
        /** @description The leads webhook's records as a bare array: LeadList records (inferred from the REST answer; the webhook payload itself was not captured). */
        LeadsWebhookBatch: components["schemas"]["LeadRecord"][];
        /** @description The leads webhook's records inside the REST envelope (inferred form). */
        LeadsWebhookEnvelope: components["schemas"]["WebhookEnvelope"] & {
            /** @description The day's records; null or empty when there are none (inferred). */
            Data?: components["schemas"]["LeadRecord"][] | null;
        };
        /** @description Body of the daily leads webhook: a bare array of LeadList records or the same records in the REST envelope. Which of the two SmarterBot sends is not documented (inferred: both are plausible), so both are accepted. */
        LeadsWebhookBody: components["schemas"]["LeadsWebhookBatch"] | components["schemas"]["LeadsWebhookEnvelope"];
        /** @description The conversation webhook's sessions as a bare array: ChatContentHistory sessions (inferred from the REST answer; the webhook payload itself was not captured). */
        ConversationsWebhookBatch: components["schemas"]["ChatSessionRecord"][];
        /** @description The conversation webhook's sessions inside the REST envelope (inferred form). */
        ConversationsWebhookEnvelope: components["schemas"]["WebhookEnvelope"] & {
            /** @description The day's sessions; null or empty when there are none (inferred). */
            Data?: components["schemas"]["ChatSessionRecord"][] | null;
        };
        /** @description Body of the daily conversation webhook: a bare array of ChatContentHistory sessions or the same sessions in the REST envelope. Which of the two SmarterBot sends is not documented (inferred: both are plausible), so both are accepted. */
        ConversationsWebhookBody: components["schemas"]["ConversationsWebhookBatch"] | components["schemas"]["ConversationsWebhookEnvelope"];
    };
    responses: {
        /** @description The body is missing or malformed (for example no `serialNumber`, or a date not in `YYYY-MM-DD` form). Status taken from a sibling white-label's error list. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "Data": null,
                 *       "Version": "1.0.0",
                 *       "Success": false,
                 *       "Code": 400,
                 *       "Message": "The request body is missing serialNumber or contains an invalid value."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The `Authorization` header is missing or does not hold a valid secret key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "Data": null,
                 *       "Version": "1.0.0",
                 *       "Success": false,
                 *       "Code": 401,
                 *       "Message": "The secret key is missing or not valid."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The key is valid but may not access this chatbot. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "Data": null,
                 *       "Version": "1.0.0",
                 *       "Success": false,
                 *       "Code": 403,
                 *       "Message": "This key is not allowed to read that chatbot."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No chatbot exists with the given `serialNumber`. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "Data": null,
                 *       "Version": "1.0.0",
                 *       "Success": false,
                 *       "Code": 404,
                 *       "Message": "No chatbot matches that serial number."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Too many requests. The vendor documents no rate limits; this response is modelled defensively. Honour `Retry-After` when present. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "Data": null,
                 *       "Version": "1.0.0",
                 *       "Success": false,
                 *       "Code": 429,
                 *       "Message": "Too many requests; slow down and retry later."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The service failed while handling the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "Data": null,
                 *       "Version": "1.0.0",
                 *       "Success": false,
                 *       "Code": 500,
                 *       "Message": "The server hit an unexpected error."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Any other failure status. The body is expected to be the standard envelope with `Success: false`, `Code` mirroring the HTTP status and the reason in `Message`. */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "Data": null,
                 *       "Version": "1.0.0",
                 *       "Success": false,
                 *       "Code": 503,
                 *       "Message": "The service is temporarily unavailable."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description The delivery's signature: `t=<UNIX timestamp in seconds>,v1=<signature>`, the signature
         *     being 64 lowercase hex digits, made with the chatbot's Sign Key (generated when the
         *     webhook URL is saved).
         *
         *     - Documented: the header, the `t`/`v1` keys, that the vendor's sample splits the value on
         *       `,` and then on `=`, refuses a value without `t` or `v1`, and signs the text made of
         *       `t`, a `.` and the request body.
         *     - Inferred: the algorithm is HMAC-SHA256 keyed with the Sign Key (UTF-8) over the exact
         *       bytes `<t>.<raw body>`, hex-encoded (a 64-hex digest fits SHA-256, and the whole scheme,
         *       down to the example timestamp, is Stripe's). The rest of the vendor's sample was not
         *       captured: whether it signs the raw body or a re-serialized `JSON.stringify(body)` is
         *       unverified, so verify with a real delivery.
         *     - Not documented: several `v1` values (key rotation); botbridge accepts them, any one
         *       matching being enough. Unknown keys (a future `v2`) are ignored.
         *     - Not documented: any tolerance on `t`; botbridge refuses a timestamp more than 300 s
         *       away from its clock by default (our choice, configurable).
         * @example t=1738605600,v1=3f1c0b1f9a3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796
         */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying. Rate limiting is undocumented; we describe this header in case the service or a proxy in front of it sends one. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listLeads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Which chatbot to read and the optional filters. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadListRequest"];
            };
        };
        responses: {
            /** @description The envelope with the matching records in `Data`. Check `Success`: the vendor may return a failure with HTTP 200, `Success: false`, an error `Code` and `Data: null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getChatHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Which chatbot to read and the optional date window. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatHistoryRequest"];
            };
        };
        responses: {
            /** @description The envelope with the sessions in `Data`. Check `Success`: the vendor may return a failure with HTTP 200, `Success: false`, an error `Code` and `Data: null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatHistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getMessageCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Which chatbot to count messages for. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCountRequest"];
            };
        };
        responses: {
            /** @description The envelope with the count in `Data`. Check `Success`: the vendor may return a failure with HTTP 200, `Success: false`, an error `Code` and `Data: null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    smarterbotLeadsDaily: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<UNIX timestamp in seconds>,v1=<signature>`, the signature
                 *     being 64 lowercase hex digits, made with the chatbot's Sign Key (generated when the
                 *     webhook URL is saved).
                 *
                 *     - Documented: the header, the `t`/`v1` keys, that the vendor's sample splits the value on
                 *       `,` and then on `=`, refuses a value without `t` or `v1`, and signs the text made of
                 *       `t`, a `.` and the request body.
                 *     - Inferred: the algorithm is HMAC-SHA256 keyed with the Sign Key (UTF-8) over the exact
                 *       bytes `<t>.<raw body>`, hex-encoded (a 64-hex digest fits SHA-256, and the whole scheme,
                 *       down to the example timestamp, is Stripe's). The rest of the vendor's sample was not
                 *       captured: whether it signs the raw body or a re-serialized `JSON.stringify(body)` is
                 *       unverified, so verify with a real delivery.
                 *     - Not documented: several `v1` values (key rotation); botbridge accepts them, any one
                 *       matching being enough. Unknown keys (a future `v2`) are ignored.
                 *     - Not documented: any tolerance on `t`; botbridge refuses a timestamp more than 300 s
                 *       away from its clock by default (our choice, configurable).
                 * @example t=1738605600,v1=3f1c0b1f9a3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The day's lead and appointment records (shape inferred, see above). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadsWebhookBody"];
            };
        };
        responses: {
            /** @description Received. The status SmarterBot expects is not documented (inferred: any 2xx acknowledges the batch; anything else may be retried as its "Error retry" section describes, whose content was not captured). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    smarterbotConversationsDaily: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<UNIX timestamp in seconds>,v1=<signature>`, the signature
                 *     being 64 lowercase hex digits, made with the chatbot's Sign Key (generated when the
                 *     webhook URL is saved).
                 *
                 *     - Documented: the header, the `t`/`v1` keys, that the vendor's sample splits the value on
                 *       `,` and then on `=`, refuses a value without `t` or `v1`, and signs the text made of
                 *       `t`, a `.` and the request body.
                 *     - Inferred: the algorithm is HMAC-SHA256 keyed with the Sign Key (UTF-8) over the exact
                 *       bytes `<t>.<raw body>`, hex-encoded (a 64-hex digest fits SHA-256, and the whole scheme,
                 *       down to the example timestamp, is Stripe's). The rest of the vendor's sample was not
                 *       captured: whether it signs the raw body or a re-serialized `JSON.stringify(body)` is
                 *       unverified, so verify with a real delivery.
                 *     - Not documented: several `v1` values (key rotation); botbridge accepts them, any one
                 *       matching being enough. Unknown keys (a future `v2`) are ignored.
                 *     - Not documented: any tolerance on `t`; botbridge refuses a timestamp more than 300 s
                 *       away from its clock by default (our choice, configurable).
                 * @example t=1738605600,v1=3f1c0b1f9a3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The day's chat sessions with their turns (shape inferred, see above). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationsWebhookBody"];
            };
        };
        responses: {
            /** @description Received. The status SmarterBot expects is not documented (inferred: any 2xx acknowledges the batch). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
export const leadTypeKnownValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LeadTypeKnown"]> = ["Lead", "Appointment"];
export const chatMessageTypeKnownValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChatMessageTypeKnown"]> = ["AI", "User"];
