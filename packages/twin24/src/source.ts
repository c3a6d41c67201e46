// The `Source` view of Twin: the chat service's sessions as conversations and their messages.
import {
  applyQuery,
  argumentChecks,
  type Capabilities,
  type PrefetchOptions,
  type ResolvedQuery,
  resolveQuery,
  type SourceQuery,
  type Unsupported,
} from '@botbridge/core';
import { checkSessionId } from './checks.js';
import type { Twin24Context } from './context.js';
import type { TwinMessage } from './normalize/message.js';
import type { TwinSessionConversation } from './normalize/session.js';
import { VENDOR } from './normalize/vendor.js';
import {
  checkMessageFilters,
  pageMessages,
  type Twin24MessageFilters,
} from './resources/messages.js';
import {
  checkSessionFilters,
  fetchSession,
  pageSessions,
  type Twin24ConversationFilters,
} from './resources/sessions.js';

/**
 * What the Twin `Source` offers.
 * - leads: `false`. Twin's chat API has no leads or contact captures.
 * - conversations: the chat service's session list (GET /sessions) takes `from`/`to`, so both
 *   bounds go to the server. Which session timestamp Twin compares is undocumented; the records
 *   are re-checked on `createdAt` (the session's `startedAt`) by `applyQuery`, so a window over a
 *   different timestamp on Twin's side can only drop sessions, never add ones outside the window.
 *   https://developers.twin24.ai/reference/operatorchatsessionlist
 * - conversation: GET /sessions/{id}.
 * - messages: GET /sessions/{id}/messages takes `from`/`to` on the message time (re-checked too).
 */
export const CAPABILITIES = {
  /** Twin's chat API has no leads: `leads()` throws `VendorUnsupportedError`. */
  leads: false,
  /** `conversations()` is offered: the chat service's sessions (GET /sessions). */
  conversations: {
    /** Sent as Twin's `from`, then re-checked on each session's `createdAt` (its start). */
    since: 'server',
    /** Sent as Twin's `to`, then re-checked on each session's `createdAt` (its start). */
    until: 'server',
  },
  /** `conversation(id)` is offered: one session (GET /sessions/{id}). */
  conversation: true,
  /** `messages()` is offered: a session's messages (GET /sessions/{id}/messages). */
  messages: {
    /** Sent as Twin's `from`, then re-checked on each message's `createdAt`. */
    since: 'server',
    /** Sent as Twin's `to`, then re-checked on each message's `createdAt`. */
    until: 'server',
  },
} as const satisfies Capabilities;

/** The query of `conversations()`: the window and limit, plus Twin's session filters. */
export type Twin24ConversationQuery = SourceQuery & Twin24ConversationFilters;
/** The query of `messages()`: the window and limit, plus Twin's message filters. */
export type Twin24MessageQuery = SourceQuery & Twin24MessageFilters;

/** The `Source` members of the Twin client. */
export interface Twin24SourceView {
  /** Not available: Twin's API has no leads (see `CAPABILITIES`). */
  leads: Unsupported;
  /**
   * The chat service's sessions as conversations (`Source`), oldest first; `since`/`until` are
   * sent as Twin's `from`/`to` and re-checked on `createdAt` (the session start).
   */
  conversations(query?: Twin24ConversationQuery): AsyncIterable<TwinSessionConversation>;
  /** One session as a conversation (`Source`). */
  conversation(id: string, options?: { signal?: AbortSignal }): Promise<TwinSessionConversation>;
  /** The messages of one session, oldest first (`Source`); `since`/`until` go to Twin as `from`/`to`. */
  messages(conversationId: string, query?: Twin24MessageQuery): AsyncIterable<TwinMessage>;
}

/**
 * How a `Source` listing reads ahead: as the query says (with Twin's `count`, up to `prefetch`
 * pages at once), and nothing past its `limit`. The query's signal goes with every request.
 */
function readingOf({ prefetch, signal, limit }: ResolvedQuery): PrefetchOptions {
  return { prefetch, signal, wanted: limit };
}

export function conversations(
  context: Twin24Context,
  query: Twin24ConversationQuery = {},
): AsyncIterable<TwinSessionConversation> {
  const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
  const filters = checkSessionFilters(argumentChecks(VENDOR, 'conversations'), query);
  const limit = context.pageSizes.conversations;
  // Oldest first: offset paging then stays put while new sessions start during the read.
  const sessions = pageSessions(
    context,
    { ...filters, from: resolved.since, to: resolved.until, sort: 'startedAt', limit },
    readingOf(resolved),
  );
  return applyQuery(sessions, resolved);
}

export async function conversation(
  context: Twin24Context,
  id: string,
  options: { signal?: AbortSignal } = {},
): Promise<TwinSessionConversation> {
  const sessionId = checkSessionId(argumentChecks(VENDOR, 'conversation'), 'id', id);
  return fetchSession(context, sessionId, { signal: options.signal });
}

export function messages(
  context: Twin24Context,
  conversationId: string,
  query: Twin24MessageQuery = {},
): AsyncIterable<TwinMessage> {
  const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
  const check = argumentChecks(VENDOR, 'messages');
  const id = checkSessionId(check, 'conversationId', conversationId);
  const filters = checkMessageFilters(check, query);
  const limit = context.pageSizes.messages;
  const listed = pageMessages(
    context,
    id,
    { ...filters, from: resolved.since, to: resolved.until, sort: 'createdAt', limit },
    readingOf(resolved),
  );
  return applyQuery(listed, resolved);
}
