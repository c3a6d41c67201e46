import { describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../../twin24/src/index.js';
import {
  createTwin24Dataset,
  createTwinAuth,
  TWIN24_CHAT_SESSION_FIELDS,
  type Twin24Dataset,
} from '../../src/dataset/twin24.js';
import type { DatasetRequest, DatasetResponse } from '../../src/dataset/types.js';
import { startMockServers } from '../../src/start.js';
import { createTokenIssuer } from '../../src/tokens.js';
import { responseIssues } from '../support/validators.js';

const RECORDS = 40;
const TTL = 3600;
const REFRESH_TTL = 86_400;
const START = Date.parse('2026-07-01T12:00:00Z');

const ROUTES: Record<string, [method: string, path: (params: Record<string, string>) => string]> = {
  login: ['POST', () => '/auth/login'],
  refreshToken: ['POST', () => '/auth/refresh'],
  listSessions: ['GET', () => '/sessions'],
  getSession: ['GET', (p) => `/sessions/${p.sessionId}`],
  listSessionMessages: ['GET', (p) => `/sessions/${p.sessionId}/messages`],
  searchChatSessions: ['GET', () => '/search/chat/sessions'],
  getCurrentUser: ['GET', () => '/users/me'],
};

interface Call {
  query?: Record<string, string | number | boolean>;
  pathParams?: Record<string, string>;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

interface Page<T> {
  count?: number;
  items: T[];
}

type Json = Record<string, unknown>;

/** A dataset with its own clock, a logged-in token and a `call()` that checks every answer. */
function setup(seed = 7, records = RECORDS) {
  const clock = { now: START };
  const dataset = createTwin24Dataset({
    seed,
    records,
    tokenTtlSeconds: TTL,
    refreshTtlSeconds: REFRESH_TTL,
    now: () => clock.now,
  });
  const raw = (operationId: string, init: Call = {}): DatasetResponse => {
    const [method, path] = ROUTES[operationId] ?? ['GET', () => '/'];
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(init.query ?? {})) query.set(key, String(value));
    const request: DatasetRequest = {
      operationId,
      method,
      path: path(init.pathParams ?? {}),
      pathParams: init.pathParams ?? {},
      query,
      headers: init.headers ?? { authorization: `Bearer ${token}` },
      body: init.body,
    };
    const response = dataset.respond(request);
    if (!response) throw new Error(`${operationId} was not answered`);
    // Every answer the tests see must be one the spec allows for this operation and status.
    expect(responseIssues('twin24', operationId, response.status, response.body)).toEqual([]);
    return response;
  };
  const login = () =>
    raw('login', {
      headers: {},
      body: { email: 'alice.nguyen@example.com', password: 'correct-horse-battery-staple' },
    }).body as { token: string; refreshToken: string };
  let token = '';
  token = login().token;
  const call = <T = Json>(operationId: string, init: Call = {}) => {
    const response = raw(operationId, init);
    return { status: response.status, body: response.body as T };
  };
  const ok = <T = Json>(operationId: string, init: Call = {}) => {
    const response = call<T>(operationId, init);
    expect(response.status).toBe(200);
    return response.body;
  };
  return { dataset, clock, call, ok, login, raw };
}

/** Pages a listing by `offset` until a short page, as Twin's clients do. */
function pageAll<T>(
  fetchPage: (offset: number) => Page<T>,
  limit: number,
): { pages: number; items: T[] } {
  const items: T[] = [];
  let pages = 0;
  for (let offset = 0; ; offset += limit) {
    const page = fetchPage(offset);
    pages++;
    items.push(...page.items);
    if (page.items.length < limit) return { pages, items };
    if (pages > 1000) throw new Error('paging does not end');
  }
}

const ms = (stamp: string | null | undefined) => Date.parse(stamp as string);
const ids = (items: ReadonlyArray<{ id?: unknown }>) => items.map((item) => item.id);
/** An instant written in UTC (`Z`), unlike the dataset's offsets, to prove instants are compared. */
const utc = (value: number) => new Date(value).toISOString();

describe('twin24 dataset: auth', () => {
  it('logs in any non-empty email and password with a JWT valid for tokenTtlSeconds', () => {
    const { login, dataset } = setup();
    const pair = login();
    const claims = JSON.parse(Buffer.from(pair.token.split('.')[1] ?? '', 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(TTL);
    expect(claims.iat).toBe(START / 1000);
    const refresh = JSON.parse(
      Buffer.from(pair.refreshToken.split('.')[1] ?? '', 'base64url').toString(),
    );
    expect(refresh.exp - refresh.iat).toBe(REFRESH_TTL);
    expect(dataset.auth.authorize(request({ authorization: `Bearer ${pair.token}` }))).toBe(
      undefined,
    );
  });

  it('answers a blank password with the 400 shape of the spec', () => {
    const { call } = setup();
    const response = call('login', { headers: {}, body: { email: 'a@example.com', password: '' } });
    expect(response).toEqual({
      status: 400,
      body: {
        error: 'Invalid input parameters.',
        details: { password: 'This value should not be blank.' },
      },
    });
  });

  it('answers "Token is expired." once the access token outlives its ttl, and a foreign token "User is not authenticated."', () => {
    const { call, clock } = setup();
    expect(call('listSessions').status).toBe(200);
    clock.now = START + (TTL - 1) * 1000;
    expect(call('listSessions').status).toBe(200);
    clock.now = START + TTL * 1000;
    for (const operationId of ['listSessions', 'searchChatSessions']) {
      expect(call(operationId, { query: { fields: 'id' } })).toEqual({
        status: 401,
        body: { error: 'Token is expired.' },
      });
    }
    const foreign = createTokenIssuer('another-key', () => clock.now).issue('x', 60, 'access');
    for (const headers of [
      { authorization: `Bearer ${foreign}` },
      { authorization: undefined },
      { authorization: 'Bearer not-a-jwt' },
    ]) {
      expect(call('getSession', { headers, pathParams: { sessionId: 'x' } })).toEqual({
        status: 401,
        body: { error: 'User is not authenticated.' },
      });
    }
  });

  it('refreshes with the refresh token (and the raw, even expired, access token); refuses expired and foreign refresh tokens', () => {
    const { call, login, clock } = setup();
    const pair = login();
    clock.now = START + (TTL + 10) * 1000;
    expect(
      call('listSessions', { headers: { authorization: `Bearer ${pair.token}` } }).status,
    ).toBe(401);
    const renewed = call<{ token: string; refreshToken: string }>('refreshToken', {
      headers: { authorization: pair.token },
      body: { refreshToken: pair.refreshToken, ttl: 3600 },
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.token).not.toBe(pair.token);
    expect(
      call('listSessions', { headers: { authorization: `Bearer ${renewed.body.token}` } }).status,
    ).toBe(200);
    // `Bearer ` is accepted on refresh too.
    expect(
      call('refreshToken', {
        headers: { authorization: `Bearer ${pair.token}` },
        body: { refreshToken: pair.refreshToken },
      }).status,
    ).toBe(200);

    const foreign = createTokenIssuer('another-key', () => clock.now).issue(
      'alice.nguyen@example.com',
      600,
      'refresh',
    );
    expect(
      call('refreshToken', {
        headers: { authorization: pair.token },
        body: { refreshToken: foreign },
      }),
    ).toEqual({ status: 401, body: { error: 'Invalid refresh token.' } });
    // An access token is not a refresh token.
    expect(
      call('refreshToken', {
        headers: { authorization: pair.token },
        body: { refreshToken: pair.token },
      }).body,
    ).toEqual({ error: 'Invalid refresh token.' });
    expect(
      call('refreshToken', { headers: {}, body: { refreshToken: pair.refreshToken } }),
    ).toEqual({ status: 401, body: { error: 'User is not authenticated.' } });

    clock.now = START + REFRESH_TTL * 1000;
    expect(
      call('refreshToken', {
        headers: { authorization: pair.token },
        body: { refreshToken: pair.refreshToken },
      }),
    ).toEqual({ status: 401, body: { error: 'Refresh token is expired.' } });
  });

  it('createTwinAuth works on its own with the given issuer and lifetimes', () => {
    let now = START;
    const issuer = createTokenIssuer('static-mode', () => now);
    const auth = createTwinAuth({ issuer, tokenTtlSeconds: 5, refreshTtlSeconds: 50 });
    const login = auth.login({
      ...request({}),
      operationId: 'login',
      body: { email: 'x@example.com', password: 'p' },
    });
    expect(responseIssues('twin24', 'login', login.status, login.body)).toEqual([]);
    const { token, refreshToken } = login.body as { token: string; refreshToken: string };
    expect(auth.authorize(request({ authorization: `Bearer ${token}` }))).toBe(undefined);
    now += 5000;
    expect(auth.authorize(request({ authorization: `Bearer ${token}` }))).toEqual({
      status: 401,
      body: { error: 'Token is expired.' },
    });
    const refreshed = auth.refresh({
      ...request({ authorization: token }),
      operationId: 'refreshToken',
      body: { refreshToken },
    });
    expect(refreshed.status).toBe(200);
    const next = (refreshed.body as { token: string }).token;
    expect(auth.authorize(request({ authorization: `Bearer ${next}` }))).toBe(undefined);
  });
});

function request(headers: Record<string, string | undefined>): DatasetRequest {
  return {
    operationId: 'listSessions',
    method: 'GET',
    path: '/sessions',
    pathParams: {},
    query: new URLSearchParams(),
    headers,
    body: undefined,
  };
}

describe('twin24 dataset: listSessions', () => {
  it('pages by limit/offset with a total count, 10 by default, oldest first, every session once', () => {
    const { ok, dataset } = setup();
    const first = ok<Page<Json>>('listSessions');
    expect(first.count).toBe(RECORDS);
    expect(ids(first.items)).toEqual(ids(dataset.sessions.slice(0, 10)));
    const all = pageAll(
      (offset) => ok<Page<Json>>('listSessions', { query: { offset, limit: 7 } }),
      7,
    );
    expect(all.pages).toBe(Math.ceil(RECORDS / 7));
    expect(ids(all.items)).toEqual(ids(dataset.sessions));
    expect(new Set(ids(all.items)).size).toBe(RECORDS);
    const starts = all.items.map((s) => ms(s.startedAt as string));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('pages by 0-based page too, and refuses offset with page', () => {
    const { ok, call, dataset } = setup();
    const pages = [0, 1, 2, 3, 4].map(
      (page) => ok<Page<Json>>('listSessions', { query: { page, limit: 9 } }).items,
    );
    expect(pages.map((p) => p.length)).toEqual([9, 9, 9, 9, 4]);
    expect(ids(pages.flat())).toEqual(ids(dataset.sessions));
    expect(call('listSessions', { query: { page: 1, offset: 0 } }).status).toBe(400);
  });

  it('serves up to the cap of 1000 per page and refuses more', () => {
    const { ok, call } = setup(3, 1200);
    const page = ok<Page<Json>>('listSessions', { query: { limit: 1000 } });
    expect(page.items).toHaveLength(1000);
    expect(page.count).toBe(1200);
    expect(
      ok<Page<Json>>('listSessions', { query: { limit: 1000, offset: 1000 } }).items,
    ).toHaveLength(200);
    expect(call('listSessions', { query: { limit: 1001 } })).toEqual({
      status: 400,
      body: {
        error: 'Invalid input parameters.',
        details: { limit: 'This value should be 1000 or less.' },
      },
    });
  });

  it('filters from/to on startedAt, both bounds inclusive, whatever offset they are written in', () => {
    const { ok, dataset } = setup();
    const from = ms(dataset.sessions[10]?.startedAt);
    const to = ms(dataset.sessions[20]?.startedAt);
    const list = (query: Call['query']) =>
      ids(ok<Page<Json>>('listSessions', { query: { limit: 1000, ...query } }).items);
    const expected = (lo: number, hi: number) =>
      ids(dataset.sessions.filter((s) => ms(s.startedAt) >= lo && ms(s.startedAt) <= hi));
    expect(list({ from: utc(from), to: utc(to) })).toEqual(ids(dataset.sessions.slice(10, 21)));
    expect(list({ from: utc(from + 1000), to: utc(to - 1000) })).toEqual(
      ids(dataset.sessions.slice(11, 20)),
    );
    expect(list({ from: utc(from) })).toEqual(expected(from, Number.POSITIVE_INFINITY));
    expect(list({ to: utc(to) })).toEqual(expected(0, to));
    // The session's own spelling (with its offset) selects the same instant.
    expect(
      list({
        from: dataset.sessions[10]?.startedAt as string,
        to: dataset.sessions[10]?.startedAt as string,
      }),
    ).toEqual([dataset.sessions[10]?.id]);
  });

  it('applies each documented filter', () => {
    const { ok, dataset } = setup();
    const list = (query: Call['query']) =>
      ok<Page<Json>>('listSessions', { query: { limit: 1000, ...query } });
    const check = (
      query: Call['query'],
      keep: (s: (typeof dataset.sessions)[number]) => boolean,
    ) => {
      const expected = ids(dataset.sessions.filter(keep));
      const page = list(query);
      expect(ids(page.items)).toEqual(expected);
      expect(page.count).toBe(expected.length);
      return expected.length;
    };
    const sample = dataset.sessions[5];
    const operated = dataset.sessions.find((s) => s.operatorId !== null);
    if (!sample || !operated) throw new Error('dataset too small');
    expect(check({ sessionId: sample.id }, (s) => s.id === sample.id)).toBe(1);
    expect(check({ markedAsSpam: true }, (s) => s.markedAsSpam)).toBeGreaterThan(0);
    expect(check({ markedAsSpam: false }, (s) => !s.markedAsSpam)).toBeGreaterThan(0);
    expect(
      check(
        { operatorId: operated.operatorId as string },
        (s) => s.operatorId === operated.operatorId,
      ),
    ).toBeGreaterThan(0);
    const current = (s: (typeof dataset.sessions)[number]) => s.operators.at(-1)?.type;
    expect(
      check({ operatorType: 'SUPERVISOR' }, (s) => current(s) === 'SUPERVISOR'),
    ).toBeGreaterThan(0);
    expect(check({ operatorType: 'OPERATOR' }, (s) => current(s) === 'OPERATOR')).toBeGreaterThan(
      0,
    );
    expect(check({ botStatus: 'ACTIVE' }, (s) => s.botStatus === 'ACTIVE')).toBeGreaterThan(0);
    expect(check({ status: 'CLOSED' }, (s) => s.status === 'CLOSED')).toBeGreaterThan(0);
    expect(check({ name: sample.name }, (s) => s.name === sample.name)).toBeGreaterThan(0);
    expect(check({ chatId: sample.chatId }, (s) => s.chatId === sample.chatId)).toBeGreaterThan(0);
    const tags = (s: (typeof dataset.sessions)[number]) => s.tags.split(',');
    expect(check({ tags: 'vip' }, (s) => tags(s).includes('vip'))).toBeGreaterThan(0);
    expect(
      check(
        { tags: 'vip,delivery' },
        (s) => tags(s).includes('vip') && tags(s).includes('delivery'),
      ),
    ).toBeGreaterThan(0);
    expect(check({ clientBanned: true }, (s) => s.clientBanned)).toBeGreaterThan(0);
    expect(check({ clientBanned: false }, (s) => !s.clientBanned)).toBeGreaterThan(0);
    // keyword: case-insensitive, over the name, the client id, the tags and the message texts.
    const keyword = (s: (typeof dataset.sessions)[number], word: string) =>
      [s.name, s.clientId, s.tags, ...dataset.messagesOf(s.id).map((m) => m.body)]
        .join('\n')
        .toLowerCase()
        .includes(word);
    expect(check({ keyword: 'REFUND' }, (s) => keyword(s, 'refund'))).toBeGreaterThan(0);
    expect(check({ keyword: sample.clientId }, (s) => keyword(s, sample.clientId))).toBeGreaterThan(
      0,
    );
    // Filters combine.
    expect(
      check(
        { status: 'CLOSED', chatId: sample.chatId },
        (s) => s.status === 'CLOSED' && s.chatId === sample.chatId,
      ),
    ).toBeGreaterThan(0);
  });

  it('collapses the sessions of one client to its latest with groupByClientId', () => {
    const { ok, dataset } = setup();
    const latest = new Map<string, string>();
    for (const s of dataset.sessions) latest.set(s.clientId, s.id);
    const expected = dataset.sessions.filter((s) => latest.get(s.clientId) === s.id);
    expect(expected.length).toBeLessThan(RECORDS);
    const page = ok<Page<Json>>('listSessions', { query: { groupByClientId: true, limit: 1000 } });
    expect(ids(page.items)).toEqual(ids(expected));
    expect(page.count).toBe(expected.length);
  });

  it('sorts by the documented fields with +/- prefixes, nulls last ascending', () => {
    const { ok, dataset } = setup();
    const list = (sort: string) =>
      ok<Page<Json>>('listSessions', { query: { sort, limit: 1000 } }).items;
    expect(ids(list('-startedAt'))).toEqual(ids([...dataset.sessions].reverse()));
    const byLast = list('lastMessageCreatedAt');
    const lastTimes = byLast.map((s) => s.lastMessageCreatedAt as string | null);
    const dated = lastTimes.filter((t) => t !== null).map(ms);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(lastTimes.slice(dated.length).every((t) => t === null)).toBe(true);
    const byName = list('name,-startedAt');
    for (let i = 1; i < byName.length; i++) {
      const [a, b] = [byName[i - 1] as Json, byName[i] as Json];
      expect((a.name as string) <= (b.name as string)).toBe(true);
      if (a.name === b.name)
        expect(ms(a.startedAt as string)).toBeGreaterThan(ms(b.startedAt as string));
    }
  });

  it('reads flags as 1/0 (the vendor SDK’s form) exactly as true/false', () => {
    const { ok, dataset } = setup();
    const list = (query: Call['query']) =>
      ok<Page<Json>>('listSessions', { query: { limit: 1000, ...query } });
    const spam = ids(dataset.sessions.filter((s) => s.markedAsSpam));
    expect(spam.length).toBeGreaterThan(0);
    expect(ids(list({ markedAsSpam: '1' }).items)).toEqual(spam);
    expect(list({ markedAsSpam: '1' })).toEqual(list({ markedAsSpam: 'true' }));
    expect(list({ markedAsSpam: '0' })).toEqual(list({ markedAsSpam: 'false' }));
    expect(list({ markedAsSpam: '0' }).count).toBe(RECORDS - spam.length);
    for (const name of ['clientBanned', 'groupByClientId']) {
      expect(list({ [name]: '1' })).toEqual(list({ [name]: true }));
      expect(list({ [name]: '0' })).toEqual(list({ [name]: false }));
    }
    expect(list({ withoutCount: '1' })).toEqual(list({ withoutCount: true }));
    expect(list({ withoutItems: '1' })).toEqual({ count: RECORDS, items: [] });
    expect(list({ withoutItems: '0', withoutCount: '0' }).count).toBe(RECORDS);
  });

  it('returns only the requested fields, and accepts the SDK’s other common list parameters', () => {
    const { ok, dataset } = setup();
    const page = ok<Page<Json>>('listSessions', {
      query: { fields: 'id,startedAt,operators,notAField', limit: 3 },
    });
    expect(page.count).toBe(RECORDS);
    expect(page.items).toEqual(
      dataset.sessions
        .slice(0, 3)
        .map((s) => ({ id: s.id, startedAt: s.startedAt, operators: s.operators })),
    );
    // group, timezone, language, offsetField, offsetValue: accepted, the answer unchanged.
    const common = { group: 'clientId', timezone: 3, language: 'en', offsetField: 'id' };
    expect(
      ok('listSessions', { query: { ...common, offsetValue: dataset.sessions[2]?.id ?? '' } }),
    ).toEqual(ok('listSessions'));
    expect(
      ok('listSessionMessages', {
        query: common,
        pathParams: { sessionId: ids(dataset.sessions)[0] as string },
      }),
    ).toEqual(
      ok('listSessionMessages', { pathParams: { sessionId: ids(dataset.sessions)[0] as string } }),
    );
  });

  it('leaves count out with withoutCount, and the items with withoutItems', () => {
    const { ok } = setup();
    const page = ok<Page<Json>>('listSessions', { query: { withoutCount: true } });
    expect('count' in page).toBe(false);
    expect(page.items).toHaveLength(10);
    expect(ok('listSessions', { query: { withoutItems: true } })).toEqual({
      count: RECORDS,
      items: [],
    });
  });
});

describe('twin24 dataset: getSession', () => {
  it('returns exactly the listed session, and the spec 404 for an unknown id', () => {
    const { ok, call, dataset } = setup();
    const listed = ok<Page<Json>>('listSessions', { query: { limit: 1000 } }).items;
    for (const session of listed) {
      expect(ok('getSession', { pathParams: { sessionId: session.id as string } })).toEqual(
        session,
      );
    }
    expect(listed).toEqual(dataset.sessions);
    expect(call('getSession', { pathParams: { sessionId: 'no-such-session' } })).toEqual({
      status: 404,
      body: { error: 'Session not found.' },
    });
  });

  it('keeps sessions consistent with their messages', () => {
    const { dataset } = setup();
    for (const session of dataset.sessions) {
      const messages = dataset.messagesOf(session.id);
      expect(messages.every((m) => m.sessionId === session.id)).toBe(true);
      expect(session.lastMessage).toEqual(messages.at(-1) ?? null);
      expect(session.lastMessageCreatedAt).toBe(messages.at(-1)?.createdAt ?? null);
      expect(session.unreadClientMessageCount).toBe(
        messages.filter((m) => m.authorType === 'client' && m.readAt === null).length,
      );
      for (const m of messages) {
        expect(ms(m.createdAt)).toBeGreaterThanOrEqual(ms(session.startedAt));
        if (m.replyTo) expect(messages.map((x) => x.id)).toContain(m.replyTo.id);
        if (m.authorType === 'client') expect(m.authorId).toBe(session.clientId);
        if (m.authorType === 'operator') {
          expect(session.operators.map((o) => String(o.id))).toContain(m.authorId);
        }
      }
      expect(session.operatorId).toBe(
        session.operators.length ? String(session.operators.at(-1)?.id) : null,
      );
    }
  });
});

describe('twin24 dataset: listSessionMessages', () => {
  it('gives the oldest session `records` messages, paged 10 by default, every one once, oldest first', () => {
    const { ok, dataset } = setup();
    const oldest = dataset.sessions[0]?.id as string;
    const first = ok<Page<Json>>('listSessionMessages', { pathParams: { sessionId: oldest } });
    expect(first.count).toBe(RECORDS);
    expect(first.items).toHaveLength(10);
    const all = pageAll(
      (offset) =>
        ok<Page<Json>>('listSessionMessages', {
          pathParams: { sessionId: oldest },
          query: { offset, sort: 'createdAt' },
        }),
      10,
    );
    expect(all.pages).toBe(RECORDS / 10 + 1);
    expect(all.items).toEqual(dataset.messagesOf(oldest));
    expect(new Set(ids(all.items)).size).toBe(RECORDS);
    const times = all.items.map((m) => ms(m.createdAt as string));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(all.items.every((m) => m.sessionId === oldest)).toBe(true);
  });

  it('gives the other sessions 0 to 8 messages that all belong to them', () => {
    const { ok, dataset } = setup();
    let total = 0;
    for (const session of dataset.sessions.slice(1)) {
      const page = ok<Page<Json>>('listSessionMessages', {
        pathParams: { sessionId: session.id },
        query: { limit: 100 },
      });
      expect(page.count).toBeLessThanOrEqual(8);
      expect(page.items.every((m) => m.sessionId === session.id)).toBe(true);
      expect(page.items).toEqual(dataset.messagesOf(session.id));
      total += page.items.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it('filters from/to on createdAt inclusively and sorts by createdAt/readAt', () => {
    const { ok, dataset } = setup();
    const oldest = dataset.sessions[0]?.id as string;
    const messages = dataset.messagesOf(oldest);
    const from = ms(messages[5]?.createdAt);
    const to = ms(messages[30]?.createdAt);
    const list = (query: Call['query']) =>
      ok<Page<Json>>('listSessionMessages', {
        pathParams: { sessionId: oldest },
        query: { limit: 1000, ...query },
      });
    const inWindow = list({ from: utc(from), to: utc(to) });
    expect(ids(inWindow.items)).toEqual(ids(messages.slice(5, 31)));
    expect(inWindow.count).toBe(26);
    expect(ids(list({ from: utc(from + 1000), to: utc(to - 1000) }).items)).toEqual(
      ids(messages.slice(6, 30)),
    );
    expect(ids(list({ sort: '-createdAt' }).items)).toEqual(ids([...messages].reverse()));
    const byRead = list({ sort: 'readAt' }).items.map((m) => m.readAt as string | null);
    const read = byRead.filter((t) => t !== null).map(ms);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(byRead.slice(read.length).every((t) => t === null)).toBe(true);
    expect('count' in list({ withoutCount: true })).toBe(false);
  });

  it('answers 404 for an unknown session and 403 for another company', () => {
    const { call, dataset } = setup();
    expect(call('listSessionMessages', { pathParams: { sessionId: 'nope' } })).toEqual({
      status: 404,
      body: { error: 'Session not found.' },
    });
    const sessionId = dataset.sessions[1]?.id as string;
    expect(
      call('listSessionMessages', {
        pathParams: { sessionId },
        query: { companyId: dataset.companyId },
      }).status,
    ).toBe(200);
    expect(
      call('listSessionMessages', {
        pathParams: { sessionId },
        query: { companyId: dataset.companyId + 1 },
      }),
    ).toEqual({ status: 403, body: { error: 'Access denied.' } });
  });
});

describe('twin24 dataset: searchChatSessions', () => {
  it('returns exactly the requested fields, in the order asked', () => {
    const { ok, dataset } = setup();
    const page = ok<Page<Json>>('searchChatSessions', {
      query: { fields: 'status,id,createdAt' },
    });
    expect(page.count).toBe(RECORDS);
    expect(page.items).toHaveLength(10);
    for (const [i, item] of page.items.entries()) {
      expect(Object.keys(item)).toEqual(['status', 'id', 'createdAt']);
      const full = dataset.searchItems[i];
      expect(item).toEqual({ status: full?.status, id: full?.id, createdAt: full?.createdAt });
    }
    const everything = ok<Page<Json>>('searchChatSessions', {
      query: { fields: TWIN24_CHAT_SESSION_FIELDS.join(','), limit: 1000 },
    });
    expect(everything.items).toEqual(dataset.searchItems);
  });

  it('answers an unknown field with the spec 400', () => {
    const { call } = setup();
    expect(call('searchChatSessions', { query: { fields: 'id,clientEmail' } })).toEqual({
      status: 400,
      body: {
        error: 'Invalid input parameters.',
        details: { fields: 'Unknown field "clientEmail".' },
      },
    });
  });

  it('pages by offset and page with a total count, oldest first by default (startedAt)', () => {
    const { ok, dataset } = setup();
    const byOffset = pageAll(
      (offset) =>
        ok<Page<Json>>('searchChatSessions', { query: { fields: 'id', offset, limit: 6 } }),
      6,
    );
    expect(byOffset.pages).toBe(Math.ceil(RECORDS / 6));
    expect(ids(byOffset.items)).toEqual(ids(dataset.sessions));
    const byPage = [0, 1, 2, 3].flatMap(
      (page) => ok<Page<Json>>('searchChatSessions', { query: { fields: 'id', page } }).items,
    );
    expect(ids(byPage)).toEqual(ids(dataset.sessions));
  });

  it('applies its filters (from/to inclusive on createdAt, ids, company)', () => {
    const { ok, dataset } = setup();
    const search = (query: Call['query']) =>
      ok<Page<Json>>('searchChatSessions', {
        query: { fields: 'id,createdAt', limit: 1000, ...query },
      });
    const check = (
      query: Call['query'],
      keep: (s: (typeof dataset.searchItems)[number]) => boolean,
    ) => {
      const expected = ids(dataset.searchItems.filter(keep));
      const page = search(query);
      expect(ids(page.items)).toEqual(expected);
      expect(page.count).toBe(expected.length);
      return expected.length;
    };
    const sample = dataset.searchItems[7];
    if (!sample) throw new Error('dataset too small');
    const from = ms(dataset.searchItems[3]?.createdAt as string);
    const to = ms(dataset.searchItems[12]?.createdAt as string);
    expect(
      check(
        { from: utc(from), to: utc(to) },
        (s) => ms(s.createdAt as string) >= from && ms(s.createdAt as string) <= to,
      ),
    ).toBe(10);
    expect(check({ id: sample.id as string }, (s) => s.id === sample.id)).toBe(1);
    expect(
      check({ chatId: sample.chatId as string }, (s) => s.chatId === sample.chatId),
    ).toBeGreaterThan(1);
    expect(
      check({ botId: sample.botId as string }, (s) => s.botId === sample.botId),
    ).toBeGreaterThan(1);
    expect(
      check({ clientId: sample.clientId as string }, (s) => s.clientId === sample.clientId),
    ).toBeGreaterThan(0);
    expect(check({ companyId: dataset.companyId }, () => true)).toBe(RECORDS);
    expect(check({ companyId: dataset.companyId + 1 }, () => false)).toBe(0);
    expect(check({ showAllSupervised: true }, () => true)).toBe(RECORDS);
  });

  it('sorts by the documented fields', () => {
    const { ok, dataset } = setup();
    const sorted = (sort: string) =>
      ok<Page<Json>>('searchChatSessions', { query: { fields: 'id,price', sort, limit: 1000 } })
        .items;
    expect(ids(sorted('-createdAt'))).toEqual(ids([...dataset.searchItems].reverse()));
    const prices = sorted('-price,createdAt');
    for (let i = 1; i < prices.length; i++) {
      expect((prices[i - 1]?.price as number) >= (prices[i]?.price as number)).toBe(true);
    }
    // No billing time on chats: the order stays the default one.
    expect(ids(sorted('billedAt'))).toEqual(ids(dataset.searchItems));
  });

  it('agrees with the chat service on every session', () => {
    const { dataset } = setup();
    for (const [i, item] of dataset.searchItems.entries()) {
      const session = dataset.sessions[i];
      const messages = dataset.messagesOf(item.id as string);
      expect(item.id).toBe(session?.id);
      expect(item.createdAt).toBe(session?.startedAt);
      expect(item.clientId).toBe(session?.clientId);
      expect(item.lastMessageCreatedAt).toBe(session?.lastMessageCreatedAt);
      const count = (type: string) => messages.filter((m) => m.authorType === type).length;
      expect(item.clientMessageCount).toBe(count('client'));
      expect(item.botMessageCount).toBe(count('bot'));
      expect(item.operatorMessageCount).toBe(count('operator'));
      expect(item.companyId).toBe(dataset.companyId);
    }
  });
});

describe('twin24 dataset: getCurrentUser', () => {
  it('names the user the token was issued for, in the dataset’s company, the same on every call', () => {
    const { ok, dataset } = setup();
    const user = ok('getCurrentUser');
    expect(user).toEqual({
      id: expect.any(Number),
      companyId: dataset.companyId,
      firstName: 'Alice',
      lastName: 'Nguyen',
      middleName: '',
      email: 'alice.nguyen@example.com',
      phone: null,
      roles: [{ name: 'OPERATOR', company_id: dataset.companyId }],
      settings: [],
      avatar: null,
    });
    expect(ok('getCurrentUser')).toEqual(user);
    // No operator of the sessions has the user's id.
    const operatorIds = dataset.sessions.flatMap((s) => s.operators.map((o) => o.id));
    expect(operatorIds).not.toContain(user.id);
  });

  it('gives another email another user, and refuses a missing, foreign or expired token', () => {
    const { ok, call, raw, clock } = setup();
    const other = raw('login', {
      headers: {},
      body: { email: ' Bob@Example.com ', password: 'p', extra: [] },
    }).body as { token: string };
    const bob = ok('getCurrentUser', { headers: { authorization: `Bearer ${other.token}` } });
    expect(bob).toMatchObject({ email: 'bob@example.com', firstName: 'Bob', lastName: '' });
    expect(bob.id).not.toBe(ok('getCurrentUser').id);
    const foreign = createTokenIssuer('another-key', () => clock.now).issue('x', 60, 'access');
    for (const authorization of [undefined, `Bearer ${foreign}`]) {
      expect(call('getCurrentUser', { headers: { authorization } })).toEqual({
        status: 401,
        body: { error: 'User is not authenticated.' },
      });
    }
    clock.now = START + TTL * 1000;
    expect(call('getCurrentUser')).toEqual({ status: 401, body: { error: 'Token is expired.' } });
  });
});

describe('twin24 dataset over HTTP: the vendor SDK’s request forms, and whoami()', () => {
  const CREDENTIALS = {
    email: 'alice.nguyen@example.com',
    password: 'correct-horse-battery-staple',
  };

  it('passes Prism’s request checks with flags as 1/0, the common list parameters and extra: []', async () => {
    const mocks = await startMockServers({
      vendors: ['twin24'],
      ports: { twin24: 0 },
      dataset: { seed: 7, records: RECORDS },
    });
    try {
      const base = mocks.baseUrls.twin24;
      const dataset = mocks.datasets.twin24 as Twin24Dataset;
      // The body the vendor PHP SDK sends with no company and no extra data.
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...CREDENTIALS, ttl: 3600, companyId: null, extra: [] }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const get = async (query: string) => {
        const response = await fetch(`${base}/sessions?${query}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        const body = (await response.json()) as Page<Json>;
        expect(response.status, JSON.stringify(body)).toBe(200);
        expect(responseIssues('twin24', 'listSessions', 200, body)).toEqual([]);
        return body;
      };
      const spam = ids(dataset.sessions.filter((s) => s.markedAsSpam));
      expect(ids((await get('markedAsSpam=1&limit=1000')).items)).toEqual(spam);
      expect(await get('markedAsSpam=1&limit=1000')).toEqual(
        await get('markedAsSpam=true&limit=1000'),
      );
      expect((await get('markedAsSpam=0&limit=1000')).count).toBe(RECORDS - spam.length);
      const sdkQuery =
        'limit=5&offset=0&sort=-startedAt&group=clientId&fields=id,startedAt,markedAsSpam' +
        '&timezone=3&language=ru&withoutCount=0&withoutItems=0&offsetField=id&offsetValue=x' +
        '&groupByClientId=0&clientBanned=0';
      const page = await get(sdkQuery);
      expect(
        page.items.every((item) => Object.keys(item).join() === 'id,startedAt,markedAsSpam'),
      ).toBe(true);
      // A flag that is neither form is still refused.
      const bad = await fetch(`${base}/sessions?markedAsSpam=yes`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(bad.status).toBe(400);
    } finally {
      await mocks.stop();
    }
  });

  it('whoami() with credentials logs in and names the dataset user; a made-up token is refused', async () => {
    const mocks = await startMockServers({
      vendors: ['twin24'],
      ports: { twin24: 0 },
      dataset: { seed: 7, records: 5 },
    });
    try {
      const baseUrl = mocks.baseUrls.twin24;
      const client = createTwin24Client({ baseUrl, credentials: CREDENTIALS, retry: false });
      const identity = await client.whoami();
      expect(identity).toMatchObject({ vendor: 'twin24', name: 'Alice Nguyen' });
      expect(identity.accountId).toBe(String(identity.raw.id));
      expect(identity.raw).toMatchObject({ companyId: mocks.datasets.twin24?.companyId });
      expect(mocks.requests('twin24').map((r) => r.operationId)).toEqual([
        'login',
        'getCurrentUser',
      ]);
      const madeUp = createTwin24Client({ baseUrl, token: 'a.b.c', retry: false });
      await expect(madeUp.whoami()).rejects.toMatchObject({
        name: 'VendorAuthenticationError',
        status: 401,
        operation: 'getCurrentUser',
      });
    } finally {
      await mocks.stop();
    }
  });
});

describe('twin24 dataset: determinism', () => {
  const sequence = (dataset: Twin24Dataset) => {
    const token = dataset.respond({
      ...request({}),
      operationId: 'login',
      method: 'POST',
      body: { email: 'a@example.com', password: 'p' },
    })?.body as { token: string };
    const headers = { authorization: `Bearer ${token.token}` };
    const ask = (operationId: string, query: Record<string, string>, pathParams = {}) =>
      dataset.respond({
        ...request(headers),
        operationId,
        query: new URLSearchParams(query),
        pathParams,
      });
    const oldest = dataset.sessions[0]?.id as string;
    return JSON.stringify([
      token,
      ask('listSessions', { limit: '15', offset: '5' }),
      ask('getSession', {}, { sessionId: dataset.sessions[3]?.id }),
      ask('listSessionMessages', { limit: '7', page: '2' }, { sessionId: oldest }),
      ask('searchChatSessions', { fields: TWIN24_CHAT_SESSION_FIELDS.join(','), sort: '-price' }),
    ]);
  };
  const make = (seed: number) =>
    createTwin24Dataset({
      seed,
      records: RECORDS,
      tokenTtlSeconds: TTL,
      refreshTtlSeconds: REFRESH_TTL,
      now: () => START,
    });

  it('answers byte-identically for the same seed and differently for another', () => {
    expect(sequence(make(11))).toBe(sequence(make(11)));
    expect(sequence(make(12))).not.toBe(sequence(make(11)));
  });

  it('leaves operations outside the spec to the server', () => {
    expect(make(1).respond({ ...request({}), operationId: 'listBots' })).toBe(undefined);
  });
});

describe('twin24 dataset: round trip through the botbridge client', () => {
  /** A `fetch` that routes the client's requests to the dataset, checking every answer. */
  function transport(dataset: Twin24Dataset) {
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      const url = new URL(req.url);
      const path = url.pathname.replace(/^\/api\/v1/, '');
      const messages = /^\/sessions\/([^/]+)\/messages$/.exec(path);
      const one = /^\/sessions\/([^/]+)$/.exec(path);
      const [operationId, pathParams]: [string, Record<string, string>] =
        path === '/auth/login'
          ? ['login', {}]
          : path === '/auth/refresh'
            ? ['refreshToken', {}]
            : path === '/sessions'
              ? ['listSessions', {}]
              : path === '/search/chat/sessions'
                ? ['searchChatSessions', {}]
                : messages
                  ? ['listSessionMessages', { sessionId: decodeURIComponent(messages[1] ?? '') }]
                  : ['getSession', { sessionId: decodeURIComponent(one?.[1] ?? '') }];
      const headers: Record<string, string> = {};
      req.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const text = await req.text();
      const answer = dataset.respond({
        operationId,
        method: req.method,
        path,
        pathParams,
        query: url.searchParams,
        headers,
        body: text ? JSON.parse(text) : undefined,
      }) as DatasetResponse;
      seen.push(`${operationId} ${answer.status}`);
      expect(responseIssues('twin24', operationId, answer.status, answer.body)).toEqual([]);
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    return { fetch, seen };
  }

  it('yields every session and message exactly once through conversations() and messages()', async () => {
    let now = START;
    const dataset = createTwin24Dataset({
      seed: 5,
      records: RECORDS,
      tokenTtlSeconds: TTL,
      refreshTtlSeconds: REFRESH_TTL,
      now: () => now,
    });
    const { fetch, seen } = transport(dataset);
    const client = createTwin24Client({
      baseUrl: 'http://twin.test/api/v1',
      credentials: { email: 'alice.nguyen@example.com', password: 'secret' },
      fetch,
      retry: false,
      pageSize: 7,
      // The client's clock stays put, so it never refreshes early: the dataset's "Token is
      // expired." must make it refresh and repeat the request.
      now: () => START,
    });
    const conversations = [];
    for await (const c of client.conversations()) conversations.push(c);
    expect(conversations.map((c) => c.id)).toEqual(ids(dataset.sessions));
    expect(conversations.map((c) => c.createdAt)).toEqual(
      dataset.sessions.map((s) => new Date(s.startedAt).toISOString()),
    );
    expect(seen.filter((s) => s.startsWith('listSessions')).length).toBe(Math.ceil(RECORDS / 7));

    now = START + (TTL + 1) * 1000;
    const oldest = dataset.sessions[0]?.id as string;
    const messages = [];
    for await (const m of client.messages(oldest)) messages.push(m);
    expect(messages.map((m) => m.id)).toEqual(ids(dataset.messagesOf(oldest)));
    expect(messages.every((m) => m.conversationId === oldest)).toBe(true);
    expect(seen).toContain('listSessionMessages 401');
    expect(seen).toContain('refreshToken 200');

    const since = dataset.sessions[8]?.startedAt as string;
    const until = dataset.sessions[30]?.startedAt as string;
    const windowed = [];
    for await (const c of client.conversations({ since, until })) windowed.push(c.id);
    // The client's `until` is exclusive; the dataset's `to` inclusive: the client drops the last.
    expect(windowed).toEqual(ids(dataset.sessions.slice(8, 30)));

    const one = await client.conversation(dataset.sessions[4]?.id as string);
    expect(one.raw).toEqual(dataset.sessions[4]);

    const found = [];
    for await (const c of client.chatSessions({ limit: 9 })) found.push(c);
    expect(found.map((c) => c.id)).toEqual(ids(dataset.sessions));
    expect(found.map((c) => c.messageCount)).toEqual(
      dataset.sessions.map(
        (s) => dataset.messagesOf(s.id).filter((m) => m.authorType !== 'system').length,
      ),
    );
  });
});
