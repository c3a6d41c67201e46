import type { Contact } from './contact.js';
import type { VendorId } from './vendor.js';

/** What a captured record is: a plain lead, or a booked appointment. */
export type LeadKind = 'lead' | 'appointment';

/** Where a lead came from: a connected CRM account, a page URL, or both. */
export interface LeadSource {
  /** The vendor's id of the connected account (a CRM source); absent when it names none. */
  id?: string;
  /** Display name of that account; absent when the vendor gives none. */
  name?: string;
  /** The page the lead was captured on; absent when the vendor does not say. */
  url?: string;
}

/**
 * A lead (or appointment) captured by a chatbot, in the same shape for every vendor.
 *
 * Timestamps are UTC ISO-8601 strings with milliseconds (`2023-11-24T02:36:21.512Z`) whatever
 * the vendor sent. `raw` is the vendor payload the record was built from, typed per vendor.
 */
export interface Lead<TRaw = unknown> {
  /** The vendor integration the lead was read from (`'closebot'`, ...). */
  vendor: VendorId;
  /** The vendor's id, or a stable id derived from the record when the vendor has none. */
  id: string;
  /** `'appointment'` when the chatbot booked one, else `'lead'`. */
  kind: LeadKind;
  /** The person captured; `{}` when the vendor sent no contact detail. */
  contact: Contact;
  /** The conversation (session, thread) the lead was captured in, when known. */
  conversationId?: string;
  /** Where the lead came from; absent when the vendor names no account or page. */
  source?: LeadSource;
  /** When the lead was captured; absent when the vendor does not report it. */
  createdAt?: string;
  /** When the vendor last changed or saw activity on the lead; absent if unknown. */
  updatedAt?: string;
  /** The vendor's tags or labels, as sent; `[]` when there are none. */
  tags: string[];
  /** Captured form or CRM fields, keyed by the vendor's field key. */
  fields: Record<string, string>;
  /** The vendor payload the lead was built from, untouched, for fields the model lacks. */
  raw: TRaw;
}
