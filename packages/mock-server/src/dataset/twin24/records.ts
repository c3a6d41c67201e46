/** The rows the operations filter and sort on, next to the served objects. */
import type { Twin24Message, Twin24SearchItem, Twin24Session } from './types.js';

/** What the listings filter and sort on, next to the served objects. Times in epoch ms. */
export interface SessionState {
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

export interface MessageState {
  index: number;
  createdAt: number;
  readAt: number | null;
  message: Twin24Message;
}
