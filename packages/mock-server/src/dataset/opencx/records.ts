/** The dataset's own rows: the served records next to the times the listings filter and sort on. */
import type { OpenCxChatSession, OpenCxContact, OpenCxHistoryItem } from './types.js';

export interface Row {
  session: OpenCxChatSession;
  history: OpenCxHistoryItem[];
  createdMs: number;
  updatedMs: number;
  /** The last `message` item's time, else `createdMs` (the filter's `last_message_at`). */
  lastMessageMs: number;
}

export interface ContactRow {
  contact: OpenCxContact;
  createdMs: number;
  updatedMs: number;
}

/** ISO 8601 UTC with milliseconds, the spelling of every OpenCX timestamp. */
export const iso = (ms: number) => new Date(ms).toISOString();

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
