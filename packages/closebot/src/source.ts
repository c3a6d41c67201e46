import {
  applyQuery,
  argumentChecks,
  type Capabilities,
  type PrefetchOptions,
  type ResolvedQuery,
  resolveQuery,
  type SourceQuery,
} from '@botbridge/core';
import type { CloseBotContext } from './context.js';
import {
  type CloseBotConversation,
  type CloseBotLead,
  normalizeLead,
  normalizeLeadConversation,
} from './normalize/lead.js';
import type { CloseBotMessage } from './normalize/message.js';
import { VENDOR } from './normalize/vendor.js';
import { allLeads, getLeadDto } from './resources/leads.js';
import { EPOCH, messagesInWindow } from './resources/messages.js';

/**
 * What CloseBot offers behind `Source`:
 * - leads: GET /lead lists every lead, with no time filter, so `since`/`until` apply on the client
 *   to the lead's last activity (`updatedAt`; leads carry no creation time).
 * - conversations: CloseBot has no conversation object; a lead is its conversation thread, so this
 *   is the same GET /lead listing seen as conversations, filtered the same way.
 * - conversation(id): GET /lead/{leadId}.
 * - messages: GET /botMetric/messages takes a `start`/`end` window, so the server filters.
 */
export const CAPABILITIES = {
  /** `leads()` is offered; GET /lead has no time filter, so bounds apply after reading. */
  leads: {
    /** Applied by botbridge to each lead's last activity (`updatedAt`). */
    since: 'client',
    /** Applied by botbridge to each lead's last activity (`updatedAt`). */
    until: 'client',
  },
  /** `conversations()` is offered: the GET /lead listing again, one conversation per lead. */
  conversations: {
    /** Applied by botbridge to each conversation's last message time (`updatedAt`). */
    since: 'client',
    /** Applied by botbridge to each conversation's last message time (`updatedAt`). */
    until: 'client',
  },
  /** `conversation(id)` is offered: the lead of that id (GET /lead/{leadId}) as its thread. */
  conversation: true,
  /** `messages()` is offered; CloseBot filters by time itself. */
  messages: {
    /** Sent to CloseBot as the window's `start`. */
    since: 'server',
    /** Sent to CloseBot as the window's `end`. */
    until: 'server',
  },
} as const satisfies Capabilities;

/** Vendor filters of `leads()`, sent to GET /lead. */
export interface CloseBotLeadFilters {
  /** Only leads of this source (connected CRM sub-account). */
  sourceId?: string;
}

/** Vendor filters of `conversations()`, sent to GET /lead. */
export interface CloseBotConversationFilters {
  /** Only conversations (leads) of this source (connected CRM sub-account). */
  sourceId?: string;
}

/** The `Source` view of CloseBot: leads, conversations and messages in the botbridge model. */
export interface CloseBotSourceView {
  /**
   * Every lead (GET /lead, page by page, `prefetch` pages at once once the total is known);
   * `since`/`until` compare the last activity.
   */
  leads(query?: SourceQuery & CloseBotLeadFilters): AsyncIterable<CloseBotLead>;
  /** Every lead seen as its conversation thread (the same GET /lead listing). */
  conversations(
    query?: SourceQuery & CloseBotConversationFilters,
  ): AsyncIterable<CloseBotConversation>;
  /** One lead seen as its conversation thread (GET /lead/{leadId}). */
  conversation(id: string, options?: { signal?: AbortSignal }): Promise<CloseBotConversation>;
  /**
   * Every message of a lead's conversation, oldest first, read window by window (one window ahead
   * with any `prefetch` above 0: each window depends on the answer before it).
   */
  messages(conversationId: string, query?: SourceQuery): AsyncIterable<CloseBotMessage>;
}

/** How a `Source` listing reads ahead: as the query says, and nothing past its `limit`. */
function readingOf({ prefetch, signal, limit }: ResolvedQuery): PrefetchOptions {
  return { prefetch, signal, wanted: limit };
}

export function leads(
  context: CloseBotContext,
  query?: SourceQuery & CloseBotLeadFilters,
): AsyncIterable<CloseBotLead> {
  const resolved = resolveQuery(VENDOR, 'leads', query, CAPABILITIES.leads);
  const sourceId = argumentChecks(VENDOR, 'leads').string('sourceId', query?.sourceId);
  return applyQuery(allLeads(context, sourceId, readingOf(resolved), normalizeLead), resolved);
}

export function conversations(
  context: CloseBotContext,
  query?: SourceQuery & CloseBotConversationFilters,
): AsyncIterable<CloseBotConversation> {
  const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
  const sourceId = argumentChecks(VENDOR, 'conversations').string('sourceId', query?.sourceId);
  return applyQuery(
    allLeads(context, sourceId, readingOf(resolved), normalizeLeadConversation),
    resolved,
  );
}

export async function conversation(
  context: CloseBotContext,
  id: string,
  options: { signal?: AbortSignal } = {},
): Promise<CloseBotConversation> {
  const leadId = argumentChecks(VENDOR, 'conversation').id('id', id);
  return normalizeLeadConversation(await getLeadDto(context, leadId, { signal: options.signal }));
}

export function messages(
  context: CloseBotContext,
  conversationId: string,
  query?: SourceQuery,
): AsyncIterable<CloseBotMessage> {
  const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
  const leadId = argumentChecks(VENDOR, 'messages').id('conversationId', conversationId);
  // No bound means everything: from the Unix epoch (CloseBot has no earlier messages) to now.
  // An earlier `since` (a year written as `0050`) starts there too, so no window is split over
  // centuries that cannot hold a message.
  const start = Math.max(EPOCH, resolved.since === undefined ? EPOCH : Date.parse(resolved.since));
  const end = resolved.until === undefined ? Date.now() : Date.parse(resolved.until);
  return applyQuery(messagesInWindow(context, leadId, start, end, readingOf(resolved)), resolved);
}
