// Parameters of the normalized methods and their checks. Every check runs before anything is sent
// and fails with `VendorArgumentError` naming the parameter, never echoing its value.
import {
  isUnsafePathSegment,
  PATH_SEGMENT_EXPECTED,
  toUtcTimestamp,
  VendorArgumentError,
} from '@botbridge/core';
import { chatSessionFieldValues, type operations as OperationTypes } from './generated/schema.js';
import { type ChatSessionField, DEFAULT_SESSION_FIELDS, VENDOR } from './normalize.js';

/** @internal */
export type SearchQuery = OperationTypes['searchChatSessions']['parameters']['query'];
/** @internal */
export type SessionsQuery = NonNullable<OperationTypes['listSessions']['parameters']['query']>;
/** @internal */
export type MessagesQuery = NonNullable<
  OperationTypes['listSessionMessages']['parameters']['query']
>;

export interface SearchChatSessionsParams {
  /**
   * Session fields Twin should return (the `ChatSessionField` names, also listed at runtime in
   * `chatSessionFieldValues`). Twin returns only the fields asked for; `id` is always added so
   * every record has one.
   * @default DEFAULT_SESSION_FIELDS (every field the normalizer reads)
   */
  fields?: readonly ChatSessionField[];
  /**
   * Sessions per page, an integer from 1 to 1000.
   * @default 10 for `searchChatSessions` (Twin's default; nothing is sent), 100 for `chatSessions`
   */
  limit?: number;
  /**
   * Sessions to skip, an integer ≥ 0.
   * @default 0
   */
  offset?: number;
  /**
   * Start of the date range: a `Date` or an ISO-8601 string (one without an offset is read as
   * UTC). Sent as a UTC ISO string. Must not be after `to`.
   */
  from?: string | Date;
  /** End of the date range, in the same forms as `from`. */
  to?: string | Date;
  /** Only sessions handled by this bot. */
  botId?: string;
  /** Only sessions of this company (an integer id). */
  companyId?: number;
  /** Include the sessions of every company the caller's company supervises. */
  showAllSupervised?: boolean;
  /** Only the session with this id. */
  id?: string;
  /** Only sessions of this chat (widget or messenger channel). */
  chatId?: string;
  /** Only sessions of this client. */
  clientId?: string;
  /**
   * Comma-separated sort fields, each optionally prefixed with `+` (ascending) or `-`
   * (descending), e.g. `-createdAt,+price`. Allowed names: createdAt, startedAt, finisheAt
   * (Twin's spelling), billedAt, speakerFinishedAt, duration, price.
   * @default 'startedAt' (Twin's default; nothing is sent)
   */
  sort?: string;
}

/**
 * Filters of the chat service's session list (`listSessions`, `sessions`, and the `Source`'s
 * `conversations`). Twin documents no value lists for the string filters, so any non-empty string
 * is sent as is. https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export interface Twin24ConversationFilters {
  /** Only the session with this id. */
  sessionId?: string;
  /** Only sessions marked (`true`) or not marked (`false`) as spam. */
  markedAsSpam?: boolean;
  /** Only sessions assigned to this operator (an IAM user id, sent as a string). */
  operatorId?: string;
  /** Only sessions whose operator is of this kind (values undocumented). */
  operatorType?: string;
  /** Only sessions whose bot is in this state (values undocumented, e.g. `ACTIVE`). */
  botStatus?: string;
  /** Only sessions in this status (values undocumented, e.g. `ACTIVE`, `CLOSED`). */
  status?: string;
  /** Only sessions with this display name (usually the client's name). */
  name?: string;
  /** Only sessions of this chat (widget or messenger channel). */
  chatId?: string;
  /** Collapse the sessions of one client into a single entry. */
  groupByClientId?: boolean;
  /**
   * Only sessions carrying these tags: one comma-separated string, or a list that is joined with
   * commas (Twin takes one string; the comma format is assumed from the sessions' `tags` field).
   */
  tags?: string | readonly string[];
  /** Only sessions whose client is (`true`) or is not (`false`) banned. */
  clientBanned?: boolean;
  /** Free-text search over the sessions (which fields Twin matches is undocumented). */
  keyword?: string;
}

export interface ListSessionsParams extends Twin24ConversationFilters {
  /**
   * Sessions per page, an integer from 1 to 1000.
   * @default 10 for `listSessions` (Twin's default; nothing is sent), the client's `pageSize` for `sessions`
   */
  limit?: number;
  /**
   * Sessions to skip, an integer ≥ 0.
   * @default 0
   */
  offset?: number;
  /**
   * Start of the date range: a `Date` or an ISO-8601 string (one without an offset is read as
   * UTC), sent as a UTC ISO string. Must not be after `to`. Which session timestamp Twin compares
   * is undocumented.
   */
  from?: string | Date;
  /** End of the date range, in the same forms as `from`. */
  to?: string | Date;
  /**
   * Comma-separated sort fields, each optionally prefixed with `+` (ascending) or `-`
   * (descending), e.g. `-lastMessageCreatedAt`. Allowed names: name, status, markedAsSpam,
   * startedAt, lastMessageCreatedAt, operatorAssignedAt.
   * @default Twin's own order (undocumented; nothing is sent) for `listSessions`, 'startedAt' for `sessions`
   */
  sort?: string;
  /**
   * Ask Twin not to count all matches (`count` is then `undefined`; paging ends at a short page).
   * @default false
   */
  withoutCount?: boolean;
}

