/**
 * The Twin (twin24.ai) dataset: seeded chat sessions with their messages, served through the chat
 * service (`listSessions`, `getSession`, `listSessionMessages`), the analyse service's session
 * search (`searchChatSessions`) and the IAM log-in (`login`, `refreshToken`) of
 * specs/twin24/openapi.yaml. Every data operation needs an access token from `login`, as at Twin.
 */
import { createTokenIssuer, type TokenIssuer } from '../tokens.js';
import { createRandom, DATASET_EPOCH, instants, person, type Random } from './random.js';
import type { DatasetOptions, DatasetRequest, DatasetResponse, VendorDataset } from './types.js';

/** Who wrote a message; the values the spec's examples and the vendor SDK show. */
export type Twin24AuthorType = 'client' | 'bot' | 'operator' | 'system';

/** A file attached to a message (spec `MessageAttachment`, with Twin's `sugestedExtension`). */
export interface Twin24Attachment {
  id: string;
  isPrivate: boolean;
  createdAt: string;
  name: string;
  baseName: string;
  extension: string;
  sugestedExtension: string;
  path: string;
  /** Bytes. */
  size: number;
  url: string;
  downloadLink: string;
}

/** The message a message replies to (spec `Message.replyTo`). */
export interface Twin24ReplyTo {
  id: string;
  sessionId: string;
  /** The operator's IAM user id, when an operator wrote the quoted message. */
  userId: string | null;
  botId: string | null;
  body: string;
  authorType: Twin24AuthorType;
  authorName: string | null;
  type: string;
  clientId: string | null;
  createdAt: string;
  attachments: Twin24Attachment[];
  answers: string[];
  keyboard: Array<Array<{ text: string }>>;
  actions: unknown[];
}

/** One message as `listSessionMessages` serves it (spec `Message`). */
export interface Twin24Message {
  id: string;
  /** Client id, bot id or operator user id (as a string); `null` for system events. */
  authorId: string | null;
  authorType: Twin24AuthorType;
  authorName: string | null;
  /** `text`, `file` (with an attachment) or `event` (system notices). */
  type: string;
  body: string;
  answers: string[];
  keyboard: Array<Array<{ text: string }>>;
  /** When the other side read it; `null` while unread (and always for system events). */
  readAt: string | null;
  createdAt: string;
  updatedAt: string;
  sessionId: string;
  attachments: Twin24Attachment[];
  replyTo: Twin24ReplyTo | null;
}

/** One operator assignment of a session (spec `SessionOperator`, snake_case `assigned_at`). */
export interface Twin24SessionOperator {
  id: number;
  name: string;
  type: string;
  assigned_at: string;
}

/** One session as the chat service serves it (`listSessions`, `getSession`; spec `Session`). */
export interface Twin24Session {
  id: string;
  chatId: string;
  name: string;
  markedAsSpam: boolean;
  /** Seconds. */
  ttl: number;
  operatorId: string | null;
  operatorName: string | null;
  operatorAssignedAt: string | null;
  /** Every operator assigned over time, oldest first; the last one is the current one. */
  operators: Twin24SessionOperator[];
  channel: string;
  messengerType: string;
  botStatus: string;
  status: string;
  startedAt: string;
  clientOnlineAt: string;
  clientOfflineAt: string | null;
  unreadClientMessageCount: number;
  lastMessageCreatedAt: string | null;
  lastMessage: Twin24Message | null;
  clientId: string;
  clientBanned: boolean;
  referer: string | null;
  /** Comma-separated, possibly empty. */
  tags: string;
  /** Seconds. */
  timerFirstAnswer: number | null;
  /** Seconds. */
  timerNextAnswers: number | null;
  lastOperatorMessage: string | null;
  firstClientMessageAfterLastOperatorMessage: string | null;
}

/**
 * The session fields the analyse search can return (spec `ChatSessionField`), in the spec's order.
 * Kept here rather than read from the vendor package, which the mock server must not import.
 */
export const TWIN24_CHAT_SESSION_FIELDS = [
  'id',
  'chatId',
  'companyId',
  'name',
  'chatName',
  'whatsappPhone',
  'botId',
  'botName',
  'markedAsSpam',
  'userId',
  'operatorGroupIds',
  'operatorName',
  'operatorType',
  'operatorMessageCount',
  'clientMessageCount',
  'botMessageCount',
  'clientDeviceId',
  'clientId',
  'clientExternalId',
  'clientIp',
  'location',
  'timeZone',
  'countryCode',
  'countryName',
  'regionCode',
  'regionName',
  'city',
  'zipCode',
  'messengerType',
  'status',
  'referer',
  'dialogResults',
  'operatorResults',
  'nps',
  'createdAt',
  'operatorLastMessageCreatedAt',
  'updatedAt',
  'noResponseOperatorToClient',
  'botLastMessageCreatedAt',
  'lastMessageCreatedAt',
  'clientLastMessageCreatedAt',
  'clientOnlineAt',
  'clientOfflineAt',
  'operatorAssignedAt',
  'price',
  'operatorDialogDuration',
  'operatorFirstMessageCreatedAt',
  'switchAnotherOperator',
  'haveExternalMessage',
  'botStatus',
  'closedAt',
  'closedByUserId',
  'closedByOperatorName',
  'closedByBotId',
  'clientUserAgent',
  'csi',
  'csiMax',
  'csiPercent',
  'rating',
  'fcr',
  'operatorTimerFirstAnswer',
  'operatorTimerNextAnswers',
  'metrics',
  'operatorNotFoundAt',
  'takenByOperatorAt',
  'isLostSession',
] as const;

