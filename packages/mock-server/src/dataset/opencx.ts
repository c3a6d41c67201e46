/**
 * The OpenCX dataset: chat sessions with their history (messages and session events) and the
 * contacts they belong to, served through the read operations of `specs/opencx/openapi.yaml`
 * (`listChatSessions`, `filterChatSessions`, `getChatSession`, `listChatHistory`, `listContacts`).
 * The spec has no write operations.
 */
import { createRandom, instants, person, type Random } from './random.js';
import type { DatasetOptions, DatasetRequest, DatasetResponse, VendorDataset } from './types.js';

/**
 * Items per page of the cursor listings (sessions, history, contacts). OpenCX neither documents the
 * size nor offers a page-size parameter (spec: `listChatSessions`, "Paging (cursor)"), so this
 * is our choice: small enough that a modest dataset spans several pages.
 */
export const OPENCX_CURSOR_PAGE_SIZE = 20;

/** Default `limit` of `filterChatSessions` (spec: `ChatSessionFilterLimit`). */
export const OPENCX_FILTER_DEFAULT_LIMIT = 25;

/** Largest `limit` of `filterChatSessions` (spec: `ChatSessionFilterLimit.maximum`). */
export const OPENCX_FILTER_MAX_LIMIT = 100;

/** Channel kinds of the spec's `ChannelType`. */
export type OpenCxChannelType =
  | 'web'
  | 'email'
  | 'phone_voice'
  | 'slack'
  | 'sms'
  | 'whatsapp'
  | 'instagram'
  | 'messenger'
  | 'api'
  | 'web_voice';

/** The spec's `SessionStatus`. */
export type OpenCxSessionStatus = 'open' | 'closed_resolved' | 'closed_unresolved';

/** The spec's `Sentiment`. */
export type OpenCxSentiment = 'angry' | 'happy' | 'neutral';

/** The spec's `AiClosureType`. */
export type OpenCxAiClosureType = 'assumed_resolved' | 'handed_off' | 'resolved';

/** Flat custom data: string, number or boolean values. */
export type OpenCxCustomData = Readonly<Record<string, string | number | boolean>>;

/** A contact as `listContacts` returns it (the spec's `Contact`); timestamps are ISO 8601 UTC. */
export interface OpenCxContact {
  readonly id: string;
  readonly email: string | null;
  readonly phone_number: string | null;
  readonly name: string | null;
  readonly custom_data: OpenCxCustomData | null;
  /** The creation time of the contact's first session. */
  readonly created_at: string;
  /** The latest `updated_at` of the contact's sessions. */
  readonly updated_at: string;
}

/**
 * The contact embedded in a session (the spec's `SessionContact`): the fields of the matching
 * `OpenCxContact` without its timestamps, plus the `non_verified_*` fields for unverified contacts.
 */
export interface OpenCxSessionContact {
  readonly id: string;
  readonly email: string | null;
  readonly phone_number: string | null;
  readonly name: string | null;
  readonly custom_data: OpenCxCustomData | null;
  readonly non_verified_name?: string | null;
  readonly non_verified_email?: string | null;
  readonly non_verified_custom_data?: OpenCxCustomData | null;
}

/** A chat session (the spec's `ChatSession`); timestamps are ISO 8601 UTC with milliseconds. */
export interface OpenCxChatSession {
  /** A lower-case UUID. */
  readonly id: string;
  readonly status: OpenCxSessionStatus;
  readonly ai_closure_type: OpenCxAiClosureType | null;
  readonly sentiment: OpenCxSentiment | null;
  readonly channel: { readonly type: OpenCxChannelType };
  readonly ticket_number: number;
  readonly assist_mode: boolean;
  /** The time of the first history item (or of the empty session's creation). */
  readonly created_at: string;
  /** The time of the last history item (`created_at` for a session without history). */
  readonly updated_at: string;
  readonly contact: OpenCxSessionContact;
  readonly language: string;
  /** A human agent's id as a string, or the AI agent's numeric id 555. */
  readonly assignee_id?: string | number;
  readonly custom_data?: OpenCxCustomData;
  readonly team?: { readonly id: string; readonly name: string; readonly description: string };
  /** Present exactly on the sessions that were handed off to a human. */
  readonly handoff?: { readonly summary: string; readonly sentiment?: OpenCxSentiment };
  readonly ticketing_system?: {
    readonly name: string;
    readonly external_id: string;
    readonly id_type: string;
  };
}

/** A file attached to a history event (the spec's `ChatHistoryAttachment`). */
export interface OpenCxAttachment {
  readonly id: string;
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** MIME type. */
  readonly type: string;
  readonly url: string;
}

