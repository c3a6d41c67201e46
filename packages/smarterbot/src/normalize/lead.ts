import {
  type Contact,
  cleanString,
  compact,
  derivedId,
  type Lead,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { nonDateText, sessionIdOf, timestamp, VENDOR } from './vendor.js';

/**
 * One lead or appointment of LeadList as SmarterBot sends it (also the records of the leads
 * webhook). https://chat.smarterbot.ai/guides/developer/api/lead
 */
export type LeadRecord = components['schemas']['LeadRecord'];

/** A SmarterBot lead or appointment in the botbridge model; `raw` is the vendor's record. */
export type SmarterBotLead = Lead<LeadRecord>;

/** Maps one LeadList record to a botbridge `Lead`. Pure. */
export function normalizeLead(record: LeadRecord): SmarterBotLead {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new VendorNormalizationError(
      `${VENDOR} listLeads: expected a lead record object, got ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`,
      { vendor: VENDOR, operation: 'listLeads' },
    );
  }
  // `Content` is the free text captured with the record; `Count` is undocumented and stays in raw.
  const content = cleanString(record.Content);
  const url = cleanString(record.URI);
  const conversationId = sessionIdOf(record.SessionID, 'listLeads');
  const createdAt = timestamp(record.CreateTime);
  // A listing normalizes every lead of the one LeadList answer, so the common case costs no more
  // than one object literal: `compact` copies key by key through generic property stores, and
  // adding the optional keys one by one would go through hidden classes that a full garbage
  // collection drops once no lead is alive, throwing away the optimized code built on them.
  const lead: SmarterBotLead = {
    vendor: VENDOR,
    id: leadIdOf(record, conversationId, createdAt),
    kind: kindOf(record.Type),
    contact: contactOf(record),
    conversationId,
    // The page URL usually comes without a scheme (`www.example.com/pricing`); kept as sent.
    source: url === undefined ? undefined : { url },
    // Microseconds and a local offset (`2023-11-23T18:36:21.512302-08:00`); converted to UTC.
    createdAt,
    tags: [],
    fields: content === undefined ? {} : { Content: content },
    raw: record,
  };
  // A lead nearly always has all three: then the literal is the lead as it is; one that lacks any
  // of them goes through `compact`.
  return conversationId !== undefined && url !== undefined && createdAt !== undefined
    ? lead
    : compact(lead);
}

/**
 * `Type` is an open string (the spec's `LeadType`): `Lead` and `Appointment` are the values the
 * vendor's sample shows, not a closed list. Any other value is read as a plain lead; the model has
 * no field for the vendor's own kind, so the value stays in `raw.Type`.
 * https://smarterbot.ai/?p=146
 */
function kindOf(type: unknown): SmarterBotLead['kind'] {
  // The two spellings the vendor sends, answered without trimming and lowercasing a copy.
  if (type === 'Lead') return 'lead';
  if (type === 'Appointment') return 'appointment';
  return cleanString(type)?.toLowerCase() === 'appointment' ? 'appointment' : 'lead';
}

/** The visitor's details; the vendor sends `""` for those not given (typically `PhoneNumber`). */
function contactOf(record: LeadRecord): Contact {
  const name = cleanString(record.Name);
  const email = cleanString(record.Email);
  const phone = cleanString(record.PhoneNumber);
  // The two shapes nearly every lead has, as literals; any other through `compact`.
  if (name !== undefined && email !== undefined) {
    return phone === undefined ? { name, email } : { name, email, phone };
  }
  return compact({ name, email, phone });
}

/**
 * The id of a LeadList record. Records carry no id of their own and a session can hold several,
 * so the id is derived from what identifies a record and does not change once it is captured: its
 * session (`SessionID`) and the moment it was captured (`CreateTime`, in UTC, so a change of the
 * account's display offset does not move it). What the visitor gave (name, email, phone, content),
 * the page, the type and `Count` (undocumented; possibly a running counter) may be completed or
 * corrected later; an id hashed from them would give the same lead a new id, and an upserting sync
 * would duplicate it. A record without `CreateTime` cannot be told from the session's other
 * records by anything that stays put: only then is its id derived from the record (without
 * `Count`), and it changes when the record does.
 * https://chat.smarterbot.ai/guides/developer/api/lead
 */
function leadIdOf(
  record: LeadRecord,
  sessionId: string | undefined,
  createdAt: string | undefined,
): string {
  const captured = createdAt ?? nonDateText(record.CreateTime);
  if (captured === undefined) {
    const { Count: _count, ...rest } = record;
    return derivedId('smarterbot_lead', rest);
  }
  return derivedId('smarterbot_lead', { SessionID: sessionId, CreateTime: captured });
}
