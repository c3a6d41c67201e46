import type { Source } from '@botbridge/core';
import type { Handler } from '@botbridge/testing';
import type { Dataset } from './dataset.js';

/**
 * Everything the conformance suite needs to know about one vendor. Adding a vendor means writing one
 * of these (in `targets/<vendor>.ts`) and adding it to `targets/index.ts`.
 */
export interface ConformanceTarget {
  vendor: string;
  /** A `Source` wired to the vendor's Prism mock at `baseUrl`. */
  mockSource(baseUrl: string): Source;
  /** A conversation id the mock answers `conversation()` and `messages()` for. */
  mockConversationId: string;
  /**
   * A loopback handler that serves `dataset` the way the vendor pages it (several pages per
   * resource), and a `Source` for it.
   */
  fixture: {
    /** `pageSize` overrides the server-chosen page size where the vendor's server picks it. */
    handler(dataset: Dataset, options?: { pageSize?: number }): Handler;
    source(baseUrl: string): Source;
    /** The id to pass to `messages()` for the dataset's conversation. */
    conversationId(dataset: Dataset): string;
    /** Resources the vendor serves over several pages (the suite then asserts more than one request). */
    paged: Array<'leads' | 'conversations' | 'messages'>;
  };
  /**
   * Maps a normalized record back to its dataset key. Defaults to the record id; vendors whose ids
   * are derived (SmarterBot) map through another field.
   */
  keyOf?: (
    resource: 'leads' | 'conversations' | 'messages',
    record: { id: string; raw: unknown },
  ) => string;
}
