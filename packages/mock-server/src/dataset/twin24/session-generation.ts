/**
 * Generation of one session: its conversation, its outcome (closing, rating, price …), and the
 * two views of it the vendor serves, the chat service's `Session` and the analyse search's item.
 */
import { DATASET_EPOCH, type Random } from '../random.js';
import type { Cast, Client } from './cast.js';
import { DAY, SECOND, stamp } from './clock.js';
import {
  type Assignment,
  type ConversationPlan,
  type Draft,
  draftConversation,
} from './conversation.js';
import { readTimes, toMessages } from './messages.js';
import type { MessageState, SessionState } from './records.js';
import type { Twin24AuthorType, Twin24SearchItem, Twin24Session } from './types.js';

const TAGS = ['vip', 'delivery', 'refund', 'complaint'] as const;

/** What one session is generated from. */
export interface SessionSetup extends Cast {
  random: Random;
  /** Position in generation order (oldest first). */
  index: number;
  /** Epoch ms, whole seconds. */
  startedAt: number;
  /** How many messages the session has; drawn (0–8) when `undefined`. */
  messageCount: number | undefined;
}

/** The first draws of a session: who talks, how long, and whether it is closed. */
interface SessionPlan extends ConversationPlan {
  id: string;
  /** Writes an instant in the client's offset. */
  at: (ms: number) => string;
  spam: boolean;
  closed: boolean;
}

function planSession(setup: SessionSetup): SessionPlan {
  const { random: r, startedAt } = setup;
  const id = r.uuid();
  const client = r.pick(setup.clients);
  const chat = r.pick(setup.chats);
  const offset = client.location[7];
  const count = setup.messageCount ?? r.int(0, 8);
  const spam = r.chance(0.08);
  const age = DATASET_EPOCH - startedAt;
  const closed = spam || r.chance(age > 2 * DAY ? 0.9 : 0.3);
  // Some sessions bring in an operator (and maybe a second one), who then talks with the client.
  const withOperator = count >= 3 && !spam && r.chance(0.55);
  const joinAt = withOperator ? r.int(2, count - 1) : -1;
  const switchAt =
    withOperator && count - joinAt >= 5 && r.chance(0.3) ? r.int(joinAt + 2, count - 2) : -1;
  return {
    random: r,
    startedAt,
    companyId: setup.companyId,
    operators: setup.operators,
    client,
    chat,
    offset,
    count,
    joinAt,
    switchAt,
    id,
    at: (ms) => stamp(ms, offset),
    spam,
    closed,
  };
}

/** The operators' part of a conversation. */
interface OperatorStats {
  /** The operator's messages, oldest first. */
  operatorDrafts: Draft[];
  lastOperator: Draft | undefined;
  /** The client's first message after the operator's last one. */
  clientAfterOperator: Draft | undefined;
  /** The first and the current (last) assignment. */
  first: Assignment | undefined;
  current: Assignment | undefined;
  /** Seconds from the first assignment to the first operator message. */
  timerFirstAnswer: number | null;
  /** Mean seconds between the operator's messages. */
  timerNextAnswers: number | null;
}

function operatorStats(drafts: readonly Draft[], assigned: readonly Assignment[]): OperatorStats {
  const operatorDrafts = drafts.filter((d) => d.role === 'operator');
  const lastOperator = operatorDrafts.at(-1);
  const lastOperatorIndex = lastOperator ? drafts.indexOf(lastOperator) : -1;
  const clientAfterOperator =
    lastOperatorIndex >= 0
      ? drafts.slice(lastOperatorIndex + 1).find((d) => d.role === 'client')
      : undefined;
  const first = assigned[0];
  const timerFirstAnswer =
    first && operatorDrafts[0] ? Math.round((operatorDrafts[0].at - first.at) / SECOND) : null;
  const timerNextAnswers =
    operatorDrafts.length > 1
      ? Math.round(
          ((lastOperator as Draft).at - (operatorDrafts[0] as Draft).at) /
            SECOND /
            (operatorDrafts.length - 1),
        )
      : null;
  return {
    operatorDrafts,
    lastOperator,
    clientAfterOperator,
    first,
    current: assigned.at(-1),
    timerFirstAnswer,
    timerNextAnswers,
  };
}

/** What happened around the conversation; times in epoch ms. */
interface SessionDetails {
  tags: string[];
  referer: string | null;
  clientOnlineAt: number;
  clientOfflineAt: number | null;
  /** When the session was found to have no operator, for a lost session. */
  lostAt: number | null;
  price: number;
  /** Whether the client rated the session (`csi`). */
  rated: boolean;
  csi: number | null;
  nps: number | null;
  fcr: boolean | null;
}

