/**
 * TypeScript types (openapi-typescript 7.13.0) generated from specs/twin24/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

export interface paths {
    "/search/chat/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search chat sessions
         * @description Returns a page of chat sessions matching the filters, with only the fields named in
         *     `fields`.
         *
         *     Inferred endpoint: the vendor's page for this operation lost its method/URL line. We
         *     model it as `GET /search/chat/sessions` on the analyse host because (1) Twin's reference
         *     slugs follow `search<service><entity>list`, and the sister page `searchciscalllist` is the
         *     documented `GET https://analyse.twin24.ai/api/v1/search/cis/calls`; (2) the analyse
         *     service is known to serve `/search/cis/sessions` too; (3) the parameters (a required
         *     `fields` list, `limit` up to 1000, the "encode the URL for GET" notes) match the analyse
         *     call search. The page's encoding note hints that a POST with a body may also be accepted;
         *     we model only GET.
         *
         *     Inferred parameter names: the page text keeps types and descriptions but drops names.
         *     The date range is modelled as `from` / `to` because every other Twin list API uses those
         *     names (the vendor PHP SDK's query object, the vendor Confluence list pages and a live
         *     third-party integration); `startDate` / `endDate` would be an unsupported guess.
         *
         *     Inferred response: the page documents no success body. Every other Twin list endpoint
         *     returns `{count, items}`, so we model the same. Paginate with `offset` or `page` until
         *     fewer than `limit` items come back; there is no cursor.
         *
         *     The sort field list on the page (including `startedAt`, `billedAt`, `speakerFinishedAt`,
         *     `duration`) looks copied from the call-session search and some names may not work for
         *     chats.
         */
        get: operations["searchChatSessions"];
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
         * @description Name of a chat-session field that can be requested in `fields`.
         * @enum {string}
         */
        ChatSessionField: "id" | "chatId" | "companyId" | "name" | "chatName" | "whatsappPhone" | "botId" | "botName" | "markedAsSpam" | "userId" | "operatorGroupIds" | "operatorName" | "operatorType" | "operatorMessageCount" | "clientMessageCount" | "botMessageCount" | "clientDeviceId" | "clientId" | "clientExternalId" | "clientIp" | "location" | "timeZone" | "countryCode" | "countryName" | "regionCode" | "regionName" | "city" | "zipCode" | "messengerType" | "status" | "referer" | "dialogResults" | "operatorResults" | "nps" | "createdAt" | "operatorLastMessageCreatedAt" | "updatedAt" | "noResponseOperatorToClient" | "botLastMessageCreatedAt" | "lastMessageCreatedAt" | "clientLastMessageCreatedAt" | "clientOnlineAt" | "clientOfflineAt" | "operatorAssignedAt" | "price" | "operatorDialogDuration" | "operatorFirstMessageCreatedAt" | "switchAnotherOperator" | "haveExternalMessage" | "botStatus" | "closedAt" | "closedByUserId" | "closedByOperatorName" | "closedByBotId" | "clientUserAgent" | "csi" | "csiMax" | "csiPercent" | "rating" | "fcr" | "operatorTimerFirstAnswer" | "operatorTimerNextAnswers" | "metrics" | "operatorNotFoundAt" | "takenByOperatorAt" | "isLostSession";
        /** @description One page of the chat-session search. The vendor documents no success body; the `{count, items}` shape is inferred from every other Twin list endpoint (vendor SDK collections, Confluence list pages, a live analyse integration). */
        ChatSessionSearchResult: {
            /** @description Total number of sessions matching the filters (not just this page). */
            count: number;
            /** @description The sessions of this page, in the requested sort order. */
            items: components["schemas"]["ChatSessionSearchItem"][];
        };
        /** @description One chat session. Only the fields named in the `fields` query parameter are returned, so every property is optional; any may also be null. No field type is documented by the vendor: types come from the same-named fields of the vendor SDK's chat-session entity or, failing that, from the field name. */
        ChatSessionSearchItem: {
            /**
             * Format: uuid
             * @description Chat session identifier.
             */
            id?: string | null;
            /**
             * Format: uuid
             * @description Identifier of the chat (widget or messenger channel) the session belongs to.
             */
            chatId?: string | null;
            /** @description Identifier of the company that owns the chat. */
            companyId?: number | null;
            /** @description Display name of the session, usually the client's name. */
            name?: string | null;
            /** @description Name of the chat (channel) the session belongs to. */
            chatName?: string | null;
            /** @description Client's WhatsApp phone number, for WhatsApp sessions. */
            whatsappPhone?: string | null;
            /**
             * Format: uuid
             * @description Identifier of the bot that handled the session.
             */
            botId?: string | null;
            /** @description Name of the bot that handled the session. */
            botName?: string | null;
            /** @description Whether the session was marked as spam. */
            markedAsSpam?: boolean | null;
            /** @description IAM user id linked to the session (assumed integer like other IAM user ids). */
            userId?: number | null;
            /** @description Operator groups the session was routed to. The id type is unknown, so both string and integer ids are allowed. */
            operatorGroupIds?: (string | number)[] | null;
            /** @description Name of the operator handling the session. */
            operatorName?: string | null;
            /** @description Kind of operator handling the session; the vendor's value list is unknown. */
            operatorType?: string | null;
            /** @description Number of messages written by operators. */
            operatorMessageCount?: number | null;
            /** @description Number of messages written by the client. */
            clientMessageCount?: number | null;
            /** @description Number of messages written by the bot. */
            botMessageCount?: number | null;
            /** @description Identifier of the client's device. */
            clientDeviceId?: string | null;
            /** @description Client identifier. The vendor SDK leaves its type open; we model a string, matching the `clientId` query parameter. */
            clientId?: string | null;
            /** @description Client identifier in an external system (for example a CRM). */
            clientExternalId?: string | null;
            /** @description Client's IP address. */
            clientIp?: string | null;
            /** @description Client location. Its shape (text or structured object) is unknown, so any JSON value is allowed. */
            location?: unknown;
            /** @description Client time zone. Whether this is a zone name or a numeric offset is unknown, so both are allowed. */
            timeZone?: string | number | null;
            /** @description Client's country code. */
            countryCode?: string | null;
            /** @description Client's country name. */
            countryName?: string | null;
            /** @description Client's region code. */
            regionCode?: string | null;
            /** @description Client's region name. */
            regionName?: string | null;
            /** @description Client's city. */
            city?: string | null;
            /** @description Client's postal code. */
            zipCode?: string | null;
            /**
             * @description Messenger channel of the session. Known values include `TELEGRAM` and `WHATSAPP`; the full list is unknown, so it is not an enum.
             * @example TELEGRAM
             * @example WHATSAPP
             */
            messengerType?: string | null;
            /** @description Session status; the vendor's value list is unknown. */
            status?: string | null;
            /** @description Page the client opened the chat from. */
            referer?: string | null;
            /** @description Dialog outcomes recorded for the session. The shape is unknown, so any JSON value is allowed. */
            dialogResults?: unknown;
            /** @description Outcomes recorded by the operator. The shape is unknown, so any JSON value is allowed. */
            operatorResults?: unknown;
            /** @description Net promoter score given by the client. */
            nps?: number | null;
            /**
             * Format: date-time
             * @description When the session was created.
             */
            createdAt?: string | null;
            /**
             * Format: date-time
             * @description When an operator last wrote in the session.
             */
            operatorLastMessageCreatedAt?: string | null;
            /**
             * Format: date-time
             * @description When the session was last updated.
             */
            updatedAt?: string | null;
            /** @description Whether (or for how long) the client was left without an operator reply. Its type is unknown, so a flag or a number is allowed. */
            noResponseOperatorToClient?: boolean | number | null;
            /**
             * Format: date-time
             * @description When the bot last wrote in the session.
             */
            botLastMessageCreatedAt?: string | null;
            /**
             * Format: date-time
             * @description When the last message of the session was written.
             */
            lastMessageCreatedAt?: string | null;
            /**
             * Format: date-time
             * @description When the client last wrote in the session.
             */
            clientLastMessageCreatedAt?: string | null;
            /**
             * Format: date-time
             * @description When the client was last seen coming online.
             */
            clientOnlineAt?: string | null;
            /**
             * Format: date-time
             * @description When the client was last seen going offline.
             */
            clientOfflineAt?: string | null;
            /**
             * Format: date-time
             * @description When an operator was assigned to the session.
             */
            operatorAssignedAt?: string | null;
            /** @description Price charged for the session. */
            price?: number | null;
            /** @description Length of the operator part of the dialog (unit undocumented; probably seconds). */
            operatorDialogDuration?: number | null;
            /**
             * Format: date-time
             * @description When an operator first wrote in the session.
             */
            operatorFirstMessageCreatedAt?: string | null;
            /** @description Whether the session was handed over to another operator. */
            switchAnotherOperator?: boolean | null;
            /** @description Whether the session contains messages sent from outside Twin. */
            haveExternalMessage?: boolean | null;
            /** @description State of the bot in this session; the vendor's value list is unknown. */
            botStatus?: string | null;
            /**
             * Format: date-time
             * @description When the session was closed; null while it is open.
             */
            closedAt?: string | null;
            /** @description IAM user id of whoever closed the session. */
            closedByUserId?: number | null;
            /** @description Name of the operator who closed the session. */
            closedByOperatorName?: string | null;
            /**
             * Format: uuid
             * @description Identifier of the bot that closed the session.
             */
            closedByBotId?: string | null;
            /** @description Browser user agent of the client. */
            clientUserAgent?: string | null;
            /** @description Customer satisfaction index given by the client. */
            csi?: number | null;
            /** @description Maximum possible customer satisfaction index. */
            csiMax?: number | null;
            /** @description Customer satisfaction as a percentage of the maximum. */
            csiPercent?: number | null;
            /** @description Rating given to the session. */
            rating?: number | null;
            /** @description First-contact resolution indicator. Its type is unknown, so a flag or a number is allowed. */
            fcr?: boolean | number | null;
            /** @description Time until the operator's first answer (unit undocumented). */
            operatorTimerFirstAnswer?: number | null;
            /** @description Time for the operator's following answers (unit undocumented). */
            operatorTimerNextAnswers?: number | null;
            /** @description Session metrics. The shape is unknown, so any JSON value is allowed. */
            metrics?: unknown;
            /**
             * Format: date-time
             * @description When the search for a free operator failed.
             */
            operatorNotFoundAt?: string | null;
            /**
             * Format: date-time
             * @description When an operator took the session.
             */
            takenByOperatorAt?: string | null;
            /** @description Whether the session counts as lost (the client got no answer). */
            isLostSession?: boolean | null;
        };
        /** @description Error body. The vendor documents no schema; this follows the fields the vendor SDK reads from error responses. */
        ErrorBody: {
            /** @description Error message, or a structured error object. */
            error: string | {
                [key: string]: unknown;
            };
            /** @description Optional extra information about the error; its shape varies. */
            details?: unknown;
        };
    };
    responses: {
        /** @description Invalid input parameters. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The caller is not authenticated (token missing, invalid or expired). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The token is valid but may not read these sessions (for example another company's data). Not listed on the vendor page; the vendor SDK handles it for all services. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests. Twin documents no rate limits; this is modelled defensively in case a gateway throttles calls. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unexpected server error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    searchChatSessions: {
        parameters: {
            query: {
                /**
                 * @description Session fields to return, sent as one comma-separated value without spaces (for example `fields=id,chatId,status`). Only these fields appear in each returned item.
                 * @example [
                 *       "id",
                 *       "chatId",
                 *       "status",
                 *       "createdAt"
                 *     ]
                 */
                fields: components["schemas"]["ChatSessionField"][];
                /** @description Maximum number of sessions to return in one page. */
                limit?: number;
                /** @description Zero-based index of the first session to return. Use either `offset` or `page`, not both. */
                offset?: number;
                /** @description Page number (of `limit` items) to return. Pages are 0-based elsewhere in Twin, so we assume 0 is the first page. Use either `page` or `offset`, not both. */
                page?: number;
                /**
                 * @description Start of the date range, ISO 8601 with an offset (for example `2026-03-01T00:00:00+03:00`); percent-encode it, as `+` would otherwise turn into a space. The vendor page drops this parameter's name; we use `from` because every other Twin list API names its range start that way.
                 * @example 2026-03-01T00:00:00+03:00
                 */
                from?: string;
                /**
                 * @description End of the date range, ISO 8601 with an offset (for example `2026-03-31T23:59:59+03:00`); percent-encode it. The vendor page drops this parameter's name; we use `to`, the range-end name of every other Twin list API.
                 * @example 2026-03-31T23:59:59+03:00
                 */
                to?: string;
                /**
                 * @description Only sessions handled by this bot (a UUID in all known examples).
                 * @example 5f0c1a7e-3b2d-4c8e-9a61-2d7f4e8b9c10
                 */
                botId?: string;
                /**
                 * @description Only sessions of this company.
                 * @example 48213
                 */
                companyId?: number;
                /** @description Include sessions of all companies supervised by the caller's company (child or reseller accounts). */
                showAllSupervised?: boolean;
                /** @description Only the chat session with this identifier. */
                id?: string;
                /** @description Only sessions of this chat (widget or messenger channel). */
                chatId?: string;
                /** @description Only sessions of this client. */
                clientId?: string;
                /**
                 * @description Comma-separated sort fields, each optionally prefixed with `+` (ascending, the default) or `-` (descending). Allowed names: createdAt, startedAt, finisheAt, billedAt, speakerFinishedAt, duration, price. `finisheAt` is the vendor's own spelling and is kept as-is. A literal `+` must be percent-encoded as `%2B` in a URL, otherwise it arrives as a space.
                 * @example -createdAt
                 */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching chat sessions plus the total number of matches. The shape is inferred (see the operation description). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSessionSearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
export const chatSessionFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChatSessionField"]> = ["id", "chatId", "companyId", "name", "chatName", "whatsappPhone", "botId", "botName", "markedAsSpam", "userId", "operatorGroupIds", "operatorName", "operatorType", "operatorMessageCount", "clientMessageCount", "botMessageCount", "clientDeviceId", "clientId", "clientExternalId", "clientIp", "location", "timeZone", "countryCode", "countryName", "regionCode", "regionName", "city", "zipCode", "messengerType", "status", "referer", "dialogResults", "operatorResults", "nps", "createdAt", "operatorLastMessageCreatedAt", "updatedAt", "noResponseOperatorToClient", "botLastMessageCreatedAt", "lastMessageCreatedAt", "clientLastMessageCreatedAt", "clientOnlineAt", "clientOfflineAt", "operatorAssignedAt", "price", "operatorDialogDuration", "operatorFirstMessageCreatedAt", "switchAnotherOperator", "haveExternalMessage", "botStatus", "closedAt", "closedByUserId", "closedByOperatorName", "closedByBotId", "clientUserAgent", "csi", "csiMax", "csiPercent", "rating", "fcr", "operatorTimerFirstAnswer", "operatorTimerNextAnswers", "metrics", "operatorNotFoundAt", "takenByOperatorAt", "isLostSession"];
