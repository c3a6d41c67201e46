/**
 * Twin's bot-answer callback (spec `components.callbacks.BotDialogAnswer`), built from the
 * dataset: the bot's latest answer in a chat session, shaped like the vendor's sample
 * (`dialogId`, `botId`, `status`, `result`, `messages[]`, the echoed `callbackData`).
 *
 * The dataset has chat sessions but no bot-service dialogs, so the mock's dialogs are its
 * sessions: `dialogId` is the session's id and `messages` are the session's last run of bot
 * messages, so what a receiver gets can be compared with `GET /sessions/{id}/messages`. At Twin
 * a dialog id is a bot-service id (hex digits in the sample), not a session id (spec
 * `BotDialogAnswerCallback.dialogId`).
 * https://developers.twin24.ai/reference/startdialog
 */
import type { Twin24Dataset, Twin24Message, Twin24Session } from '../dataset/twin24.js';
import type { Twin24WebhookEvent } from './events.js';
import type { BuiltPayload } from './payload.js';

/** The trailing bot turn of a session: its last bot message and the bot messages right before it. */
function lastBotTurn(messages: readonly Readonly<Twin24Message>[]): Readonly<Twin24Message>[] {
  let end = messages.length - 1;
  while (end >= 0 && messages[end]?.authorType !== 'bot') end--;
  let start = end;
  while (start > 0 && messages[start - 1]?.authorType === 'bot') start--;
  return end < 0 ? [] : messages.slice(start, end + 1);
}

/**
 * Builds the bot-answer body from the dataset: by default for the newest session with a bot
 * message; with `record`, for that session.
 * @throws TypeError when `record` names no session, or one without a bot message.
 */
export function buildTwin24Payload(
  _event: Twin24WebhookEvent,
  dataset: Twin24Dataset,
  record: string | number | undefined,
  callbackData: string | undefined,
): BuiltPayload {
  let session: Readonly<Twin24Session> | undefined;
  let turn: Readonly<Twin24Message>[] = [];
  if (record === undefined) {
    for (let at = dataset.sessions.length - 1; at >= 0 && turn.length === 0; at--) {
      session = dataset.sessions[at];
      turn = session ? lastBotTurn(dataset.messagesOf(session.id)) : [];
    }
    if (turn.length === 0) throw new TypeError('the Twin dataset has no bot message to send');
  } else {
    const id = String(record);
    session = dataset.sessions.find((s) => s.id === id);
    if (!session) throw new TypeError(`record: no Twin session has the id "${id}"`);
    turn = lastBotTurn(dataset.messagesOf(id));
    if (turn.length === 0) {
      throw new TypeError(`record: Twin session "${id}" has no bot message to answer with`);
    }
  }
  const { id } = session as Readonly<Twin24Session>;
  // A bot message's author is the chat's bot (the dataset writes the bot id as `authorId`).
  const botId = turn[0]?.authorId ?? null;
  const payload = {
    dialogId: id,
    botId,
    // `STOP` is the only status the vendor's sample shows; the list is not documented.
    status: 'STOP',
    result: { initialVariables: [] },
    messages: turn.map((message, index) => ({
      body: message.body,
      actions: [],
      // The script node is not in the dataset: a stable name per position in the turn.
      substitutions: { nodeId: `node-${index + 1}`, botId },
      answers: message.answers,
      meta: [],
      attachments: message.attachments,
    })),
    ...(callbackData === undefined ? {} : { callbackData }),
  };
  return { subject: { id }, payload };
}
