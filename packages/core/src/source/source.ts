import type { Conversation } from '../model/conversation.js';
import type { Identity } from '../model/identity.js';
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
  /** The vendor integration (`'closebot'`, ...); every record it yields has this `vendor`. */
  readonly vendor: string;
  /** Which resources the vendor has, and whether each time bound is applied by the server. */
  readonly capabilities: Capabilities;
  /**
   * The leads the vendor holds, within `query`'s window, in the vendor's listing order. A failed
   * request rejects the iteration with its `VendorError`.
   * @throws VendorArgumentError for an invalid `query`, when called (nothing is sent).
   * @throws VendorUnsupportedError when the vendor has no leads (`capabilities.leads === false`).
   */
  leads(query?: SourceQuery): AsyncIterable<Lead>;
  /**
   * The conversations the vendor holds, within `query`'s window, in the vendor's listing order. A
   * failed request rejects the iteration with its `VendorError`.
   * @throws VendorArgumentError for an invalid `query`, when called (nothing is sent).
   * @throws VendorUnsupportedError when the vendor cannot list conversations.
   */
  conversations(query?: SourceQuery): AsyncIterable<Conversation>;
  /**
   * One conversation by its `Conversation.id`. The promise rejects with `VendorArgumentError` for
   * an id the vendor cannot have (blank, a dot segment), and with the request's `VendorError` when
   * the request fails.
   * @throws VendorUnsupportedError when the vendor cannot read one conversation
   *   (`capabilities.conversation === false`).
   */
  conversation(id: string, options?: { signal?: AbortSignal }): Promise<Conversation>;
  /**
   * The messages of the conversation `conversationId` (a `Conversation.id`), within `query`'s
   * window, in the vendor's order. A failed request rejects the iteration with its `VendorError`.
   * @throws VendorArgumentError for an invalid id or `query`, when called (nothing is sent).
   * @throws VendorUnsupportedError when the vendor has no messages.
   */
  messages(conversationId: string, query?: SourceQuery): AsyncIterable<Message>;
  /**
   * Who the client's credentials act for, from the vendor's cheapest authenticated read (each
   * client's own `whoami` says which): call it at start-up to find a wrong key, password or account
   * before the first sync. Every vendor has it.
   * @throws VendorAuthenticationError when the vendor refuses the credentials (a vendor that
   *   answers a refusal inside a 200 throws its envelope error instead, see the client's `whoami`),
   *   and the request's other `VendorError`s.
   */
  whoami(options?: { signal?: AbortSignal }): Promise<Identity>;
}

/**
 * The type of a `Source` method a vendor does not have. Assignable to `Source` (so the client still
 * is one), but not callable, so `client.leads()` on such a vendor is a compile error.
 */
export type Unsupported = never;
