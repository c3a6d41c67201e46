import type { VendorId } from './vendor.js';

/**
 * Who a client's credentials act for, as the vendor's cheapest authenticated read reports it:
 * what `whoami()` resolves to once the vendor has accepted the credentials. An integration calls
 * it at start-up to find a wrong key, an expired password or a wrong account before its first sync.
 */
export interface Identity<TRaw = unknown> {
  /** The vendor integration (`'closebot'`, ...). */
  vendor: VendorId;
  /**
   * The account the credentials act for (CloseBot's agency, Twin's user, SmarterBot's chatbot, ...),
   * as the vendor identifies it; undefined when the vendor's answer names none.
   */
  accountId?: string;
  /** The account's display name or login, when the vendor's answer gives one. */
  name?: string;
  /** The vendor's answer the identity was read from. */
  raw: TRaw;
}
