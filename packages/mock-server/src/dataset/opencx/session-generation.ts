/**
 * Generation of one chat session and its history: how the session went (its outcome) decides its
 * status fields and the events of its timeline.
 */
import type { Random } from '../random.js';
import { type ContactDraft, channelFor } from './contact-generation.js';
import { iso, type Row } from './records.js';
import type {
  OpenCxAiClosureType,
  OpenCxAttachment,
  OpenCxChatSession,
  OpenCxCustomData,
  OpenCxHistoryItem,
  OpenCxSentiment,
  OpenCxSessionStatus,
} from './types.js';

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

export const TEAMS = [
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

type Speaker = 'contact' | 'ai' | 'human_agent';
type Agent = (typeof AGENTS)[number];
type Ticketing = (typeof TICKETING)[number];

/** A team sessions can be routed to (the spec's `SessionTeam`). */
export interface Team {
  id: string;
  name: string;
  description: string;
}

/** A session's history while it is written, oldest item first. */
interface Timeline {
  random: Random;
  /** The time of the latest item (the session's creation before the first one). */
  at: number;
  history: OpenCxHistoryItem[];
  contact: ContactDraft;
  agent: Agent;
}

/** A session's status fields, decided by how it went. */
interface Ending {
  status: OpenCxSessionStatus;
  closure: OpenCxAiClosureType | null;
}

const OPEN: Ending = { status: 'open', closure: null };

function weighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let at = random.next() * total;
  for (const item of items) {
    at -= item.weight;
    if (at < 0) return item;
  }
  return items[items.length - 1] as T;
}

function pickOutcome(random: Random, itemCount: number): Outcome {
  if (itemCount === 0) return 'empty';
  return weighted(
    random,
    OUTCOMES.filter((o) => o.minItems <= itemCount),
  ).outcome;
}

/** Now and then a contact's message carries a file. */
function attachmentsOf(random: Random, type: string, speaker: Speaker): OpenCxAttachment[] {
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
  return attachments;
}

/** What an agent or handoff event names besides its sender (the spec's 2024 event fields). */
type EventFields = Pick<OpenCxHistoryItem['event'], 'human_agent_id' | 'integration'>;

/**
 * Appends one item: the first opens the session, the others follow 2 s – 3 min apart. `fields`
 * go on the event and are repeated in its `context` (both places the spec reads them from).
 */
function pushItem(
  timeline: Timeline,
  type: string,
  speaker: Speaker,
  text: string | null | undefined,
  context: Record<string, unknown> = {},
  fields: EventFields = {},
): void {
  const { random, history } = timeline;
  if (history.length > 0) timeline.at += random.int(2_000, 180_000);
  const attachments = attachmentsOf(random, type, speaker);
  const name =
    speaker === 'contact'
      ? timeline.contact.senderName
      : speaker === 'ai'
        ? AI_NAME
        : timeline.agent.name;
  history.push({
    id: random.uuid(),
    created_at: iso(timeline.at),
    event: {
      type,
      sender: { type: speaker, name },
      // `content` is left out where the spec's examples leave it out (an agent joining).
      ...(text === undefined ? {} : { content: { type: 'text' as const, text } }),
      attachments,
      context: { ...context, ...fields },
      ...fields,
    },
  });
}

/** `count` messages alternating between the contact and `other`. */
function converse(
  timeline: Timeline,
  count: number,
  other: 'ai' | 'human_agent',
  contactFirst: boolean,
): void {
  for (let k = 0; k < count; k++) {
    const speaker: Speaker = (k % 2 === 0) === contactFirst ? 'contact' : other;
    const lines = speaker === 'contact' ? CONTACT_LINES : speaker === 'ai' ? AI_LINES : AGENT_LINES;
    pushItem(timeline, 'message', speaker, timeline.random.pick(lines));
  }
}

/** Writes the history of a session that went as `outcome`; returns its status fields. */
function playOutcome(
  timeline: Timeline,
  outcome: Outcome,
  itemCount: number,
  assistMode: boolean,
  ticketing: Ticketing | undefined,
): Ending {
  switch (outcome) {
    case 'empty':
      return OPEN;
    case 'ai_open':
      converse(timeline, itemCount, 'ai', true);
      return OPEN;
    case 'ai_resolved':
      converse(timeline, itemCount - 1, 'ai', true);
      pushItem(timeline, 'ai_resolved_issue', 'ai', null);
      return { status: 'closed_resolved', closure: 'resolved' };
    case 'ai_assumed':
      // The contact went quiet after an answer and the AI closed the session as resolved.
      converse(timeline, itemCount - 1, 'ai', true);
      pushItem(timeline, 'status_changed', 'ai', null, { from: 'open', to: 'closed_resolved' });
      return { status: 'closed_resolved', closure: 'assumed_resolved' };
    case 'handoff_open':
    case 'handoff_closed':
      return playHandoff(timeline, outcome === 'handoff_closed', itemCount, assistMode, ticketing);
  }
}

