import type { Conversation } from '../model/conversation.js';
import type { Lead } from '../model/lead.js';
import type { Message } from '../model/message.js';
import type { Capabilities } from './capabilities.js';
import type { SourceQuery } from './query.js';

/**
 * The read side of one vendor, in the botbridge model. Every vendor client implements it; listings
 * are async iterables over all pages that hold at most `prefetch + 1` pages in memory at a time
 * (two by default: the one being read and the one requested ahead, see `SourceQuery.prefetch`).
 *
 * A resource the vendor lacks (`capabilities[resource] === false`) throws `VendorUnsupportedError`
 * when called. On a vendor client's own type such a method has type `never`, so calling it does not
 * compile.
 */
export interface Source {
  readonly vendor: string;
  readonly capabilities: Capabilities;
  leads(query?: SourceQuery): AsyncIterable<Lead>;
  conversations(query?: SourceQuery): AsyncIterable<Conversation>;
  conversation(id: string, options?: { signal?: AbortSignal }): Promise<Conversation>;
  messages(conversationId: string, query?: SourceQuery): AsyncIterable<Message>;
}

/**
 * The type of a `Source` method a vendor does not have. Assignable to `Source` (so the client still
 * is one), but not callable, so `client.leads()` on such a vendor is a compile error.
 */
export type Unsupported = never;