/** One entry of a session's timeline (the spec's `ChatHistoryItem`): a message or an event. */
export interface OpenCxHistoryItem {
  /** A lower-case UUID. */
  readonly id: string;
  readonly created_at: string;
  readonly event: {
    /**
     * `message`, `handoff`, `human_agent_joined`, `human_agent_takeover`, `ai_resolved_issue` or
     * `status_changed`.
     */
    readonly type: string;
    /** `contact`, `ai` or `human_agent`. */
    readonly sender: { readonly type: string; readonly name: string | null };
    readonly content?: { readonly type: 'text'; readonly text: string | null };
    readonly attachments: readonly OpenCxAttachment[];
    readonly context: Readonly<Record<string, unknown>>;
  };
}

/** The OpenCX dataset: answers the spec's operations and exposes its records read-only. */
export interface OpenCxDataset extends VendorDataset {
  /** `records` sessions in generation order: oldest `created_at` first. */
  readonly sessions: readonly OpenCxChatSession[];
  /**
   * The contacts the sessions reference, in the order of their first session (oldest first).
   * Sessions share contacts, so there are `ceil(records * 3 / 4)` of them (`records` when ≤ 1);
   * each is referenced by at least one session.
   */
  readonly contacts: readonly OpenCxContact[];
  /**
   * A session's history, oldest first (`[]` for an unknown id). The oldest session has `records`
   * items, every other one 0–8.
   */
  historyOf(sessionId: string): readonly OpenCxHistoryItem[];
}