/** A name the search's `fields` parameter accepts. */
export type Twin24ChatSessionField = (typeof TWIN24_CHAT_SESSION_FIELDS)[number];

/** A JSON value of a search item field. */
export type Twin24FieldValue = string | number | boolean | null | readonly unknown[];

/**
 * One session as the analyse search sees it, with every field; a search answer holds only the
 * fields its `fields` parameter names. Times are the same instants as the chat service's.
 */
export type Twin24SearchItem = { [K in Twin24ChatSessionField]: Twin24FieldValue };

/** The IAM part of the mock: log-in, refresh, and the bearer check of every other operation. */
export interface TwinAuth {
  /**
   * `login`: any non-empty email and password are accepted (the mock has no user store) and get
   * a token pair; a blank one answers 400 like Twin's validation.
   */
  login(request: DatasetRequest): DatasetResponse;
  /** `refreshToken`: a valid refresh token of ours (sent with the current access token) → new pair. */
  refresh(request: DatasetRequest): DatasetResponse;
  /** `undefined` when the request carries a valid access token of ours, else the 401 answer. */
  authorize(request: DatasetRequest): DatasetResponse | undefined;
}

/** Options of `createTwinAuth`. */
export interface TwinAuthOptions {
  /** Signs and checks the tokens (`createTokenIssuer` of src/tokens.ts). */
  issuer: TokenIssuer;
  /** Lifetime of every access token, in seconds from the issuer's `now()`. */
  tokenTtlSeconds: number;
  /** Lifetime of every refresh token, in seconds from the issuer's `now()`. */
  refreshTtlSeconds: number;
}

/** The Twin dataset: the `VendorDataset` plus its records, read-only, for computing expectations. */
export interface Twin24Dataset extends VendorDataset {
  /** The company every session belongs to (the caller's company). */
  readonly companyId: number;
  /** Every session as the chat service serves it, oldest first (generation order). */
  readonly sessions: ReadonlyArray<Readonly<Twin24Session>>;
  /** Every session as the analyse search sees it (all fields), in the order of `sessions`. */
  readonly searchItems: ReadonlyArray<Readonly<Twin24SearchItem>>;
  /** The messages of a session, oldest first; `[]` for an unknown id. */
  messagesOf(sessionId: string): ReadonlyArray<Readonly<Twin24Message>>;
  /** The log-in and bearer checks the dataset applies (its issuer's key derives from the seed). */
  readonly auth: TwinAuth;
}

// --- Errors ------------------------------------------------------------------------------------

// Twin's error bodies are `{error, details?}` (spec `ErrorBody`); the texts are the spec's examples.
const NOT_AUTHENTICATED = 'User is not authenticated.';
// The vendor SDK (and the botbridge client) compare this exact text to decide on a refresh.
const TOKEN_EXPIRED = 'Token is expired.';
const INVALID_INPUT = 'Invalid input parameters.';
const BLANK = 'This value should not be blank.';

const json = (status: number, body: unknown): DatasetResponse => ({ status, body });
const unauthorized = (error: string) => json(401, { error });

