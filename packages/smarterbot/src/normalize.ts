import {
  cleanString,
  compact,
  derivedId,
  type Lead,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from './generated/schema.js';

export type LeadRecord = components['schemas']['LeadRecord'];
export type LeadListResponse = components['schemas']['LeadListResponse'];

/** A SmarterBot lead or appointment in the botbridge model; `raw` is the vendor's record. */
export type SmarterBotLead = Lead<LeadRecord>;

export const VENDOR = 'smarterbot';

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
  return compact({
    vendor: VENDOR,
    // LeadList records carry no id of their own, and a session can hold several records, so the
    // id is derived from the record: the same record yields the same id on every sync. `Count` is
    // left out because its meaning is undocumented and it may be a running counter (messages in
    // the session), which would give the same lead a new id on the next sync.
    // https://chat.smarterbot.ai/guides/developer/api/lead
    id: derivedId('smarterbot_lead', withoutCount(record)),
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
    conversationId: cleanString(record.SessionID),
    // The page URL usually comes without a scheme (`www.example.com/pricing`); kept as sent.
    source: url === undefined ? undefined : { url },
    // Microseconds and a local offset (`2023-11-23T18:36:21.512302-08:00`); converted to UTC.
    createdAt: toUtcTimestamp(record.CreateTime),
    tags: [],
    fields,
    raw: record,
  });
}

/**
 * Reads the records out of a successful LeadList envelope: `Data` is the array (null means none).
 * Any other `Data` cannot be normalized.
 */
export function readLeadList(envelope: LeadListResponse, operation = 'listLeads'): LeadRecord[] {
  const data: unknown = envelope.Data;
  if (data === null) return [];
  if (Array.isArray(data)) return data as LeadRecord[];
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected \`Data\` to be an array of leads`,
    { vendor: VENDOR, operation },
  );
}

function withoutCount(record: LeadRecord): Omit<LeadRecord, 'Count'> {
  const { Count: _count, ...identity } = record;
  return identity;
}
