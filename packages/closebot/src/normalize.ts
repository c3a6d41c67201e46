import {
  type Attachment,
  type Contact,
  type Conversation,
  cleanId,
  cleanString,
  compact,
  derivedId,
  type Lead,
  type Message,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from './generated/schema.js';

type Schemas = components['schemas'];
export type LeadDto = Schemas['LeadDto'];
export type TestSessionList = Schemas['TestSessionList'];
export type LeadDtoPaginated = Schemas['LeadDtoPaginated'];
export type SearchQueryInput = Schemas['SearchQueryInput'];
export type SearchLeadResultDto = Schemas['SearchLeadResultDto'];
export type BotMetricMessage = Schemas['BotMetricMessage'];
export type TestSession = Schemas['TestSession'];
/**
 * A CloseBot bot. Its `sources[].key` is a CRM credential: do not log or display it.
 * https://developers.closebot.com/api-reference/bot/get-a-bot
 */
export type BotDto = Schemas['BotDto'];
/**
 * A CloseBot source (connected CRM sub-account). `accessToken` and `key` are CRM credentials: do
 * not log or display them. https://developers.closebot.com/api-reference/source/get-a-source
 */
export type SourceDto = Schemas['SourceDto'];
export type SourceDtoPaginated = Schemas['SourceDtoPaginated'];

/** A CloseBot lead in the botbridge model; `raw` is the vendor's `LeadDto`. */
export type CloseBotLead = Lead<LeadDto>;
/** A CloseBot lead seen as its conversation thread; `raw` is the vendor's `LeadDto`. */
export type CloseBotConversation = Conversation<LeadDto>;
/** A CloseBot message in the botbridge model; `raw` is the vendor's `BotMetricMessage`. */
export type CloseBotMessage = Message<BotMetricMessage>;

export const VENDOR = 'closebot';

// CloseBot leads carry contact details as CRM fields (GoHighLevel keys such as `email`, `phone`)
// rather than top-level properties. https://developers.closebot.com/api-reference/lead/get-a-lead
const EMAIL_KEYS = new Set(['email', 'contact.email']);
const PHONE_KEYS = new Set(['phone', 'phone_number', 'contact.phone']);

/**
 * CloseBot is an ASP.NET backend: a date it never set arrives as .NET's `DateTime.MinValue`,
 * `0001-01-01T00:00:00`, which means "no date", so it is read as absent. Other years are kept as
 * written (`0001` is never 1901).
 */
function timestamp(value: unknown): string | undefined {
  return toUtcTimestamp(value, { dotNetMinValueAsAbsent: true });
}

/** An id field of a CloseBot payload (see `cleanId`: exact, or a typed error). */
function idOf(value: unknown, field: string, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field });
}

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

/**
 * Maps a CloseBot `BotMetricMessage` to a botbridge `Message`. Pure.
 *
 * `conversationId` is the lead the message belongs to: the message's own `leadId`, else the lead it
 * was requested for. A message with neither cannot be placed in a conversation and is rejected.
 */
