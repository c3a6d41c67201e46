/**
 * TypeScript types (openapi-typescript 7.13.0) generated from specs/opencx/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description One conversation between a contact and OpenCX. Always-present fields are required;
         *     `ticket_number` and `assist_mode` appear in the newest vendor docs but are missing from older
         *     doc snapshots, so they are optional here.
         */
        ChatSession: {
            /**
             * Format: uuid
             * @description Session id.
             */
            id: string;
            status: components["schemas"]["SessionStatus"];
            /** @description How the AI closed the session; null while it is open or when the AI did not close it. */
            ai_closure_type: components["schemas"]["AiClosureType"] | null;
            /** @description Detected sentiment of the contact; null when not (yet) computed. */
            sentiment: components["schemas"]["Sentiment"] | null;
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
             * @description When the session was created (ISO 8601).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the session was last updated (ISO 8601).
             */
            updated_at: string;
            contact?: components["schemas"]["SessionContact"];
            /** @description Language of the conversation, e.g. `en`. */
            language?: string;
            /**
             * @description Id of the agent the session is assigned to. The vendor API docs type it as a string, but
             *     numeric agent ids appear in the vendor's older spec and widget code (where 555 denotes the
             *     AI), so we accept a string or an integer; compare as strings.
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
    };
    responses: {
        /** @description The API key is missing, malformed or revoked. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key is valid but lacks the scope needed for this resource (here `chat-sessions:read`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No session with this id exists for the organization that owns the key. */
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
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
