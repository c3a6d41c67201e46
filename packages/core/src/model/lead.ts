import type { Contact } from './contact.js';
import type { VendorId } from './vendor.js';

/** What a captured record is: a plain lead, or a booked appointment. */
export type LeadKind = 'lead' | 'appointment';

/** Where a lead came from: a connected CRM account, a page URL, or both. */
export interface LeadSource {
  id?: string;
  name?: string;
  url?: string;
}

/**
 * A lead (or appointment) captured by a chatbot, in the same shape for every vendor.
 *
 * Timestamps are UTC ISO-8601 strings with milliseconds (`2023-11-24T02:36:21.512Z`) whatever
 * the vendor sent. `raw` is the vendor payload the record was built from, typed per vendor.
 */
export interface Lead<TRaw = unknown> {
  vendor: VendorId;
  /** The vendor's id, or a stable id derived from the record when the vendor has none. */
  id: string;
  kind: LeadKind;
  contact: Contact;
  /** The conversation (session, thread) the lead was captured in, when known. */
  conversationId?: string;
  source?: LeadSource;
  createdAt?: string;
  updatedAt?: string;
  tags: string[];
  /** Captured form or CRM fields, keyed by the vendor's field key. */
  fields: Record<string, string>;
  raw: TRaw;
}
