/**
 * OpenCX's webhook events (spec `webhooks:`), built from the dataset: the envelope
 * `{event, organization_id, data}` with `data` describing one chat session of the dataset, so
 * `data.conversation_id` is fetchable by `GET /chat/sessions/{id}` from the same mock.
 *
 * The four events with a documented payload get it in full, in the newest docs' shape where the
 * versions differ (one object, not the 2024 list): `conversation.started`, `conversation.closed`,
 * `conversation.handoff_to_human`, `conversation.third_party_agent_response`. The others have no
 * documented payload: their `data` holds only the conversation (`conversation_id`, or
 * `session_id` for CSAT, the REST CSAT record's name; nothing for workflows) and a `timestamp`
 * (inferred: every documented payload carries both).
 * https://docs.open.cx/api-reference/webhooks/types
 */
import { createHash } from 'node:crypto';
import type {
  OpenCxChatSession,
  OpenCxDataset,
  OpenCxHistoryItem,
  OpenCxSessionContact,
} from '../dataset/opencx.js';
import type { OpenCxWebhookEvent } from './events.js';
import type { BuiltPayload } from './payload.js';

type History = readonly OpenCxHistoryItem[];

/** The AI agent's display name in the dataset's histories. */
const AI_NAME = 'Aria';

const isMessage = (item: OpenCxHistoryItem, sender?: string) =>
  item.event.type === 'message' && (sender === undefined || item.event.sender.type === sender);

const textOf = (item: OpenCxHistoryItem | undefined) => item?.event.content?.text ?? undefined;

/**
 * What each event needs of a session, so that it can describe it truthfully; the default session
 * of an event is the newest one that qualifies.
 */
const QUALIFIES: Record<
  OpenCxWebhookEvent,
  (session: OpenCxChatSession, history: History) => boolean
> = {
  'conversation.started': (_s, h) => h.some((item) => isMessage(item, 'contact')),
  'conversation.closed': (s) => s.status !== 'open',
  'conversation.handoff_to_human': (s, h) =>
    s.handoff !== undefined && h.some((item) => item.event.type === 'handoff'),
  'conversation.contact_response': (_s, h) => h.some((item) => isMessage(item, 'contact')),
  'conversation.ai_response': (_s, h) => h.some((item) => isMessage(item, 'ai')),
  'conversation.agent_response': (_s, h) => h.some((item) => isMessage(item, 'human_agent')),
  'conversation.third_party_agent_response': (s, h) =>
    s.ticketing_system !== undefined && h.some((item) => isMessage(item, 'human_agent')),
  'conversation.handoff_to_third_party_failed': (s) => s.ticketing_system !== undefined,
  'workflow.run.succeeded': () => true,
  'workflow.run.failed': () => true,
  'csat.requested': (s) => s.status !== 'open',
  'csat.score_submitted': (s) => s.status !== 'open',
  'phone_call.started': (s) => s.channel.type === 'phone_voice' || s.channel.type === 'web_voice',
};

/** Why a session does not fit an event, for the error when `record` names one. */
const NEEDS: Record<OpenCxWebhookEvent, string> = {
  'conversation.started': 'a session with a message of the contact',
  'conversation.closed': 'a closed session',
  'conversation.handoff_to_human': 'a session that was handed off',
  'conversation.contact_response': 'a session with a message of the contact',
  'conversation.ai_response': 'a session with a message of the AI',
  'conversation.agent_response': 'a session with a message of a human agent',
  'conversation.third_party_agent_response':
    'a session handed to a helpdesk (ticketing_system) with a message of a human agent',
  'conversation.handoff_to_third_party_failed': 'a session handed to a helpdesk (ticketing_system)',
  'workflow.run.succeeded': 'any session',
  'workflow.run.failed': 'any session',
  'csat.requested': 'a closed session',
  'csat.score_submitted': 'a closed session',
  'phone_call.started': 'a session on a voice channel (phone_voice or web_voice)',
};

