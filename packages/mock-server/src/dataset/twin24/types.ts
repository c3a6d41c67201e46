/** The Twin records as the chat service and the analyse search serve them, and the dataset. */
import type { VendorDataset } from '../types.js';
import type { TwinAuth } from './auth.js';

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
