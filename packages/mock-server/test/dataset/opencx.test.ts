import { describe, expect, it } from 'vitest';
// The vendor client, imported by path like the validators: only to prove the round trip.
import { createOpenCxClient } from '../../../opencx/src/index.js';
import { responseValidators } from '../../../opencx/src/validators.js';
import {
  createOpenCxDataset,
  OPENCX_CURSOR_PAGE_SIZE,
  OPENCX_FILTER_DEFAULT_LIMIT,
  OPENCX_FILTER_MAX_LIMIT,
  type OpenCxChatSession,
  type OpenCxContact,
  type OpenCxDataset,
  type OpenCxHistoryItem,
} from '../../src/dataset/opencx.js';
import { DATASET_EPOCH } from '../../src/dataset/random.js';
import type { DatasetRequest, DatasetResponse } from '../../src/dataset/types.js';
import { responseIssues } from '../support/validators.js';

const NOW = Date.parse('2026-06-02T08:00:00Z');
const AUTH = { authorization: 'Bearer ocx_live_test_key' };

function make(records: number, seed = 7): OpenCxDataset {
  return createOpenCxDataset({
    seed,
    records,
    tokenTtlSeconds: 3600,
    refreshTtlSeconds: 86_400,
    now: () => NOW,
  });
}

type Operation =
  | 'listChatSessions'
  | 'filterChatSessions'
  | 'getChatSession'
  | 'listChatHistory'
  | 'listContacts'
  | 'getOrg';

interface CallInput {
  query?: Record<string, string>;
  sessionId?: string;
  body?: unknown;
  headers?: Record<string, string | undefined>;
}

/** The request as the server passes it after validation and routing. */
function request(operationId: Operation, input: CallInput = {}): DatasetRequest {
  const id = input.sessionId ?? '';
  const route: Record<Operation, [string, string]> = {
    listChatSessions: ['GET', '/chat/sessions'],
    filterChatSessions: ['POST', '/chat/sessions/filter'],
    getChatSession: ['GET', `/chat/sessions/${id}`],
    listChatHistory: ['GET', `/chat/sessions/${id}/history`],
    listContacts: ['GET', '/contacts'],
    getOrg: ['GET', '/org'],
  };
  const [method, path] = route[operationId];
  return {
    operationId,
    method,
    path,
    pathParams: input.sessionId === undefined ? {} : { session_id: input.sessionId },
    query: new URLSearchParams(input.query ?? {}),
    headers: input.headers ?? AUTH,
    body: input.body,
  };
}

/** Calls the dataset and proves the answer is one the spec allows for the operation and status. */
function call(dataset: OpenCxDataset, operationId: Operation, input?: CallInput): DatasetResponse {
  const response = dataset.respond(request(operationId, input));
  if (response === undefined) throw new Error(`${operationId} was not answered`);
  expect(responseIssues('opencx', operationId, response.status, response.body)).toEqual([]);
  return response;
}

interface CursorPage<T> {
  items: T[];
  next: string | null;
}

interface FilterPage {
  data: OpenCxChatSession[];
  page: number;
  limit: number;
  has_next: boolean;
  has_previous: boolean;
}

/** Every page of a cursor listing, passing `next` back unchanged with the same filters. */
function pages<T>(
  dataset: OpenCxDataset,
  operationId: 'listChatSessions' | 'listChatHistory' | 'listContacts',
  input: CallInput = {},
): CursorPage<T>[] {
  const result: CursorPage<T>[] = [];
  let cursor: string | undefined;
  do {
    const query = { ...input.query, ...(cursor === undefined ? {} : { cursor }) };
    const response = call(dataset, operationId, { ...input, query });
    expect(response.status).toBe(200);
    const page = response.body as CursorPage<T>;
    result.push(page);
    cursor = page.next ?? undefined;
    if (result.length > 1000) throw new Error('paging does not end');
  } while (cursor !== undefined);
  return result;
}