/** The dataset's organization: a stable id derived from its first session (the dataset has none). */
function organizationId(dataset: OpenCxDataset): string {
  const seed = dataset.sessions[0]?.id ?? 'empty';
  return `org_${createHash('sha256').update(`opencx-organization:${seed}`).digest('hex').slice(0, 6)}`;
}

function pickSession(
  event: OpenCxWebhookEvent,
  dataset: OpenCxDataset,
  record: string | number | undefined,
): { session: OpenCxChatSession; history: History } {
  const qualifies = QUALIFIES[event];
  if (record === undefined) {
    for (let at = dataset.sessions.length - 1; at >= 0; at--) {
      const session = dataset.sessions[at] as OpenCxChatSession;
      const history = dataset.historyOf(session.id);
      if (qualifies(session, history)) return { session, history };
    }
    throw new TypeError(
      `the OpenCX dataset has no session ${event} can describe (${NEEDS[event]})`,
    );
  }
  const id = String(record).toLowerCase();
  const session = dataset.sessions.find((s) => s.id === id);
  if (!session) throw new TypeError(`record: no OpenCX session has the id "${String(record)}"`);
  const history = dataset.historyOf(session.id);
  if (!qualifies(session, history)) {
    throw new TypeError(`record: ${event} describes ${NEEDS[event]}; session ${id} is not one`);
  }
  return { session, history };
}

/** The contact's display name and email: the verified ones, else what the visitor typed. */
function nameAndEmail(contact: OpenCxSessionContact) {
  return {
    name: contact.name ?? contact.non_verified_name ?? null,
    email: contact.email ?? contact.non_verified_email ?? null,
  };
}

function messageCount(history: History, until = history.length): number {
  return history.slice(0, until).filter((item) => isMessage(item)).length;
}

/** The human agent of a handed-off session: their legacy numeric id and display name. */
function agentOf(history: History): { id: number; name: string } | undefined {
  for (const item of history) {
    const id = item.event.context.human_agent_id;
    if (typeof id === 'number') {
      const spoke = history.find(
        (h) => h.event.sender.type === 'human_agent' && h.event.sender.name,
      );
      return { id, name: spoke?.event.sender.name ?? item.event.sender.name ?? `agent ${id}` };
    }
  }
  return undefined;
}

/** An address for an agent (the dataset has names only), on the reserved example.com domain. */
function agentEmail(name: string): string {
  return `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')}@support.example.com`;
}

// The webhook page says `phone` where the REST API says `phone_voice`; other channels keep the
// REST spelling (the spec keeps `channel` an open string).
const channelOf = (session: OpenCxChatSession) =>
  session.channel.type === 'phone_voice' ? 'phone' : session.channel.type;

function started(session: OpenCxChatSession, history: History) {
  const { contact } = session;
  const { name, email } = nameAndEmail(contact);
  const first = history.find((item) => isMessage(item, 'contact'));
  return {
    conversation_id: session.id,
    // Every dataset session opens with the AI answering; a human joins only at a handoff.
    assignee: { type: 'AI', name: AI_NAME },
    contact: {
      id: contact.id,
      name,
      enriched_data: { address: null, phone_number: contact.phone_number, email },
      ...(contact.custom_data ? { custom_data: contact.custom_data } : {}),
    },
    channel: channelOf(session),
    first_message: textOf(first) ?? '',
    timestamp: session.created_at,
  };
}

function closed(session: OpenCxChatSession, history: History) {
  const { contact } = session;
  const { name, email } = nameAndEmail(contact);
  const byHuman = session.ai_closure_type === 'handed_off';
  const agent = byHuman ? agentOf(history) : undefined;
  const resolved = session.status === 'closed_resolved' ? 'resolved' : 'not_resolved';
  return {
    conversation_id: session.id,
    timestamp: session.updated_at,
    contact_id: contact.id,
    contact: {
      id: contact.id,
      name,
      email,
      phone_number: contact.phone_number,
      custom_data: contact.custom_data,
    },
    human_resolution_status: byHuman ? resolved : null,
    // Inferred: the AI's verdict in REST's `ai_closure_type` words (the values are undocumented).
    ai_resolution_status: byHuman ? null : session.ai_closure_type,
    ai_billing_tier: null,
    closed_by: agent
      ? { id: agent.id, type: 'human', email: agentEmail(agent.name) }
      : { type: 'AI', name: AI_NAME },
    is_from_third_party: session.ticketing_system !== undefined,
    third_party_name: session.ticketing_system?.name ?? null,
    summary: session.handoff?.summary ?? null,
    // The newest docs were captured up to `contact_reason`; these three follow it in the 2024
    // docs (inferred: still sent).
    user_sentiment: session.sentiment,
    language: session.language,
    message_count: messageCount(history),
  };
}

