/** The chat service's operations: `listSessions`, `getSession`, `listSessionMessages`. */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import { json, sessionNotFound } from './errors.js';
import {
  flag,
  integer,
  nameList,
  pageOf,
  readPaging,
  readSort,
  readWindow,
  type SortKeys,
} from './query.js';
import type { MessageState, SessionState } from './records.js';
import type { TwinState } from './state.js';
import type { Twin24Session } from './types.js';

// Sort names of `listSessions` (spec pattern). The spec leaves the default order undocumented; we
// use `startedAt` ascending, the default the analyse search documents for the same sessions, which
// also keeps offset pages stable while new sessions arrive.
const SESSION_SORT: SortKeys<SessionState> = {
  name: (s) => s.session.name,
  status: (s) => s.session.status,
  markedAsSpam: (s) => s.session.markedAsSpam,
  startedAt: (s) => s.startedAt,
  lastMessageCreatedAt: (s) => s.lastMessageAt,
  operatorAssignedAt: (s) => s.operatorAssignedAt,
};

// Message sort names (spec pattern). The default order is undocumented; oldest first is how a
// conversation reads, and the order the client asks for (`sort=createdAt`) anyway.
const MESSAGE_SORT: SortKeys<MessageState> = {
  createdAt: (m) => m.createdAt,
  readAt: (m) => m.readAt,
};

/**
 * The filters of `listSessions` as one predicate. `from`/`to` compare the session start, the
 * session's only creation time (and what the client re-checks). String filters match exactly;
 * `operatorType` is the current operator's.
 */
function readSessionFilter(
  query: URLSearchParams,
  inWindow: (ms: number) => boolean,
): (s: SessionState) => boolean {
  const text = (name: string) => query.get(name) ?? undefined;
  const sessionId = text('sessionId');
  const operatorId = text('operatorId');
  const operatorType = text('operatorType');
  const botStatus = text('botStatus');
  const status = text('status');
  const name = text('name');
  const chatId = text('chatId');
  const keyword = text('keyword')?.toLowerCase();
  // A session carries the tags when it has every one of them (the spec assumes commas).
  const tags = text('tags')
    ?.split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  const markedAsSpam = flag(query, 'markedAsSpam');
  const clientBanned = flag(query, 'clientBanned');
  return (s) =>
    inWindow(s.startedAt) &&
    (sessionId === undefined || s.session.id === sessionId) &&
    (markedAsSpam === undefined || s.session.markedAsSpam === markedAsSpam) &&
    (operatorId === undefined || s.session.operatorId === operatorId) &&
    (operatorType === undefined || s.operatorType === operatorType) &&
    (botStatus === undefined || s.session.botStatus === botStatus) &&
    (status === undefined || s.session.status === status) &&
    (name === undefined || s.session.name === name) &&
    (chatId === undefined || s.session.chatId === chatId) &&
    (tags === undefined || tags.every((tag) => s.tags.includes(tag))) &&
    (clientBanned === undefined || s.session.clientBanned === clientBanned) &&
    (keyword === undefined || s.text.includes(keyword));
}

/** One entry per client: its latest session (the one an operator inbox shows). */
function latestPerClient(sessions: SessionState[]): SessionState[] {
  const latest = new Map<string, SessionState>();
  for (const s of sessions) {
    const seen = latest.get(s.session.clientId);
    if (!seen || s.startedAt > seen.startedAt) latest.set(s.session.clientId, s);
  }
  return sessions.filter((s) => latest.get(s.session.clientId) === s);
}

/** Only the `fields` of a session that it has (all of it without `fields`). */
function project(session: Twin24Session, fields: readonly string[] | undefined): object {
  if (fields === undefined) return session;
  const record = session as unknown as Readonly<Record<string, unknown>>;
  return Object.fromEntries(
    fields.filter((field) => Object.hasOwn(record, field)).map((field) => [field, record[field]]),
  );
}

export function listSessions(state: TwinState, request: DatasetRequest): DatasetResponse {
  const { query } = request;
  // Read in this order, so a request with several bad parameters is told about the same one.
  const paging = readPaging(query);
  const inWindow = readWindow(query);
  const order = readSort(query, SESSION_SORT, 'startedAt');
  const matches = readSessionFilter(query, inWindow);
  // Flags come as `true`/`false` or, from Twin's PHP SDK, as `1`/`0` (spec `QueryFlag`).
  const groupByClientId = flag(query, 'groupByClientId') ?? false;
  const withoutCount = flag(query, 'withoutCount') ?? false;
  const withoutItems = flag(query, 'withoutItems') ?? false;
  // Without `fields`, every field. The spec leaves the names open, so a name the session does not
  // have is accepted and simply absent from the answer.
  const fields = nameList(query, 'fields');
  // `group`, `timezone`, `language`, `offsetField` and `offsetValue` (the SDK's common list
  // parameters) are accepted and change nothing here: their effect is undocumented (the spec
  // marks it inferred), and every time the dataset serves carries its own offset anyway.
  let matching = state.sessions.filter(matches);
  if (groupByClientId) matching = latestPerClient(matching);
  matching.sort(order);
  // `withoutItems` counts only; `items` stays (empty) because the spec's `SessionList` needs it.
  const items = withoutItems ? [] : pageOf(matching, paging, (s) => project(s.session, fields));
  return json(200, withoutCount ? { items } : { count: matching.length, items });
}

export function getSession(state: TwinState, request: DatasetRequest): DatasetResponse {
  const session = state.byId.get(request.pathParams.sessionId ?? '');
  return session ? json(200, session.session) : sessionNotFound();
}

export function listSessionMessages(state: TwinState, request: DatasetRequest): DatasetResponse {
  const { query } = request;
  const session = state.byId.get(request.pathParams.sessionId ?? '');
  if (!session) return sessionNotFound();
  const company = integer(query, 'companyId', 0);
  // `companyId` names the company the session belongs to; another company's is not ours to read
  // (spec `Forbidden`: "Access to another company denied").
  if (company !== undefined && company !== state.companyId) {
    return json(403, { error: 'Access denied.' });
  }
  const paging = readPaging(query);
  const inWindow = readWindow(query);
  const order = readSort(query, MESSAGE_SORT, 'createdAt');
  const withoutCount = flag(query, 'withoutCount') ?? false;
  const matching = session.messages.filter((m) => inWindow(m.createdAt)).sort(order);
  const items = pageOf(matching, paging, (m) => m.message);
  return json(200, withoutCount ? { items } : { count: matching.length, items });
}
