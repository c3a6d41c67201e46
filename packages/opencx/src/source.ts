import {
  applyQuery,
  argumentChecks,
  type CallOptions,
  type Capabilities,
  type PrefetchOptions,
  type ResolvedQuery,
  resolveQuery,
  type SourceQuery,
  type Unsupported,
  unsupported,
} from '@botbridge/core';
import { checkSessionId } from './checks.js';
import type { OpenCxContext } from './context.js';
import type { OpenCxConversation } from './normalize/conversation.js';
import type { OpenCxMessage } from './normalize/message.js';
import { VENDOR } from './normalize/vendor.js';
import { iterateHistory } from './resources/chat-history.js';
import {
  type ChatSessionFilters,
  checkSessionFilters,
  getChatSession,
  iterateSessions,
} from './resources/chat-sessions.js';

/**
 * What the OpenCX `Source` offers. OpenCX has chat sessions (conversations, one by id) with their
 * history (messages), and contacts, but no leads: `leads()` throws `VendorUnsupportedError` (the
 * contact listing is `contacts()`, outside `Source`). Sessions filter by creation time on the
 * server (`created_after` / `created_before`); the history endpoint has no time filter, so message
 * windows are applied while reading.
 * https://docs.open.cx/api-reference/chat-sessions/list
 */
export const CAPABILITIES = {
  /** OpenCX has no leads: `leads()` throws `VendorUnsupportedError` (see `contacts()`). */
  leads: false,
  /** `conversations()` is offered: chat sessions (GET /chat/sessions), bounded by creation time. */
  conversations: {
    /**
     * Sent as `created_after`, 1 ms early since OpenCX does not say whether it is inclusive; each
     * session's `createdAt` is checked again on reading.
     * https://docs.open.cx/api-reference/chat-sessions/list
     */
    since: 'server',
    /** Sent as `created_before`; each session's `createdAt` is checked again on reading. */
    until: 'server',
  },
  /** `conversation(id)` is offered: one session by its UUID (GET /chat/sessions/{session_id}). */
  conversation: true,
  /** `messages()` is offered: a session's history, which OpenCX cannot filter by time. */
  messages: {
    /** Applied by botbridge to each history item's `createdAt`. */
    since: 'client',
    /** Applied by botbridge to each history item's `createdAt`. */
    until: 'client',
  },
} as const satisfies Capabilities;

/**
 * The vendor filters `conversations()` accepts beside `since`/`until`, which OpenCX applies to the
 * creation time (`createdAfter`/`createdBefore` are therefore not offered a second time).
 */
export type OpenCxConversationFilters = Omit<ChatSessionFilters, 'createdAfter' | 'createdBefore'>;

/** The core `Source` members of `OpenCxClient`. */
export interface OpenCxSourceView {
  /** OpenCX has no leads: not callable (and throws `VendorUnsupportedError` if forced). */
  readonly leads: Unsupported;
  /**
   * Chat sessions as conversations. `since`/`until` bound the creation time and are sent to OpenCX;
   * the vendor filters are sent too. Checks its input before returning the iterable.
   */
  conversations(query?: SourceQuery & OpenCxConversationFilters): AsyncIterable<OpenCxConversation>;
  /** One chat session by its id (a UUID); same as `getChatSession`. */
  conversation(id: string, options?: CallOptions): Promise<OpenCxConversation>;
  /**
   * A session's whole history (messages and events, see `normalizeHistoryItem`), filtered by
   * `since`/`until` while reading. Checks its input before returning the iterable.
   */
  messages(conversationId: string, query?: SourceQuery): AsyncIterable<OpenCxMessage>;
}

/** OpenCX has no leads: not callable (and throws `VendorUnsupportedError` if forced). */
export const leads: Unsupported = unsupported(VENDOR, 'leads');

/**
 * Chat sessions as conversations. `since`/`until` bound the creation time and are sent to OpenCX;
 * the vendor filters are sent too. Checks its input before returning the iterable.
 */
export function conversations(
  context: OpenCxContext,
  query: SourceQuery & OpenCxConversationFilters = {},
): AsyncIterable<OpenCxConversation> {
  // Everything is checked now, before the (lazy) iterable is returned.
  const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
  const check = argumentChecks(VENDOR, 'conversations');
  // Typed out of `OpenCxConversationFilters`, but plain JS could still pass them: refuse rather
  // than let them silently lose to since/until.
  for (const parameter of ['createdAfter', 'createdBefore'] as const) {
    if ((query as ChatSessionFilters)[parameter] !== undefined) {
      check.fail(parameter, 'absent: `since`/`until` bound the creation time');
    }
  }
  const { status, channelType, handedOff, updatedAfter, updatedBefore } = query;
  const sessionQuery = checkSessionFilters(check, {
    status,
    channelType,
    handedOff,
    updatedAfter,
    updatedBefore,
  });
  // `since` goes out 1 ms early: OpenCX does not say whether `created_after` is inclusive, and
  // a session created exactly at `since` belongs in the result. `applyQuery` re-checks every
  // record against [since, until), so the extra millisecond never shows.
  // https://docs.open.cx/api-reference/chat-sessions/list
  sessionQuery.created_after =
    resolved.since === undefined ? undefined : millisecondBefore(resolved.since);
  sessionQuery.created_before = resolved.until;
  return applyQuery(iterateSessions(context, sessionQuery, readingOf(resolved)), resolved);
}

/** One chat session by its id (a UUID); same as `getChatSession`. */
export function conversation(
  context: OpenCxContext,
  id: string,
  options?: CallOptions,
): Promise<OpenCxConversation> {
  return getChatSession(context, id, options);
}

/**
 * A session's whole history (messages and events, see `normalizeHistoryItem`), filtered by
 * `since`/`until` while reading. Checks its input before returning the iterable.
 */
export function messages(
  context: OpenCxContext,
  conversationId: string,
  query: SourceQuery = {},
): AsyncIterable<OpenCxMessage> {
  const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
  const check = argumentChecks(VENDOR, 'messages');
  const sessionId = checkSessionId(check, 'conversationId', conversationId);
  return applyQuery(iterateHistory(context, sessionId, readingOf(resolved)), resolved);
}

/**
 * How a `Source` listing reads ahead: as the query says (one page ahead on these cursor listings),
 * and nothing past its `limit`. The query's signal goes with every request.
 */
function readingOf({ prefetch, signal, limit }: ResolvedQuery): PrefetchOptions {
  return { prefetch, signal, wanted: limit };
}

// Not before the first millisecond of the year 0000: earlier instants print with a six-digit year.
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');

function millisecondBefore(utc: string): string {
  return new Date(Math.max(FIRST_INSTANT, Date.parse(utc) - 1)).toISOString();
}
