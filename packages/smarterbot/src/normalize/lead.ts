import {
  cleanString,
  compact,
  derivedId,
  type Lead,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { nonDateText, sessionIdOf, timestamp, VENDOR } from './vendor.js';

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
  const fields: Record<string, string> = content === undefined ? {} : { Content: content };
  const url = cleanString(record.URI);
  const conversationId = sessionIdOf(record.SessionID, 'listLeads');
  const createdAt = timestamp(record.CreateTime);
  return compact({
    vendor: VENDOR,
    id: leadIdOf(record, conversationId, createdAt),
    // `Type` is `Lead` or `Appointment`; anything else is kept as a plain lead (raw keeps the value).
    kind:
      cleanString(record.Type)?.toLowerCase() === 'appointment'
        ? ('appointment' as const)
        : ('lead' as const),
    // The vendor sends `""` for details the visitor did not give (typically `PhoneNumber`).
    contact: compact({
      name: cleanString(record.Name),
      email: cleanString(record.Email),
      phone: cleanString(record.PhoneNumber),
    }),
    conversationId,
    // The page URL usually comes without a scheme (`www.example.com/pricing`); kept as sent.
    source: url === undefined ? undefined : { url },
    // Microseconds and a local offset (`2023-11-23T18:36:21.512302-08:00`); converted to UTC.
    createdAt,
    tags: [],
    fields,
    raw: record,
  });
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
