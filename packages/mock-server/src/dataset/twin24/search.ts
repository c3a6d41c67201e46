/** The analyse service's session search: `searchChatSessions`. */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import { blank, InputError, json } from './errors.js';
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
import type { SessionState } from './records.js';
import type { TwinState } from './state.js';
import { TWIN24_CHAT_SESSION_FIELDS, type Twin24ChatSessionField } from './types.js';

// Sort names of the search (spec pattern, default `startedAt`). The list was copied from Twin's call
// search and the spec warns some names may not apply to chats: `startedAt` is the creation time,
// `finisheAt` (Twin's spelling) the close time and `duration` the session length; chats have no
// billing or speaker times, so `billedAt` and `speakerFinishedAt` leave the order unchanged.
const SEARCH_SORT: SortKeys<SessionState> = {
  createdAt: (s) => s.startedAt,
  startedAt: (s) => s.startedAt,
  finisheAt: (s) => s.closedAt,
  billedAt: () => null,
  speakerFinishedAt: () => null,
  duration: (s) => s.duration,
  price: (s) => s.price,
};

const FIELD_NAMES: ReadonlySet<string> = new Set(TWIN24_CHAT_SESSION_FIELDS);

/** The `fields` to return (repeated or comma-separated), each once, in the order asked for. */
function readFields(query: URLSearchParams): Twin24ChatSessionField[] {
  const fields = nameList(query, 'fields');
  if (fields === undefined) throw blank('fields');
  const unknown = fields.find((field) => !FIELD_NAMES.has(field));
  if (unknown !== undefined) throw new InputError('fields', `Unknown field "${unknown}".`);
  return fields as Twin24ChatSessionField[];
}

export function searchChatSessions(state: TwinState, request: DatasetRequest): DatasetResponse {
  const { query } = request;
  const selected = readFields(query);
  const paging = readPaging(query);
  const inWindow = readWindow(query);
  const order = readSort(query, SEARCH_SORT, 'startedAt');
  const text = (name: string) => query.get(name) ?? undefined;
  const botId = text('botId');
  const id = text('id');
  const chatId = text('chatId');
  const clientId = text('clientId');
  const company = integer(query, 'companyId', 0);
  // The dataset's company supervises no other company, so this flag adds no sessions.
  flag(query, 'showAllSupervised');

  // `from`/`to` compare `createdAt` (the session start), both inclusive as on the chat service.
  const matching = state.sessions
    .filter(
      (s) =>
        inWindow(s.startedAt) &&
        (botId === undefined || s.search.botId === botId) &&
        (company === undefined || company === state.companyId) &&
        (id === undefined || s.session.id === id) &&
        (chatId === undefined || s.session.chatId === chatId) &&
        (clientId === undefined || s.session.clientId === clientId),
    )
    .sort(order);
  // Only the requested fields, in the order they were asked for (spec `fields`).
  const items = pageOf(matching, paging, (s) =>
    Object.fromEntries(selected.map((field) => [field, s.search[field]])),
  );
  return json(200, { count: matching.length, items });
}
