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
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in and get an access token
         * @description Exchanges a Twin user's email and password for a JWT access token (`token`) and a
         *     refresh token (`refreshToken`). Send the JWT as `Authorization: Bearer <token>` to every
         *     other service; its `exp` claim tells when it expires.
         *
         *     - No authentication is needed for this call.
         *     - Safe to retry: a second login simply issues another token pair; tokens issued earlier
         *       stay valid until they expire and no other state changes, so the spec marks it
         *       `x-idempotent` and the clients may retry it after a network error or a 5xx.
         *     - `ttl` sets the token lifetime in seconds. The vendor's Confluence page says the
         *       default is one week; the vendor PHP SDK always sends its own default of 3600. We
         *       document the one-week server default and recommend sending `ttl` explicitly.
         *     - `companyId` picks the company to act for when the user belongs to several; the
         *       vendor SDK sends `null` when it is not set.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the access token
         * @description Exchanges a refresh token for a new token pair, without the user's password. Use it when
         *     a call answers 401 `Token is expired.` or shortly before the JWT's `exp`.
         *
         *     - Authorization header (ambiguous): the vendor PHP SDK sends the current access token
         *       as the raw value of `Authorization`, WITHOUT the `Bearer ` prefix that every other call
         *       uses, and no vendor page documents this call. We model what the SDK does (security
         *       scheme `rawToken`) because it is the only evidence; whether the server also accepts
         *       `Bearer <token>` is unverified. The expired token is accepted here, otherwise refresh
         *       would be useless.
         *     - Method (ambiguous): our vendor notes record `POST` with a JSON body
         *       `{refreshToken, ttl}`; one older revision of the vendor SDK sends the same two values
         *       as query parameters of a `GET`. We model `POST` with a JSON body.
         *     - Not idempotent: Twin may rotate the refresh token on every use, so always store the
         *       `refreshToken` from the response and do not retry blindly; if a retry is needed, fall
         *       back to logging in again.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user the token acts for
         * @description Returns the IAM user the access token belongs to: the user's id, company, name, email,
         *     roles and settings. It is the cheapest authenticated read Twin has that names the
         *     caller, so the botbridge clients use it to check credentials (`whoami()`).
         *
         *     No vendor reference page covers this call. The path comes from the vendor PHP SDK
         *     (`IamHttpClient::getAuthenticatedUserData`, `GET users/me` on the IAM host, with the
         *     bearer token), and the body from the SDK's user entity (`UserData`: `id`, `companyId`,
         *     `firstName`, `lastName`, `middleName`, `email`, `phone`, `roles`, `settings`,
         *     `avatar`). The SDK types the ids, names and email as always present; no other source
         *     confirms it, so only `id` is required here and the rest may be missing or null.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chat sessions
         * @description Returns a page of the chat sessions visible to the caller's company (the operator
         *     workspace list), filtered and sorted as requested.
         *
         *     Paging: `limit` (1-1000, default 10) sets the page size; choose the start with either
         *     `offset` (0-based item index) or `page` (0-based page number), not both. `items` holds
         *     the page and `count` the total number of matching sessions. There is no cursor: the last
         *     page is reached when `items` has fewer than `limit` entries (or when `offset` plus the
         *     number of items reaches `count`).
         *
         *     The vendor's reference page ("Session list") lost its URL line and response schema; the
         *     path, parameter names and the `{count, items}` body come from the vendor PHP SDK, whose
         *     parameter list matches the page one to one.
         *
         *     Flags (`markedAsSpam`, `groupByClientId`, `clientBanned`, `withoutCount`, `withoutItems`)
         *     are accepted as `true`/`false` and as `1`/`0`: the vendor PHP SDK builds its query with
         *     PHP's form encoding, which writes booleans as `1`/`0` (see `QueryFlag`). The botbridge
         *     client sends `true`/`false`.
         *
         *     The SDK's common list parameters (`fields`, `group`, `timezone`, `language`,
         *     `offsetField`, `offsetValue`) are accepted too; what each does is described on it, and
         *     what is inferred is marked there.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the chat session (a UUID in all known examples).
                 * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get one chat session
         * @description Returns one chat session of the caller's company by its identifier, in the same shape as
         *     an entry of the session list.
         *
         *     No vendor reference page covers this call; the path and response come from the vendor
         *     PHP SDK. The SDK can also pass the list's query parameters here; their effect on a
         *     single session is undocumented, so we model none. A session of another company
         *     answers 403 or 404 (which one is unverified).
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the chat session (a UUID in all known examples).
                 * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List the messages of a chat session
         * @description Returns a page of the messages of one chat session: what the client, the bot and the
         *     operators wrote, with attachments.
         *
         *     Paging: `limit` (1-1000, default 10) sets the page size; choose the start with either
         *     `offset` (0-based item index) or `page` (0-based page number), not both. `items` holds
         *     the page and `count` the total number of messages matching the filters. There is no
         *     cursor: the last page is reached when `items` has fewer than `limit` entries (or when
         *     `offset` plus the number of items reaches `count`). Sort with `sort=createdAt` to read a
         *     conversation in order; the server's default order is undocumented.
         *
         *     The path and parameters come from the vendor PHP SDK (`sort` fields from the vendor's
         *     global "Chat message list" page, whose list parameters this call shares). The message
         *     shape follows the SDK's message entity. As on the session list, `withoutCount` is also
         *     accepted as `1`/`0`, and the SDK's common list parameters (`group`, `timezone`,
         *     `language`, `offsetField`, `offsetValue`) are accepted, since the SDK's message query
         *     inherits them.
         */
        get: operations["listSessionMessages"];
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
        /** @description A yes/no query parameter of Twin's list calls. Twin's reference pages type these flags as booleans (`true`/`false`), while the vendor PHP SDK builds its query strings with PHP's form encoding, which writes a boolean as `1` or `0` (for example `markedAsSpam=1`; the SDK's `QueryRequest` and `HttpClient`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/HttpClient.php). Both forms are accepted; `1` means `true` and `0` means `false`. */
        QueryFlag: boolean | ("1" | "0");
        /** @description Name of a chat-service session field, for the `fields` parameter of the session list. Neither the vendor's "Session list" page nor the vendor PHP SDK lists the names, so this is an open string: the known names are in `SessionFieldKnown`, and any other name is accepted. */
        SessionField: components["schemas"]["SessionFieldKnown"] | string;
        /**
         * @description The session field names known from the vendor PHP SDK's session entity (`SessionInfo`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Chat/V1/Response/Entity/Sessions/SessionInfo.php), the properties of `Session`. Not a closed list.
         * @enum {string}
         */
        SessionFieldKnown: "id" | "chatId" | "name" | "markedAsSpam" | "ttl" | "operatorId" | "operatorName" | "operatorAssignedAt" | "operators" | "channel" | "messengerType" | "botStatus" | "status" | "startedAt" | "clientOnlineAt" | "clientOfflineAt" | "unreadClientMessageCount" | "lastMessageCreatedAt" | "lastMessage" | "clientId" | "clientBanned" | "referer" | "tags" | "timerFirstAnswer" | "timerNextAnswers" | "lastOperatorMessage" | "firstClientMessageAfterLastOperatorMessage";
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
        /** @description Credentials for a login. Request schema, so unknown properties are rejected. */
        LoginRequest: {
            /**
             * Format: email
             * @description Email address of the Twin user.
             */
            email: string;
            /** @description The user's password. Secret; never log it. */
            password: string;
            /** @description Wanted lifetime of the access token in seconds. When it is left out, the vendor's Confluence page says the server uses one week (604800); the vendor SDK always sends 3600 instead, so send it explicitly. No schema `default` is declared, so the generated types keep it optional. The 60-second minimum is our own sanity bound. */
            ttl?: number;
            /** @description Company to act for when the user belongs to several; null or absent means the user's default company. */
            companyId?: number | null;
            /** @description Additional login data passed through to IAM; its keys are not documented. Two forms, because the sources differ: our vendor notes describe an object of extra values, while the vendor PHP SDK always sends `extra` and encodes its PHP array, so with nothing to add it sends an empty JSON array `[]`, and a PHP list would also become an array (`Authenticator::login`, default `$extra = []`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Authenticator.php). Both are accepted. The botbridge client sends no `extra`. */
            extra?: {
                [key: string]: unknown;
            } | unknown[];
        };
        /** @description Body of a token refresh. Request schema, so unknown properties are rejected. */
        RefreshRequest: {
            /** @description The refresh token returned by the last login or refresh. Secret; never log it. */
            refreshToken: string;
            /** @description Wanted lifetime of the new access token in seconds (server default as for login). */
            ttl?: number;
        };
        /** @description A token pair issued by login or refresh. Both values are secrets: keep them out of logs. */
        AuthTokens: {
            /** @description JWT access token, sent as `Authorization: Bearer <token>`. Decode its payload (the middle, base64url part) and read the `exp` claim (Unix seconds) to know when it expires; the response carries no separate expiry field. */
            token: string;
            /** @description Opaque token for `POST /auth/refresh`. Its format is undocumented; treat it as an opaque string and replace the stored one after every refresh. */
            refreshToken: string;
        };
        /** @description The IAM user an access token acts for (`GET /users/me`). Fields follow the vendor PHP SDK's user entity (`UserData`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/IAM/V1/Response/Entity/User/UserData.php); only `id` is required (see the operation). Open: Twin may send more fields. */
        CurrentUser: {
            /** @description The user's IAM id (the `sub` of the access token, in the examples). */
            id: number;
            /** @description The company the user acts for. */
            companyId?: number | null;
            /** @description The user's first name. */
            firstName?: string | null;
            /** @description The user's last name. */
            lastName?: string | null;
            /** @description The user's middle name (patronymic); often empty. */
            middleName?: string | null;
            /** @description The user's email address, the login name. */
            email?: string | null;
            /** @description The user's phone number. */
            phone?: string | null;
            /** @description The user's roles, each for a company. */
            roles?: components["schemas"]["UserRole"][] | null;
            /** @description The user's interface settings, a map of names to scalar values (the SDK's `SettingsMap`). Inferred: an empty map arrives as `[]`, as Twin's PHP backend encodes one, so an empty array is accepted too. */
            settings?: {
                [key: string]: unknown;
            } | unknown[] | null;
            /** @description The user's avatar file, or null. */
            avatar?: components["schemas"]["IamFile"] | null;
        };
        /** @description One role of an IAM user (the SDK's `UserRole`; its company key is snake_case there). The role names are not documented. */
        UserRole: {
            /** @description The role's name (values undocumented; `OPERATOR` in the examples). */
            name?: string | null;
            /** @description The company the role applies in; null for a role without one. */
            company_id?: number | null;
        };
        /** @description A file of the IAM service (the SDK's `FileMetadata`, used for avatars). Unlike the chat service's attachments, the IAM spells `suggestedExtension` with two `g`s (https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Response/Entity/FileMetadata.php). Every field optional and nullable here. */
        IamFile: {
            /** @description File identifier. */
            id?: string | null;
            /** @description Whether the file is private (not publicly downloadable). */
            isPrivate?: boolean | null;
            /**
             * Format: date-time
             * @description When the file was uploaded.
             */
            createdAt?: string | null;
            /** @description The file's media type. */
            contentType?: string | null;
            /** @description File name as uploaded, usually with its extension. */
            name?: string | null;
            /** @description File name without the extension. */
            baseName?: string | null;
            /** @description File extension, without the dot. */
            extension?: string | null;
            /** @description Extension Twin suggests from the file's content. */
            suggestedExtension?: string | null;
            /** @description Storage path of the file. */
            path?: string | null;
            /** @description File size in bytes. */
            size?: number | null;
            /** @description URL of the file. */
            url?: string | null;
            /** @description URL that downloads the file. */
            downloadLink?: string | null;
            /** @description IAM id of the user who owns the file. */
            ownerId?: number | null;
        };
        /** @description One page of chat sessions. The `{count, items}` shape comes from the vendor PHP SDK's session collection. */
        SessionList: {
            /** @description Total number of sessions matching the filters (not just this page). Optional because the server leaves it out when `withoutCount=true` is sent. */
            count?: number;
            /** @description The sessions of this page, in the requested sort order. */
            items: components["schemas"]["Session"][];
        };
        /** @description One chat session of the chat service (a conversation between a client and the bot and/or operators). No vendor page documents it; fields and types follow the vendor PHP SDK, which treats every field as optional and nullable, so we do too. */
        Session: {
            /** @description Session identifier (a UUID in all known examples). */
            id?: string | null;
            /** @description Identifier of the chat (widget or messenger channel) the session belongs to. */
            chatId?: string | null;
            /** @description Display name of the session, usually the client's name. */
            name?: string | null;
            /** @description Whether the session was marked as spam. */
            markedAsSpam?: boolean | null;
            /** @description Session lifetime setting (unit undocumented; probably seconds). */
            ttl?: number | null;
            /** @description Identifier of the operator currently assigned, as a string (the vendor SDK types it so, although the `operators` entries carry integer ids). */
            operatorId?: string | null;
            /** @description Name of the operator currently assigned. */
            operatorName?: string | null;
            /**
             * Format: date-time
             * @description When the current operator was assigned.
             */
            operatorAssignedAt?: string | null;
            /** @description Operators assigned to the session over time, oldest first. Two forms, because the sources differ: the vendor PHP SDK's session entity reads it as an array of operator objects, and its operator list also accepts a string, which it JSON-decodes into the same array (`OperatorList::__construct(array|string)`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Chat/V1/Response/Entity/Sessions/OperatorList.php), so the server sends a JSON-encoded string at times (inferred from the SDK; no vendor page shows the field). Both are accepted: the array, or the string holding it (for example `"[{\"id\":90412,\"name\":\"Brian Okafor\",\"type\":\"OPERATOR\"}]"`). The string's content is not checked here; the botbridge normalizer decodes it and ignores a string that is not a JSON array. */
            operators?: components["schemas"]["SessionOperator"][] | string | null;
            /** @description Channel the session came through; the vendor's value list is unknown. */
            channel?: string | null;
            /**
             * @description Messenger of the session. Known values include `TELEGRAM` and `WHATSAPP`; the full list is unknown, so it is not an enum.
             * @example TELEGRAM
             * @example WHATSAPP
             */
            messengerType?: string | null;
            /** @description State of the bot in this session; the vendor's value list is unknown. */
            botStatus?: string | null;
            /** @description Session status; the vendor's value list is unknown. */
            status?: string | null;
            /**
             * Format: date-time
             * @description When the session started.
             */
            startedAt?: string | null;
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
            /** @description Number of client messages no operator has read yet. */
            unreadClientMessageCount?: number | null;
            /**
             * Format: date-time
             * @description When the last message of the session was written.
             */
            lastMessageCreatedAt?: string | null;
            /** @description The latest message of the session, or null. The vendor SDK keeps it as a raw object with a subset of the message fields; we reuse the `Message` schema, whose fields are all optional. */
            lastMessage?: components["schemas"]["Message"] | null;
            /** @description Client identifier. The vendor SDK leaves its type open (`mixed`), and messenger clients may come as numbers, so both strings and integers are allowed. */
            clientId?: string | number | null;
            /** @description Whether the client is banned. */
            clientBanned?: boolean | null;
            /** @description Page the client opened the chat from. */
            referer?: string | null;
            /** @description Tags of the session as one string. We assume a comma-separated list; the vendor does not document the format. */
            tags?: string | null;
            /** @description Time until the operator's first answer (unit undocumented; probably seconds). */
            timerFirstAnswer?: number | null;
            /** @description Time for the operator's following answers (unit undocumented; probably seconds). */
            timerNextAnswers?: number | null;
            /** @description Text of the last operator message. */
            lastOperatorMessage?: string | null;
            /** @description Text of the first client message written after the last operator message. */
            firstClientMessageAfterLastOperatorMessage?: string | null;
        };
        /** @description One operator assignment of a session. Keys follow the vendor SDK, including the snake_case `assigned_at`. */
        SessionOperator: {
            /** @description Operator's IAM user id. */
            id?: number;
            /** @description Operator's name. */
            name?: string | null;
            /** @description Kind of operator; the vendor's value list is unknown. */
            type?: string | null;
            /**
             * Format: date-time
             * @description When this operator was assigned (snake_case key, as the vendor sends it).
             */
            assigned_at?: string | null;
        };
        /** @description One page of messages. The `{count, items}` shape comes from the vendor PHP SDK's message collection. */
        MessageList: {
            /** @description Total number of messages matching the filters (not just this page). Optional because the server leaves it out when `withoutCount=true` is sent. */
            count?: number;
            /** @description The messages of this page, in the requested sort order. */
            items: components["schemas"]["Message"][];
        };
        /** @description One chat message. No vendor page documents it; fields and types follow the vendor PHP SDK, which treats every field as optional and nullable, so we do too. */
        Message: {
            /** @description Message identifier. */
            id?: string | null;
            /** @description Identifier of the author (client id, bot id or operator user id, depending on `authorType`), always as a string. */
            authorId?: string | null;
            /**
             * @description Who wrote the message. Values seen or expected are `client`, `bot`, `operator` and `system`; the vendor documents no list and these are unverified, so it is not an enum.
             * @example client
             * @example bot
             * @example operator
             * @example system
             */
            authorType?: string | null;
            /** @description Display name of the author. */
            authorName?: string | null;
            /** @description Kind of message (for example text or file); the vendor's value list is unknown. */
            type?: string | null;
            /** @description Message text. */
            body?: string | null;
            /** @description Quick-answer options offered with the message; the item shape is undocumented. */
            answers?: unknown[] | null;
            /** @description Keyboard buttons shown with the message; the item shape is undocumented. */
            keyboard?: unknown[] | null;
            /**
             * Format: date-time
             * @description When the message was read; null while unread.
             */
            readAt?: string | null;
            /**
             * Format: date-time
             * @description When the message was written.
             */
            createdAt?: string | null;
            /**
             * Format: date-time
             * @description When the message was last changed.
             */
            updatedAt?: string | null;
            /** @description Identifier of the session the message belongs to. */
            sessionId?: string | null;
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["MessageAttachment"][] | null;
            /** @description The message this one replies to, or null. Its fields follow the vendor SDK and are all optional; the object stays open. */
            replyTo?: {
                /** @description Identifier of the quoted message. */
                id?: string | null;
                /** @description Session of the quoted message. */
                sessionId?: string | null;
                /** @description Operator user id, if an operator wrote the quoted message. */
                userId?: string | null;
                /** @description Bot id, if a bot wrote the quoted message. */
                botId?: string | null;
                /** @description Client id, if the client wrote the quoted message. */
                clientId?: string | null;
                /** @description Text of the quoted message. */
                body?: string | null;
                /** @description Who wrote the quoted message (same values as `authorType` above). */
                authorType?: string | null;
                /** @description Display name of the quoted message's author. */
                authorName?: string | null;
                /** @description Kind of the quoted message. */
                type?: string | null;
                /**
                 * Format: date-time
                 * @description When the quoted message was written.
                 */
                createdAt?: string | null;
                /** @description Files attached to the quoted message. */
                attachments?: components["schemas"]["MessageAttachment"][] | null;
                /** @description Quick-answer options of the quoted message (shape undocumented). */
                answers?: unknown[] | null;
                /** @description Keyboard of the quoted message (shape undocumented). */
                keyboard?: unknown[] | null;
                /** @description Actions attached to the quoted message (shape undocumented). */
                actions?: unknown[] | null;
            } | null;
        };
        /** @description A file attached to a message. Fields follow the vendor PHP SDK, including its spelling `sugestedExtension`; all are optional and nullable. */
        MessageAttachment: {
            /** @description File identifier. */
            id?: string | null;
            /** @description Whether the file is private (not publicly downloadable). */
            isPrivate?: boolean | null;
            /**
             * Format: date-time
             * @description When the file was uploaded.
             */
            createdAt?: string | null;
            /** @description File name as uploaded, usually with its extension. */
            name?: string | null;
            /** @description File name without the extension. */
            baseName?: string | null;
            /** @description File extension, without the dot. */
            extension?: string | null;
            /** @description Extension Twin suggests from the file's content. The single `g` is the vendor's own spelling and is kept as-is. */
            sugestedExtension?: string | null;
            /** @description Storage path of the file. */
            path?: string | null;
            /** @description File size in bytes. */
            size?: number | null;
            /** @description URL of the file. */
            url?: string | null;
            /** @description URL that downloads the file. */
            downloadLink?: string | null;
        };
        /** @description The body Twin POSTs to a dialog's `callbackUrl`: the dialog's state and the bot's new messages. Known from one vendor sample; field types beyond that sample follow the vendor PHP SDK's dialog object (inferred to be the same object). It has no event-type field, no timestamps and no message ids. Open: Twin may send more fields. */
        BotDialogAnswerCallback: {
            /** @description The dialog's identifier, as returned when the dialog was started (hex digits in the sample); not blank. A bot-service dialog id; inferred: not the id of a chat-service session. */
            dialogId: string;
            /** @description The answering bot's identifier (a UUID in the sample). */
            botId?: string | null;
            /**
             * @description The dialog's state. `STOP` (the dialog ended) is the only value seen; the list is not documented, so it is not an enum.
             * @example STOP
             */
            status?: string | null;
            /** @description The dialog's language. Inferred: the SDK's dialog object has it; the sample does not. */
            language?: string | null;
            /** @description What the dialog has produced; the sample holds only `initialVariables` (an empty list). Its other keys are not documented. Inferred: an empty result may arrive as `[]`, as the vendor's PHP backend encodes an empty map. */
            result?: {
                /** @description The variables the dialog started with (item shape undocumented). */
                initialVariables?: unknown[];
            } | unknown[] | null;
            /** @description The bot's new messages, in the order the bot sent them. The SDK's dialog object allows null (then there are none). */
            messages: components["schemas"]["BotDialogMessage"][] | null;
            /** @description The `callbackData` string given when the URL was set, echoed unchanged. Twin signs nothing, so a secret token of your own here is what tells a real delivery from a forged one. */
            callbackData?: string | null;
        };
        /** @description One bot message of a bot-answer callback. Fields follow the sample and the vendor PHP SDK (every one optional and nullable there). Inferred: empty maps may arrive as `[]`, as the vendor's PHP backend encodes them. */
        BotDialogMessage: {
            /** @description The message text. */
            body?: string | null;
            /** @description Actions the bot attaches to the message (shape undocumented). */
            actions?: unknown[] | {
                [key: string]: unknown;
            } | null;
            /** @description Where in the bot's script the message comes from: the sample has the script node (`nodeId`) and the bot (`botId`). */
            substitutions?: {
                /** @description The script node that produced the message. */
                nodeId?: string | null;
                /** @description The bot the node belongs to. */
                botId?: string | null;
            } | unknown[] | null;
            /** @description Answers offered with the message. Inferred: quick-reply buttons (shape undocumented). */
            answers?: unknown[] | null;
            /** @description Extra data about the message (shape undocumented; an empty list in the sample). */
            meta?: {
                [key: string]: unknown;
            } | unknown[] | null;
            /** @description Files sent with the message. The item shape is undocumented; inferred: the chat service's attachment fields (`name`, `url`, `downloadLink`, `extension`). */
            attachments?: unknown[] | null;
        };
        /** @description The body Twin POSTs to an `eventCallbackUrl`. Not documented at all, so an open object; inferred: it echoes `eventCallbackData`. */
        ChatEventCallback: {
            [key: string]: unknown;
        };
        /** @description The body Twin's messaging service POSTs to a message's `callbackUrl`. Not documented at all, so an open object; inferred: it reports a delivery status and echoes `callbackData`. */
        MessageStatusCallback: {
            [key: string]: unknown;
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
        /** @description Invalid input parameters (for example an unknown sort field or a limit out of range). */
        ChatBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No session with this identifier is visible to the caller. Not listed on the vendor's pages; the vendor SDK handles 404 for all services. */
        SessionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Identifier of the chat session (a UUID in all known examples).
         * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
         */
        SessionId: string;
        /** @description Maximum number of items to return in one page. */
        Limit: number;
        /** @description Zero-based index of the first item to return. Use either `offset` or `page`, not both. */
        Offset: number;
        /** @description Page number (of `limit` items) to return, 0-based as elsewhere in Twin. Use either `page` or `offset`, not both. */
        Page: number;
        /**
         * @description Start of the date range, ISO 8601 with an offset (for example `2026-03-01T00:00:00+03:00`); percent-encode it, as `+` would otherwise turn into a space.
         * @example 2026-03-01T00:00:00+03:00
         */
        From: string;
        /**
         * @description End of the date range, ISO 8601 with an offset (for example `2026-03-31T23:59:59+03:00`); percent-encode it.
         * @example 2026-03-31T23:59:59+03:00
         */
        To: string;
        /** @description When `true` (or `1`, as the vendor PHP SDK sends it), the server skips counting all matches and leaves `count` out of the response, which makes large lists cheaper; `false` by default. Page until a short page instead. */
        WithoutCount: components["schemas"]["QueryFlag"];
        /**
         * @description Fields to group the list by, as one comma-separated value. Sent by the vendor PHP SDK with every list query as a comma-separated list of field names (`QueryRequest::$group`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it for this list. Which fields it accepts and how a grouped answer looks are unknown (inferred: the same `{count, items}` body, one item per group). To collapse the sessions of one client, `groupByClientId` is the documented way.
         * @example clientId
         */
        Group: string;
        /**
         * @description Time zone to express the answer's times in. The vendor PHP SDK sends it with every list query as an integer (`QueryRequest::$timezone`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it. Inferred: a UTC offset, whose unit (hours or minutes) is unknown; since every time in an answer carries its own offset, the instants are the same either way.
         * @example 3
         */
        Timezone: number;
        /**
         * @description Language of the answer's texts. Sent by the vendor PHP SDK with every list query as a string (`QueryRequest::$language`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it or its values. Inferred: a language code such as `ru` or `en` for the answer's translatable texts (error messages, labels); whether it also filters anything is unknown.
         * @example en
         */
        Language: string;
        /**
         * @description With `offsetValue`: page by a field's value instead of by position. Sent by the vendor PHP SDK with every list query (`QueryRequest::$offsetField`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it. Inferred from the names: the list continues after the item whose `offsetField` equals `offsetValue` (keyset paging), so a page does not shift when items are added before it.
         * @example id
         */
        OffsetField: string;
        /**
         * @description With `offsetField`: the value of that field to continue after (see `offsetField`; the same source, and inferred in the same way). Sent as a string by the vendor PHP SDK.
         * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
         */
        OffsetValue: string;
    };
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
                /** @description Include sessions of all companies supervised by the caller's company (child or reseller accounts). Accepted as `true`/`false` and as `1`/`0`, as the chat service's flags are (see `QueryFlag`; inferred for this service, which no SDK calls). */
                showAllSupervised?: components["schemas"]["QueryFlag"];
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
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The user's credentials and the wanted token lifetime. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description The credentials were accepted; the body holds the new token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            /** @description The body is malformed or a field fails validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The email or password is wrong (or the user may not log in). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The refresh token from the last login or refresh, and the wanted lifetime. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new token pair; replace both stored tokens with these. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            /** @description The body is malformed or a field fails validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The refresh token is expired, unknown or already used, or the `Authorization` header is missing. Log in again. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user the access token acts for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Maximum number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Zero-based index of the first item to return. Use either `offset` or `page`, not both. */
                offset?: components["parameters"]["Offset"];
                /** @description Page number (of `limit` items) to return, 0-based as elsewhere in Twin. Use either `page` or `offset`, not both. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Comma-separated sort fields, each optionally prefixed with `+` (ascending, the default) or `-` (descending). Allowed names: name, status, markedAsSpam, startedAt, lastMessageCreatedAt, operatorAssignedAt. The server's default order is not documented. A literal `+` must be percent-encoded as `%2B` in a URL.
                 * @example -lastMessageCreatedAt
                 */
                sort?: string;
                /**
                 * @description Start of the date range, ISO 8601 with an offset (for example `2026-03-01T00:00:00+03:00`); percent-encode it, as `+` would otherwise turn into a space.
                 * @example 2026-03-01T00:00:00+03:00
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description End of the date range, ISO 8601 with an offset (for example `2026-03-31T23:59:59+03:00`); percent-encode it.
                 * @example 2026-03-31T23:59:59+03:00
                 */
                to?: components["parameters"]["To"];
                /**
                 * @description Only the session with this identifier.
                 * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
                 */
                sessionId?: string;
                /**
                 * @description Only sessions marked (`true` or `1`) or not marked (`false` or `0`) as spam.
                 * @example 1
                 */
                markedAsSpam?: components["schemas"]["QueryFlag"];
                /**
                 * @description Only sessions assigned to this operator (the vendor SDK sends it as a string).
                 * @example 90412
                 */
                operatorId?: string;
                /** @description Only sessions whose operator is of this kind. The vendor's value list is not documented, so any string is accepted. */
                operatorType?: string;
                /** @description Only sessions whose bot is in this state. The vendor's value list is not documented. */
                botStatus?: string;
                /** @description Only sessions in this status. The vendor's value list is not documented. */
                status?: string;
                /** @description Only sessions with this display name (usually the client's name). */
                name?: string;
                /**
                 * @description Only sessions of this chat (widget or messenger channel).
                 * @example 7c1e9a34-52b8-4f0d-8e6a-93b2c4d5e6f7
                 */
                chatId?: string;
                /** @description Collapse the sessions of one client into a single entry (`true` or `1`). */
                groupByClientId?: components["schemas"]["QueryFlag"];
                /**
                 * @description Only sessions carrying these tags, as one string (we assume a comma-separated list, like the `tags` field of a session; the vendor does not say).
                 * @example vip,delivery
                 */
                tags?: string;
                /** @description Only sessions whose client is (`true` or `1`) or is not (`false` or `0`) banned. */
                clientBanned?: components["schemas"]["QueryFlag"];
                /** @description Free-text search term matched against the sessions (matched fields undocumented). */
                keyword?: string;
                /** @description When `true` (or `1`, as the vendor PHP SDK sends it), the server skips counting all matches and leaves `count` out of the response, which makes large lists cheaper; `false` by default. Page until a short page instead. */
                withoutCount?: components["parameters"]["WithoutCount"];
                /** @description When `true` (or `1`), the server skips the page itself and only counts (per the vendor's list pages); `false` by default. Our `SessionList` schema keeps `items` required because every normal page has it; a count-only response is outside that schema, so callers setting this flag must expect `items` to be missing or empty. */
                withoutItems?: components["schemas"]["QueryFlag"];
                /**
                 * @description Session fields to return, as one comma-separated value without spaces (for example `fields=id,startedAt,status`); without it every field comes back. Documented on the vendor's "Session list" reference page (https://developers.twin24.ai/reference/operatorchatsessionlist) and sent by the vendor PHP SDK (`QueryRequest::$fields`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php). Neither source gives the list of names: the known ones are the session fields of the SDK's session entity (`SessionFieldKnown`), and any other name is accepted.
                 * @example [
                 *       "id",
                 *       "startedAt",
                 *       "status"
                 *     ]
                 */
                fields?: components["schemas"]["SessionField"][];
                /**
                 * @description Fields to group the list by, as one comma-separated value. Sent by the vendor PHP SDK with every list query as a comma-separated list of field names (`QueryRequest::$group`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it for this list. Which fields it accepts and how a grouped answer looks are unknown (inferred: the same `{count, items}` body, one item per group). To collapse the sessions of one client, `groupByClientId` is the documented way.
                 * @example clientId
                 */
                group?: components["parameters"]["Group"];
                /**
                 * @description Time zone to express the answer's times in. The vendor PHP SDK sends it with every list query as an integer (`QueryRequest::$timezone`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it. Inferred: a UTC offset, whose unit (hours or minutes) is unknown; since every time in an answer carries its own offset, the instants are the same either way.
                 * @example 3
                 */
                timezone?: components["parameters"]["Timezone"];
                /**
                 * @description Language of the answer's texts. Sent by the vendor PHP SDK with every list query as a string (`QueryRequest::$language`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it or its values. Inferred: a language code such as `ru` or `en` for the answer's translatable texts (error messages, labels); whether it also filters anything is unknown.
                 * @example en
                 */
                language?: components["parameters"]["Language"];
                /**
                 * @description With `offsetValue`: page by a field's value instead of by position. Sent by the vendor PHP SDK with every list query (`QueryRequest::$offsetField`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it. Inferred from the names: the list continues after the item whose `offsetField` equals `offsetValue` (keyset paging), so a page does not shift when items are added before it.
                 * @example id
                 */
                offsetField?: components["parameters"]["OffsetField"];
                /**
                 * @description With `offsetField`: the value of that field to continue after (see `offsetField`; the same source, and inferred in the same way). Sent as a string by the vendor PHP SDK.
                 * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
                 */
                offsetValue?: components["parameters"]["OffsetValue"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of chat sessions plus, unless `withoutCount` is set, the total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["ChatBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the chat session (a UUID in all known examples).
                 * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSessionMessages: {
        parameters: {
            query?: {
                /** @description Maximum number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Zero-based index of the first item to return. Use either `offset` or `page`, not both. */
                offset?: components["parameters"]["Offset"];
                /** @description Page number (of `limit` items) to return, 0-based as elsewhere in Twin. Use either `page` or `offset`, not both. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Start of the date range, ISO 8601 with an offset (for example `2026-03-01T00:00:00+03:00`); percent-encode it, as `+` would otherwise turn into a space.
                 * @example 2026-03-01T00:00:00+03:00
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description End of the date range, ISO 8601 with an offset (for example `2026-03-31T23:59:59+03:00`); percent-encode it.
                 * @example 2026-03-31T23:59:59+03:00
                 */
                to?: components["parameters"]["To"];
                /**
                 * @description Company the session belongs to. The vendor's message-list page says this is only for callers without a user token; with a normal JWT the company comes from the token and this can be left out.
                 * @example 48213
                 */
                companyId?: number;
                /**
                 * @description Comma-separated sort fields, each optionally prefixed with `+` (ascending, the default) or `-` (descending). Allowed names: createdAt, readAt. A literal `+` must be percent-encoded as `%2B` in a URL.
                 * @example createdAt
                 */
                sort?: string;
                /** @description When `true` (or `1`, as the vendor PHP SDK sends it), the server skips counting all matches and leaves `count` out of the response, which makes large lists cheaper; `false` by default. Page until a short page instead. */
                withoutCount?: components["parameters"]["WithoutCount"];
                /**
                 * @description Fields to group the list by, as one comma-separated value. Sent by the vendor PHP SDK with every list query as a comma-separated list of field names (`QueryRequest::$group`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it for this list. Which fields it accepts and how a grouped answer looks are unknown (inferred: the same `{count, items}` body, one item per group). To collapse the sessions of one client, `groupByClientId` is the documented way.
                 * @example clientId
                 */
                group?: components["parameters"]["Group"];
                /**
                 * @description Time zone to express the answer's times in. The vendor PHP SDK sends it with every list query as an integer (`QueryRequest::$timezone`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it. Inferred: a UTC offset, whose unit (hours or minutes) is unknown; since every time in an answer carries its own offset, the instants are the same either way.
                 * @example 3
                 */
                timezone?: components["parameters"]["Timezone"];
                /**
                 * @description Language of the answer's texts. Sent by the vendor PHP SDK with every list query as a string (`QueryRequest::$language`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it or its values. Inferred: a language code such as `ru` or `en` for the answer's translatable texts (error messages, labels); whether it also filters anything is unknown.
                 * @example en
                 */
                language?: components["parameters"]["Language"];
                /**
                 * @description With `offsetValue`: page by a field's value instead of by position. Sent by the vendor PHP SDK with every list query (`QueryRequest::$offsetField`, https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Request/QueryRequest.php); no vendor page documents it. Inferred from the names: the list continues after the item whose `offsetField` equals `offsetValue` (keyset paging), so a page does not shift when items are added before it.
                 * @example id
                 */
                offsetField?: components["parameters"]["OffsetField"];
                /**
                 * @description With `offsetField`: the value of that field to continue after (see `offsetField`; the same source, and inferred in the same way). Sent as a string by the vendor PHP SDK.
                 * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
                 */
                offsetValue?: components["parameters"]["OffsetValue"];
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the chat session (a UUID in all known examples).
                 * @example 0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages plus, unless `withoutCount` is set, the total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["ChatBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
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
export const queryFlagAnyOf1Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["QueryFlag"]> = ["1", "0"];
export const sessionFieldKnownValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SessionFieldKnown"]> = ["id", "chatId", "name", "markedAsSpam", "ttl", "operatorId", "operatorName", "operatorAssignedAt", "operators", "channel", "messengerType", "botStatus", "status", "startedAt", "clientOnlineAt", "clientOfflineAt", "unreadClientMessageCount", "lastMessageCreatedAt", "lastMessage", "clientId", "clientBanned", "referer", "tags", "timerFirstAnswer", "timerNextAnswers", "lastOperatorMessage", "firstClientMessageAfterLastOperatorMessage"];
export const chatSessionFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChatSessionField"]> = ["id", "chatId", "companyId", "name", "chatName", "whatsappPhone", "botId", "botName", "markedAsSpam", "userId", "operatorGroupIds", "operatorName", "operatorType", "operatorMessageCount", "clientMessageCount", "botMessageCount", "clientDeviceId", "clientId", "clientExternalId", "clientIp", "location", "timeZone", "countryCode", "countryName", "regionCode", "regionName", "city", "zipCode", "messengerType", "status", "referer", "dialogResults", "operatorResults", "nps", "createdAt", "operatorLastMessageCreatedAt", "updatedAt", "noResponseOperatorToClient", "botLastMessageCreatedAt", "lastMessageCreatedAt", "clientLastMessageCreatedAt", "clientOnlineAt", "clientOfflineAt", "operatorAssignedAt", "price", "operatorDialogDuration", "operatorFirstMessageCreatedAt", "switchAnotherOperator", "haveExternalMessage", "botStatus", "closedAt", "closedByUserId", "closedByOperatorName", "closedByBotId", "clientUserAgent", "csi", "csiMax", "csiPercent", "rating", "fcr", "operatorTimerFirstAnswer", "operatorTimerNextAnswers", "metrics", "operatorNotFoundAt", "takenByOperatorAt", "isLostSession"];