/** The AI talks first, hands off, and a human agent carries on (and maybe closes the session). */
function playHandoff(
  timeline: Timeline,
  closes: boolean,
  itemCount: number,
  assistMode: boolean,
  ticketing: Ticketing | undefined,
): Ending {
  const closing = closes ? 1 : 0;
  const before = Math.max(1, Math.floor((itemCount - 2 - closing) / 2));
  const after = itemCount - 2 - closing - before;
  converse(timeline, before, 'ai', true);
  pushItem(
    timeline,
    'handoff',
    'ai',
    null,
    {},
    ticketing ? { integration: { type: ticketing.name } } : {},
  );
  // In assist mode the human takes the conversation over from the AI instead of joining it.
  pushItem(
    timeline,
    assistMode ? 'human_agent_takeover' : 'human_agent_joined',
    'human_agent',
    undefined,
    {},
    { human_agent_id: Number(timeline.agent.id) },
  );
  converse(timeline, after, 'human_agent', false);
  if (!closes) return OPEN;
  const status = timeline.random.chance(0.5) ? 'closed_resolved' : 'closed_unresolved';
  pushItem(timeline, 'status_changed', 'human_agent', null, { from: 'open', to: status });
  return { status, closure: 'handed_off' };
}

function pickSentiment(
  random: Random,
  outcome: Outcome,
  status: OpenCxSessionStatus,
  handedOff: boolean,
): OpenCxSentiment | null {
  if (outcome === 'empty' || (status === 'open' && random.chance(0.4))) return null;
  return handedOff
    ? random.pick<OpenCxSentiment>(['angry', 'angry', 'neutral'])
    : random.pick<OpenCxSentiment>(['happy', 'happy', 'neutral', 'angry']);
}

function pickCustomData(random: Random): OpenCxCustomData | undefined {
  return random.pick<OpenCxCustomData | undefined>([
    undefined,
    {},
    { page_url: 'https://shop.example.com/checkout', returning_visitor: random.chance(0.5) },
    { order_id: `ORD-${random.int(10000, 99999)}`, cart_value: random.int(500, 50000) / 100 },
  ]);
}

/** What is known of a session once its history is written. */
interface SessionFacts extends Ending {
  id: string;
  sentiment: OpenCxSentiment | null;
  ticketNumber: number;
  assistMode: boolean;
  createdMs: number;
  updatedMs: number;
  contact: ContactDraft;
  agent: Agent;
  handedOff: boolean;
  ticketing: Ticketing | undefined;
  customData: OpenCxCustomData | undefined;
  team: Team | undefined;
}

/** The served session; draws its remaining random fields in a fixed order. */
function describeSession(random: Random, facts: SessionFacts): OpenCxChatSession {
  const { handedOff, sentiment, customData, team, ticketing } = facts;
  return {
    id: facts.id,
    status: facts.status,
    ai_closure_type: facts.closure,
    sentiment,
    channel: { type: channelFor(random, facts.contact.kind) },
    ticket_number: facts.ticketNumber,
    assist_mode: facts.assistMode,
    created_at: iso(facts.createdMs),
    updated_at: iso(facts.updatedMs),
    contact: facts.contact.embedded,
    language: random.pick(LANGUAGES),
    ...(handedOff
      ? { assignee_id: facts.agent.id }
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
}

/** One session and its history, generated from its own random stream. */
export function generateSession(
  random: Random,
  createdMs: number,
  itemCount: number,
  ticketNumber: number,
  contact: ContactDraft,
  teams: readonly Team[],
): Row {
  const id = random.uuid();
  const outcome = pickOutcome(random, itemCount);
  const handedOff = outcome === 'handoff_open' || outcome === 'handoff_closed';
  const agent = random.pick(AGENTS);
  const assistMode = random.chance(0.1);
  const ticketing = handedOff && random.chance(0.6) ? random.pick(TICKETING) : undefined;

  const timeline: Timeline = { random, at: createdMs, history: [], contact, agent };
  const { status, closure } = playOutcome(timeline, outcome, itemCount, assistMode, ticketing);
  const { history } = timeline;

  const sentiment = pickSentiment(random, outcome, status, handedOff);
  const team =
    random.chance(handedOff ? 0.8 : 0.3) && teams.length > 0 ? random.pick(teams) : undefined;
  const customData = pickCustomData(random);
  const last = history[history.length - 1];
  const updatedMs = last ? Date.parse(last.created_at) : createdMs;
  let lastMessage: OpenCxHistoryItem | undefined;
  for (const item of history) if (item.event.type === 'message') lastMessage = item;

  const session = describeSession(random, {
    id,
    status,
    closure,
    sentiment,
    ticketNumber,
    assistMode,
    createdMs,
    updatedMs,
    contact,
    agent,
    handedOff,
    ticketing,
    customData,
    team,
  });
  return {
    session,
    history,
    createdMs,
    updatedMs,
    lastMessageMs: lastMessage ? Date.parse(lastMessage.created_at) : createdMs,
  };
}
