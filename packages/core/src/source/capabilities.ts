/**
 * How a `Source` applies a time bound: `'server'` when the vendor filters (the client still checks
 * every record, so the result is identical), `'client'` when botbridge filters what it reads, and
 * `'none'` when the records carry no time to filter on (SmarterBot messages): a query with that
 * bound is rejected with `VendorArgumentError` before anything is sent.
 */
export type FilterSide = 'server' | 'client' | 'none';

/** What a vendor offers for one listing resource. */
export interface ListCapability {
  since: FilterSide;
  until: FilterSide;
}

/**
 * Which `Source` resources a vendor has. `false` marks what the vendor's API lacks: calling it throws
 * `VendorUnsupportedError`, and on the vendor client's own type the method is not callable at all.
 */
export interface Capabilities {
  leads: ListCapability | false;
  conversations: ListCapability | false;
  conversation: boolean;
  messages: ListCapability | false;
}
