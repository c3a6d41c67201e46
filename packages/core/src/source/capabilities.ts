/**
 * How a `Source` applies a time bound: `'server'` when the vendor filters (the client still checks
 * every record, so the result is identical), `'client'` when botbridge filters what it reads, and
 * `'none'` when the records carry no time to filter on (SmarterBot messages): a query with that
 * bound is rejected with `VendorArgumentError` before anything is sent.
 */
export type FilterSide = 'server' | 'client' | 'none';

/** What a vendor offers for one listing resource. */
export interface ListCapability {
  /** How a `SourceQuery.since` bound is applied. */
  since: FilterSide;
  /** How a `SourceQuery.until` bound is applied. */
  until: FilterSide;
}

/**
 * Which `Source` resources a vendor has. `false` marks what the vendor's API lacks: calling it throws
 * `VendorUnsupportedError`, and on the vendor client's own type the method is not callable at all.
 */
export interface Capabilities {
  /** `Source.leads`: how its time bounds apply, or `false` when the vendor has no leads. */
  leads: ListCapability | false;
  /** `Source.conversations`: how its time bounds apply, or `false` when it cannot list them. */
  conversations: ListCapability | false;
  /** `Source.conversation`: whether one conversation can be read by id. */
  conversation: boolean;
  /** `Source.messages`: how its time bounds apply, or `false` when the vendor has no messages. */
  messages: ListCapability | false;
}
