import { type Attachment, cleanString, compact, derivedId, type Message } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { VENDOR } from './vendor.js';

/**
 * The body Twin POSTs to a bot dialog's `callbackUrl` (spec schema `BotDialogAnswerCallback`).
 * Known from one vendor sample: https://confluence.twin24.ai/pages/diffpages.action?originalId=183861459&pageId=231899148
 */
export type BotDialogAnswerCallback = components['schemas']['BotDialogAnswerCallback'];

/** One bot message of a bot-answer callback (spec schema `BotDialogMessage`). */
export type BotDialogMessage = components['schemas']['BotDialogMessage'];

/** A bot-answer message in the botbridge model; `raw` is the vendor's `BotDialogMessage`. */
export type TwinBotMessage = Message<BotDialogMessage>;

/**
 * The messages of a bot answer as botbridge `Message`s: `conversationId` is the dialog id, `role`
 * is `bot`, and there is no `createdAt` (the payload has no timestamps). `answer` must already have
 * the spec's shape (the receiver checks it). Pure.
 *
 * Ids: the payload has no message ids, and Twin resends a callback until it gets a 200 (documented
 * for its voice hooks; inferred for these), so a redelivery must give the same ids or a sync would
 * store every bot reply twice. Each id is therefore derived from what identifies the message: the
 * dialog, the answer it came in (the dialog `status` and every message of the answer, as
 * received), and its position in that answer. The whole answer is included, not just the message,
 * so that a message repeated in a later turn with other messages around it ("Pick an option")
 * keeps an id of its own. Left out: `callbackData` (a secret token must not feed ids that end up
 * in logs, and rotating it must not change them) and `result` (dialog variables, which say nothing
 * about which message this is). Limit: two answers of one dialog that are identical in all of
 * these are indistinguishable from a redelivery, and get the same ids.
 */
export function normalizeBotAnswerMessages(
  dialogId: string,
  answer: BotDialogAnswerCallback,
): TwinBotMessage[] {
  const messages = answer.messages ?? [];
  const status = answer.status ?? undefined;
  return messages.map((message, position) =>
    compact({
      vendor: VENDOR,
      id: derivedId('twin24_bot_message', { dialogId, status, messages, position }),
      conversationId: dialogId,
      role: 'bot' as const,
      // Kept as written (line breaks, indentation); only a blank body counts as none.
      text:
        typeof message.body === 'string' && message.body.trim() !== '' ? message.body : undefined,
      attachments: attachmentsOf(message.attachments),
      raw: message,
    }),
  );
}

// The item shape is undocumented (the sample's list is empty). Inferred: the chat service's
// attachment fields, which the bot and chat services of one vendor plausibly share. Items without
// any of them stay only in `raw`.
function attachmentsOf(value: unknown): Attachment[] {
  if (!Array.isArray(value)) return [];
  const out: Attachment[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    const fields = item as Record<string, unknown>;
    const attachment = compact({
      name: cleanString(fields.name),
      url: cleanString(fields.url) ?? cleanString(fields.downloadLink),
      type: cleanString(fields.extension) ?? cleanString(fields.sugestedExtension),
    });
    if (Object.keys(attachment).length > 0) out.push(attachment);
  }
  return out;
}