function drawDetails(
  plan: SessionPlan,
  current: Assignment | undefined,
  lastMessageAt: number | null,
  closedAt: number | null,
): SessionDetails {
  const { random: r, closed } = plan;
  const tags = TAGS.filter(() => r.chance(0.2));
  const referer = r.chance(0.4) ? `https://shop.example.com/orders/${r.int(1000, 9999)}` : null;
  const clientOnlineAt = plan.startedAt - r.int(1, 5) * SECOND;
  const clientOfflineAt = closedAt === null ? null : closedAt + r.int(5, 120) * SECOND;
  const lostAt =
    !current && plan.count > 0 && !plan.spam && r.chance(0.15)
      ? (lastMessageAt as number) + 300 * SECOND
      : null;
  const price = current ? 1 + 0.25 * r.int(0, 4) : 0.25 * r.int(1, 3);
  const rated = closed && r.chance(0.5);
  const csi = rated ? r.int(1, 5) : null;
  const nps = closed && r.chance(0.4) ? r.int(0, 10) : null;
  const fcr = closed ? r.chance(0.7) : null;
  return { tags, referer, clientOnlineAt, clientOfflineAt, lostAt, price, rated, csi, nps, fcr };
}

/** Everything decided about a session, from which its two served views are written. */
interface SessionFacts {
  setup: SessionSetup;
  plan: SessionPlan;
  drafts: Draft[];
  assigned: Assignment[];
  messages: MessageState[];
  operators: OperatorStats;
  details: SessionDetails;
  lastMessageAt: number | null;
  closedAt: number | null;
  updatedAt: number;
  botStatus: string;
  status: string;
}

/** The session as the chat service serves it (spec `Session`). */
function describeSession(facts: SessionFacts): Twin24Session {
  const { plan, messages, details, lastMessageAt } = facts;
  const { at, client, chat } = plan;
  const { current, lastOperator, clientAfterOperator } = facts.operators;
  return {
    id: plan.id,
    chatId: chat.id,
    name: client.name,
    markedAsSpam: plan.spam,
    ttl: 86_400,
    operatorId: current ? String(current.operator.id) : null,
    operatorName: current?.operator.name ?? null,
    operatorAssignedAt: current ? at(current.at) : null,
    operators: facts.assigned.map(({ operator, at: since }) => ({
      id: operator.id,
      name: operator.name,
      type: operator.type,
      assigned_at: at(since),
    })),
    channel: chat.messengerType.toLowerCase(),
    messengerType: chat.messengerType,
    botStatus: facts.botStatus,
    status: facts.status,
    startedAt: at(plan.startedAt),
    clientOnlineAt: at(details.clientOnlineAt),
    clientOfflineAt: details.clientOfflineAt === null ? null : at(details.clientOfflineAt),
    unreadClientMessageCount: messages.filter(
      (m) => m.message.authorType === 'client' && m.readAt === null,
    ).length,
    lastMessageCreatedAt: lastMessageAt === null ? null : at(lastMessageAt),
    lastMessage: messages.at(-1)?.message ?? null,
    clientId: client.clientId,
    clientBanned: client.banned,
    referer: details.referer,
    tags: details.tags.join(','),
    timerFirstAnswer: facts.operators.timerFirstAnswer,
    timerNextAnswers: facts.operators.timerNextAnswers,
    lastOperatorMessage: lastOperator?.body ?? null,
    firstClientMessageAfterLastOperatorMessage: clientAfterOperator?.body ?? null,
  };
}

type SearchFields<K extends keyof Twin24SearchItem> = Pick<Twin24SearchItem, K>;

/** The search item's fields that describe the client and where it writes from. */
function clientFields(
  client: Client,
): SearchFields<
  | 'clientDeviceId'
  | 'clientId'
  | 'clientExternalId'
  | 'clientIp'
  | 'location'
  | 'timeZone'
  | 'countryCode'
  | 'countryName'
  | 'regionCode'
  | 'regionName'
  | 'city'
  | 'zipCode'
> {
  const [city, countryCode, countryName, regionCode, regionName, zipCode, timeZone] =
    client.location;
  return {
    clientDeviceId: client.deviceId,
    clientId: client.clientId,
    clientExternalId: client.externalId,
    clientIp: client.ip,
    location: `${city}, ${countryName}`,
    timeZone,
    countryCode,
    countryName,
    regionCode,
    regionName,
    city,
    zipCode,
  };
}

/** The search item's fields of who closed the session. */
function closingFields(
  facts: SessionFacts,
): SearchFields<'closedAt' | 'closedByUserId' | 'closedByOperatorName' | 'closedByBotId'> {
  const { plan, closedAt } = facts;
  const { current } = facts.operators;
  const closed = plan.closed;
  return {
    closedAt: closedAt === null ? null : plan.at(closedAt),
    closedByUserId: closed && current ? current.operator.id : null,
    closedByOperatorName: closed && current ? current.operator.name : null,
    closedByBotId: closed && !current ? plan.chat.botId : null,
  };
}

/** The search item's fields of the client's rating. */
function ratingFields({
  rated,
  csi,
  fcr,
}: SessionDetails): SearchFields<'csi' | 'csiMax' | 'csiPercent' | 'rating' | 'fcr'> {
  return {
    csi,
    csiMax: rated ? 5 : null,
    csiPercent: csi === null ? null : csi * 20,
    rating: csi,
    fcr,
  };
}