/** Filters of a session's message list besides the page and the date range. */
export interface Twin24MessageFilters {
  /**
   * The company the session belongs to. Twin says this is for callers without a user token; with
   * the usual JWT the company comes from the token.
   */
  companyId?: number;
}

export interface ListSessionMessagesParams extends Twin24MessageFilters {
  /**
   * Messages per page, an integer from 1 to 1000.
   * @default 10 for `listSessionMessages` (Twin's default; nothing is sent), the client's `pageSize` for `sessionMessages`
   */
  limit?: number;
  /**
   * Messages to skip, an integer ≥ 0.
   * @default 0
   */
  offset?: number;
  /** Only messages written at or after this instant (`Date` or ISO-8601 string). */
  from?: string | Date;
  /** Only messages written up to this instant, in the same forms as `from`. */
  to?: string | Date;
  /**
   * Comma-separated sort fields with optional `+`/`-` prefixes. Allowed names: createdAt, readAt.
   * @default Twin's own order (undocumented; nothing is sent) for `listSessionMessages`, 'createdAt' for `sessionMessages`
   */
  sort?: string;
  /**
   * Ask Twin not to count all messages (`count` is then `undefined`).
   * @default false
   */
  withoutCount?: boolean;
}

/** Sort grammar: comma-separated names, each with an optional `+`/`-` prefix. */
function sortPattern(names: readonly string[]): RegExp {
  const name = `[+-]?(?:${names.join('|')})`;
  return new RegExp(`^${name}(?:,${name})*$`);
}

// The sort names each list accepts, from the spec's `sort` patterns. `finisheAt` is Twin's own
// spelling. https://developers.twin24.ai/reference/searchchatsessionlist,
// https://developers.twin24.ai/reference/operatorchatsessionlist,
// https://developers.twin24.ai/reference/chatmessageslist
const SEARCH_SORT = [
  'createdAt',
  'startedAt',
  'finisheAt',
  'billedAt',
  'speakerFinishedAt',
  'duration',
  'price',
];
const SESSION_SORT = [
  'name',
  'status',
  'markedAsSpam',
  'startedAt',
  'lastMessageCreatedAt',
  'operatorAssignedAt',
];
const MESSAGE_SORT = ['createdAt', 'readAt'];

const FIELD_NAMES: ReadonlySet<string> = new Set(chatSessionFieldValues);

/** Validators bound to one operation, so every failure names it. @internal */
export function checks(operation: string) {
  const fail = (parameter: string, expected: string): never => {
    throw new VendorArgumentError({ vendor: VENDOR, operation, parameter, expected });
  };
  const integer = (parameter: string, value: unknown, min?: number, max?: number) => {
    if (value === undefined) return undefined;
    if (
      typeof value !== 'number' ||
      !Number.isSafeInteger(value) ||
      (min !== undefined && value < min) ||
      (max !== undefined && value > max)
    ) {
      fail(
        parameter,
        min === undefined
          ? 'an integer'
          : max === undefined
            ? `an integer ≥ ${min}`
            : `an integer from ${min} to ${max}`,
      );
    }
    return value as number;
  };
  // Years are kept as written (`0050-…` is not 1950); instants outside 0000–9999 are refused.
  const timestamp = (parameter: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    return (
      toUtcTimestamp(value) ??
      fail(parameter, 'an ISO-8601 date-time string or a valid Date, in the years 0000 to 9999')
    );
  };
  return {
    fail,
    integer,
    /** A page size: Twin allows 1 to 1000. */
    limit: (value: unknown, parameter = 'limit') => integer(parameter, value, 1, 1000),
    offset: (value: unknown) => integer('offset', value, 0),
    /** `from`/`to` as UTC ISO strings, `from` not after `to`. */
    window(from: unknown, to: unknown) {
      const since = timestamp('from', from);
      const until = timestamp('to', to);
      if (since !== undefined && until !== undefined && since > until) {
        fail('from', 'a date-time not after `to`');
      }
      return { from: since, to: until };
    },
    boolean(parameter: string, value: unknown): boolean | undefined {
      if (value !== undefined && typeof value !== 'boolean') fail(parameter, 'a boolean');
      return value as boolean | undefined;
    },
    string(parameter: string, value: unknown): string | undefined {
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || value.trim() === '') fail(parameter, 'a non-empty string');
      return value as string;
    },
    sort(value: unknown, names: readonly string[], example: string): string | undefined {
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || !sortPattern(names).test(value)) {
        fail(
          'sort',
          `a comma list of +/- prefixed names from ${names.join(', ')} (e.g. \`${example}\`)`,
        );
      }
      return value as string;
    },
  };
}