export function normalizeMessage(
  dto: BotMetricMessage,
  requestedLeadId?: string,
  operation = 'listMessages',
): CloseBotMessage {
  if (!isObject(dto)) throw malformed(operation, `a message object, got ${describeType(dto)}`);
  const conversationId = idOf(dto.leadId, 'leadId', operation) ?? cleanString(requestedLeadId);
  if (conversationId === undefined) {
    throw new VendorNormalizationError(
      `${VENDOR} ${operation}: a message without \`leadId\` cannot be placed in a conversation; filter by leadId`,
      { vendor: VENDOR, operation },
    );
  }
  const fromBot = dto.fromBot === true;
  const createdAt = timestamp(dto.timestamp);
  const text =
    typeof dto.message === 'string' && dto.message.trim() !== '' ? dto.message : undefined;
  // `attachments` is an array or null in the spec; any other type is read as no attachments.
  const listed = Array.isArray(dto.attachments) ? dto.attachments : [];
  const attachments: Attachment[] = listed.flatMap((attachment) => {
    const url = cleanString(attachment?.url);
    return url === undefined ? [] : [{ url }];
  });
  // `direction` has no documented vocabulary (docs: inbound/outbound; observed: to_bot/from_bot), so
  // the role comes from the boolean `fromBot` and the vendor's own word is kept in `vendorRole`.
  // https://developers.closebot.com/api-reference/botmetric/get-messages
  const vendorRole = cleanString(dto.direction) ?? (fromBot ? 'from_bot' : 'to_bot');
  // Messages without an id get one derived from what identifies them: the lead, the time, the
  // author and what was sent, none of which changes once a message exists. Their position is not
  // part of it: CloseBot returns no stable order, and the same message may arrive in different
  // windows.
  const id =
    idOf(dto.messageId, 'messageId', operation) ??
    derivedId('closebot_message', {
      conversationId,
      timestamp: createdAt ?? dto.timestamp ?? null,
      fromBot,
      direction: dto.direction ?? null,
      text: dto.message ?? null,
      attachments: attachments.map((a) => a.url),
    });
  return compact({
    vendor: VENDOR,
    id,
    conversationId,
    role: fromBot ? ('bot' as const) : ('contact' as const),
    vendorRole,
    text,
    attachments,
    createdAt,
    raw: dto,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function malformed(operation: string, expected: string): VendorNormalizationError {
  return new VendorNormalizationError(`${VENDOR} ${operation}: expected ${expected}`, {
    vendor: VENDOR,
    operation,
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
  if (isObject(body) && (Array.isArray(body.leads) || body.leads === null)) {
    return {
      leads: body.leads ?? [],
      total: typeof body.total === 'number' ? body.total : undefined,
    };
  }
  throw malformed(operation, 'a {leads, total} envelope or an array of leads');
}

/** One page of a `{total, results, page, pageSize}` listing (GET /lead, GET /agency/source). */
export interface PageEnvelope<T> {
  items: T[];
  total: number;
  page: number | undefined;
  pageSize: number | undefined;
}

/**
 * Reads CloseBot's paged envelope. `results` is null or empty past the last page or when there is
 * nothing (https://developers.closebot.com/api-reference/lead/list-leads); `total` must be there,
 * since paging relies on it.
 */
export function readPageEnvelope<T>(
  body: { total: number; results?: T[] | null; page: number; pageSize: number } | null | undefined,
  operation: string,
): PageEnvelope<T> {
  if (
    !isObject(body) ||
    typeof body.total !== 'number' ||
    !(Array.isArray(body.results) || body.results === null || body.results === undefined)
  ) {
    throw malformed(operation, 'a {total, results, page, pageSize} envelope');
  }
  return {
    items: body.results ?? [],
    total: body.total,
    page: typeof body.page === 'number' ? body.page : undefined,
    pageSize: typeof body.pageSize === 'number' ? body.pageSize : undefined,
  };
}

/** Reads a lead search result: the `{leads, total}` envelope (`leads` is null with `totalOnly`). */
export function readSearchResult(
  body: SearchLeadResultDto | null | undefined,
  operation = 'searchLeads',
): { leads: LeadDto[]; total: number } {
  if (
    isObject(body) &&
    typeof body.total === 'number' &&
    (Array.isArray(body.leads) || body.leads === null || body.leads === undefined)
  ) {
    return { leads: body.leads ?? [], total: body.total };
  }
  throw malformed(operation, 'a {leads, total} envelope');
}

/** Reads a body that must be one JSON object (POST /bot/{botId}/testSession). */
export function readObject<T extends object>(body: T | null | undefined, operation: string): T {
  if (isObject(body)) return body;
  throw malformed(operation, 'a JSON object');
}

/** Reads a bare-array body (GET /bot, GET /botMetric/messages). */
export function readArray<T>(body: T[] | null | undefined, operation: string): T[] {
  if (Array.isArray(body)) return body;
  throw malformed(operation, 'a JSON array');
}

/**
 * Reads a single-record body. CloseBot answers some unknown ids with HTTP 200 and a `null` body
 * instead of 404 (observed; see the `unknownIdNullBody` examples in specs/closebot/openapi.yaml), so
 * `null` means "not found". `doc` is the vendor page of the operation. The message never repeats the
 * payload or the id.
 */
export function readFound<T extends object>(
  body: T | null | undefined,
  operation: string,
  what: string,
  doc: string,
): T {
  if (isObject(body)) return body;
  if (body === null || body === undefined) {
    throw new VendorNormalizationError(
      `${VENDOR} ${operation}: ${what} not found (CloseBot answers unknown ids with HTTP 200 and a null body instead of 404; ${doc})`,
      { vendor: VENDOR, operation },
    );
  }
  throw malformed(operation, `a ${what} object`);
}
