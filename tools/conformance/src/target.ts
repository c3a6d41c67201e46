import type { Source } from '@botbridge/core';
import type { MockDatasets, MockVendor } from '@botbridge/mock-server';

/** The `Source` listings the suite exercises. */
export type ListResource = 'leads' | 'conversations' | 'messages';

/** One record a dataset-mode listing must yield, as the suite compares it. */
export interface ExpectedRecord {
  /** What `keyOf` maps the normalized record to. */
  key: string;
  /**
   * The instant `since`/`until` compare for this record (core's `recordTime`: the creation time,
   * or the last activity where the vendor has no creation time), as UTC ISO-8601 with
   * milliseconds; `undefined` when the record carries none (it then matches only unbounded
   * queries).
   */
  time: string | undefined;
}

/** What the client must receive from the mock's dataset, computed from `mocks.datasets`. */
export interface DatasetExpectations {
  /**
   * Every record each claimed listing must yield, exactly once, in any order. Keys may repeat
   * where the dataset itself has indistinguishable records (SmarterBot turns): the suite compares
   * them as multisets.
   */
  records: Partial<Record<ListResource, ExpectedRecord[]>>;
  /** The conversation whose messages `messages` lists: the one with the most messages. */
  conversationId: string;
}

/**
 * Everything the conformance suite needs to know about one vendor. Adding a vendor means writing one
 * of these (in `targets/<vendor>.ts`) and adding it to `targets/index.ts`; the mock server must serve
 * the vendor too (`@botbridge/mock-server`, examples and dataset mode).
 */
export interface ConformanceTarget {
  vendor: MockVendor;
  /** A `Source` wired to the vendor's mock in examples mode at `baseUrl` (with the spec's base path). */
  mockSource(baseUrl: string): Source;
  /** A conversation id the examples-mode mock answers `conversation()` and `messages()` for. */
  mockConversationId: string;
  /** The vendor against its mock in dataset mode, where the suite knows every record served. */
  dataset: {
    /**
     * A `Source` for the dataset-mode mock at `baseUrl` (with the spec's base path), checking every
     * answer with `validateResponses: 'strict'` (and the vendor's `validators`) and small enough
     * pages that each `paged` listing takes several requests. `datasets` is there for what the client must name up front (the
     * SmarterBot chatbot).
     */
    source(baseUrl: string, datasets: MockDatasets): Source;
    /** The records each listing must yield and the conversation to list messages of. */
    expected(datasets: MockDatasets): DatasetExpectations;
    /**
     * The spec operation each claimed listing reads: the suite counts its requests in the mock's
     * request log.
     */
    operations: Partial<Record<ListResource, string>>;
    /**
     * Listings the vendor pages: each must take more than one request over the dataset. Every
     * other claimed listing must take exactly one.
     */
    paged: ListResource[];
  };
  /**
   * Maps a normalized record to its `ExpectedRecord.key`. Defaults to the record id; vendors whose
   * ids are derived (SmarterBot) map through the raw record.
   */
  keyOf?: (resource: ListResource, record: { id: string; raw: unknown }) => string;
}

/** The vendor's dataset, or an error saying the mock was not started in dataset mode for it. */
export function datasetOf<V extends MockVendor>(
  datasets: MockDatasets,
  vendor: V,
): NonNullable<MockDatasets[V]> {
  const dataset = datasets[vendor];
  if (dataset === undefined) throw new Error(`the ${vendor} mock does not serve a dataset`);
  return dataset as NonNullable<MockDatasets[V]>;
}

/** The element with the largest `score` (the first of equals); throws on an empty list. */
export function maxBy<T>(items: readonly T[], score: (item: T) => number): T {
  let best: T | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const value = score(item);
    if (value > bestScore) {
      best = item;
      bestScore = value;
    }
  }
  if (best === undefined) throw new Error('maxBy of an empty list');
  return best;
}

/** An instant with an offset (or a `Date`'s epoch ms) as UTC ISO-8601 with milliseconds. */
export function utc(instant: string | number): string {
  return new Date(instant).toISOString();
}