const CHANNEL_TYPES: readonly OpenCxChannelType[] = [
  'web',
  'email',
  'phone_voice',
  'slack',
  'sms',
  'whatsapp',
  'instagram',
  'messenger',
  'api',
  'web_voice',
];
const STATUSES: readonly OpenCxSessionStatus[] = ['open', 'closed_resolved', 'closed_unresolved'];
const SENTIMENTS: readonly OpenCxSentiment[] = ['angry', 'happy', 'neutral'];
const SORT_BY = ['last_message_at', 'created_at'] as const;
const SORT_ORDER = ['asc', 'desc'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The AI agent: OpenCX's widget code uses the numeric assignee id 555 for it (spec: `assignee_id`).
const AI_ASSIGNEE_ID = 555;
const AI_NAME = 'Aria';

// Human agents; their ids go out as strings, the type the API docs give `assignee_id`.
const AGENTS = [
  { id: '4187', name: 'Priya Raman' },
  { id: '5023', name: 'Jonas Berg' },
  { id: '6110', name: 'Elena Petrova' },
  { id: '7342', name: 'Kenji Sato' },
] as const;

const TEAMS = [
  { name: 'Billing', description: 'Charges, refunds and plan changes' },
  { name: 'Technical Support', description: 'Bugs, crashes and account access' },
  { name: 'Logistics', description: 'Shipping, delivery and returns' },
] as const;

// Only `dynamics365` / `conversation_id` are shown by the docs; the others are the integrations the
// spec's `TicketingSystem` names, with the id kinds a third-party client lists.
const TICKETING = [
  { name: 'zendesk', id_type: 'ticket_id' },
  { name: 'intercom', id_type: 'conversation_id' },
  { name: 'salesforce', id_type: 'case_id' },
  { name: 'dynamics365', id_type: 'conversation_id' },
] as const;

const LANGUAGES = ['en', 'en', 'en', 'de', 'es', 'fr', 'pt'] as const;

const CONTACT_LINES = [
  'Hi, I think I was charged twice this month.',
  'My parcel has not arrived yet, can you check?',
  'How do I reset my password?',
  'Can we move our team to the yearly plan?',
  'The app closes whenever I upload a picture.',
  'Do you deliver to Canada?',
  'Thanks, that answers it.',
  'That did not work, same problem.',
  'Could a person look at this, please?',
] as const;
const AI_LINES = [
  'Glad to help. What is your order number?',
  'I sent a reset link to the address on your account.',
  'You can switch plans under Settings, then Billing.',
  'Sorry about that, let me look into it.',
  'We do, delivery takes about a week.',
  'Anything else I can do for you today?',
] as const;
const AGENT_LINES = [
  'Hello, I am picking this up from our assistant.',
  'The duplicate charge is refunded; it shows within five days.',
  'I passed this to our engineers and will follow up by email.',
  'All set, your plan is changed.',
  'Could you tell me which device you are using?',
] as const;
const HANDOFF_SUMMARIES = [
  'Contact sees a duplicate charge and wants it refunded.',
  'Delivery is late and the contact wants a date.',
  'The app crashes on upload; needs an engineer.',
  'Contact wants to change plans in the middle of a billing cycle.',
] as const;
const ATTACHMENTS = [
  { name: 'screenshot.png', type: 'image/png' },
  { name: 'invoice.pdf', type: 'application/pdf' },
  { name: 'photo.jpg', type: 'image/jpeg' },
] as const;

/** How a session went; decides its status fields and the events in its history. */
type Outcome =
  | 'empty'
  | 'ai_open'
  | 'ai_resolved'
  | 'ai_assumed'
  | 'handoff_open'
  | 'handoff_closed';

// The fewest history items each outcome needs (its events plus at least one contact message).
const OUTCOMES: readonly { outcome: Outcome; minItems: number; weight: number }[] = [
  { outcome: 'ai_open', minItems: 1, weight: 2 },
  { outcome: 'ai_resolved', minItems: 2, weight: 3 },
  { outcome: 'ai_assumed', minItems: 2, weight: 2 },
  { outcome: 'handoff_open', minItems: 3, weight: 1 },
  { outcome: 'handoff_closed', minItems: 4, weight: 2 },
];

type ContactKind = 'verified' | 'phone' | 'anonymous';

interface Row {
  session: OpenCxChatSession;
  history: OpenCxHistoryItem[];
  createdMs: number;
  updatedMs: number;
  /** The last `message` item's time, else `createdMs` (the filter's `last_message_at`). */
  lastMessageMs: number;
}

interface ContactRow {
  contact: OpenCxContact;
  createdMs: number;
  updatedMs: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

function weighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let at = random.next() * total;
  for (const item of items) {
    at -= item.weight;
    if (at < 0) return item;
  }
  return items[items.length - 1] as T;
}

/**
 * Which contact (by index of introduction) each session belongs to. The spec's examples show one
 * contact in several sessions, so contacts are shared: the first session and `contacts - 1`
 * seeded others introduce a new contact, the rest reuse one introduced earlier. Every contact is
 * therefore referenced, and contacts are introduced oldest first.
 */
function planContacts(random: Random, sessions: number, contacts: number): number[] {
  const others = Array.from({ length: Math.max(0, sessions - 1) }, (_, i) => i + 1);
  for (let i = others.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [others[i], others[j]] = [others[j] as number, others[i] as number];
  }
  const introducing = new Set(others.slice(0, contacts - 1));
  const owners: number[] = [];
  let introduced = 0;
  for (let i = 0; i < sessions; i++) {
    owners.push(i === 0 || introducing.has(i) ? introduced++ : random.int(0, introduced - 1));
  }
  return owners;
}

interface ContactDraft {
  kind: ContactKind;
  embedded: OpenCxSessionContact;
  /** The name a history message of the contact is signed with. */
  senderName: string | null;
}

function draftContact(random: Random): ContactDraft {
  const id = random.uuid();
  const who = person(random);
  const fullName = `${who.first} ${who.last}`;
  const roll = random.next();
  if (roll < 0.6) {
    const custom = random.pick<OpenCxCustomData>([
      {},
      { plan: 'pro', seats: random.int(2, 40) },
      { tier: 'gold' },
      { plan: 'starter', beta_tester: true },
    ]);
    return {
      kind: 'verified',
      embedded: {
        id,
        email: who.email,
        phone_number: random.chance(0.6) ? who.phone : null,
        name: fullName,
        custom_data: custom,
      },
      senderName: fullName,
    };
  }
  if (roll < 0.75) {
    return {
      kind: 'phone',
      embedded: { id, email: null, phone_number: who.phone, name: null, custom_data: {} },
      senderName: null,
    };
  }
  // An unverified visitor: what they typed goes to `non_verified_*`, never to the verified fields
  // (spec: `SessionContact`).
  return {
    kind: 'anonymous',
    embedded: {
      id,
      email: null,
      phone_number: null,
      name: null,
      custom_data: null,
      non_verified_name: fullName,
      non_verified_email: random.chance(0.7) ? who.email : null,
      non_verified_custom_data: random.chance(0.5)
        ? { order_id: `ORD-${random.int(10000, 99999)}` }
        : null,
    },
    senderName: fullName,
  };
}

function channelFor(random: Random, kind: ContactKind): OpenCxChannelType {
  if (kind === 'phone') return random.pick<OpenCxChannelType>(['whatsapp', 'sms', 'phone_voice']);
  if (kind === 'anonymous') {
    return random.pick<OpenCxChannelType>(['web', 'web', 'web_voice', 'instagram', 'messenger']);
  }
  return random.pick<OpenCxChannelType>(['web', 'web', 'email', 'slack', 'whatsapp', 'api']);
}

type Speaker = 'contact' | 'ai' | 'human_agent';

/** One session and its history, generated from its own random stream. */
function generateSession(
  random: Random,
  createdMs: number,
  itemCount: number,
  ticketNumber: number,
  contact: ContactDraft,
  teams: readonly { id: string; name: string; description: string }[],
): Row {
  const id = random.uuid();
  const outcome: Outcome =
    itemCount === 0
      ? 'empty'
      : weighted(
          random,
          OUTCOMES.filter((o) => o.minItems <= itemCount),
        ).outcome;
  const handedOff = outcome === 'handoff_open' || outcome === 'handoff_closed';
  const agent = random.pick(AGENTS);
  const assistMode = random.chance(0.1);
  const ticketing = handedOff && random.chance(0.6) ? random.pick(TICKETING) : undefined;

  // The timeline: its first item opens the session, the others follow 2 s – 3 min apart.
  let at = createdMs;
  const history: OpenCxHistoryItem[] = [];
  const push = (
    type: string,
    speaker: Speaker,
    text: string | null | undefined,
    context: Record<string, unknown> = {},
  ) => {
    if (history.length > 0) at += random.int(2_000, 180_000);
    const attachments: OpenCxAttachment[] = [];
    if (type === 'message' && speaker === 'contact' && random.chance(0.08)) {
      const file = random.pick(ATTACHMENTS);
      const fileId = `att_${random.hex(8)}`;
      attachments.push({
        id: fileId,
        name: file.name,
        size: random.int(1_000, 900_000),
        type: file.type,
        url: `https://files.example.com/opencx/${fileId}/${file.name}`,
      });
    }
    const name =
      speaker === 'contact' ? contact.senderName : speaker === 'ai' ? AI_NAME : agent.name;
    history.push({
      id: random.uuid(),
      created_at: iso(at),
      event: {
        type,
        sender: { type: speaker, name },
        // `content` is left out where the spec's examples leave it out (an agent joining).
        ...(text === undefined ? {} : { content: { type: 'text' as const, text } }),
        attachments,
        context,
      },
    });
  };
  const conversation = (count: number, other: 'ai' | 'human_agent', contactFirst: boolean) => {
    for (let k = 0; k < count; k++) {
      const speaker: Speaker = (k % 2 === 0) === contactFirst ? 'contact' : other;
      const lines =
        speaker === 'contact' ? CONTACT_LINES : speaker === 'ai' ? AI_LINES : AGENT_LINES;
      push('message', speaker, random.pick(lines));
    }
  };

  let status: OpenCxSessionStatus = 'open';
  let closure: OpenCxAiClosureType | null = null;
  switch (outcome) {
    case 'empty':
      break;
    case 'ai_open':
      conversation(itemCount, 'ai', true);
      break;
    case 'ai_resolved':
      conversation(itemCount - 1, 'ai', true);
      push('ai_resolved_issue', 'ai', null);
      status = 'closed_resolved';
      closure = 'resolved';
      break;
    case 'ai_assumed':
      // The contact went quiet after an answer and the AI closed the session as resolved.
      conversation(itemCount - 1, 'ai', true);
      status = 'closed_resolved';
      closure = 'assumed_resolved';
      push('status_changed', 'ai', null, { from: 'open', to: status });
      break;
    case 'handoff_open':
    case 'handoff_closed': {
      const closing = outcome === 'handoff_closed' ? 1 : 0;
      const before = Math.max(1, Math.floor((itemCount - 2 - closing) / 2));
      const after = itemCount - 2 - closing - before;
      conversation(before, 'ai', true);
      push('handoff', 'ai', null, ticketing ? { integration: { type: ticketing.name } } : {});
      // In assist mode the human takes the conversation over from the AI instead of joining it.
      push(assistMode ? 'human_agent_takeover' : 'human_agent_joined', 'human_agent', undefined, {
        human_agent_id: Number(agent.id),
      });
      conversation(after, 'human_agent', false);
      if (closing) {
        status = random.chance(0.5) ? 'closed_resolved' : 'closed_unresolved';
        closure = 'handed_off';
        push('status_changed', 'human_agent', null, { from: 'open', to: status });
      }
      break;
    }
  }

  const sentiment: OpenCxSentiment | null =
    outcome === 'empty' || (status === 'open' && random.chance(0.4))
      ? null
      : handedOff
        ? random.pick<OpenCxSentiment>(['angry', 'angry', 'neutral'])
        : random.pick<OpenCxSentiment>(['happy', 'happy', 'neutral', 'angry']);
  const team =
    random.chance(handedOff ? 0.8 : 0.3) && teams.length > 0 ? random.pick(teams) : undefined;
  const customData = random.pick<OpenCxCustomData | undefined>([
    undefined,
    {},
    { page_url: 'https://shop.example.com/checkout', returning_visitor: random.chance(0.5) },
    { order_id: `ORD-${random.int(10000, 99999)}`, cart_value: random.int(500, 50000) / 100 },
  ]);
  const last = history[history.length - 1];
  const updatedMs = last ? Date.parse(last.created_at) : createdMs;
  let lastMessage: OpenCxHistoryItem | undefined;
  for (const item of history) if (item.event.type === 'message') lastMessage = item;

  const session: OpenCxChatSession = {
    id,
    status,
    ai_closure_type: closure,
    sentiment,
    channel: { type: channelFor(random, contact.kind) },
    ticket_number: ticketNumber,
    assist_mode: assistMode,
    created_at: iso(createdMs),
    updated_at: iso(updatedMs),
    contact: contact.embedded,
    language: random.pick(LANGUAGES),
    ...(handedOff
      ? { assignee_id: agent.id }
      : random.chance(0.7)
        ? { assignee_id: AI_ASSIGNEE_ID }
        : {}),
    ...(customData === undefined ? {} : { custom_data: customData }),
    ...(team ? { team } : {}),
    ...(handedOff
      ? {
          handoff: {
            summary: random.pick(HANDOFF_SUMMARIES),
            ...(sentiment === null ? {} : { sentiment }),
          },
        }
      : {}),
    ...(ticketing
      ? {
          ticketing_system: {
            name: ticketing.name,
            external_id: String(random.int(10000, 999999)),
            id_type: ticketing.id_type,
          },
        }
      : {}),
  };
  return {
    session,
    history,
    createdMs,
    updatedMs,
    lastMessageMs: lastMessage ? Date.parse(lastMessage.created_at) : createdMs,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A position in a listing: the sort time and the id of the last item served. */
interface Key {
  t: number;
  id: string;
}

const compareKeys = (a: Key, b: Key) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type CursorKind = 'chat_sessions' | 'history' | 'contacts';

/**
 * Cursors are opaque to clients; like the ones in the spec's examples they are base64url JSON of
 * the last item served (its id and time), which makes paging a keyset walk: stable across pages
 * and deterministic. The kind (and for history, the session) is part of the cursor, so a cursor of
 * one listing passed to another is rejected instead of silently skipping records.
 */
function encodeCursor(kind: CursorKind, key: Key, sessionId?: string): string {
  const payload =
    kind === 'history'
      ? { kind, session_id: sessionId, id: key.id, created_at: iso(key.t) }
      : { kind, id: key.id, created_at: iso(key.t) };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The position a cursor stands for, or `undefined` for anything we did not issue. */
function decodeCursor(raw: string, kind: CursorKind, sessionId?: string): Key | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, created_at } = parsed as Record<string, unknown>;
  if (typeof id !== 'string' || typeof created_at !== 'string') return undefined;
  const t = Date.parse(created_at);
  if (!Number.isFinite(t)) return undefined;
  const key = { t, id };
  // Re-encoding must give back the very same text: this refuses extra or missing fields, another
  // kind or session, and non-canonical times in one check.
  return encodeCursor(kind, key, sessionId) === raw ? key : undefined;
}

/** One cursor page of `rows` (sorted by `keyOf`), after the position `after`. */
function cursorPage<T>(
  rows: readonly T[],
  keyOf: (row: T) => Key,
  after: Key | undefined,
  encode: (key: Key) => string,
): { items: T[]; next: string | null } {
  const start =
    after === undefined ? 0 : rows.findIndex((row) => compareKeys(keyOf(row), after) > 0);
  if (start < 0) return { items: [], next: null };
  const items = rows.slice(start, start + OPENCX_CURSOR_PAGE_SIZE);
  const last = items[items.length - 1];
  // `next` is null on the last page, including a full one: we know it is the last (spec: "next is
  // null on the last page, which is the only end signal").
  const more = start + items.length < rows.length;
  return { items, next: more && last !== undefined ? encode(keyOf(last)) : null };
}

/** The spec's `ErrorResponse`, used by OpenCX for every error status. */
function errorResponse(status: number, message: string | string[], error: string) {
  return { status, body: { statusCode: status, message, error } };
}

/** The operations this dataset answers: every operation of the spec (all reads). */
const OPERATIONS = new Set([
  'listChatSessions',
  'filterChatSessions',
  'getChatSession',
  'listChatHistory',
  'listContacts',
]);

const UNAUTHORIZED = errorResponse(401, 'Unauthorized', 'Unauthorized');
const SESSION_NOT_FOUND = errorResponse(404, 'Chat session not found', 'Not Found');
// The cursor operations declare no 400 response (only 401, 403, 429, 500, and 404 for history), so
// a cursor we did not issue gets the common error body as a 500, the only declared status that
// fits a request the server cannot serve. (Were a 400 added to the spec, it would belong here.)
const INVALID_CURSOR = errorResponse(500, 'Invalid cursor', 'Internal Server Error');

/**
 * A time-window bound of the query, in epoch ms: `undefined` when absent, `NaN` when unreadable (a
 * request the spec's validation refuses first; `NaN` then matches nothing).
 */
function bound(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  return value === null ? undefined : Date.parse(value.toUpperCase());
}

/**
 * OpenCX does not say whether its `*_after` / `*_before` bounds are inclusive (spec:
 * `CreatedAfter` and siblings). We read the words literally: strictly after, strictly before. The
 * client sends `created_after` 1 ms early for an inclusive `since` and `until` as an exclusive
 * `created_before`, which is exactly [since, until) under this reading.
 */
function inWindow(ms: number, after: number | undefined, before: number | undefined): boolean {
  return (after === undefined || ms > after) && (before === undefined || ms < before);
}

type FilterField = {
  /** Allowed values, when the field is an enum of the spec. */
  values?: readonly string[];
  of: (session: OpenCxChatSession) => string | null | undefined;
};

/**
 * The keys of `filterChatSessions`' `filters` we apply. The vendor publishes only the kinds of
 * criteria, not their keys or shapes (spec: `ChatSessionFilterRequest.filters`): `channels` and
 * `status` are the keys of the spec's own example, the others are named after the listed kinds.
 * Each takes an array of values and matches a session whose field equals one of them; an empty
 * array does not restrict. Other keys (tags, custom data, date range …) are ignored, since their
 * shape is unknown and the object is open.
 */
const FILTER_FIELDS: Readonly<Record<string, FilterField>> = {
  channels: { values: CHANNEL_TYPES, of: (s) => s.channel.type },
  status: { values: STATUSES, of: (s) => s.status },
  sentiment: { values: SENTIMENTS, of: (s) => s.sentiment },
  languages: { of: (s) => s.language },
  teams: { of: (s) => s.team?.id },
  // `assignee_id` is a string or a number; the spec says to compare it as a string.
  assignees: { of: (s) => (s.assignee_id === undefined ? undefined : String(s.assignee_id)) },
  contacts: { of: (s) => s.contact.id },
};

interface FilterQuery {
  predicates: ((session: OpenCxChatSession) => boolean)[];
  sortBy: (typeof SORT_BY)[number];
  sortOrder: (typeof SORT_ORDER)[number];
  page: number;
  limit: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a `filterChatSessions` body, applying the spec's defaults. The server validates the body
 * against the spec first; these checks answer the same way (the spec's 400 examples) should a body
 * get through anyway, and check the values of the filter keys we apply.
 */
function parseFilterBody(body: unknown): FilterQuery | string[] {
  const errors: string[] = [];
  const input = body === undefined ? {} : body;
  if (!isRecord(input)) return ['body must be an object'];
  const { filters, sort_by, sort_order, page = 1, limit = OPENCX_FILTER_DEFAULT_LIMIT } = input;
  if (typeof page !== 'number' || !Number.isInteger(page)) {
    errors.push('page must be an integer number');
  } else if (page < 1) errors.push('page must not be less than 1');
  if (typeof limit !== 'number' || !Number.isInteger(limit)) {
    errors.push('limit must be an integer number');
  } else if (limit < 1) errors.push('limit must not be less than 1');
  else if (limit > OPENCX_FILTER_MAX_LIMIT) {
    errors.push(`limit must not be greater than ${OPENCX_FILTER_MAX_LIMIT}`);
  }
  const sortBy = sort_by ?? 'last_message_at';
  if (!(SORT_BY as readonly unknown[]).includes(sortBy)) {
    errors.push(`sort_by must be one of the following values: ${SORT_BY.join(', ')}`);
  }
  const sortOrder = sort_order ?? 'desc';
  if (!(SORT_ORDER as readonly unknown[]).includes(sortOrder)) {
    errors.push(`sort_order must be one of the following values: ${SORT_ORDER.join(', ')}`);
  }
  const predicates: FilterQuery['predicates'] = [];
  if (filters !== undefined && !isRecord(filters)) errors.push('filters must be an object');
  else if (filters !== undefined) {
    for (const [name, field] of Object.entries(FILTER_FIELDS)) {
      const wanted = filters[name];
      if (wanted === undefined) continue;
      if (!Array.isArray(wanted) || !wanted.every((v): v is string => typeof v === 'string')) {
        errors.push(`filters.${name} must be an array of strings`);
        continue;
      }
      const allowed = field.values;
      if (allowed && !wanted.every((v) => allowed.includes(v))) {
        errors.push(`each value in filters.${name} must be one of: ${allowed.join(', ')}`);
        continue;
      }
      if (wanted.length === 0) continue;
      const set = new Set<string>(wanted);
      predicates.push((session) => {
        const value = field.of(session);
        return value !== null && value !== undefined && set.has(value);
      });
    }
  }
  if (errors.length > 0) return errors;
  return {
    predicates,
    sortBy: sortBy as FilterQuery['sortBy'],
    sortOrder: sortOrder as FilterQuery['sortOrder'],
    page: page as number,
    limit: limit as number,
  };
}

/**
 * Creates the OpenCX dataset: `options.records` chat sessions spread over the 90 days before
 * `DATASET_EPOCH`, their histories, and the contacts they share. Same seed and size, same dataset.
 */
export function createOpenCxDataset(options: DatasetOptions): OpenCxDataset {
  const records = Math.max(0, Math.floor(options.records));
  const root = createRandom(options.seed);
  const times = instants(root.fork('times'), records);
  const teamRandom = root.fork('teams');
  const teams = TEAMS.map((team) => ({ id: teamRandom.uuid(), ...team }));
  const contactCount = records <= 1 ? records : Math.ceil((records * 3) / 4);
  const owners = planContacts(root.fork('contact-plan'), records, contactCount);
  const firstTicket = root.fork('tickets').int(1000, 4999);

  const drafts: ContactDraft[] = [];
  const rows: Row[] = [];
  const sessionsOf = new Map<number, Row[]>();
  for (let i = 0; i < records; i++) {
    const owner = owners[i] ?? 0;
    let draft = drafts[owner];
    if (draft === undefined) {
      draft = draftContact(root.fork(`contact:${owner}`));
      drafts[owner] = draft;
    }
    const random = root.fork(`session:${i}`);
    // The oldest session carries `records` history items, so its history spans several pages.
    const itemCount = i === 0 ? records : random.int(0, 8);
    const row = generateSession(random, times[i] ?? 0, itemCount, firstTicket + i, draft, teams);
    rows.push(row);
    const list = sessionsOf.get(owner) ?? [];
    list.push(row);
    sessionsOf.set(owner, list);
  }

  // A contact is created with its first session and updated whenever one of its sessions is (the
  // spec's contact examples carry the times of the contact's session).
  const contactRows: ContactRow[] = drafts.map((draft, index) => {
    const own = sessionsOf.get(index) ?? [];
    const createdMs = Math.min(...own.map((row) => row.createdMs));
    const updatedMs = Math.max(...own.map((row) => row.updatedMs));
    const { id, email, phone_number, name, custom_data } = draft.embedded;
    return {
      contact: {
        id,
        email,
        phone_number,
        name,
        custom_data,
        created_at: iso(createdMs),
        updated_at: iso(updatedMs),
      },
      createdMs,
      updatedMs,
    };
  });

  // Listing order of both cursor listings: oldest `created_at` first, id breaking ties. OpenCX does
  // not document an order; the spec's contact example pages oldest first with a cursor built from
  // `created_at` and `id`, and walking forward in creation time keeps earlier pages stable while
  // new records arrive.
  const byCreation = <T extends { createdMs: number }>(idOf: (row: T) => string) => {
    return (a: T, b: T) =>
      compareKeys({ t: a.createdMs, id: idOf(a) }, { t: b.createdMs, id: idOf(b) });
  };
  const sessionRows = [...rows].sort(byCreation<Row>((row) => row.session.id));
  const sortedContacts = [...contactRows].sort(byCreation<ContactRow>((row) => row.contact.id));
  const rowById = new Map(rows.map((row) => [row.session.id, row]));

  deepFreeze(rows);
  deepFreeze(contactRows);
  const sessions = deepFreeze(rows.map((row) => row.session));
  const contacts = deepFreeze(contactRows.map((row) => row.contact));

  const sessionKey = (row: Row): Key => ({ t: row.createdMs, id: row.session.id });
  const contactKey = (row: ContactRow): Key => ({ t: row.createdMs, id: row.contact.id });
  const historyKey = (item: OpenCxHistoryItem): Key => ({
    t: Date.parse(item.created_at),
    id: item.id,
  });

  function findRow(request: DatasetRequest): Row | undefined {
    // UUIDs compare case-insensitively; ours are lower case.
    const id = (request.pathParams.session_id ?? '').toLowerCase();
    return UUID.test(id) ? rowById.get(id) : undefined;
  }

  function listChatSessions(query: URLSearchParams): DatasetResponse {
    const cursor = query.get('cursor');
    const after = cursor === null ? undefined : decodeCursor(cursor, 'chat_sessions');
    if (cursor !== null && after === undefined) return INVALID_CURSOR;
    const handedOff = query.get('handed_off');
    const status = query.get('status');
    const channel = query.get('channel_type');
    const createdAfter = bound(query, 'created_after');
    const createdBefore = bound(query, 'created_before');
    const updatedAfter = bound(query, 'updated_after');
    const updatedBefore = bound(query, 'updated_before');
    const matching = sessionRows.filter(
      ({ session, createdMs, updatedMs }) =>
        // "Handed off" is what the `handoff` object records (spec: `SessionHandoff`).
        (handedOff === null || String(session.handoff !== undefined) === handedOff) &&
        (status === null || session.status === status) &&
        (channel === null || session.channel.type === channel) &&
        inWindow(createdMs, createdAfter, createdBefore) &&
        inWindow(updatedMs, updatedAfter, updatedBefore),
    );
    const page = cursorPage(matching, sessionKey, after, (key) =>
      encodeCursor('chat_sessions', key),
    );
    return { status: 200, body: { items: page.items.map((row) => row.session), next: page.next } };
  }

  function filterChatSessions(body: unknown): DatasetResponse {
    const parsed = parseFilterBody(body);
    if (Array.isArray(parsed)) {
      return errorResponse(
        400,
        parsed.length === 1 ? (parsed[0] as string) : parsed,
        'Bad Request',
      );
    }
    const { predicates, sortBy, sortOrder, page, limit } = parsed;
    const time = (row: Row) => (sortBy === 'created_at' ? row.createdMs : row.lastMessageMs);
    const direction = sortOrder === 'asc' ? 1 : -1;
    const matching = sessionRows
      .filter((row) => predicates.every((matches) => matches(row.session)))
      .sort(
        (a, b) =>
          direction *
          compareKeys({ t: time(a), id: a.session.id }, { t: time(b), id: b.session.id }),
      );
    const start = (page - 1) * limit;
    return {
      status: 200,
      body: {
        data: matching.slice(start, start + limit).map((row) => row.session),
        page,
        limit,
        has_next: start + limit < matching.length,
        has_previous: page > 1,
      },
    };
  }

  function listChatHistory(request: DatasetRequest): DatasetResponse {
    const row = findRow(request);
    if (row === undefined) return SESSION_NOT_FOUND;
    const sessionId = row.session.id;
    const cursor = request.query.get('cursor');
    const after = cursor === null ? undefined : decodeCursor(cursor, 'history', sessionId);
    if (cursor !== null && after === undefined) return INVALID_CURSOR;
    // Oldest first: a timeline reads forward (the spec's history examples are in this order).
    const page = cursorPage(row.history, historyKey, after, (key) =>
      encodeCursor('history', key, sessionId),
    );
    return { status: 200, body: page };
  }

  function listContacts(query: URLSearchParams): DatasetResponse {
    const cursor = query.get('cursor');
    const after = cursor === null ? undefined : decodeCursor(cursor, 'contacts');
    if (cursor !== null && after === undefined) return INVALID_CURSOR;
    const createdAfter = bound(query, 'created_after');
    const createdBefore = bound(query, 'created_before');
    const updatedAfter = bound(query, 'updated_after');
    const updatedBefore = bound(query, 'updated_before');
    const matching = sortedContacts.filter(
      ({ createdMs, updatedMs }) =>
        inWindow(createdMs, createdAfter, createdBefore) &&
        inWindow(updatedMs, updatedAfter, updatedBefore),
    );
    const page = cursorPage(matching, contactKey, after, (key) => encodeCursor('contacts', key));
    return { status: 200, body: { items: page.items.map((row) => row.contact), next: page.next } };
  }

  function answer(request: DatasetRequest): DatasetResponse | undefined {
    switch (request.operationId) {
      case 'listChatSessions':
        return listChatSessions(request.query);
      case 'filterChatSessions':
        return filterChatSessions(request.body);
      case 'getChatSession': {
        const row = findRow(request);
        return row ? { status: 200, body: row.session } : SESSION_NOT_FOUND;
      }
      case 'listChatHistory':
        return listChatHistory(request);
      case 'listContacts':
        return listContacts(request.query);
      default:
        return undefined;
    }
  }

  return {
    sessions,
    contacts,
    historyOf: (sessionId) => rowById.get(sessionId.toLowerCase())?.history ?? [],
    respond(request) {
      if (!OPERATIONS.has(request.operationId)) return undefined;
      // Every operation needs an API key as a bearer token (spec: `bearerAuth`); which key does
      // not matter to a mock, so any non-empty one is accepted.
      if (!/^Bearer\s+\S+/i.test(request.headers.authorization ?? '')) {
        return { status: UNAUTHORIZED.status, body: structuredClone(UNAUTHORIZED.body) };
      }
      const response = answer(request);
      // A copy, so nothing downstream (serializing, validating) can change the dataset.
      return response && { ...response, body: structuredClone(response.body) };
    },
  };
}