/** A query or body value the vendor would reject; becomes the spec's 400 answer. */
class InputError extends Error {
  constructor(
    readonly parameter: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const badRequest = (error: InputError) =>
  json(400, { error: INVALID_INPUT, details: { [error.parameter]: error.detail } });

// --- Auth --------------------------------------------------------------------------------------

/**
 * Twin's IAM log-in as the mock models it: `POST /auth/login` returns `{token, refreshToken}` (spec
 * `AuthTokens`, which has no expiry fields: the JWT's `exp` claim carries it); `POST /auth/refresh`
 * trades the refresh token for a new pair; every other operation wants `Authorization: Bearer`.
 * The lifetimes are the mock's own settings: a `ttl` in the body is accepted but not applied, so a
 * mock configured with short lifetimes lets a client exercise its refresh path.
 */
export function createTwinAuth(options: TwinAuthOptions): TwinAuth {
  const { issuer, tokenTtlSeconds, refreshTtlSeconds } = options;
  const pair = (subject: string) =>
    json(200, {
      token: issuer.issue(subject, tokenTtlSeconds, 'access'),
      refreshToken: issuer.issue(subject, refreshTtlSeconds, 'refresh'),
    });

  return {
    login(request) {
      const body = asObject(request.body);
      const email = body.email;
      if (typeof email !== 'string' || email.trim() === '') return badRequest(blank('email'));
      if (typeof body.password !== 'string' || body.password === '') {
        return badRequest(blank('password'));
      }
      // The mock has no users: the email (normalized) is the token's subject.
      return pair(email.trim().toLowerCase());
    },
    refresh(request) {
      // Twin's SDK sends the current token raw (no `Bearer `) on this call only; accept both. The
      // current token may be expired (that is why one refreshes) but must be one of ours.
      const header = request.headers.authorization?.trim();
      if (!header) return unauthorized(NOT_AUTHENTICATED);
      const access = issuer.check(header.replace(/^Bearer\s+/i, ''), 'access');
      if (access.state === 'invalid') return unauthorized(NOT_AUTHENTICATED);
      const refreshToken = asObject(request.body).refreshToken;
      if (typeof refreshToken !== 'string' || refreshToken === '') {
        return badRequest(blank('refreshToken'));
      }
      const refresh = issuer.check(refreshToken, 'refresh');
      if (refresh.state === 'expired') return unauthorized('Refresh token is expired.');
      // A refresh token of another user's pair is as unknown as a forged one.
      if (refresh.state === 'invalid' || refresh.subject !== access.subject) {
        return unauthorized('Invalid refresh token.');
      }
      return pair(refresh.subject);
    },
    authorize(request) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
      if (!match?.[1]) return unauthorized(NOT_AUTHENTICATED);
      const access = issuer.check(match[1], 'access');
      if (access.state === 'valid') return undefined;
      return unauthorized(access.state === 'expired' ? TOKEN_EXPIRED : NOT_AUTHENTICATED);
    },
  };
}

function blank(parameter: string): InputError {
  return new InputError(parameter, BLANK);
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

// --- Generation --------------------------------------------------------------------------------

// Client locations with fixed UTC offsets (none of these zones has daylight saving time), so a
// session's times can be written in its client's offset, as Twin's examples do (`+03:00` for a
// Moscow client, `+00:00` for a UTC one), and every instant keeps one spelling.
const LOCATIONS = [
  ['Moscow', 'RU', 'Russia', 'MOW', 'Moscow', '101000', 'Europe/Moscow', 180],
  ['Kazan', 'RU', 'Russia', 'TA', 'Tatarstan', '420111', 'Europe/Moscow', 180],
  [
    'Yekaterinburg',
    'RU',
    'Russia',
    'SVE',
    'Sverdlovsk Oblast',
    '620014',
    'Asia/Yekaterinburg',
    300,
  ],
  ['Minsk', 'BY', 'Belarus', 'HM', 'Minsk', '220030', 'Europe/Minsk', 180],
  ['Reykjavik', 'IS', 'Iceland', '1', 'Capital Region', '101', 'Atlantic/Reykjavik', 0],
] as const;

type Location = (typeof LOCATIONS)[number];

// Twin names TELEGRAM and WHATSAPP as messenger types (spec `Session.messengerType` examples).
const CHAT_TEMPLATES = [
  ['Support bot (Telegram)', 'TELEGRAM', 'Order status assistant'],
  ['Sales line (WhatsApp)', 'WHATSAPP', 'Sales assistant'],
  ['Service desk (Telegram)', 'TELEGRAM', 'Service desk bot'],
] as const;

const TAGS = ['vip', 'delivery', 'refund', 'complaint'] as const;

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

interface Chat {
  id: string;
  name: string;
  messengerType: string;
  botId: string;
  botName: string;
}

interface Operator {
  id: number;
  name: string;
  type: string;
}

interface Client {
  clientId: string;
  name: string;
  phone: string;
  location: Location;
  deviceId: string;
  externalId: string | null;
  ip: string;
  banned: boolean;
}

/** What the listings filter and sort on, next to the served objects. Times in epoch ms. */
interface SessionState {
  index: number;
  session: Twin24Session;
  search: Twin24SearchItem;
  messages: MessageState[];
  startedAt: number;
  lastMessageAt: number | null;
  operatorAssignedAt: number | null;
  closedAt: number | null;
  operatorType: string | null;
  tags: string[];
  price: number;
  /** Seconds from the start to the close (or the last update of an open session). */
  duration: number;
  /** Lower-case text `keyword` searches: name, client id, tags and every message body. */
  text: string;
}

interface MessageState {
  index: number;
  createdAt: number;
  readAt: number | null;
  message: Twin24Message;
}

interface Draft {
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

const SECOND = 1000;
const DAY = 86_400_000;
const wholeSecond = (ms: number) => Math.floor(ms / SECOND) * SECOND;

/** An instant written in a fixed offset, seconds precision: `2026-03-12T10:15:04+03:00`. */
function stamp(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

function generate(seed: number, records: number) {
  const root = createRandom(seed);
  const setup = root.fork('twin24:setup');
  const companyId = setup.int(10_000, 99_999);
  const chats: Chat[] = CHAT_TEMPLATES.map(([name, messengerType, botName]) => ({
    id: setup.uuid(),
    name,
    messengerType,
    botId: setup.uuid(),
    botName,
  }));
  const operators: Operator[] = Array.from({ length: 4 }, (_, i) => {
    const who = person(setup);
    // IAM user ids are integers (spec `SessionOperator.id`); spaced so they never collide.
    return {
      id: 90_000 + i * 100 + setup.int(0, 99),
      name: `${who.first} ${who.last}`,
      type: i === 0 ? 'SUPERVISOR' : 'OPERATOR',
    };
  });
  const groups = [setup.uuid(), setup.uuid()];

  // Fewer clients than sessions, so some clients come back (the `clientId` filter and
  // `groupByClientId` then have something to do).
  const clientRandom = root.fork('twin24:clients');
  const clientIds = new Set<string>();
  const clients: Client[] = Array.from({ length: Math.max(1, Math.ceil(records * 0.7)) }, () => {
    let clientId: string;
    do clientId = String(clientRandom.int(1_000_000_000, 1_999_999_999));
    while (clientIds.has(clientId));
    clientIds.add(clientId);
    const who = person(clientRandom);
    const slug = `${who.first}-${who.last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    return {
      clientId,
      name: `${who.first} ${who.last}`,
      phone: who.phone,
      location: clientRandom.pick(LOCATIONS),
      deviceId: `dev-${clientRandom.hex(8)}`,
      externalId: clientRandom.chance(0.4) ? `crm-${slug}-${clientRandom.int(1, 999)}` : null,
      // 203.0.113.0/24 is reserved for documentation.
      ip: `203.0.113.${clientRandom.int(1, 254)}`,
      banned: clientRandom.chance(0.05),
    };
  });

  const starts = instants(root.fork('twin24:starts'), records);
  const sessions = starts.map((start, index) =>
    generateSession({
      random: root.fork(`twin24:session:${index}`),
      index,
      startedAt: wholeSecond(start),
      // The oldest session gets `records` messages so that message paging spans several pages.
      messageCount: index === 0 ? records : undefined,
      companyId,
      chats,
      operators,
      groups,
      clients,
    }),
  );
  return { companyId, sessions };
}

interface SessionSetup {
  random: Random;
  index: number;
  startedAt: number;
  messageCount: number | undefined;
  companyId: number;
  chats: Chat[];
  operators: Operator[];
  groups: string[];
  clients: Client[];
}

function generateSession(setup: SessionSetup): SessionState {
  const { random: r, index, startedAt, companyId } = setup;
  const id = r.uuid();
  const client = r.pick(setup.clients);
  const chat = r.pick(setup.chats);
  const offset = client.location[7];
  const at = (ms: number) => stamp(ms, offset);
  const count = setup.messageCount ?? r.int(0, 8);
  const spam = r.chance(0.08);
  const age = DATASET_EPOCH - startedAt;
  const closed = spam || r.chance(age > 2 * DAY ? 0.9 : 0.3);

  // The conversation: the client writes first and the bot answers; in some sessions a system
  // event announces an operator (and maybe a second one), who then talks with the client.
  const withOperator = count >= 3 && !spam && r.chance(0.55);
  const joinAt = withOperator ? r.int(2, count - 1) : -1;
  const switchAt =
    withOperator && count - joinAt >= 5 && r.chance(0.3) ? r.int(joinAt + 2, count - 2) : -1;
  const assigned: Array<{ operator: Operator; at: number }> = [];
  const drafts: Draft[] = [];
  let time = startedAt;
  for (let k = 0; k < count; k++) {
    const role: Twin24AuthorType =
      k === joinAt || k === switchAt
        ? 'system'
        : k === 0
          ? 'client'
          : joinAt >= 0 && k > joinAt
            ? r.chance(0.5)
              ? 'client'
              : 'operator'
            : k % 2 === 0
              ? 'client'
              : 'bot';
    if (k > 0) {
      const gap = { client: [15, 180], bot: [2, 6], operator: [20, 240], system: [5, 60] }[role];
      time += r.int(gap[0] as number, gap[1] as number) * SECOND;
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
    if (role === 'system') {
      const previous = assigned.at(-1)?.operator;
      const others = setup.operators.filter((operator) => operator !== previous);
      const operator = r.pick(others);
      assigned.push({ operator, at: time });
      draft.type = 'event';
      draft.body = `Operator ${operator.name} joined the chat.`;
    } else if (role === 'client') {
      draft.authorId = client.clientId;
      draft.authorName = client.name;
      draft.body = r.pick(CLIENT_LINES);
    } else if (role === 'bot') {
      draft.authorId = chat.botId;
      draft.authorName = chat.botName;
      draft.body = r.pick(BOT_LINES);
      if (r.chance(0.3)) {
        draft.answers = [...QUICK_ANSWERS];
        draft.keyboard = [QUICK_ANSWERS.map((text) => ({ text }))];
      }
    } else {
      const operator = (assigned.at(-1) as { operator: Operator }).operator;
      draft.authorId = String(operator.id);
      draft.authorName = operator.name;
      draft.body = r.pick(OPERATOR_LINES);
      if (r.chance(0.15)) {
        draft.type = 'file';
        draft.body = 'Here is your receipt.';
        draft.attachments = [attachment(r, time, companyId, offset)];
      }
    }
    const previous = lastIndex(drafts, (d) => d.role !== 'system');
    if ((role === 'client' || role === 'operator') && previous >= 0 && r.chance(0.1)) {
      draft.replyTo = previous;
    }
    drafts.push(draft);
  }

  const last = drafts.at(-1);
  const lastMessageAt = last?.at ?? null;
  const closedAt = closed ? (lastMessageAt ?? startedAt) + r.int(60, 900) * SECOND : null;
  // Read receipts: in an open session the client's messages after the last answer are unread, as
  // may be the last answer itself; everything else was read a few seconds after it was written.
  const lastAnswer = lastIndex(drafts, (d) => d.role === 'bot' || d.role === 'operator');
  const readAts = drafts.map((d, k) => {
    if (d.role === 'system') return null;
    if (!closed && d.role === 'client' && k > lastAnswer) return null;
    if (!closed && k === lastAnswer && k === drafts.length - 1 && r.chance(0.5)) return null;
    return d.at + r.int(1, 30) * SECOND;
  });
  const messages: MessageState[] = drafts.map((d, k) => {
    const readAt = readAts[k] ?? null;
    const quoted = d.replyTo === null ? undefined : drafts[d.replyTo];
    return {
      index: k,
      createdAt: d.at,
      readAt,
      message: {
        id: d.id,
        authorId: d.authorId,
        authorType: d.role,
        authorName: d.authorName,
        type: d.type,
        body: d.body,
        answers: d.answers,
        keyboard: d.keyboard,
        readAt: readAt === null ? null : at(readAt),
        createdAt: at(d.at),
        updatedAt: at(readAt ?? d.at),
        sessionId: id,
        attachments: d.attachments,
        replyTo: quoted ? replyOf(quoted, id, at) : null,
      },
    };
  });

  const byRole = (role: Twin24AuthorType) => drafts.filter((d) => d.role === role);
  const operatorDrafts = byRole('operator');
  const lastOperator = operatorDrafts.at(-1);
  const lastOperatorIndex = lastOperator ? drafts.indexOf(lastOperator) : -1;
  const clientAfterOperator =
    lastOperatorIndex >= 0
      ? drafts.slice(lastOperatorIndex + 1).find((d) => d.role === 'client')
      : undefined;
  const current = assigned.at(-1);
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
  const tags = TAGS.filter(() => r.chance(0.2));
  const referer = r.chance(0.4) ? `https://shop.example.com/orders/${r.int(1000, 9999)}` : null;
  const clientOnlineAt = startedAt - r.int(1, 5) * SECOND;
  const clientOfflineAt = closedAt === null ? null : closedAt + r.int(5, 120) * SECOND;
  const botStatus = current || closed ? 'STOPPED' : 'ACTIVE';
  const status = closed ? 'CLOSED' : 'ACTIVE';
  const lostAt =
    !current && count > 0 && !spam && r.chance(0.15)
      ? (lastMessageAt as number) + 300 * SECOND
      : null;
  const updatedAt = Math.max(startedAt, lastMessageAt ?? startedAt, closedAt ?? startedAt);
  const price = current ? 1 + 0.25 * r.int(0, 4) : 0.25 * r.int(1, 3);
  const rated = closed && r.chance(0.5);
  const csi = rated ? r.int(1, 5) : null;
  const nps = closed && r.chance(0.4) ? r.int(0, 10) : null;
  const fcr = closed ? r.chance(0.7) : null;
  const lastOf = (role: Twin24AuthorType) => {
    const found = byRole(role).at(-1);
    return found ? at(found.at) : null;
  };
  const operatorEntries = assigned.map(({ operator, at: since }) => ({
    id: operator.id,
    name: operator.name,
    type: operator.type,
    assigned_at: at(since),
  }));
  const lastMessage = messages.at(-1)?.message ?? null;

  const session: Twin24Session = {
    id,
    chatId: chat.id,
    name: client.name,
    markedAsSpam: spam,
    ttl: 86_400,
    operatorId: current ? String(current.operator.id) : null,
    operatorName: current?.operator.name ?? null,
    operatorAssignedAt: current ? at(current.at) : null,
    operators: operatorEntries,
    channel: chat.messengerType.toLowerCase(),
    messengerType: chat.messengerType,
    botStatus,
    status,
    startedAt: at(startedAt),
    clientOnlineAt: at(clientOnlineAt),
    clientOfflineAt: clientOfflineAt === null ? null : at(clientOfflineAt),
    unreadClientMessageCount: messages.filter(
      (m) => m.message.authorType === 'client' && m.readAt === null,
    ).length,
    lastMessageCreatedAt: lastMessageAt === null ? null : at(lastMessageAt),
    lastMessage,
    clientId: client.clientId,
    clientBanned: client.banned,
    referer,
    tags: tags.join(','),
    timerFirstAnswer,
    timerNextAnswers,
    lastOperatorMessage: lastOperator?.body ?? null,
    firstClientMessageAfterLastOperatorMessage: clientAfterOperator?.body ?? null,
  };

  const [city, countryCode, countryName, regionCode, regionName, zipCode, timeZone] =
    client.location;
  const search: Twin24SearchItem = {
    id,
    chatId: chat.id,
    companyId,
    name: client.name,
    chatName: chat.name,
    whatsappPhone: chat.messengerType === 'WHATSAPP' ? client.phone : null,
    botId: chat.botId,
    botName: chat.botName,
    markedAsSpam: spam,
    userId: current?.operator.id ?? null,
    operatorGroupIds: current ? [setup.groups[index % setup.groups.length] as string] : [],
    operatorName: current?.operator.name ?? null,
    operatorType: current?.operator.type ?? null,
    operatorMessageCount: operatorDrafts.length,
    clientMessageCount: byRole('client').length,
    botMessageCount: byRole('bot').length,
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
    messengerType: chat.messengerType,
    status,
    referer,
    dialogResults: [],
    operatorResults: [],
    nps,
    // A chat-service session has `startedAt` and the search item `createdAt`: the same instant.
    createdAt: at(startedAt),
    operatorLastMessageCreatedAt: lastOf('operator'),
    updatedAt: at(updatedAt),
    noResponseOperatorToClient: current ? last?.role === 'client' : null,
    botLastMessageCreatedAt: lastOf('bot'),
    lastMessageCreatedAt: session.lastMessageCreatedAt,
    clientLastMessageCreatedAt: lastOf('client'),
    clientOnlineAt: session.clientOnlineAt,
    clientOfflineAt: session.clientOfflineAt,
    operatorAssignedAt: session.operatorAssignedAt,
    price,
    operatorDialogDuration:
      first && lastOperator ? Math.round((lastOperator.at - first.at) / SECOND) : null,
    operatorFirstMessageCreatedAt: operatorDrafts[0] ? at(operatorDrafts[0].at) : null,
    switchAnotherOperator: assigned.length > 1,
    haveExternalMessage: false,
    botStatus,
    closedAt: closedAt === null ? null : at(closedAt),
    closedByUserId: closed && current ? current.operator.id : null,
    closedByOperatorName: closed && current ? current.operator.name : null,
    closedByBotId: closed && !current ? chat.botId : null,
    // Messenger clients have no browser, so no user agent.
    clientUserAgent: null,
    csi,
    csiMax: rated ? 5 : null,
    csiPercent: csi === null ? null : csi * 20,
    rating: csi,
    fcr,
    operatorTimerFirstAnswer: timerFirstAnswer,
    operatorTimerNextAnswers: timerNextAnswers,
    metrics: null,
    operatorNotFoundAt: lostAt === null ? null : at(lostAt),
    takenByOperatorAt: first ? at(first.at) : null,
    isLostSession: lostAt !== null,
  };

  return {
    index,
    session,
    search,
    messages,
    startedAt,
    lastMessageAt,
    operatorAssignedAt: current?.at ?? null,
    closedAt,
    operatorType: current?.operator.type ?? null,
    tags,
    price,
    duration: Math.round(((closedAt ?? updatedAt) - startedAt) / SECOND),
    text: [client.name, client.clientId, ...tags, ...drafts.map((d) => d.body)]
      .join('\n')
      .toLowerCase(),
  };
}

/** Index of the last item that passes `test`, or -1 (`Array#findLastIndex` is ES2023). */
function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
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

function replyOf(quoted: Draft, sessionId: string, at: (ms: number) => string): Twin24ReplyTo {
  return {
    id: quoted.id,
    sessionId,
    userId: quoted.role === 'operator' ? quoted.authorId : null,
    botId: quoted.role === 'bot' ? quoted.authorId : null,
    body: quoted.body,
    authorType: quoted.role,
    authorName: quoted.authorName,
    type: quoted.type,
    clientId: quoted.role === 'client' ? quoted.authorId : null,
    createdAt: at(quoted.at),
    attachments: quoted.attachments,
    answers: quoted.answers,
    keyboard: quoted.keyboard,
    actions: [],
  };
}

// --- Query reading -----------------------------------------------------------------------------

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

function integer(query: URLSearchParams, name: string, min: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new InputError(name, `This value should be an integer of ${min} or more.`);
  }
  return Number(raw);
}

/**
 * Twin's paging (spec `Limit`/`Offset`/`Page`): `limit` 1–1000, default 10; the start is either
 * `offset` (0-based item index) or `page` (0-based page of `limit` items). The spec says to send one
 * of them, not both, so both at once answers 400 rather than guessing which one wins.
 */
function readPaging(query: URLSearchParams): { offset: number; limit: number } {
  const limit = integer(query, 'limit', 1) ?? DEFAULT_LIMIT;
  // The spec's own example of this 400 (ChatBadRequest `limitTooLarge`); the server's request
  // validation normally catches it first.
  if (limit > MAX_LIMIT) throw new InputError('limit', 'This value should be 1000 or less.');
  const offset = integer(query, 'offset', 0);
  const page = integer(query, 'page', 0);
  if (offset !== undefined && page !== undefined) {
    throw new InputError('page', 'Use either offset or page, not both.');
  }
  return { limit, offset: offset ?? (page ?? 0) * limit };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * `from`/`to` (spec `From`/`To`), compared as instants whatever offset they are written in. The
 * spec does not say whether the bounds are inclusive; both are, because Twin's own examples close a
 * range with `…T23:59:59+03:00` (the last second of a day), which only covers that second if the
 * end is inclusive. (The botbridge client re-checks its exclusive `until` itself.)
 */
function readWindow(query: URLSearchParams): (ms: number) => boolean {
  const bound = (name: string) => {
    const raw = query.get(name);
    if (raw === null) return undefined;
    const ms = DATE_TIME.test(raw) ? Date.parse(raw) : Number.NaN;
    if (Number.isNaN(ms)) {
      // An unencoded `+` of an offset arrives as a space, as the spec warns.
      throw new InputError(name, 'This value is not a valid ISO 8601 date-time with an offset.');
    }
    return ms;
  };
  const from = bound('from');
  const to = bound('to');
  return (ms) => (from === undefined || ms >= from) && (to === undefined || ms <= to);
}

function flag(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new InputError(name, 'This value should be true or false.');
}

type SortValue = string | number | boolean | null;
type SortKeys<T> = Record<string, (item: T) => SortValue>;

/** Nulls sort as the largest value (last ascending, first descending, as in PostgreSQL). */
function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Twin's sort grammar (spec `sort` parameters): comma-separated names, each with an optional `+`
 * (ascending, the default) or `-` (descending). Equal items keep generation order (oldest first),
 * so pages are stable.
 */
function readSort<T extends { index: number }>(
  query: URLSearchParams,
  keys: SortKeys<T>,
  fallback: string,
): (a: T, b: T) => number {
  const terms = (query.get('sort') ?? fallback).split(',').map((term) => {
    const match = /^([+-]?)(\w+)$/.exec(term);
    const key = match && Object.hasOwn(keys, match[2] as string) ? keys[match[2] as string] : null;
    if (!match || !key) throw new InputError('sort', `Unknown sort field "${term}".`);
    return { key, direction: match[1] === '-' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { key, direction } of terms) {
      const order = compareValues(key(a), key(b)) * direction;
      if (order !== 0) return order;
    }
    return a.index - b.index;
  };
}

function pageOf<T, R>(items: T[], paging: { offset: number; limit: number }, map: (item: T) => R) {
  return items.slice(paging.offset, paging.offset + paging.limit).map(map);
}

// --- Operations --------------------------------------------------------------------------------

// Sort names of `listSessions` (spec pattern). The spec leaves the default order undocumented; we
// use `startedAt` ascending, the default the analyse search documents for the same sessions, which
// also keeps offset pages stable while new sessions arrive.
const SESSION_SORT: SortKeys<SessionState> = {
  name: (s) => s.session.name,
  status: (s) => s.session.status,
  markedAsSpam: (s) => s.session.markedAsSpam,
  startedAt: (s) => s.startedAt,
  lastMessageCreatedAt: (s) => s.lastMessageAt,
  operatorAssignedAt: (s) => s.operatorAssignedAt,
};

// Sort names of the search (spec pattern, default `startedAt`). The list was copied from Twin's call
// search and the spec warns some names may not apply to chats: `startedAt` is the creation time,
// `finisheAt` (Twin's spelling) the close time and `duration` the session length; chats have no
// billing or speaker times, so `billedAt` and `speakerFinishedAt` leave the order unchanged.
const SEARCH_SORT: SortKeys<SessionState> = {
  createdAt: (s) => s.startedAt,
  startedAt: (s) => s.startedAt,
  finisheAt: (s) => s.closedAt,
  billedAt: () => null,
  speakerFinishedAt: () => null,
  duration: (s) => s.duration,
  price: (s) => s.price,
};

// Message sort names (spec pattern). The default order is undocumented; oldest first is how a
// conversation reads, and the order the client asks for (`sort=createdAt`) anyway.
const MESSAGE_SORT: SortKeys<MessageState> = {
  createdAt: (m) => m.createdAt,
  readAt: (m) => m.readAt,
};

const FIELD_NAMES: ReadonlySet<string> = new Set(TWIN24_CHAT_SESSION_FIELDS);

/**
 * Creates the Twin dataset: `records` chat sessions spread over the 90 days before
 * `DATASET_EPOCH`, each with 0–8 messages except the oldest, which has `records`. All sessions
 * belong to one company, the caller's. Tokens are signed with a key derived from the seed.
 */
export function createTwin24Dataset(options: DatasetOptions): Twin24Dataset {
  const { companyId, sessions } = generate(options.seed, options.records);
  const byId = new Map(sessions.map((state) => [state.session.id, state]));
  const auth = createTwinAuth({
    issuer: createTokenIssuer(`twin24-dataset-${options.seed}`, options.now),
    tokenTtlSeconds: options.tokenTtlSeconds,
    refreshTtlSeconds: options.refreshTtlSeconds,
  });

  function listSessions(request: DatasetRequest): DatasetResponse {
    const { query } = request;
    const paging = readPaging(query);
    const inWindow = readWindow(query);
    const order = readSort(query, SESSION_SORT, 'startedAt');
    const text = (name: string) => query.get(name) ?? undefined;
    const sessionId = text('sessionId');
    const operatorId = text('operatorId');
    const operatorType = text('operatorType');
    const botStatus = text('botStatus');
    const status = text('status');
    const name = text('name');
    const chatId = text('chatId');
    const keyword = text('keyword')?.toLowerCase();
    // A session carries the tags when it has every one of them (the spec assumes commas).
    const tags = text('tags')
      ?.split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '');
    const markedAsSpam = flag(query, 'markedAsSpam');
    const clientBanned = flag(query, 'clientBanned');
    const groupByClientId = flag(query, 'groupByClientId') ?? false;
    const withoutCount = flag(query, 'withoutCount') ?? false;
    const withoutItems = flag(query, 'withoutItems') ?? false;

    // `from`/`to` compare the session start, the session's only creation time (and what the
    // client re-checks). String filters match exactly; `operatorType` is the current operator's.
    let matching = sessions.filter(
      (s) =>
        inWindow(s.startedAt) &&
        (sessionId === undefined || s.session.id === sessionId) &&
        (markedAsSpam === undefined || s.session.markedAsSpam === markedAsSpam) &&
        (operatorId === undefined || s.session.operatorId === operatorId) &&
        (operatorType === undefined || s.operatorType === operatorType) &&
        (botStatus === undefined || s.session.botStatus === botStatus) &&
        (status === undefined || s.session.status === status) &&
        (name === undefined || s.session.name === name) &&
        (chatId === undefined || s.session.chatId === chatId) &&
        (tags === undefined || tags.every((tag) => s.tags.includes(tag))) &&
        (clientBanned === undefined || s.session.clientBanned === clientBanned) &&
        (keyword === undefined || s.text.includes(keyword)),
    );
    if (groupByClientId) {
      // One entry per client: its latest matching session (the one an operator inbox shows).
      const latest = new Map<string, SessionState>();
      for (const s of matching) {
        const seen = latest.get(s.session.clientId);
        if (!seen || s.startedAt > seen.startedAt) latest.set(s.session.clientId, s);
      }
      matching = matching.filter((s) => latest.get(s.session.clientId) === s);
    }
    matching.sort(order);
    // `withoutItems` counts only; `items` stays (empty) because the spec's `SessionList` needs it.
    const items = withoutItems ? [] : pageOf(matching, paging, (s) => s.session);
    return json(200, withoutCount ? { items } : { count: matching.length, items });
  }

  function getSession(request: DatasetRequest): DatasetResponse {
    const state = byId.get(request.pathParams.sessionId ?? '');
    return state ? json(200, state.session) : sessionNotFound();
  }

  function listSessionMessages(request: DatasetRequest): DatasetResponse {
    const { query } = request;
    const state = byId.get(request.pathParams.sessionId ?? '');
    if (!state) return sessionNotFound();
    const company = integer(query, 'companyId', 0);
    // `companyId` names the company the session belongs to; another company's is not ours to read
    // (spec `Forbidden`: "Access to another company denied").
    if (company !== undefined && company !== companyId)
      return json(403, { error: 'Access denied.' });
    const paging = readPaging(query);
    const inWindow = readWindow(query);
    const order = readSort(query, MESSAGE_SORT, 'createdAt');
    const withoutCount = flag(query, 'withoutCount') ?? false;
    const matching = state.messages.filter((m) => inWindow(m.createdAt)).sort(order);
    const items = pageOf(matching, paging, (m) => m.message);
    return json(200, withoutCount ? { items } : { count: matching.length, items });
  }

  function searchChatSessions(request: DatasetRequest): DatasetResponse {
    const { query } = request;
    const fields = query
      .getAll('fields')
      .flatMap((value) => value.split(','))
      .map((field) => field.trim())
      .filter((field) => field !== '');
    if (fields.length === 0) throw blank('fields');
    const unknown = fields.find((field) => !FIELD_NAMES.has(field));
    if (unknown !== undefined) throw new InputError('fields', `Unknown field "${unknown}".`);
    const selected = [...new Set(fields)] as Twin24ChatSessionField[];
    const paging = readPaging(query);
    const inWindow = readWindow(query);
    const order = readSort(query, SEARCH_SORT, 'startedAt');
    const text = (name: string) => query.get(name) ?? undefined;
    const botId = text('botId');
    const id = text('id');
    const chatId = text('chatId');
    const clientId = text('clientId');
    const company = integer(query, 'companyId', 0);
    // The dataset's company supervises no other company, so this flag adds no sessions.
    flag(query, 'showAllSupervised');

    // `from`/`to` compare `createdAt` (the session start), both inclusive as on the chat service.
    const matching = sessions
      .filter(
        (s) =>
          inWindow(s.startedAt) &&
          (botId === undefined || s.search.botId === botId) &&
          (company === undefined || company === companyId) &&
          (id === undefined || s.session.id === id) &&
          (chatId === undefined || s.session.chatId === chatId) &&
          (clientId === undefined || s.session.clientId === clientId),
      )
      .sort(order);
    // Only the requested fields, in the order they were asked for (spec `fields`).
    const items = pageOf(matching, paging, (s) =>
      Object.fromEntries(selected.map((field) => [field, s.search[field]])),
    );
    return json(200, { count: matching.length, items });
  }

  const handlers: Record<string, (request: DatasetRequest) => DatasetResponse> = {
    listSessions,
    getSession,
    listSessionMessages,
    searchChatSessions,
  };

  return {
    companyId,
    sessions: sessions.map((state) => state.session),
    searchItems: sessions.map((state) => state.search),
    messagesOf: (sessionId) => byId.get(sessionId)?.messages.map((m) => m.message) ?? [],
    auth,
    respond(request) {
      if (request.operationId === 'login') return auth.login(request);
      if (request.operationId === 'refreshToken') return auth.refresh(request);
      const handler = Object.hasOwn(handlers, request.operationId)
        ? handlers[request.operationId]
        : undefined;
      if (!handler) return undefined;
      const denied = auth.authorize(request);
      if (denied) return denied;
      try {
        return handler(request);
      } catch (error) {
        if (error instanceof InputError) return badRequest(error);
        throw error;
      }
    },
  };
}

/** Spec `SessionNotFound`, the 404 of `getSession` and `listSessionMessages`. */
function sessionNotFound(): DatasetResponse {
  return json(404, { error: 'Session not found.' });
}
