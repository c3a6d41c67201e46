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

/**
 * A lead as CloseBot sends it (GET /lead, GET /lead/{leadId}, lead search, test sessions): a CRM
 * contact talking to the bots, with contact details as CRM `fields`.
 * https://developers.closebot.com/api-reference/lead/get-a-lead
 */
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
  const fields: Record<string, string> = {};
  let email: string | undefined;
  let phone: string | undefined;
  // `fields` and `tags` are arrays or null in the spec; any other type is read as "none" rather
  // than failing the whole lead over one optional collection.
  for (const field of Array.isArray(dto.fields) ? dto.fields : []) {
    const key = cleanString(field?.field) ?? cleanString(field?.name);
    const value = cleanString(field?.value);
    if (!key || value === undefined) continue;
    setField(fields, key, value);
    const lowerKey = key.toLowerCase();
    if (EMAIL_KEYS.has(lowerKey)) email ??= value;
    if (PHONE_KEYS.has(lowerKey)) phone ??= value;
  }
  const id = idOf(dto.contactId, 'contactId', operation);
  const name = cleanString(dto.name);
  // The whole literal when every detail is there (see normalizeLead), else `compact`.
  const contact: Contact =
    id !== undefined && name !== undefined && email !== undefined && phone !== undefined
      ? { id, name, email, phone }
      : compact({ id, name, email, phone });
  return { contact, fields };
}

/**
 * Sets CRM field `key` of `fields`, a later value replacing an earlier one in its place. Keys are
 * CloseBot's (CRM field keys), so any name can come, `__proto__` included: that one is defined as
 * an own property, since an assignment would call the `__proto__` setter instead (dropping the
 * field, or making `fields` inherit from vendor data).
 */
function setField(fields: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(fields, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    fields[key] = value;
  }
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

/** The lead's CRM source, or `undefined` when it names neither an id nor a name. */
function leadSource(dto: LeadDto, operation: string): CloseBotLead['source'] {
  if (!isObject(dto.source)) return undefined;
  const id = idOf(dto.source.id, 'source.id', operation);
  const name = cleanString(dto.source.name);
  if (id === undefined) return name === undefined ? undefined : { name };
  return name === undefined ? { id } : { id, name };
}

/**
 * Maps a CloseBot `LeadDto` to a botbridge `Lead`. Pure. Throws `VendorNormalizationError` when
 * the lead is not an object at all.
 */
export function normalizeLead(dto: LeadDto): CloseBotLead {
  requireLead(dto, 'normalizeLead');
  const { contact, fields } = leadContact(dto, 'normalizeLead');
  const source = leadSource(dto, 'normalizeLead');
  const id = leadId(dto, 'normalizeLead');
  // A CloseBot lead is also its conversation thread: messages are looked up by lead id
  // (GET /botMetric/messages?leadId=…), so the lead id doubles as the conversation id.
  const conversationId = idOf(dto.id, 'id', 'normalizeLead');
  // LeadDto has no creation time; the last message time is the latest activity we know of.
  // CloseBot sends it without an offset (presumably UTC), which toUtcTimestamp reads as UTC.
  const updatedAt = timestamp(dto.lastMessageTime);
  const lead: CloseBotLead = {
    vendor: VENDOR,
    id,
    kind: 'lead',
    contact,
    conversationId,
    source,
    updatedAt,
    tags: cleanTags(dto.tags),
    fields,
    raw: dto,
  };
  // A listing normalizes every lead of every page. A lead with all three is the literal as it is,
  // one object and no copy; any other goes through `compact` (adding the keys one by one instead
  // would go through hidden classes that a full garbage collection drops once no lead is alive,
  // throwing away the optimized code built on them).
  return conversationId !== undefined && source !== undefined && updatedAt !== undefined
    ? lead
    : compact(lead);
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
  const operation = 'normalizeLeadConversation';
  requireLead(dto, operation);
  const { contact } = leadContact(dto, operation);
  const lastMessageAt = timestamp(dto.lastMessageTime);
  const id = leadId(dto, operation);
  const botId = idOf(dto.lastMessageBotId, 'lastMessageBotId', operation);
  const conversation: CloseBotConversation = {
    vendor: VENDOR,
    id,
    status: 'unknown',
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    botId,
    updatedAt: lastMessageAt,
    lastMessageAt,
    tags: cleanTags(dto.tags),
    raw: dto,
  };
  // The literal as it is when nothing is missing, as in normalizeLead.
  return conversation.contact !== undefined && botId !== undefined && lastMessageAt !== undefined
    ? conversation
    : compact(conversation);
}
