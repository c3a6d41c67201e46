import {
  type Conversation,
  type ConversationStatus,
  cleanString,
  compact,
  toUtcTimestamp,
} from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { type ChatSession, normalizeChatSession } from './conversation.js';
import { idOf, isObject } from './vendor.js';

/** `data` of `conversation.started`, as the spec types it. */
export type OpenCxWebhookStartedData = components['schemas']['WebhookConversationStartedData'];
/** One closed conversation of `conversation.closed` (all doc versions), as the spec types it. */
export type OpenCxWebhookClosedData = components['schemas']['WebhookConversationClosedData'];
/** One handoff of `conversation.handoff_to_human`, as the spec types it. */
export type OpenCxWebhookHandoffData = components['schemas']['WebhookHandoffData'];

/**
 * A conversation as a webhook event tells of it: core's `Conversation` (`raw` is the event's
 * `data`, or the one element of it that this conversation comes from), plus two facts of the
 * event that `Conversation` has no field for.
 *
 * Its `id` is `data.conversation_id` read as `getChatSession` reads a session's `id` (inferred:
 * the webhook's conversation is the REST chat session), and its contact as the session's contact
 * is read, so a conversation received by webhook and later read over REST is one record.
 */
export type OpenCxWebhookConversation<TRaw> = Conversation<TRaw> & {
  /** The AI-written summary the event carries (closed, handoff), as written. */
  summary?: string;
  /**
   * When the event happened: `data.timestamp` as UTC ISO 8601 with milliseconds; absent when it
   * is missing or not a date-time (inferred: ISO 8601; OpenCX does not state the format).
   */
  occurredAt?: string;
};

/** What a webhook `data` element says of its conversation, in `ChatSession` field names. */
interface SessionFacts {
  status: ConversationStatus;
  channel?: unknown;
  contact?: Record<string, unknown>;
  assigneeId?: unknown;
  language?: unknown;
  sentiment?: unknown;
  handedOff?: boolean;
  /** The event time is also when the conversation was created (started) or closed (closed). */
  timeIs?: 'createdAt' | 'closedAt';
}

/**
 * Builds the conversation of one webhook `data` element through `normalizeChatSession`, the REST
 * normalizer, fed a chat session made of the element's facts: the id, the contact (its id, the
 * verified-over-unverified rules), the channel, the sentiment mapping and the language are then
 * read exactly as `getChatSession` reads them. The session's own status and handoff reading are
 * replaced by what the event says.
 * Returns `undefined` when `conversation_id` is absent, null, blank or not an id: without it the
 * event cannot be tied to a session.
 * @throws VendorNormalizationError for an id integer past 2^53 − 1 (as the REST read would).
 */
function conversationOf<TRaw>(
  element: Record<string, unknown>,
  facts: SessionFacts,
  operation: string,
): OpenCxWebhookConversation<TRaw> | undefined {
  const id = idOf(element.conversation_id, 'conversation_id', operation);
  if (id === undefined) return undefined;
  // Only the fields the event has: the REST normalizer reads a partial session defensively (every
  // field but the id may be absent), which is why this partial object may stand for a ChatSession.
  const session = {
    id,
    channel: facts.channel === undefined ? undefined : { type: facts.channel },
    contact: facts.contact,
    assignee_id: facts.assigneeId,
    language: facts.language,
    sentiment: facts.sentiment,
  };
  const base = normalizeChatSession(session as unknown as ChatSession, operation);
  const occurredAt = toUtcTimestamp(element.timestamp);
  return compact({
    ...base,
    status: facts.status,
    // The event sends no session status: `vendorStatus` keeps only what OpenCX sent.
    vendorStatus: undefined,
    // The REST reading says `false` for a session without handoff details; an event says nothing
    // of a handoff unless it is one.
    handedOff: facts.handedOff,
    createdAt: facts.timeIs === 'createdAt' ? occurredAt : undefined,
    closedAt: facts.timeIs === 'closedAt' ? occurredAt : undefined,
    messageCount: countOf(element.message_count),
    summary: textOf(element.summary),
    occurredAt,
    raw: element as TRaw,
  });
}

/** The conversation of `conversation.started`. @internal */
export function startedConversation(
  data: Record<string, unknown>,
  operation: string,
): OpenCxWebhookConversation<OpenCxWebhookStartedData> | undefined {
  const contact = recordOf(data.contact);
  // The started event puts the contact's email and phone under `enriched_data`.
  const enriched = recordOf(contact?.enriched_data);
  const assignee = recordOf(data.assignee);
  return conversationOf(
    data,
    {
      status: 'open',
      channel: data.channel,
      contact: contact && {
        id: contact.id,
        name: contact.name,
        email: enriched?.email,
        phone_number: enriched?.phone_number,
      },
      // A human assignee has a string id; the AI has none (REST's numeric 555 stands for it).
      assigneeId: assignee?.id,
      language: data.language,
      timeIs: 'createdAt',
    },
    operation,
  );
}

/** The conversation of one element of `conversation.closed`. @internal */
export function closedConversation(
  element: Record<string, unknown>,
  operation: string,
): OpenCxWebhookConversation<OpenCxWebhookClosedData> | undefined {
  const contact = recordOf(element.contact);
  // The newest docs send the contact's id twice (`contact_id`, `contact.id`): the object's wins,
  // the flat one stands in when the object has none. `customer_id` (2024-08-01) is not used: that
  // it is the contact's id is only inferred.
  const contactId = cleanString(contact?.id) === undefined ? element.contact_id : contact?.id;
  const sessionContact =
    contact === undefined && contactId === undefined
      ? undefined
      : {
          id: contactId,
          name: contact?.name,
          email: contact?.email,
          phone_number: contact?.phone_number,
        };
  return conversationOf(
    element,
    {
      status: 'closed',
      contact: sessionContact,
      language: element.language,
      sentiment: element.user_sentiment,
      timeIs: 'closedAt',
    },
    operation,
  );
}

/** The conversation of one element of `conversation.handoff_to_human`. @internal */
export function handoffConversation(
  element: Record<string, unknown>,
  operation: string,
): OpenCxWebhookConversation<OpenCxWebhookHandoffData> | undefined {
  // No contact: the event has only `customer_id`, which is probably, not certainly, the contact.
  return conversationOf(
    element,
    {
      // The event does not say whether the conversation is still open, and deliveries may arrive
      // out of order (ordering is not documented): 'open' could overwrite a later close.
      status: 'unknown',
      language: element.language,
      sentiment: element.user_sentiment,
      handedOff: true,
    },
    operation,
  );
}

/** A JSON object's members, or `undefined` for anything else. */
function recordOf(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) ? (value as Record<string, unknown>) : undefined;
}

/** A count: an integer ≥ 0 (anything else is read as absent, as the REST reads do). */
function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** Text kept as written (line breaks, indentation); only blank text is absent. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
