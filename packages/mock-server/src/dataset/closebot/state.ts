/**
 * The state a CloseBot dataset holds for the life of the server: the generated records, the
 * indexes the operations read them through, and the seeded streams later writes draw from.
 */
import type { Random } from '../random.js';
import type {
  CloseBotAgencyRecord,
  CloseBotBotRecord,
  CloseBotLeadRecord,
  CloseBotMessageRecord,
  CloseBotPageVisitRecord,
  CloseBotSourceRecord,
  CloseBotThread,
} from './records.js';

/** Mutable twins of the read-only records: only the dataset changes them. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface MessageEntry {
  readonly record: CloseBotMessageRecord;
  /** `timestamp` in epoch milliseconds. */
  readonly at: number;
}

/** A fresh id `prefix` + `length` base-32 characters, never handed out twice by one dataset. */
export type UniqueId = (random: Random, prefix: string, length: number) => string;

export function createUniqueId(): UniqueId {
  const used = new Set<string>();
  return (random, prefix, length) => {
    for (;;) {
      const id = `${prefix}${random.base32(length)}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}

/** A seeded Fisher–Yates shuffle of a copy. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Every message of the leads and test sessions, and the hidden facts of their conversations.
 * Filled while the records are generated; `createTestSession` adds empty conversations later.
 */
export interface CloseBotConversations {
  /** Every message; sorted oldest first (ties by `messageId`) once generation is done. */
  readonly entries: MessageEntry[];
  /** The messages of one lead or test session, oldest first. */
  readonly messagesByLead: Map<string, MessageEntry[]>;
  readonly threads: Map<string, CloseBotThread>;
}

/** The CloseBot dataset's state; the operations read it and two of them change it. */
export interface CloseBotState extends CloseBotConversations {
  readonly uniqueId: UniqueId;
  readonly agencyId: string;
  /** The agency behind the key (`getCurrentAgency`). */
  readonly agency: CloseBotAgencyRecord;
  /** In generation order (also the order of `listBots`). */
  readonly bots: readonly CloseBotBotRecord[];
  readonly botsById: ReadonlyMap<string, CloseBotBotRecord>;
  /** In generation order; `forceTokenRefresh` replaces their `accessToken`. */
  readonly sources: readonly Mutable<CloseBotSourceRecord>[];
  readonly sourcesById: ReadonlyMap<string, Mutable<CloseBotSourceRecord>>;
  /** Oldest conversation first. */
  readonly leads: readonly CloseBotLeadRecord[];
  readonly leadsById: ReadonlyMap<string, CloseBotLeadRecord>;
  /** The order of `listLeads` and `searchLeads`: newest activity first. */
  readonly leadsByActivity: readonly CloseBotLeadRecord[];
  /** `entries` as records, oldest first. */
  readonly messages: readonly CloseBotMessageRecord[];
  /** Each lead's page visits, from its messages' `page_visit` activities, newest first. */
  readonly pageVisitsByLead: ReadonlyMap<string, readonly CloseBotPageVisitRecord[]>;
  /** A bot's test sessions in listing order; `createTestSession` appends to them. */
  readonly sessionsByBot: Map<string, CloseBotLeadRecord[]>;
  readonly sessionsById: Map<string, CloseBotLeadRecord>;
  /** Bots whose test-session listing is a bare array instead of the `{leads, total}` envelope. */
  readonly bareArrayBotIds: readonly string[];
  /** Ids of created test sessions: their own stream, so the same calls yield the same sessions. */
  readonly createdRandom: Random;
  /** The CRM tokens `forceTokenRefresh` issues. */
  readonly refreshRandom: Random;
}