/** The time of the last draft of `role`, written in the client's offset. */
function lastTimeOf(facts: SessionFacts, role: Twin24AuthorType): string | null {
  const found = facts.drafts.filter((d) => d.role === role).at(-1);
  return found ? facts.plan.at(found.at) : null;
}

/** The session as the analyse search sees it, with every field (spec `ChatSessionField`). */
function describeSearchItem(facts: SessionFacts, session: Twin24Session): Twin24SearchItem {
  const { setup, plan, drafts, details } = facts;
  const { at, chat, client } = plan;
  const { current, first, lastOperator, operatorDrafts } = facts.operators;
  const count = (role: Twin24AuthorType) => drafts.filter((d) => d.role === role).length;
  return {
    id: plan.id,
    chatId: chat.id,
    companyId: setup.companyId,
    name: client.name,
    chatName: chat.name,
    whatsappPhone: chat.messengerType === 'WHATSAPP' ? client.phone : null,
    botId: chat.botId,
    botName: chat.botName,
    markedAsSpam: plan.spam,
    userId: current?.operator.id ?? null,
    operatorGroupIds: current ? [setup.groups[setup.index % setup.groups.length] as string] : [],
    operatorName: current?.operator.name ?? null,
    operatorType: current?.operator.type ?? null,
    operatorMessageCount: operatorDrafts.length,
    clientMessageCount: count('client'),
    botMessageCount: count('bot'),
    ...clientFields(client),
    messengerType: chat.messengerType,
    status: facts.status,
    referer: details.referer,
    dialogResults: [],
    operatorResults: [],
    nps: details.nps,
    // A chat-service session has `startedAt` and the search item `createdAt`: the same instant.
    createdAt: at(plan.startedAt),
    operatorLastMessageCreatedAt: lastTimeOf(facts, 'operator'),
    updatedAt: at(facts.updatedAt),
    noResponseOperatorToClient: current ? drafts.at(-1)?.role === 'client' : null,
    botLastMessageCreatedAt: lastTimeOf(facts, 'bot'),
    lastMessageCreatedAt: session.lastMessageCreatedAt,
    clientLastMessageCreatedAt: lastTimeOf(facts, 'client'),
    clientOnlineAt: session.clientOnlineAt,
    clientOfflineAt: session.clientOfflineAt,
    operatorAssignedAt: session.operatorAssignedAt,
    price: details.price,
    operatorDialogDuration:
      first && lastOperator ? Math.round((lastOperator.at - first.at) / SECOND) : null,
    operatorFirstMessageCreatedAt: operatorDrafts[0] ? at(operatorDrafts[0].at) : null,
    switchAnotherOperator: facts.assigned.length > 1,
    haveExternalMessage: false,
    botStatus: facts.botStatus,
    ...closingFields(facts),
    // Messenger clients have no browser, so no user agent.
    clientUserAgent: null,
    ...ratingFields(details),
    operatorTimerFirstAnswer: facts.operators.timerFirstAnswer,
    operatorTimerNextAnswers: facts.operators.timerNextAnswers,
    metrics: null,
    operatorNotFoundAt: details.lostAt === null ? null : at(details.lostAt),
    takenByOperatorAt: first ? at(first.at) : null,
    isLostSession: details.lostAt !== null,
  };
}

/** One session, generated from its own random stream. */
export function generateSession(setup: SessionSetup): SessionState {
  const { random: r, startedAt } = setup;
  const plan = planSession(setup);
  const { drafts, assigned } = draftConversation(plan);
  const lastMessageAt = drafts.at(-1)?.at ?? null;
  const closedAt = plan.closed ? (lastMessageAt ?? startedAt) + r.int(60, 900) * SECOND : null;
  const messages = toMessages(drafts, readTimes(r, drafts, plan.closed), plan.id, plan.at);
  const operators = operatorStats(drafts, assigned);
  const { current } = operators;
  const details = drawDetails(plan, current, lastMessageAt, closedAt);
  const facts: SessionFacts = {
    setup,
    plan,
    drafts,
    assigned,
    messages,
    operators,
    details,
    lastMessageAt,
    closedAt,
    updatedAt: Math.max(startedAt, lastMessageAt ?? startedAt, closedAt ?? startedAt),
    botStatus: current || plan.closed ? 'STOPPED' : 'ACTIVE',
    status: plan.closed ? 'CLOSED' : 'ACTIVE',
  };
  const session = describeSession(facts);
  return {
    index: setup.index,
    session,
    search: describeSearchItem(facts, session),
    messages,
    startedAt,
    lastMessageAt,
    operatorAssignedAt: current?.at ?? null,
    closedAt,
    operatorType: current?.operator.type ?? null,
    tags: details.tags,
    price: details.price,
    duration: Math.round(((closedAt ?? facts.updatedAt) - startedAt) / SECOND),
    text: [plan.client.name, plan.client.clientId, ...details.tags, ...drafts.map((d) => d.body)]
      .join('\n')
      .toLowerCase(),
  };
}