function handoff(session: OpenCxChatSession, history: History) {
  const at = history.findIndex((item) => item.event.type === 'handoff');
  const takeover = history.some((item) => item.event.type === 'human_agent_takeover');
  return {
    conversation_id: session.id,
    timestamp: history[at]?.created_at ?? session.updated_at,
    customer_id: session.contact.id,
    // In assist mode a human takes the conversation over; otherwise the AI hands it off.
    reason: takeover
      ? 'human_agent_decided_to_take_over'
      : 'ai_decided_to_handoff_the_conversation',
    summary: session.handoff?.summary ?? '',
    user_sentiment: session.handoff?.sentiment ?? session.sentiment,
    was_handedoff_to_third_party: session.ticketing_system !== undefined,
    third_party_name: session.ticketing_system?.name ?? null,
    language: session.language,
    message_count: messageCount(history, at),
  };
}

function thirdPartyResponse(session: OpenCxChatSession, history: History) {
  let at = history.length - 1;
  while (at >= 0 && !isMessage(history[at] as OpenCxHistoryItem, 'human_agent')) at--;
  const reply = history[at] as OpenCxHistoryItem;
  return {
    conversation_id: session.id,
    timestamp: reply.created_at,
    customer_id: session.contact.id,
    third_party_name: session.ticketing_system?.name ?? null,
    response: textOf(reply) ?? '',
    message_count: messageCount(history, at + 1),
    language: session.language,
  };
}

/** The last message of `sender` (its time is the event's). */
function lastMessageOf(history: History, sender: string): OpenCxHistoryItem | undefined {
  for (let at = history.length - 1; at >= 0; at--) {
    const item = history[at] as OpenCxHistoryItem;
    if (isMessage(item, sender)) return item;
  }
  return undefined;
}

/** `data` of an event whose payload is not documented. */
function undocumented(event: OpenCxWebhookEvent, session: OpenCxChatSession, history: History) {
  const sender =
    event === 'conversation.contact_response'
      ? 'contact'
      : event === 'conversation.ai_response'
        ? 'ai'
        : event === 'conversation.agent_response'
          ? 'human_agent'
          : undefined;
  const timestamp =
    (sender && lastMessageOf(history, sender)?.created_at) ||
    (event === 'phone_call.started' ? session.created_at : session.updated_at);
  if (event.startsWith('workflow.')) return { timestamp };
  if (event.startsWith('csat.')) return { session_id: session.id, timestamp };
  return { conversation_id: session.id, timestamp };
}

/**
 * Builds an OpenCX delivery from the dataset: by default about the newest session the event can
 * describe (a closed one for `conversation.closed` …), with `record` about that session.
 * @throws TypeError when `record` names no session, or one the event cannot describe.
 */
export function buildOpenCxPayload(
  event: OpenCxWebhookEvent,
  dataset: OpenCxDataset,
  record: string | number | undefined,
): BuiltPayload {
  const { session, history } = pickSession(event, dataset, record);
  const data =
    event === 'conversation.started'
      ? started(session, history)
      : event === 'conversation.closed'
        ? closed(session, history)
        : event === 'conversation.handoff_to_human'
          ? handoff(session, history)
          : event === 'conversation.third_party_agent_response'
            ? thirdPartyResponse(session, history)
            : undocumented(event, session, history);
  return {
    subject: { id: session.id },
    payload: { event, organization_id: organizationId(dataset), data },
  };
}
