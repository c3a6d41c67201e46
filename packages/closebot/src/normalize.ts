import {
  type Attachment,
  type Contact,
  type Conversation,
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

/** The contact and the field map of a lead, read from its CRM fields. */
function leadContact(dto: LeadDto): { contact: Contact; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  let email: string | undefined;
  let phone: string | undefined;
  // `fields` and `tags` are arrays or null in the spec; any other type is read as "none" rather
  // than failing the whole lead over one optional collection.
  for (const field of Array.isArray(dto.fields) ? dto.fields : []) {
    const key = cleanString(field?.field) ?? cleanString(field?.name);
    const value = cleanString(field?.value);
    if (!key || value === undefined) continue;
    fields[key] = value;
    if (EMAIL_KEYS.has(key.toLowerCase())) email ??= value;
    if (PHONE_KEYS.has(key.toLowerCase())) phone ??= value;
  }
  const contact = compact({
    id: cleanString(dto.contactId),
    name: cleanString(dto.name),
    email,
    phone,
  });
  return { contact, fields };
}

/** The id of a lead, or one derived from the whole record when CloseBot sent none. */
function leadId(dto: LeadDto): string {
  return cleanString(dto.id) ?? derivedId('closebot_lead', dto);
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
  const { contact, fields } = leadContact(dto);
  const source = isObject(dto.source)
    ? compact({ id: cleanString(dto.source.id), name: cleanString(dto.source.name) })
    : undefined;
  return compact({
    vendor: VENDOR,
    id: leadId(dto),
    kind: 'lead' as const,
    contact,
    // A CloseBot lead is also its conversation thread: messages are looked up by lead id
    // (GET /botMetric/messages?leadId=…), so the lead id doubles as the conversation id.
    conversationId: cleanString(dto.id),
    source: source && Object.keys(source).length > 0 ? source : undefined,
    // LeadDto has no creation time; the last message time is the latest activity we know of.
    // CloseBot sends it without an offset (presumably UTC), which toUtcTimestamp reads as UTC.
    updatedAt: toUtcTimestamp(dto.lastMessageTime),
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
  const { contact } = leadContact(dto);
  const lastMessageAt = toUtcTimestamp(dto.lastMessageTime);
  return compact({
    vendor: VENDOR,
    id: leadId(dto),
    status: 'unknown' as const,
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    botId: cleanString(dto.lastMessageBotId),
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
  const conversationId = cleanString(dto.leadId) ?? cleanString(requestedLeadId);
  if (conversationId === undefined) {
    throw new VendorNormalizationError(
      `${VENDOR} ${operation}: a message without \`leadId\` cannot be placed in a conversation; filter by leadId`,
      { vendor: VENDOR, operation },
    );
  }
  const fromBot = dto.fromBot === true;
  const createdAt = toUtcTimestamp(dto.timestamp);
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
  // Messages without an id get one derived from what identifies them. Their position is not part of
  // it: CloseBot returns no stable order, and the same message may arrive in different windows.
  const id =
    cleanString(dto.messageId) ??
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
