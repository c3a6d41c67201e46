/**
 * A chat session's history, messages and events in one timeline
 * (`GET /chat/sessions/{session_id}/history`, cursor-paged).
 * https://docs.open.cx/api-reference/chat-sessions/list_history
 */
import {
  argumentChecks,
  type CallOptions,
  checkPrefetch,
  type PrefetchOption,
  type PrefetchOptions,
} from '@botbridge/core';
import { checkCursor, checkSessionId } from '../checks.js';
import type { OpenCxContext } from '../context.js';
import { readCursorPage } from '../normalize/envelope.js';
import { normalizeHistoryItem, type OpenCxMessage } from '../normalize/message.js';
import { VENDOR } from '../normalize/vendor.js';
import { byId, paginateCursor } from '../pagination.js';

/** Which page of a session's history `listChatHistory` reads. */
export interface ListChatHistoryParams {
  /**
   * The `next` of the previous page, passed back unchanged.
   * @default the first page
   */
  cursor?: string;
}

/** One page of `listChatHistory`: the items of a session's timeline as messages. */
export interface MessagePage {
  /** The history items of this page, messages and events alike, in OpenCX's order. */
  messages: OpenCxMessage[];
  /** Pass as `cursor` for the following page; `undefined` on the last page. */
  next: string | undefined;
}

/** The chat-history methods of `OpenCxClient`. */
export interface ChatHistoryResource {
  /** One page of a session's history. */
  listChatHistory(
    sessionId: string,
    params?: ListChatHistoryParams,
    options?: CallOptions,
  ): Promise<MessagePage>;
  /**
   * A session's whole history, page by page, the next page requested while the caller reads the
   * current one (`options.prefetch`, 1 by default, see `PrefetchOption`; the listing takes no
   * other parameter, so it goes with the call options).
   */
  chatHistory(
    sessionId: string,
    options?: CallOptions & PrefetchOption,
  ): AsyncIterable<OpenCxMessage>;
}

/** One page of a session's history. */
export async function listChatHistory(
  context: OpenCxContext,
  sessionId: string,
  params: ListChatHistoryParams = {},
  options: CallOptions = {},
): Promise<MessagePage> {
  const check = argumentChecks(VENDOR, 'listChatHistory');
  const id = checkSessionId(check, 'sessionId', sessionId);
  return sendHistory(context, id, checkCursor(check, params.cursor), options);
}

/** A session's whole history, page by page, `options.prefetch` pages ahead. */
export function chatHistory(
  context: OpenCxContext,
  sessionId: string,
  options: CallOptions & PrefetchOption = {},
): AsyncIterable<OpenCxMessage> {
  const check = argumentChecks(VENDOR, 'chatHistory');
  const id = checkSessionId(check, 'sessionId', sessionId);
  const { prefetch, ...call } = options;
  const reading = { prefetch: checkPrefetch(check, prefetch), signal: call.signal };
  return iterateHistory(context, id, reading, call);
}

/**
 * Every item of the history of a session whose id is already checked, read ahead as `reading`
 * says; `options` go with every request (its signal replaced by the page's own, which follows it).
 * @internal
 */
export function iterateHistory(
  context: OpenCxContext,
  sessionId: string,
  reading: PrefetchOptions,
  options: CallOptions = {},
): AsyncGenerator<OpenCxMessage, void, undefined> {
  const fetchPage = async (cursor: string | undefined, signal: AbortSignal) => {
    const page = await sendHistory(context, sessionId, cursor, { ...options, signal });
    return { items: page.messages, next: page.next };
  };
  return paginateCursor('listChatHistory', byId, fetchPage, reading);
}

async function sendHistory(
  context: OpenCxContext,
  sessionId: string,
  cursor: string | undefined,
  options: CallOptions,
): Promise<MessagePage> {
  const body = await context.call('listChatHistory', () =>
    context.api.GET('/chat/sessions/{session_id}/history', {
      params: { path: { session_id: sessionId }, query: { cursor } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const page = readCursorPage(body, 'listChatHistory');
  return {
    messages: page.items.map((item) => normalizeHistoryItem(item, sessionId)),
    next: page.next,
  };
}