const sessionIds = (list: readonly OpenCxChatSession[]) => list.map((s) => s.id);
const allSessions = (dataset: OpenCxDataset, query?: Record<string, string>) =>
  pages<OpenCxChatSession>(dataset, 'listChatSessions', { query }).flatMap((p) => p.items);
const allContacts = (dataset: OpenCxDataset, query?: Record<string, string>) =>
  pages<OpenCxContact>(dataset, 'listContacts', { query }).flatMap((p) => p.items);
const filter = (dataset: OpenCxDataset, body: unknown) => {
  const response = call(dataset, 'filterChatSessions', { body });
  expect(response.status).toBe(200);
  return response.body as FilterPage;
};
const ms = (value: string) => Date.parse(value);
const byCreated = (a: { created_at: string; id?: string }, b: { created_at: string }) =>
  ms(a.created_at) - ms(b.created_at);

describe('opencx dataset: generated records', () => {
  const dataset = make(40);

  it('holds `records` UUID-keyed sessions, oldest first, in the 90 days before the epoch', () => {
    expect(dataset.sessions).toHaveLength(40);
    const ids = sessionIds(dataset.sessions);
    expect(new Set(ids).size).toBe(40);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const created = dataset.sessions.map((s) => ms(s.created_at));
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(Math.min(...created)).toBeGreaterThanOrEqual(DATASET_EPOCH - 90 * 86_400_000);
    expect(Math.max(...created)).toBeLessThan(DATASET_EPOCH);
  });

  it('shares contacts; every contact is referenced and matches its sessions', () => {
    expect(dataset.contacts).toHaveLength(30);
    const byId = new Map(dataset.contacts.map((c) => [c.id, c]));
    expect(byId.size).toBe(30);
    for (const session of dataset.sessions) {
      const contact = byId.get(session.contact.id);
      expect(contact).toBeDefined();
      const { created_at: _created, updated_at: _updated, ...fields } = contact as OpenCxContact;
      expect(session.contact).toMatchObject(fields);
    }
    for (const contact of dataset.contacts) {
      const own = dataset.sessions.filter((s) => s.contact.id === contact.id);
      expect(own.length).toBeGreaterThan(0);
      expect(ms(contact.created_at)).toBe(Math.min(...own.map((s) => ms(s.created_at))));
      expect(ms(contact.updated_at)).toBe(Math.max(...own.map((s) => ms(s.updated_at))));
    }
    expect(make(1).contacts).toHaveLength(1);
    expect(make(0).contacts).toHaveLength(0);
  });

  it('gives the oldest session `records` history items, the others 0–8, in the session', () => {
    const [oldest, ...rest] = dataset.sessions;
    expect(dataset.historyOf(oldest?.id ?? '')).toHaveLength(40);
    for (const session of rest) {
      expect(dataset.historyOf(session.id).length).toBeLessThanOrEqual(8);
    }
    const itemIds = new Set<string>();
    for (const session of dataset.sessions) {
      const history = dataset.historyOf(session.id);
      const times = history.map((item) => ms(item.created_at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (history.length > 0) {
        expect(history[0]?.created_at).toBe(session.created_at);
        expect(history[history.length - 1]?.created_at).toBe(session.updated_at);
      } else expect(session.updated_at).toBe(session.created_at);
      for (const item of history) itemIds.add(item.id);
      // A handed-off session has a handoff event, and only such sessions do.
      const handoffEvents = history.filter((item) => item.event.type === 'handoff').length;
      expect(handoffEvents).toBe(session.handoff ? 1 : 0);
    }
    const total = dataset.sessions.reduce((n, s) => n + dataset.historyOf(s.id).length, 0);
    expect(itemIds.size).toBe(total);
    expect(dataset.historyOf('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('mixes messages and session events in the histories', () => {
    const types = new Set(
      dataset.sessions.flatMap((s) => dataset.historyOf(s.id).map((item) => item.event.type)),
    );
    expect(types.has('message')).toBe(true);
    expect([...types].filter((type) => type !== 'message').length).toBeGreaterThanOrEqual(2);
  });
});

describe('opencx dataset: listChatSessions', () => {
  const dataset = make(53);

  it('pages by cursor with the default page size, each session once, oldest first', () => {
    const all = pages<OpenCxChatSession>(dataset, 'listChatSessions');
    expect(all.map((p) => p.items.length)).toEqual([20, 20, 13]);
    expect(OPENCX_CURSOR_PAGE_SIZE).toBe(20);
    expect(all[2]?.next).toBeNull();
    const listed = all.flatMap((p) => p.items);
    expect(sessionIds(listed)).toEqual(sessionIds(dataset.sessions));
  });

  it('ends on a full last page with next null (no empty trailing page)', () => {
    const all = pages<OpenCxChatSession>(make(40), 'listChatSessions');
    expect(all.map((p) => [p.items.length, p.next === null])).toEqual([
      [20, false],
      [20, true],
    ]);
  });

  it('answers an empty dataset with an empty last page', () => {
    expect(call(make(0), 'listChatSessions').body).toEqual({ items: [], next: null });
  });

  it('filters by status, channel_type and handed_off across pages', () => {
    for (const status of ['open', 'closed_resolved', 'closed_unresolved']) {
      const expected = dataset.sessions.filter((s) => s.status === status);
      expect(sessionIds(allSessions(dataset, { status }))).toEqual(sessionIds(expected));
    }
    const channels = new Set(dataset.sessions.map((s) => s.channel.type));
    expect(channels.size).toBeGreaterThan(2);
    for (const channel of channels) {
      const expected = dataset.sessions.filter((s) => s.channel.type === channel);
      expect(sessionIds(allSessions(dataset, { channel_type: channel }))).toEqual(
        sessionIds(expected),
      );
    }
    expect(allSessions(dataset, { channel_type: 'slack', status: 'open' })).toEqual(
      dataset.sessions.filter((s) => s.channel.type === 'slack' && s.status === 'open'),
    );
    const handedOff = dataset.sessions.filter((s) => s.handoff !== undefined);
    expect(handedOff.length).toBeGreaterThan(0);
    expect(handedOff.length).toBeLessThan(53);
    expect(sessionIds(allSessions(dataset, { handed_off: 'true' }))).toEqual(sessionIds(handedOff));
    expect(sessionIds(allSessions(dataset, { handed_off: 'false' }))).toEqual(
      sessionIds(dataset.sessions.filter((s) => s.handoff === undefined)),
    );
  });

  it('reads created_after / created_before as strict bounds', () => {
    const s = dataset.sessions;
    const from = s[10]?.created_at ?? '';
    const to = s[40]?.created_at ?? '';
    expect(sessionIds(allSessions(dataset, { created_after: from }))).toEqual(
      sessionIds(s.slice(11)),
    );
    expect(sessionIds(allSessions(dataset, { created_before: to }))).toEqual(
      sessionIds(s.slice(0, 40)),
    );
    expect(sessionIds(allSessions(dataset, { created_after: from, created_before: to }))).toEqual(
      sessionIds(s.slice(11, 40)),
    );
    // 1 ms earlier includes the boundary session (how the client makes `since` inclusive).
    const earlier = new Date(ms(from) - 1).toISOString();
    expect(sessionIds(allSessions(dataset, { created_after: earlier }))).toEqual(
      sessionIds(s.slice(10)),
    );
    // Offsets are instants too.
    const shifted = new Date(ms(to)).toISOString().replace('Z', '+00:00');
    expect(allSessions(dataset, { created_before: shifted })).toHaveLength(40);
  });

  it('reads updated_after / updated_before as strict bounds', () => {
    const sorted = [...dataset.sessions].sort((a, b) => ms(a.updated_at) - ms(b.updated_at));
    const pivot = sorted[25]?.updated_at ?? '';
    const expectAfter = dataset.sessions.filter((x) => ms(x.updated_at) > ms(pivot));
    const expectBefore = dataset.sessions.filter((x) => ms(x.updated_at) < ms(pivot));
    expect(sessionIds(allSessions(dataset, { updated_after: pivot }))).toEqual(
      sessionIds(expectAfter),
    );
    expect(sessionIds(allSessions(dataset, { updated_before: pivot }))).toEqual(
      sessionIds(expectBefore),
    );
    expect(expectAfter.length + expectBefore.length).toBe(52);
  });

  it('rejects a cursor it did not issue with the common error body', () => {
    const sessionsCursor = (call(dataset, 'listChatSessions').body as CursorPage<unknown>).next;
    const contactsCursor = (call(dataset, 'listContacts').body as CursorPage<unknown>).next;
    const forged = Buffer.from(JSON.stringify({ offset: 20 })).toString('base64url');
    for (const cursor of [
      'not a cursor',
      'eyJ',
      forged,
      contactsCursor ?? '',
      `${sessionsCursor}A`,
    ]) {
      const response = call(dataset, 'listChatSessions', { query: { cursor } });
      expect(response).toEqual({
        status: 500,
        body: { statusCode: 500, message: 'Invalid cursor', error: 'Internal Server Error' },
      });
    }
  });
});

describe('opencx dataset: filterChatSessions', () => {
  const dataset = make(150);
  // The spec's `last_message_at`: the latest `message` of the history (creation time without one).
  const lastMessageAt = (session: OpenCxChatSession) => {
    const messages = dataset.historyOf(session.id).filter((i) => i.event.type === 'message');
    return ms(messages[messages.length - 1]?.created_at ?? session.created_at);
  };
  const byLastMessageDesc = [...dataset.sessions].sort(
    (a, b) => lastMessageAt(b) - lastMessageAt(a) || (a.id < b.id ? 1 : -1),
  );

  it('defaults to page 1 of 25, newest last message first', () => {
    const page = filter(dataset, {});
    expect(page).toMatchObject({ page: 1, limit: 25, has_next: true, has_previous: false });
    expect(OPENCX_FILTER_DEFAULT_LIMIT).toBe(25);
    expect(sessionIds(page.data)).toEqual(sessionIds(byLastMessageDesc.slice(0, 25)));
    expect(filter(dataset, undefined).data).toEqual(page.data);
  });

  it('pages by number until has_next is false, each session once, up to the cap of 100', () => {
    const first = filter(dataset, { limit: OPENCX_FILTER_MAX_LIMIT });
    const second = filter(dataset, { limit: OPENCX_FILTER_MAX_LIMIT, page: 2 });
    expect(first.data).toHaveLength(100);
    expect(first).toMatchObject({ page: 1, limit: 100, has_next: true, has_previous: false });
    expect(second.data).toHaveLength(50);
    expect(second).toMatchObject({ page: 2, limit: 100, has_next: false, has_previous: true });
    expect(sessionIds([...first.data, ...second.data])).toEqual(sessionIds(byLastMessageDesc));
    const past = filter(dataset, { limit: 100, page: 3 });
    expect(past).toEqual({ data: [], page: 3, limit: 100, has_next: false, has_previous: true });
  });

  it('ends exactly at the last session (has_next false on a full last page)', () => {
    const page = filter(dataset, { limit: 50, page: 3 });
    expect(page.data).toHaveLength(50);
    expect(page.has_next).toBe(false);
  });

  it('sorts by created_at or last_message_at in either direction', () => {
    const asc = filter(dataset, { sort_by: 'created_at', sort_order: 'asc', limit: 100 });
    expect(sessionIds(asc.data)).toEqual(sessionIds(dataset.sessions.slice(0, 100)));
    const desc = filter(dataset, { sort_by: 'created_at', limit: 100 });
    expect(sessionIds(desc.data)).toEqual(
      sessionIds([...dataset.sessions].reverse().slice(0, 100)),
    );
    const lastAsc = filter(dataset, { sort_order: 'asc', limit: 10 });
    expect(sessionIds(lastAsc.data)).toEqual(
      sessionIds([...byLastMessageDesc].reverse().slice(0, 10)),
    );
  });

  it('orders by last_message_at, unlike created_at when a long session overlaps others', () => {
    // 300 sessions are ~7 h apart, and the oldest one's 300 items run for longer than that.
    const big = make(300);
    const lastOf = (session: OpenCxChatSession) => {
      const messages = big.historyOf(session.id).filter((i) => i.event.type === 'message');
      return ms(messages[messages.length - 1]?.created_at ?? session.created_at);
    };
    const listed = [1, 2, 3].flatMap(
      (page) =>
        filter(big, { sort_by: 'last_message_at', sort_order: 'asc', limit: 100, page }).data,
    );
    const expected = [...big.sessions].sort(
      (a, b) => lastOf(a) - lastOf(b) || (a.id < b.id ? -1 : 1),
    );
    expect(sessionIds(listed)).toEqual(sessionIds(expected));
    expect(sessionIds(listed)).not.toEqual(sessionIds(big.sessions));
    expect(sessionIds(listed).sort()).toEqual(sessionIds(big.sessions).sort());
  });

  it('applies each filter key it knows, combined with AND', () => {
    const everything = (filters: Record<string, unknown>) =>
      [1, 2].flatMap(
        (page) =>
          filter(dataset, { filters, sort_by: 'created_at', sort_order: 'asc', limit: 100, page })
            .data,
      );
    const s = dataset.sessions;
    const first = s[0] as OpenCxChatSession;
    const team = s.find((x) => x.team)?.team?.id ?? '';
    const cases: [Record<string, unknown>, (x: OpenCxChatSession) => boolean][] = [
      [{ channels: ['whatsapp', 'email'] }, (x) => ['whatsapp', 'email'].includes(x.channel.type)],
      [{ status: ['closed_unresolved'] }, (x) => x.status === 'closed_unresolved'],
      [{ sentiment: ['angry'] }, (x) => x.sentiment === 'angry'],
      [{ languages: ['de'] }, (x) => x.language === 'de'],
      [{ teams: [team] }, (x) => x.team?.id === team],
      [{ assignees: ['555'] }, (x) => x.assignee_id === 555],
      [{ assignees: ['4187'] }, (x) => x.assignee_id === '4187'],
      [{ contacts: [first.contact.id] }, (x) => x.contact.id === first.contact.id],
      [
        { channels: ['web'], status: ['open'] },
        (x) => x.channel.type === 'web' && x.status === 'open',
      ],
      [{ channels: [], tags: ['vip'] }, () => true],
    ];
    for (const [filters, predicate] of cases) {
      const expected = s.filter(predicate);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(sessionIds(everything(filters)), JSON.stringify(filters)).toEqual(
        sessionIds(expected),
      );
    }
  });

  it('answers a body that fails validation with the 400 error body', () => {
    const bad = (body: unknown) => {
      const response = call(dataset, 'filterChatSessions', { body });
      expect(response.status).toBe(400);
      return (response.body as { message: unknown }).message;
    };
    expect(bad({ limit: 101 })).toBe('limit must not be greater than 100');
    expect(bad({ page: 0 })).toBe('page must not be less than 1');
    expect(bad({ limit: 2.5 })).toBe('limit must be an integer number');
    expect(bad({ filters: { channels: 'web' } })).toBe(
      'filters.channels must be an array of strings',
    );
    expect(bad({ filters: { status: ['closed'] } })).toMatch(/^each value in filters.status/);
    expect(bad({ limit: 0, sort_by: 'updated_at' })).toEqual([
      'limit must not be less than 1',
      'sort_by must be one of the following values: last_message_at, created_at',
    ]);
    expect(call(dataset, 'filterChatSessions', { body: { limit: 101 } }).body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
    });
  });
});

describe('opencx dataset: getChatSession', () => {
  const dataset = make(30);

  it('returns exactly the record the listing returned', () => {
    const listed = allSessions(dataset);
    expect(listed).toHaveLength(30);
    for (const session of listed) {
      const response = call(dataset, 'getChatSession', { sessionId: session.id });
      expect(response).toEqual({ status: 200, body: session });
    }
    const first = listed[0] as OpenCxChatSession;
    expect(call(dataset, 'getChatSession', { sessionId: first.id.toUpperCase() }).body).toEqual(
      first,
    );
  });

  it('answers an unknown id with OpenCX 404 body', () => {
    const response = call(dataset, 'getChatSession', {
      sessionId: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
    });
    expect(response).toEqual({
      status: 404,
      body: { statusCode: 404, message: 'Chat session not found', error: 'Not Found' },
    });
  });
});

describe('opencx dataset: listChatHistory', () => {
  const dataset = make(45);
  const oldest = dataset.sessions[0] as OpenCxChatSession;

  it('pages the oldest session history by cursor, each item once, oldest first', () => {
    const all = pages<OpenCxHistoryItem>(dataset, 'listChatHistory', { sessionId: oldest.id });
    expect(all.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(all.flatMap((p) => p.items)).toEqual(dataset.historyOf(oldest.id));
  });

  it('returns only the history of the requested session', () => {
    for (const session of dataset.sessions.slice(1)) {
      const items = pages<OpenCxHistoryItem>(dataset, 'listChatHistory', {
        sessionId: session.id,
      }).flatMap((p) => p.items);
      expect(items).toEqual(dataset.historyOf(session.id));
    }
    const empty = dataset.sessions.find((s) => dataset.historyOf(s.id).length === 0);
    expect(empty).toBeDefined();
    expect(call(dataset, 'listChatHistory', { sessionId: empty?.id }).body).toEqual({
      items: [],
      next: null,
    });
  });

  it('answers an unknown session with the 404 body and refuses another session cursor', () => {
    expect(
      call(dataset, 'listChatHistory', { sessionId: '9c8b7a65-4321-4fed-8cba-987654321fed' })
        .status,
    ).toBe(404);
    const next = (
      call(dataset, 'listChatHistory', { sessionId: oldest.id }).body as CursorPage<unknown>
    ).next;
    expect(next).toEqual(expect.any(String));
    const other = dataset.sessions[1] as OpenCxChatSession;
    const response = call(dataset, 'listChatHistory', {
      sessionId: other.id,
      query: { cursor: next ?? '' },
    });
    expect(response.status).toBe(500);
  });
});

describe('opencx dataset: listContacts', () => {
  const dataset = make(70);

  it('pages by cursor, each contact once, oldest first', () => {
    const all = pages<OpenCxContact>(dataset, 'listContacts');
    expect(all.map((p) => p.items.length)).toEqual([20, 20, 13]);
    const listed = all.flatMap((p) => p.items);
    expect(listed).toEqual([...dataset.contacts].sort(byCreated));
    expect(listed).toHaveLength(53);
  });

  it('reads the created and updated windows as strict bounds', () => {
    const c = [...dataset.contacts].sort(byCreated);
    const from = c[5]?.created_at ?? '';
    const to = c[30]?.created_at ?? '';
    expect(allContacts(dataset, { created_after: from, created_before: to })).toEqual(
      c.slice(6, 30),
    );
    const pivot = [...c].sort((a, b) => ms(a.updated_at) - ms(b.updated_at))[20]?.updated_at ?? '';
    expect(allContacts(dataset, { updated_after: pivot })).toEqual(
      c.filter((x) => ms(x.updated_at) > ms(pivot)),
    );
    expect(allContacts(dataset, { updated_before: pivot })).toEqual(
      c.filter((x) => ms(x.updated_at) < ms(pivot)),
    );
  });

  it('lists the contacts the sessions reference, with the same ids', () => {
    const listed = new Set(allContacts(dataset).map((c) => c.id));
    const referenced = new Set(dataset.sessions.map((s) => s.contact.id));
    expect(listed).toEqual(referenced);
  });
});

describe('opencx dataset: getOrg', () => {
  it('answers the organization, created and last updated before the first session', () => {
    const dataset = make(20, 5);
    const response = call(dataset, 'getOrg');
    expect(response).toEqual({ status: 200, body: dataset.organization });
    const { created_at, updated_at } = dataset.organization;
    const first = ms(dataset.sessions[0]?.created_at ?? '');
    expect(ms(created_at)).toBeLessThanOrEqual(ms(updated_at));
    expect(ms(updated_at)).toBeLessThanOrEqual(first);
    expect(make(20, 5).organization).toEqual(dataset.organization);
    // An empty dataset still has its organization, before the dataset's epoch.
    expect(ms(make(0).organization.updated_at)).toBeLessThanOrEqual(DATASET_EPOCH);
  });

  it('leaves every other answer as it was (the organization has its own random stream)', () => {
    const a = make(15, 9);
    const b = make(15, 9);
    expect(JSON.stringify(a.sessions)).toBe(JSON.stringify(b.sessions));
    expect(Object.isFrozen(a.organization)).toBe(true);
  });
});

describe('opencx dataset: agent and handoff events', () => {
  const dataset = make(60, 3);

  it('name their agent and helpdesk on the event (2024 document) and in its context', () => {
    let agentEvents = 0;
    let handoffs = 0;
    for (const session of dataset.sessions) {
      for (const { event } of dataset.historyOf(session.id)) {
        if (event.type === 'human_agent_joined' || event.type === 'human_agent_takeover') {
          agentEvents++;
          // The agent who joined is the one the session is assigned to.
          expect(event.human_agent_id).toBe(Number(session.assignee_id));
          expect(event.context.human_agent_id).toBe(event.human_agent_id);
        } else expect(event).not.toHaveProperty('human_agent_id');
        if (event.type === 'handoff') {
          handoffs++;
          expect(event.integration).toEqual(
            session.ticketing_system ? { type: session.ticketing_system.name } : undefined,
          );
          expect(event.context.integration).toEqual(event.integration);
        } else expect(event).not.toHaveProperty('integration');
      }
    }
    expect(agentEvents).toBeGreaterThan(0);
    expect(handoffs).toBe(agentEvents);
  });
});

describe('opencx dataset: determinism, auth and isolation', () => {
  const script = (dataset: OpenCxDataset) => {
    const first = call(dataset, 'listChatSessions').body as CursorPage<OpenCxChatSession>;
    const id = first.items[0]?.id ?? '';
    return JSON.stringify([
      first,
      call(dataset, 'listChatSessions', { query: { cursor: first.next ?? '' } }).body,
      call(dataset, 'getChatSession', { sessionId: id }).body,
      call(dataset, 'listChatHistory', { sessionId: id }).body,
      call(dataset, 'filterChatSessions', { body: { limit: 7, page: 2 } }).body,
      call(dataset, 'listContacts').body,
      call(dataset, 'getOrg').body,
    ]);
  };

  it('answers byte-identically for the same seed and size, differently for another seed', () => {
    const once = script(make(35, 42));
    expect(script(make(35, 42))).toBe(once);
    expect(script(make(35, 43))).not.toBe(once);
  });

  it('answers 401 without a bearer key and leaves unknown operations to the server', () => {
    const dataset = make(5);
    const id = dataset.sessions[0]?.id;
    for (const operationId of [
      'listChatSessions',
      'filterChatSessions',
      'getChatSession',
      'listChatHistory',
      'listContacts',
      'getOrg',
    ] as const) {
      const response = call(dataset, operationId, { sessionId: id, headers: {}, body: {} });
      expect(response).toEqual({
        status: 401,
        body: { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' },
      });
    }
    expect(dataset.respond({ ...request('listChatSessions'), operationId: 'sendMessage' })).toBe(
      undefined,
    );
  });

  it('hands out copies, so changing an answer does not change the dataset', () => {
    const dataset = make(5);
    const page = call(dataset, 'listChatSessions').body as CursorPage<{ status: string }>;
    (page.items[0] as { status: string }).status = 'changed';
    expect(dataset.sessions[0]?.status).not.toBe('changed');
    expect(Object.isFrozen(dataset.sessions[0])).toBe(true);
  });
});

describe('opencx dataset: round trip through the botbridge client', () => {
  const dataset = make(60, 11);
  const client = createOpenCxClient({
    apiKey: 'ocx_live_test_key',
    baseUrl: 'http://opencx.test',
    retry: false,
    rateLimit: false,
    validateResponses: 'strict',
    validators: responseValidators,
    // Routes like the mock server would, and checks each answer against the spec.
    fetch: async (input) => {
      const req = input as Request;
      const url = new URL(req.url);
      const match = /^\/chat\/sessions\/([^/]+)(\/history)?$/.exec(url.pathname);
      const sessionId = match?.[1] === 'filter' ? undefined : match?.[1];
      const operationId: Operation =
        url.pathname === '/org'
          ? 'getOrg'
          : url.pathname === '/contacts'
            ? 'listContacts'
            : url.pathname === '/chat/sessions'
              ? 'listChatSessions'
              : sessionId === undefined
                ? 'filterChatSessions'
                : match?.[2]
                  ? 'listChatHistory'
                  : 'getChatSession';
      const text = await req.text();
      const response = call(dataset, operationId, {
        sessionId,
        query: Object.fromEntries(url.searchParams),
        headers: { authorization: req.headers.get('authorization') ?? undefined },
        body: text === '' ? undefined : JSON.parse(text),
      });
      return new Response(JSON.stringify(response.body), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    },
  });

  const collect = async <T>(iterable: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const item of iterable) out.push(item);
    return out;
  };

  it('yields every session, message and contact exactly once', async () => {
    const conversations = await collect(client.conversations());
    expect(conversations.map((c) => c.id)).toEqual(sessionIds(dataset.sessions));
    const oldest = dataset.sessions[0] as OpenCxChatSession;
    const messages = await collect(client.messages(oldest.id));
    expect(messages.map((m) => m.id)).toEqual(dataset.historyOf(oldest.id).map((i) => i.id));
    expect(messages.every((m) => m.conversationId === oldest.id)).toBe(true);
    const contacts = await collect(client.contacts());
    expect(contacts.map((c) => c.id).sort()).toEqual(dataset.contacts.map((c) => c.id).sort());
    const filtered = await collect(client.filteredChatSessions());
    expect(filtered.map((c) => c.id).sort()).toEqual(sessionIds(dataset.sessions).sort());
    const one = await client.conversation(oldest.id);
    expect(one.raw).toEqual(oldest);
  });

  it('keeps who joined a handed-off session, and where it was handed off to', async () => {
    const session = dataset.sessions.find((s) => s.ticketing_system !== undefined);
    if (session === undefined) throw new Error('no session handed off to a helpdesk');
    const messages = await collect(client.messages(session.id));
    const joined = messages.find((m) => m.authorId !== undefined);
    expect(joined?.authorId).toBe(session.assignee_id);
    const handoff = messages.find((m) => m.handoffIntegration !== undefined);
    expect(handoff?.handoffIntegration).toBe(session.ticketing_system?.name);
  });

  it('whoami() names the organization', async () => {
    const identity = await client.whoami();
    expect(identity).toEqual({
      vendor: 'opencx',
      name: dataset.organization.name,
      raw: dataset.organization,
    });
  });

  it('keeps `since` inclusive and `until` exclusive (created_after / created_before)', async () => {
    const s = dataset.sessions;
    const since = s[12]?.created_at ?? '';
    const until = s[47]?.created_at ?? '';
    const conversations = await collect(client.conversations({ since, until }));
    expect(conversations.map((c) => c.id)).toEqual(sessionIds(s.slice(12, 47)));
    const handedOff = await collect(client.conversations({ handedOff: true }));
    expect(handedOff.every((c) => c.handedOff)).toBe(true);
    expect(handedOff.map((c) => c.id)).toEqual(
      sessionIds(s.filter((x) => x.handoff !== undefined)),
    );
  });
});
