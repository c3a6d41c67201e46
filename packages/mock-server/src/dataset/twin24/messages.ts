/** A session's drafts served as Twin messages (spec `Message`), with their read receipts. */
import type { Random } from '../random.js';
import { SECOND } from './clock.js';
import { type Draft, lastIndex } from './conversation.js';
import type { MessageState } from './records.js';
import type { Twin24ReplyTo } from './types.js';

/**
 * When each draft was read, epoch ms. Read receipts: in an open session the client's messages
 * after the last answer are unread, as may be the last answer itself; everything else was read a
 * few seconds after it was written. System events are never read.
 */
export function readTimes(r: Random, drafts: readonly Draft[], closed: boolean): (number | null)[] {
  const lastAnswer = lastIndex(drafts, (d) => d.role === 'bot' || d.role === 'operator');
  return drafts.map((d, k) => {
    if (d.role === 'system') return null;
    if (!closed && d.role === 'client' && k > lastAnswer) return null;
    if (!closed && k === lastAnswer && k === drafts.length - 1 && r.chance(0.5)) return null;
    return d.at + r.int(1, 30) * SECOND;
  });
}

/** The served messages; `at` writes an instant in the client's offset. */
export function toMessages(
  drafts: readonly Draft[],
  readAts: readonly (number | null)[],
  sessionId: string,
  at: (ms: number) => string,
): MessageState[] {
  return drafts.map((d, k) => {
    const readAt = readAts[k] ?? null;
    const quoted = d.replyTo === null ? undefined : drafts[d.replyTo];
    return {
      index: k,
      createdAt: d.at,
      readAt,
      message: {
        id: d.id,
        authorId: d.authorId,
        authorType: d.role,
        authorName: d.authorName,
        type: d.type,
        body: d.body,
        answers: d.answers,
        keyboard: d.keyboard,
        readAt: readAt === null ? null : at(readAt),
        createdAt: at(d.at),
        updatedAt: at(readAt ?? d.at),
        sessionId,
        attachments: d.attachments,
        replyTo: quoted ? replyOf(quoted, sessionId, at) : null,
      },
    };
  });
}

function replyOf(quoted: Draft, sessionId: string, at: (ms: number) => string): Twin24ReplyTo {
  return {
    id: quoted.id,
    sessionId,
    userId: quoted.role === 'operator' ? quoted.authorId : null,
    botId: quoted.role === 'bot' ? quoted.authorId : null,
    body: quoted.body,
    authorType: quoted.role,
    authorName: quoted.authorName,
    type: quoted.type,
    clientId: quoted.role === 'client' ? quoted.authorId : null,
    createdAt: at(quoted.at),
    attachments: quoted.attachments,
    answers: quoted.answers,
    keyboard: quoted.keyboard,
    actions: [],
  };
}
