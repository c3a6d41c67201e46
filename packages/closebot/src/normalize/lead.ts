import {
  type Contact,
  type Conversation,
  cleanString,
  compact,
  derivedId,
  type Lead,
} from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { describeType, idOf, isObject, malformed, timestamp, VENDOR } from './vendor.js';

export type LeadDto = components['schemas']['LeadDto'];

/** A CloseBot lead in the botbridge model; `raw` is the vendor's `LeadDto`. */
export type CloseBotLead = Lead<LeadDto>;
/** A CloseBot lead seen as its conversation thread; `raw` is the vendor's `LeadDto`. */
export type CloseBotConversation = Conversation<LeadDto>;

// CloseBot leads carry contact details as CRM fields (GoHighLevel keys such as `email`, `phone`)
// rather than top-level properties. https://developers.closebot.com/api-reference/lead/get-a-lead
const EMAIL_KEYS = new Set(['email', 'contact.email']);
const PHONE_KEYS = new Set(['phone', 'phone_number', 'contact.phone']);

/** The contact and the field map of a lead, read from its CRM fields. */
function leadContact(
  dto: LeadDto,
  operation: string,
): { contact: Contact; fields: Record<string, string> } {
  // Keys are CloseBot's (CRM field keys), so any name can come, `__proto__` included: collected in
  // a Map and turned into own properties by Object.fromEntries, never assigned one by one (an
  // assignment to `__proto__` would drop the field, or make `fields` inherit from vendor data).
  const byKey = new Map<string, string>();
  let email: string | undefined;
  let phone: string | undefined;
  // `fields` and `tags` are arrays or null in the spec; any other type is read as "none" rather
  // than failing the whole lead over one optional collection.
  for (const field of Array.isArray(dto.fields) ? dto.fields : []) {
    const key = cleanString(field?.field) ?? cleanString(field?.name);
    const value = cleanString(field?.value);
    if (!key || value === undefined) continue;
    byKey.set(key, value);
    if (EMAIL_KEYS.has(key.toLowerCase())) email ??= value;
    if (PHONE_KEYS.has(key.toLowerCase())) phone ??= value;
  }
  const contact = compact({
    id: idOf(dto.contactId, 'contactId', operation),
    name: cleanString(dto.name),
    email,
    phone,
  });
  return { contact, fields: Object.fromEntries(byKey) };
}

/**
 * The id of a lead; when CloseBot sent none, one derived from what identifies the lead and does not
 * change while it lives, so the same lead keeps its id after an update:
 * 1. the CRM contact in its source: `contactId` and `source.id`;
 * 2. without `contactId` (test sessions may have none): `name`, `mimicSourceId` and `source.id`.
 * Everything else (tags, fields, last message, bot instances, starred/unread, failure reason,
 * `wontRespondUntil`) changes with the conversation; an id hashed from it would give the lead a
 * new id on every update, and an upserting sync would duplicate it. A lead with neither `id`,
 * `contactId` nor `name` carries nothing that stays put: only then is its id derived from the
 * whole record (and it changes when the record does).
 */
function leadId(dto: LeadDto, operation: string): string {
  const id = idOf(dto.id, 'id', operation);
  if (id !== undefined) return id;
  const sourceId = isObject(dto.source) ? idOf(dto.source.id, 'source.id', operation) : undefined;
  const contactId = idOf(dto.contactId, 'contactId', operation);
  if (contactId !== undefined) return derivedId('closebot_lead', { contactId, sourceId });
  const name = cleanString(dto.name);
  if (name !== undefined) {
    const mimicSourceId = idOf(dto.mimicSourceId, 'mimicSourceId', operation);
    return derivedId('closebot_lead', { name, mimicSourceId, sourceId });
  }
  return derivedId('closebot_lead', dto);
}

function cleanTags(tags: readonly (string | null)[] | null | undefined): string[] {
  if (!Array.isArray(tags)) return [];
  return tags.map(cleanString).filter((tag): tag is string => tag !== undefined);
}

/**
 * Rejects a lead that is not an object (a `null` or a string among `results`). The operation named
 * is the normalizer: one lead shape comes from listLeads, searchLeads, listTestSessions and getLead.
 */
function requireLead(dto: unknown, normalizer: string): void {
  if (!isObject(dto)) {
    throw malformed(normalizer, `a lead object, got ${describeType(dto)}`);
  }
}

/**
 * Maps a CloseBot `LeadDto` to a botbridge `Lead`. Pure. Throws `VendorNormalizationError` when
 * the lead is not an object at all.
 */
export function normalizeLead(dto: LeadDto): CloseBotLead {
  requireLead(dto, 'normalizeLead');
  const { contact, fields } = leadContact(dto, 'normalizeLead');
  const source = isObject(dto.source)
    ? compact({
        id: idOf(dto.source.id, 'source.id', 'normalizeLead'),
        name: cleanString(dto.source.name),
      })
    : undefined;
  return compact({
    vendor: VENDOR,
    id: leadId(dto, 'normalizeLead'),
    kind: 'lead' as const,
    contact,
    // A CloseBot lead is also its conversation thread: messages are looked up by lead id
    // (GET /botMetric/messages?leadId=…), so the lead id doubles as the conversation id.
    conversationId: idOf(dto.id, 'id', 'normalizeLead'),
    source: source && Object.keys(source).length > 0 ? source : undefined,
    // LeadDto has no creation time; the last message time is the latest activity we know of.
    // CloseBot sends it without an offset (presumably UTC), which toUtcTimestamp reads as UTC.
    updatedAt: timestamp(dto.lastMessageTime),
    tags: cleanTags(dto.tags),
    fields,
    raw: dto,
  });
}

/**
 * Maps a CloseBot `LeadDto` to a botbridge `Conversation`. Pure.
 *
 * CloseBot has no conversation object of its own: each lead has exactly one thread with the bots,
 * and its messages are looked up by lead id (GET /botMetric/messages?leadId=…;
 * https://developers.closebot.com/api-reference/botmetric/get-messages). So a lead IS its
 * conversation, and the conversation id is the lead id (the same id `normalizeLead` gives it).
 * LeadDto has no status field (`status` is `'unknown'`) and no creation time; its last message
 * time is both the last activity and the last update we know of. Throws
 * `VendorNormalizationError` when the lead is not an object at all.
 */
export function normalizeLeadConversation(dto: LeadDto): CloseBotConversation {
  requireLead(dto, 'normalizeLeadConversation');
  const { contact } = leadContact(dto, 'normalizeLeadConversation');
  const lastMessageAt = timestamp(dto.lastMessageTime);
  return compact({
    vendor: VENDOR,
    id: leadId(dto, 'normalizeLeadConversation'),
    status: 'unknown' as const,
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    botId: idOf(dto.lastMessageBotId, 'lastMessageBotId', 'normalizeLeadConversation'),
    updatedAt: lastMessageAt,
    lastMessageAt,
    tags: cleanTags(dto.tags),
    raw: dto,
  });
}
