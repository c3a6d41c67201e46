/** The Twin records as the chat service and the analyse search serve them, and the dataset. */
import type { VendorDataset } from '../types.js';
import type { TwinAuth } from './auth.js';

/** Who wrote a message; the values the spec's examples and the vendor SDK show. */
export type Twin24AuthorType = 'client' | 'bot' | 'operator' | 'system';

/** A file attached to a message (spec `MessageAttachment`, with Twin's `sugestedExtension`). */
export interface Twin24Attachment {
  /** The file's id. */
  id: string;
  /** Whether the file is private (not publicly downloadable). */
  isPrivate: boolean;
  /** When the file was uploaded. */
  createdAt: string;
  /** The file name as uploaded, with its extension. */
  name: string;
  /** The file name without its extension. */
  baseName: string;
  /** The file's extension, without the dot. */
  extension: string;
  /**
   * The extension Twin suggests from the content; the single `g` is Twin's own spelling:
   * https://github.com/URALINNOVATSIYA/sdk-php
   */
  sugestedExtension: string;
  /** The file's storage path. */
  path: string;
  /** Bytes. */
  size: number;
  /** The file's URL. */
  url: string;
  /** A URL that downloads the file. */
  downloadLink: string;
}

/** The message a message replies to (spec `Message.replyTo`). */
export interface Twin24ReplyTo {
  /** The quoted message's id. */
  id: string;
  /** The session of the quoted message. */
  sessionId: string;
  /** The operator's IAM user id, when an operator wrote the quoted message. */
  userId: string | null;
  /** The bot that wrote the quoted message; `null` when a bot did not. */
  botId: string | null;
  /** The quoted message's text. */
  body: string;
  /** Who wrote the quoted message. */
  authorType: Twin24AuthorType;
  /** The quoted author's display name; `null` when there is none. */
  authorName: string | null;
  /** The quoted message's kind (`text`, `file`, `event`). */
  type: string;
  /** The client who wrote the quoted message; `null` when a client did not. */
  clientId: string | null;
  /** When the quoted message was written. */
  createdAt: string;
  /** Files attached to the quoted message. */
  attachments: Twin24Attachment[];
  /** Quick-answer options offered with the quoted message. */
  answers: string[];
  /** Keyboard buttons shown with the quoted message, row by row. */
  keyboard: Array<
    Array<{
      /** The button's label. */
      text: string;
    }>
  >;
  /** Actions of the quoted message (undocumented shape). */
  actions: unknown[];
}

/** One message as `listSessionMessages` serves it (spec `Message`). */
export interface Twin24Message {
  /** The message's id. */
  id: string;
  /** Client id, bot id or operator user id (as a string); `null` for system events. */
  authorId: string | null;
  /** Who wrote the message. */
  authorType: Twin24AuthorType;
  /** The author's display name; `null` when there is none (system events). */
  authorName: string | null;
  /** `text`, `file` (with an attachment) or `event` (system notices). */
  type: string;
  /** The message text. */
  body: string;
  /** Quick-answer options offered with the message. */
  answers: string[];
  /** Keyboard buttons shown with the message, row by row. */
  keyboard: Array<
    Array<{
      /** The button's label. */
      text: string;
    }>
  >;
  /** When the other side read it; `null` while unread (and always for system events). */
  readAt: string | null;
  /** When the message was written. */
  createdAt: string;
  /** When the message last changed. */
  updatedAt: string;
  /** The session the message belongs to. */
  sessionId: string;
  /** Files attached to the message. */
  attachments: Twin24Attachment[];
  /** The message this one replies to; `null` when it replies to none. */
  replyTo: Twin24ReplyTo | null;
}

/** One operator assignment of a session (spec `SessionOperator`, snake_case `assigned_at`). */
export interface Twin24SessionOperator {
  /** The operator's IAM user id. */
  id: number;
  /** The operator's name. */
  name: string;
  /** The kind of operator (undocumented vocabulary). */
  type: string;
  /**
   * When this operator was assigned; snake_case, as Twin's SDK spells it:
   * https://github.com/URALINNOVATSIYA/sdk-php
   */
  assigned_at: string;
}

/** One session as the chat service serves it (`listSessions`, `getSession`; spec `Session`). */
export interface Twin24Session {
  /** The session's id (a UUID). */
  id: string;
  /** The chat (widget or messenger channel) the session belongs to. */
  chatId: string;
  /** The session's display name, usually the client's name. */
  name: string;
  /** Whether the session was marked as spam. */
  markedAsSpam: boolean;
  /** Seconds. */
  ttl: number;
  /** The current operator's id, as a string; `null` while none is assigned. */
  operatorId: string | null;
  /** The current operator's name; `null` while none is assigned. */
  operatorName: string | null;
  /** When the current operator was assigned; `null` while none is. */
  operatorAssignedAt: string | null;
  /** Every operator assigned over time, oldest first; the last one is the current one. */
  operators: Twin24SessionOperator[];
  /** The channel the session came through (undocumented vocabulary). */
  channel: string;
  /** The messenger (`TELEGRAM`, `WHATSAPP`, ...). */
  messengerType: string;
  /** The bot's state in the session (undocumented vocabulary). */
  botStatus: string;
  /** The session's status (undocumented vocabulary). */
  status: string;
  /** When the session started. */
  startedAt: string;
  /** When the client was last seen coming online. */
  clientOnlineAt: string;
  /** When the client was last seen going offline; `null` when not seen going offline. */
  clientOfflineAt: string | null;
  /** Client messages no operator has read yet. */
  unreadClientMessageCount: number;
  /** When the newest message was written; `null` without messages. */
  lastMessageCreatedAt: string | null;
  /** The newest message; `null` without messages. */
  lastMessage: Twin24Message | null;
  /** The client's id. */
  clientId: string;
  /** Whether the client is banned. */
  clientBanned: boolean;
  /** The page the client opened the chat from; `null` when unknown. */
  referer: string | null;
  /** Comma-separated, possibly empty. */
  tags: string;
  /** Seconds. */
  timerFirstAnswer: number | null;
  /** Seconds. */
  timerNextAnswers: number | null;
  /** Text of the newest operator message; `null` without one. */
  lastOperatorMessage: string | null;
  /** Text of the first client message after the newest operator message; `null` without one. */
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