// Twin takes either `offset` or `page`, never both; the normalized methods page by offset only, so
// `page` stays reachable through `api`. https://developers.twin24.ai/reference/searchchatsessionlist
/** @internal */
export function checkSearchParams(params: SearchChatSessionsParams): SearchQuery {
  const check = checks('searchChatSessions');
  const { from, to } = check.window(params.from, params.to);
  return {
    fields: fieldList(params.fields, check.fail),
    limit: check.limit(params.limit),
    offset: check.offset(params.offset ?? 0),
    from,
    to,
    botId: check.string('botId', params.botId),
    companyId: check.integer('companyId', params.companyId),
    showAllSupervised: check.boolean('showAllSupervised', params.showAllSupervised),
    id: check.string('id', params.id),
    chatId: check.string('chatId', params.chatId),
    clientId: check.string('clientId', params.clientId),
    sort: check.sort(params.sort, SEARCH_SORT, '-createdAt,+price'),
  };
}

function fieldList(
  fields: readonly ChatSessionField[] | undefined,
  fail: (parameter: string, expected: string) => never,
): ChatSessionField[] {
  if (fields === undefined) return [...DEFAULT_SESSION_FIELDS];
  if (!Array.isArray(fields)) fail('fields', 'an array of Twin chat-session field names');
  fields.forEach((field: unknown, i) => {
    if (typeof field !== 'string' || !FIELD_NAMES.has(field)) {
      fail(
        `fields[${i}]`,
        'a Twin chat-session field name (the `ChatSessionField` type; the full list is the exported `chatSessionFieldValues` and https://developers.twin24.ai/reference/searchchatsessionlist)',
      );
    }
  });
  // Twin rejects repeated names (the spec's `uniqueItems`), and every record needs its id.
  return [...new Set<ChatSessionField>(['id', ...fields])];
}

/** Checks the session filters (shared by `listSessions` and the `Source`). @internal */
export function checkSessionFilters(
  filters: Twin24ConversationFilters,
  operation: string,
): SessionsQuery {
  const check = checks(operation);
  return {
    sessionId: check.string('sessionId', filters.sessionId),
    markedAsSpam: check.boolean('markedAsSpam', filters.markedAsSpam),
    operatorId: check.string('operatorId', filters.operatorId),
    operatorType: check.string('operatorType', filters.operatorType),
    botStatus: check.string('botStatus', filters.botStatus),
    status: check.string('status', filters.status),
    name: check.string('name', filters.name),
    chatId: check.string('chatId', filters.chatId),
    groupByClientId: check.boolean('groupByClientId', filters.groupByClientId),
    tags: tagList(filters.tags, check.fail),
    clientBanned: check.boolean('clientBanned', filters.clientBanned),
    keyword: check.string('keyword', filters.keyword),
  };
}

function tagList(
  tags: string | readonly string[] | undefined,
  fail: (parameter: string, expected: string) => never,
): string | undefined {
  if (tags === undefined) return undefined;
  if (typeof tags === 'string') {
    return tags.trim() === '' ? fail('tags', 'a non-empty string or list of tags') : tags;
  }
  if (!Array.isArray(tags) || tags.length === 0) {
    return fail('tags', 'a non-empty string or list of tags');
  }
  tags.forEach((tag: unknown, i) => {
    if (typeof tag !== 'string' || tag.trim() === '' || tag.includes(',')) {
      fail(`tags[${i}]`, 'a non-empty tag without commas');
    }
  });
  return tags.join(',');
}

/** @internal */
export function checkSessionParams(
  params: ListSessionsParams,
  operation = 'listSessions',
): SessionsQuery {
  const check = checks(operation);
  const { from, to } = check.window(params.from, params.to);
  return {
    limit: check.limit(params.limit),
    offset: check.offset(params.offset ?? 0),
    from,
    to,
    sort: check.sort(params.sort, SESSION_SORT, '-lastMessageCreatedAt'),
    ...checkSessionFilters(params, operation),
    withoutCount: check.boolean('withoutCount', params.withoutCount),
  };
}

/** @internal */
export function checkMessageFilters(
  filters: Twin24MessageFilters,
  operation: string,
): MessagesQuery {
  const check = checks(operation);
  return { companyId: check.integer('companyId', filters.companyId) };
}

/** @internal */
export function checkMessageParams(
  params: ListSessionMessagesParams,
  operation = 'listSessionMessages',
): MessagesQuery {
  const check = checks(operation);
  const { from, to } = check.window(params.from, params.to);
  return {
    limit: check.limit(params.limit),
    offset: check.offset(params.offset ?? 0),
    from,
    to,
    sort: check.sort(params.sort, MESSAGE_SORT, '-createdAt'),
    ...checkMessageFilters(params, operation),
    withoutCount: check.boolean('withoutCount', params.withoutCount),
  };
}

/**
 * A session id for a path: a non-empty string that is not a URL dot segment (`.`, `..`, `%2e%2e`,
 * ...), which the URL would resolve to another resource (`/sessions/..` is `/`). @internal
 */
export function checkSessionId(value: unknown, operation: string, parameter: string): string {
  if (typeof value !== 'string' || value.trim() === '' || isUnsafePathSegment(value)) {
    return checks(operation).fail(parameter, `a Twin session id: ${PATH_SEGMENT_EXPECTED}`);
  }
  return value;
}
