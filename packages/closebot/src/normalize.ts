import {
  cleanString,
  compact,
  derivedId,
  type Lead,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from './generated/schema.js';

export type LeadDto = components['schemas']['LeadDto'];
export type TestSessionList = components['schemas']['TestSessionList'];

/** A CloseBot lead in the botbridge model; `raw` is the vendor's `LeadDto`. */
export type CloseBotLead = Lead<LeadDto>;

export const VENDOR = 'closebot';

// CloseBot leads carry contact details as CRM fields (GoHighLevel keys such as `email`, `phone`)
// rather than top-level properties. https://developers.closebot.com/api-reference/lead/get-a-lead
const EMAIL_KEYS = new Set(['email', 'contact.email']);
const PHONE_KEYS = new Set(['phone', 'phone_number', 'contact.phone']);

/** Maps a CloseBot `LeadDto` to a botbridge `Lead`. Pure. */
export function normalizeLead(dto: LeadDto): CloseBotLead {
  const fields: Record<string, string> = {};
  let email: string | undefined;
  let phone: string | undefined;
  for (const field of dto.fields ?? []) {
    const key = cleanString(field?.field) ?? cleanString(field?.name);
    const value = cleanString(field?.value);
    if (!key || value === undefined) continue;
    fields[key] = value;
    if (EMAIL_KEYS.has(key.toLowerCase())) email ??= value;
    if (PHONE_KEYS.has(key.toLowerCase())) phone ??= value;
  }
  const source = dto.source
    ? compact({ id: cleanString(dto.source.id), name: cleanString(dto.source.name) })
    : undefined;
  // A CloseBot lead is also its conversation thread: messages are looked up by lead id
  // (GET /botMetric/messages?leadId=…), so the lead id doubles as the conversation id.
  const id = cleanString(dto.id) ?? derivedId('closebot_lead', dto);
  return compact({
    vendor: VENDOR,
    id,
    kind: 'lead' as const,
    contact: compact({ id: cleanString(dto.contactId), name: cleanString(dto.name), email, phone }),
    conversationId: cleanString(dto.id),
    source: source && Object.keys(source).length > 0 ? source : undefined,
    // LeadDto has no creation time; the last message time is the latest activity we know of.
    // CloseBot sends it without an offset (presumably UTC), which toUtcTimestamp reads as UTC.
    updatedAt: toUtcTimestamp(dto.lastMessageTime),
    tags: (dto.tags ?? []).map(cleanString).filter((tag): tag is string => tag !== undefined),
    fields,
    raw: dto,
  });
}

/**
 * Reads a test-session list in either shape CloseBot sends: the `{leads, total}` envelope, or a
 * bare array of leads (observed on some bots; see the `TestSessionList` schema).
 */
export function readTestSessionList(
  body: TestSessionList | null | undefined,
  operation = 'listTestSessions',
): { leads: LeadDto[]; total: number | undefined } {
  if (Array.isArray(body)) return { leads: body, total: undefined };
  if (
    typeof body === 'object' &&
    body !== null &&
    (Array.isArray(body.leads) || body.leads === null)
  ) {
    return {
      leads: body.leads ?? [],
      total: typeof body.total === 'number' ? body.total : undefined,
    };
  }
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected a {leads, total} envelope or an array of leads`,
    { vendor: VENDOR, operation },
  );
}
