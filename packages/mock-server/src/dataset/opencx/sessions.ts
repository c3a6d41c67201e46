/**
 * The chat-session operations: `listChatSessions`, `filterChatSessions`, `getChatSession` and
 * `listChatHistory`.
 */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import { compareKeys, cursorPage, decodeCursor, encodeCursor, type Key } from './cursor.js';
import { errorResponse, INVALID_CURSOR, SESSION_NOT_FOUND } from './errors.js';
import { parseFilterBody } from './filter.js';
import type { Row } from './records.js';
import type { OpenCxState } from './state.js';
import { bound, inWindow } from './time-window.js';
import type { OpenCxHistoryItem } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sessionKey = (row: Row): Key => ({ t: row.createdMs, id: row.session.id });
const historyKey = (item: OpenCxHistoryItem): Key => ({
  t: Date.parse(item.created_at),
  id: item.id,
});

function findRow(state: OpenCxState, request: DatasetRequest): Row | undefined {
  // UUIDs compare case-insensitively; ours are lower case.
  const id = (request.pathParams.session_id ?? '').toLowerCase();
  return UUID.test(id) ? state.rowById.get(id) : undefined;
}

export function listChatSessions(state: OpenCxState, request: DatasetRequest): DatasetResponse {
  const { query } = request;
  const cursor = query.get('cursor');
  const after = cursor === null ? undefined : decodeCursor(cursor, 'chat_sessions');
  if (cursor !== null && after === undefined) return INVALID_CURSOR;
  const handedOff = query.get('handed_off');
  const status = query.get('status');
  const channel = query.get('channel_type');
  const createdAfter = bound(query, 'created_after');
  const createdBefore = bound(query, 'created_before');
  const updatedAfter = bound(query, 'updated_after');
  const updatedBefore = bound(query, 'updated_before');
  const matching = state.sessionRows.filter(
    ({ session, createdMs, updatedMs }) =>
      // "Handed off" is what the `handoff` object records (spec: `SessionHandoff`).
      (handedOff === null || String(session.handoff !== undefined) === handedOff) &&
      (status === null || session.status === status) &&
      (channel === null || session.channel.type === channel) &&
      inWindow(createdMs, createdAfter, createdBefore) &&
      inWindow(updatedMs, updatedAfter, updatedBefore),
  );
  const page = cursorPage(matching, sessionKey, after, (key) => encodeCursor('chat_sessions', key));
  return { status: 200, body: { items: page.items.map((row) => row.session), next: page.next } };
}

export function filterChatSessions(state: OpenCxState, request: DatasetRequest): DatasetResponse {
  const parsed = parseFilterBody(request.body);
  if (Array.isArray(parsed)) {
    return errorResponse(400, parsed.length === 1 ? (parsed[0] as string) : parsed, 'Bad Request');
  }
  const { predicates, sortBy, sortOrder, page, limit } = parsed;
  const time = (row: Row) => (sortBy === 'created_at' ? row.createdMs : row.lastMessageMs);
  const direction = sortOrder === 'asc' ? 1 : -1;
  const matching = state.sessionRows
    .filter((row) => predicates.every((matches) => matches(row.session)))
    .sort(
      (a, b) =>
        direction * compareKeys({ t: time(a), id: a.session.id }, { t: time(b), id: b.session.id }),
    );
  const start = (page - 1) * limit;
  return {
    status: 200,
    body: {
      data: matching.slice(start, start + limit).map((row) => row.session),
      page,
      limit,
      has_next: start + limit < matching.length,
      has_previous: page > 1,
    },
  };
}

export function getChatSession(state: OpenCxState, request: DatasetRequest): DatasetResponse {
  const row = findRow(state, request);
  return row ? { status: 200, body: row.session } : SESSION_NOT_FOUND;
}

export function listChatHistory(state: OpenCxState, request: DatasetRequest): DatasetResponse {
  const row = findRow(state, request);
  if (row === undefined) return SESSION_NOT_FOUND;
  const sessionId = row.session.id;
  const cursor = request.query.get('cursor');
  const after = cursor === null ? undefined : decodeCursor(cursor, 'history', sessionId);
  if (cursor !== null && after === undefined) return INVALID_CURSOR;
  // Oldest first: a timeline reads forward (the spec's history examples are in this order).
  const page = cursorPage(row.history, historyKey, after, (key) =>
    encodeCursor('history', key, sessionId),
  );
  return { status: 200, body: page };
}
