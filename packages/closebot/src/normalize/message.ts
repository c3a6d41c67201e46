import {
  type Attachment,
  cleanString,
  compact,
  derivedId,
  type Message,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { describeType, idOf, isObject, malformed, timestamp, VENDOR } from './vendor.js';

/**
 * A message as GET /botMetric/messages sends it. `direction` has no fixed vocabulary (the docs say
 * inbound/outbound, `to_bot`/`from_bot` is observed); `fromBot` tells who wrote it.
 * https://developers.closebot.com/api-reference/botmetric/get-messages
 */
export type BotMetricMessage = components['schemas']['BotMetricMessage'];

/** A CloseBot message in the botbridge model; `raw` is the vendor's `BotMetricMessage`. */
export type CloseBotMessage = Message<BotMetricMessage>;

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
  const message: CloseBotMessage = {
    vendor: VENDOR,
    id,
    conversationId,
    role: fromBot ? 'bot' : 'contact',
    vendorRole,
    text,
    attachments,
    createdAt,
    raw: dto,
  };
  // The literal as it is when nothing is missing; else `compact` (see normalizeLead).
  return text !== undefined && createdAt !== undefined ? message : compact(message);
}
