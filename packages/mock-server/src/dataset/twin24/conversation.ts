/**
 * A session's conversation as drafts: the client writes first and the bot answers; in some
 * sessions a system event announces an operator (and maybe a second one), who then talks with the
 * client.
 */
import type { Random } from '../random.js';
import type { Chat, Client, Operator } from './cast.js';
import { SECOND, stamp } from './clock.js';
import type { Twin24Attachment, Twin24AuthorType } from './types.js';

const CLIENT_LINES = [
  'Hi, where is my order?',
  'Can I change the delivery address?',
  'The parcel has not arrived yet.',
  'I would like a refund, please.',
  'Thanks, that solves it!',
  'Is there a discount for regular customers?',
  'Can I talk to a person?',
  'What are your opening hours?',
] as const;
const BOT_LINES = [
  'I can check that for you. What would you like to do?',
  'Your order ships tomorrow.',
  'Please send me your order number.',
  'Let me connect you with an operator.',
  'Our team works from 9:00 to 21:00 every day.',
] as const;
const OPERATOR_LINES = [
  'Hello! I am looking into it now.',
  'Your parcel leaves the warehouse today.',
  'I have updated the delivery address.',
  'The refund will reach your card within five days.',
  'Is there anything else I can help with?',
] as const;
const QUICK_ANSWERS = ['Track my order', 'Talk to an operator'];

/** A message before it is served: its author, text and time, and what it quotes. */
export interface Draft {
  role: Twin24AuthorType;
  at: number;
  id: string;
  authorId: string | null;
  authorName: string | null;
  type: string;
  body: string;
  answers: string[];
  keyboard: Array<Array<{ text: string }>>;
  attachments: Twin24Attachment[];
  /** Index of the quoted draft. */
  replyTo: number | null;
}

/** An operator's assignment to the session, from `at` (epoch ms) on. */
export interface Assignment {
  operator: Operator;
  at: number;
}

/** The drafts, oldest first, and the operators assigned over time, oldest first. */
export interface Conversation {
  drafts: Draft[];
  assigned: Assignment[];
}

/** What a session's conversation is drawn from. */
export interface ConversationPlan {
  random: Random;
  /** The session start, epoch ms: the time of the first message. */
  startedAt: number;
  companyId: number;
  operators: readonly Operator[];
  client: Client;
  chat: Chat;
  /** The client's UTC offset, in minutes. */
  offset: number;
  /** How many messages (system events included) the session has. */
  count: number;
  /** Index of the system event that brings in an operator, -1 for none. */
  joinAt: number;
  /** Index of the system event that brings in another operator, -1 for none. */
  switchAt: number;
}

// Seconds between a message and the one before it, by who writes it.
const GAPS: Readonly<Record<Twin24AuthorType, readonly [number, number]>> = {
  client: [15, 180],
  bot: [2, 6],
  operator: [20, 240],
  system: [5, 60],
};

/** Who writes message `k`; once an operator has joined, the client or the operator at random. */
function roleAt(plan: ConversationPlan, k: number): Twin24AuthorType {
  const { random: r, joinAt, switchAt } = plan;
  if (k === joinAt || k === switchAt) return 'system';
  if (k === 0) return 'client';
  if (joinAt >= 0 && k > joinAt) return r.chance(0.5) ? 'client' : 'operator';
  return k % 2 === 0 ? 'client' : 'bot';
}

/** Fills in the author and text of `draft` by its role; a system event assigns an operator. */
function writeDraft(plan: ConversationPlan, assigned: Assignment[], draft: Draft): void {
  const { random: r, client, chat } = plan;
  if (draft.role === 'system') {
    const previous = assigned.at(-1)?.operator;
    const others = plan.operators.filter((operator) => operator !== previous);
    const operator = r.pick(others);
    assigned.push({ operator, at: draft.at });
    draft.type = 'event';
    draft.body = `Operator ${operator.name} joined the chat.`;
  } else if (draft.role === 'client') {
    draft.authorId = client.clientId;
    draft.authorName = client.name;
    draft.body = r.pick(CLIENT_LINES);
  } else if (draft.role === 'bot') {
    draft.authorId = chat.botId;
    draft.authorName = chat.botName;
    draft.body = r.pick(BOT_LINES);
    if (r.chance(0.3)) {
      draft.answers = [...QUICK_ANSWERS];
      draft.keyboard = [QUICK_ANSWERS.map((text) => ({ text }))];
    }
  } else {
    const operator = (assigned.at(-1) as Assignment).operator;
    draft.authorId = String(operator.id);
    draft.authorName = operator.name;
    draft.body = r.pick(OPERATOR_LINES);
    if (r.chance(0.15)) {
      draft.type = 'file';
      draft.body = 'Here is your receipt.';
      draft.attachments = [attachment(r, draft.at, plan.companyId, plan.offset)];
    }
  }
}

export function draftConversation(plan: ConversationPlan): Conversation {
  const r = plan.random;
  const assigned: Assignment[] = [];
  const drafts: Draft[] = [];
  let time = plan.startedAt;
  for (let k = 0; k < plan.count; k++) {
    const role = roleAt(plan, k);
    if (k > 0) {
      const [min, max] = GAPS[role];
      time += r.int(min, max) * SECOND;
    }
    const draft: Draft = {
      role,
      at: time,
      id: r.uuid(),
      authorId: null,
      authorName: null,
      type: 'text',
      body: '',
      answers: [],
      keyboard: [],
      attachments: [],
      replyTo: null,
    };
    writeDraft(plan, assigned, draft);
    const previous = lastIndex(drafts, (d) => d.role !== 'system');
    if ((role === 'client' || role === 'operator') && previous >= 0 && r.chance(0.1)) {
      draft.replyTo = previous;
    }
    drafts.push(draft);
  }
  return { drafts, assigned };
}

/** Index of the last item that passes `test`, or -1 (`Array#findLastIndex` is ES2023). */
export function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

function attachment(r: Random, time: number, companyId: number, offset: number): Twin24Attachment {
  const id = r.uuid();
  const short = id.slice(0, 8);
  const baseName = `receipt-${r.int(1000, 9999)}`;
  const day = new Date(time).toISOString().slice(0, 10).replaceAll('-', '/');
  return {
    id,
    isPrivate: false,
    createdAt: stamp(time - 5 * SECOND, offset),
    name: `${baseName}.pdf`,
    baseName,
    extension: 'pdf',
    sugestedExtension: 'pdf',
    path: `chats/${companyId}/${day}/${short}.pdf`,
    size: r.int(20_000, 900_000),
    url: `https://files.example.com/chats/${companyId}/${short}.pdf`,
    downloadLink: `https://files.example.com/download/${short}`,
  };
}
