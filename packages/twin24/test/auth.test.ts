import { inspect } from 'node:util';
import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorNormalizationError,
} from '@botbridge/core';
import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createTwin24Client, type Twin24ClientOptions } from '../src/index.js';
import { jwt, jwtExpiringIn } from './jwt.js';

// The token lifecycle (src/auth.ts) on a loopback server that plays Twin's IAM and chat services
// under one base URL. The clock is injected, so "the token expires in 30 s" is exact.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.parse('2026-06-01T08:00:00Z');
const credentials = {
  email: 'alice.nguyen@example.com',
  password: 'correct-horse-battery-staple',
  ttlSeconds: 3600,
};
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };

type Answer = [status: number, body: unknown];
interface Script {
  login?: (req: RecordedRequest) => Answer;
  refresh?: (req: RecordedRequest) => Answer;
  sessions?: (req: RecordedRequest) => Answer;
}

const expired: Answer = [401, { error: 'Token is expired.' }];
const emptyPage: Answer = [200, { count: 0, items: [] }];

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function twin(script: Script): Promise<LoopbackServer> {
  server = await startLoopbackServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/api\/v1/, '');
    const route =
      path === '/auth/login'
        ? script.login
        : path === '/auth/refresh'
          ? script.refresh
          : path === '/sessions'
            ? (script.sessions ?? (() => emptyPage))
            : undefined;
    const [status, body] = route ? route(req) : [404, { error: 'Not found.' }];
    sendJson(res, status, body);
  });
  return server;
}

/** `METHOD /path` of every request the server got, in order. */
function sent(s: LoopbackServer) {
  return s.requests.map(
    (r) => `${r.method} ${new URL(r.url, 'http://x').pathname.replace(/^\/api\/v1/, '')}`,
  );
}

const bearerOf = (s: LoopbackServer, path: string) =>
  s.requests
    .filter((r) => new URL(r.url, 'http://x').pathname.endsWith(path))
    .map((r) => r.headers.authorization);

function clock(start = START) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

function client(s: LoopbackServer, extra: Partial<Twin24ClientOptions> = {}) {
  return createTwin24Client({
    baseUrl: `${s.url}/api/v1`,
    credentials,
    retry: fastRetry,
    ...extra,
  } as Twin24ClientOptions);
}

describe('token lifecycle with credentials', () => {
  it('logs in on first use, once for three concurrent first calls', async () => {
    const token = jwtExpiringIn(HOUR, START);
    const s = await twin({ login: () => [200, { token, refreshToken: 'refresh-one-0001' }] });
    const twin24 = client(s, { now: clock().now });
    await Promise.all([twin24.listSessions(), twin24.listSessions(), twin24.listSessions()]);
    expect(sent(s)).toEqual([
      'POST /auth/login',
      'GET /sessions',
      'GET /sessions',
      'GET /sessions',
    ]);
    const login = s.requests[0];
    expect(login?.headers.authorization).toBeUndefined();
    expect(JSON.parse(login?.body ?? '')).toEqual({
      email: credentials.email,
      password: credentials.password,
      ttl: 3600,
    });
    expect(bearerOf(s, '/sessions')).toEqual(Array(3).fill(`Bearer ${token}`));
  });

  it('sends companyId and leaves ttl to Twin when not given', async () => {
    const token = jwtExpiringIn(HOUR, START);
    const s = await twin({ login: () => [200, { token, refreshToken: 'refresh-one-0001' }] });
    const twin24 = client(s, {
      now: clock().now,
      credentials: { email: credentials.email, password: credentials.password, companyId: 51877 },
    });
    await twin24.listSessions();
    expect(JSON.parse(s.requests[0]?.body ?? '')).toEqual({
      email: credentials.email,
      password: credentials.password,
      companyId: 51877,
    });
  });

  it('does not refresh a token that expires in an hour', async () => {
    const time = clock();
    const token = jwtExpiringIn(HOUR, START);
    const s = await twin({ login: () => [200, { token, refreshToken: 'refresh-one-0001' }] });
    const twin24 = client(s, { now: time.now });
    await twin24.listSessions();
    time.advance(30 * MINUTE);
    await twin24.listSessions();
    expect(sent(s)).toEqual(['POST /auth/login', 'GET /sessions', 'GET /sessions']);
  });

  it('refreshes before the call when the token expires in 30 s, with the raw token and {refreshToken, ttl}', async () => {
    const time = clock();
    const first = jwtExpiringIn(HOUR, START, 'first');
    const second = jwtExpiringIn(2 * HOUR, START, 'second');
    const s = await twin({
      login: () => [200, { token: first, refreshToken: 'refresh-one-0001' }],
      refresh: () => [200, { token: second, refreshToken: 'refresh-two-0002' }],
    });
    const twin24 = client(s, { now: time.now });
    await twin24.listSessions();
    time.advance(HOUR - 30_000);
    await Promise.all([twin24.listSessions(), twin24.listSessions()]);
    expect(sent(s)).toEqual([
      'POST /auth/login',
      'GET /sessions',
      'POST /auth/refresh',
      'GET /sessions',
      'GET /sessions',
    ]);
    const refresh = s.requests[2];
    // Twin's SDK sends the current token without `Bearer ` on this one call.
    expect(refresh?.headers.authorization).toBe(first);
    expect(JSON.parse(refresh?.body ?? '')).toEqual({
      refreshToken: 'refresh-one-0001',
      ttl: 3600,
    });
    expect(bearerOf(s, '/sessions')).toEqual([
      `Bearer ${first}`,
      `Bearer ${second}`,
      `Bearer ${second}`,
    ]);
  });

  it('refreshes right after a login whose token expires in 30 s', async () => {
    const first = jwtExpiringIn(30_000, START, 'first');
    const second = jwtExpiringIn(HOUR, START, 'second');
    const s = await twin({
      login: () => [200, { token: first, refreshToken: 'refresh-one-0001' }],
      refresh: () => [200, { token: second, refreshToken: 'refresh-two-0002' }],
    });
    await client(s, { now: clock().now }).listSessions();
    expect(sent(s)).toEqual(['POST /auth/login', 'POST /auth/refresh', 'GET /sessions']);
    expect(bearerOf(s, '/sessions')).toEqual([`Bearer ${second}`]);
  });

  it('honours refreshMarginMs', async () => {
    const time = clock();
    const s = await twin({
      login: () => [200, { token: jwtExpiringIn(HOUR, START), refreshToken: 'refresh-one-0001' }],
      refresh: () => [
        200,
        { token: jwtExpiringIn(2 * HOUR, START), refreshToken: 'refresh-two-0002' },
      ],
    });
    const twin24 = client(s, { now: time.now, refreshMarginMs: 10 * MINUTE });
    await twin24.listSessions();
    time.advance(HOUR - 9 * MINUTE);
    await twin24.listSessions();
    expect(sent(s)).toEqual([
      'POST /auth/login',
      'GET /sessions',
      'POST /auth/refresh',
      'GET /sessions',
    ]);
  });

  it('never refreshes early a token without exp', async () => {
    const time = clock();
    const token = jwt({ sub: 'no-expiry' });
    const s = await twin({ login: () => [200, { token, refreshToken: 'refresh-one-0001' }] });
    const twin24 = client(s, { now: time.now });
    await twin24.listSessions();
    time.advance(365 * 24 * HOUR);
    await twin24.listSessions();
    expect(sent(s)).toEqual(['POST /auth/login', 'GET /sessions', 'GET /sessions']);
  });

  it('does not refresh again and again a refreshed token that is still near its expiry', async () => {
    const time = clock();
    const s = await twin({
      login: () => [200, { token: jwtExpiringIn(HOUR, START), refreshToken: 'refresh-one-0001' }],
      // A short ttl: the new token is inside the margin as soon as it is issued.
      refresh: () => [
        200,
        { token: jwtExpiringIn(HOUR + 50_000, START), refreshToken: 'refresh-two-0002' },
      ],
    });
    const twin24 = client(s, { now: time.now });
    await twin24.listSessions();
    time.advance(HOUR - 30_000);
    await twin24.listSessions();
    await twin24.listSessions();
    expect(sent(s)).toEqual([
      'POST /auth/login',
      'GET /sessions',
      'POST /auth/refresh',
      'GET /sessions',
      'GET /sessions',
    ]);
  });

  it('on "Token is expired." refreshes once and repeats the request once: request, refresh, request', async () => {
    const first = jwtExpiringIn(HOUR, START, 'first');
    const second = jwtExpiringIn(2 * HOUR, START, 'second');
    let sessionCalls = 0;
    const s = await twin({
      login: () => [200, { token: first, refreshToken: 'refresh-one-0001' }],
      refresh: () => [200, { token: second, refreshToken: 'refresh-two-0002' }],
      sessions: () =>
        ++sessionCalls === 1 ? expired : [200, { count: 1, items: [{ id: 'after-refresh' }] }],
    });
    const page = await client(s, { now: clock().now }).listSessions({ limit: 5 });
    expect(page.conversations.map((c) => c.id)).toEqual(['after-refresh']);
    expect(sent(s)).toEqual([
      'POST /auth/login',
      'GET /sessions',
      'POST /auth/refresh',
      'GET /sessions',
    ]);
    expect(bearerOf(s, '/sessions')).toEqual([`Bearer ${first}`, `Bearer ${second}`]);
    // The repeated request is the same request: same URL and query.
    expect(s.requests[3]?.url).toBe(s.requests[1]?.url);
  });

  it('shares one refresh between concurrent requests that all got "Token is expired."', async () => {
    const first = jwtExpiringIn(HOUR, START, 'first');
    const second = jwtExpiringIn(2 * HOUR, START, 'second');
    const s = await twin({
      login: () => [200, { token: first, refreshToken: 'refresh-one-0001' }],
      refresh: () => [200, { token: second, refreshToken: 'refresh-two-0002' }],
      sessions: (req) => (req.headers.authorization === `Bearer ${first}` ? expired : emptyPage),
    });
    const twin24 = client(s, { now: clock().now });
    await twin24.listSessions();
    await Promise.all([twin24.listSessions(), twin24.listSessions()]).catch(() => undefined);
    expect(sent(s).filter((line) => line === 'POST /auth/refresh')).toHaveLength(1);
    expect(sent(s).filter((line) => line === 'POST /auth/login')).toHaveLength(1);
  });

  it('re-sends the body of a repeated request', async () => {
    const s = await twin({
      login: () => [200, { token: jwtExpiringIn(HOUR, START), refreshToken: 'refresh-one-0001' }],
      refresh: () => [
        200,
        { token: jwtExpiringIn(2 * HOUR, START), refreshToken: 'refresh-two-0002' },
      ],
    });
    let calls = 0;
    server = await startLoopbackServer((req, res) => {
      if (req.url.endsWith('/notes')) {
        sendJson(res, ...(++calls === 1 ? expired : ([200, { ok: true }] as Answer)));
      } else {
        sendJson(res, 404, {});
      }
    });
    const notes = server;
    const twin24 = client(s, {
      now: clock().now,
      baseUrl: undefined,
      serviceUrls: { iam: `${s.url}/api/v1`, chat: `${notes.url}/api/v1` },
    });
    // A write through the raw client (none is typed yet): the lifecycle covers every request.
    const raw = twin24.api as unknown as {
      POST(path: string, init: object): Promise<{ data?: unknown }>;
    };
    const result = await raw.POST('/notes', {
      baseUrl: twin24.serviceUrls.chat,
      body: { text: 'Call back tomorrow' },
    });
    expect(result.data).toEqual({ ok: true });
    expect(notes.requests.map((r) => r.body)).toEqual([
      '{"text":"Call back tomorrow"}',
      '{"text":"Call back tomorrow"}',
    ]);
    await s.close();
  });

  it('does not loop when the repeated request gets 401 too', async () => {
    const s = await twin({
      login: () => [200, { token: jwtExpiringIn(HOUR, START), refreshToken: 'refresh-one-0001' }],
      refresh: () => [
        200,
        { token: jwtExpiringIn(2 * HOUR, START), refreshToken: 'refresh-two-0002' },
      ],
      sessions: () => expired,
    });
    const error = await client(s, { now: clock().now })
      .listSessions()
      .catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, operation: 'listSessions' });
    expect(sent(s)).toEqual([
      'POST /auth/login',
      'GET /sessions',
      'POST /auth/refresh',
      'GET /sessions',
    ]);
  });

  it('does not refresh on a 401 that is not an expiry', async () => {
    const s = await twin({
      login: () => [200, { token: jwtExpiringIn(HOUR, START), refreshToken: 'refresh-one-0001' }],
      sessions: () => [401, { error: 'User is not authenticated.' }],
    });
    const error = await client(s, { now: clock().now })
      .listSessions()
      .catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(sent(s)).toEqual(['POST /auth/login', 'GET /sessions']);
  });

  it('logs in again, once, when the refresh is refused with 401', async () => {
    const time = clock();
    const third = jwtExpiringIn(3 * HOUR, START, 'third');
    let logins = 0;
    const s = await twin({
      login: () => [
        200,
        {
          token: ++logins === 1 ? jwtExpiringIn(HOUR, START, 'first') : third,
          refreshToken: `refresh-login-${logins}`,
        },
      ],
      refresh: () => [401, { error: 'Refresh token is expired.' }],
    });
    const twin24 = client(s, { now: time.now });
    await twin24.listSessions();
    time.advance(HOUR - 30_000);
    await twin24.listSessions();
    expect(sent(s)).toEqual([
      'POST /auth/login',
      'GET /sessions',
      'POST /auth/refresh',
      'POST /auth/login',
      'GET /sessions',
    ]);
    expect(bearerOf(s, '/sessions').at(-1)).toBe(`Bearer ${third}`);
  });

  it('fails the call when the refresh fails otherwise (no blind retry of a refresh)', async () => {
    const time = clock();
    const s = await twin({
      login: () => [200, { token: jwtExpiringIn(HOUR, START), refreshToken: 'refresh-one-0001' }],
      refresh: () => [503, { error: 'Service unavailable.' }],
    });
    const twin24 = client(s, { now: time.now });
    await twin24.listSessions();
    time.advance(HOUR - 30_000);
    const error = await twin24.listSessions().catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 503, operation: 'refreshToken' });
    expect(sent(s)).toEqual(['POST /auth/login', 'GET /sessions', 'POST /auth/refresh']);
  });

  it('rejects a login answer without tokens, without quoting it', async () => {
    const s = await twin({ login: () => [200, { token: 'only-a-token-secret' }] });
    const error = await client(s, { now: clock().now })
      .listSessions()
      .catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ operation: 'login' });
    expect(inspect(error)).not.toContain('only-a-token-secret');
  });
});

describe('a bad password', () => {
  it('is one login request and a VendorAuthenticationError, with no secret in any view of it', async () => {
    const s = await twin({
      // A server that echoes what it got: the client must scrub it.
      login: () => [
        401,
        {
          error: `Invalid credentials for ${credentials.email} with ${credentials.password}.`,
          details: { password: credentials.password },
        },
      ],
    });
    const twin24 = client(s, { now: clock().now });
    const errors = await Promise.all(
      [twin24.listSessions(), twin24.getSession('s-1'), twin24.listSessions()].map((p) =>
        p.catch((e: unknown) => e),
      ),
    );
    expect(sent(s)).toEqual(['POST /auth/login']);
    for (const error of errors) {
      expect(isVendorAuthenticationError(error)).toBe(true);
      expect(error).toMatchObject({ status: 401, vendor: 'twin24', operation: 'login' });
      for (const view of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
        expect(view).not.toContain(credentials.password);
      }
    }
  });

  it('is not retried even with retries on', async () => {
    const s = await twin({ login: () => [401, { error: 'Invalid credentials.' }] });
    const twin24 = client(s, { now: clock().now, retry: { ...fastRetry, maxRetries: 5 } });
    await expect(twin24.listSessions()).rejects.toSatisfy(isVendorAuthenticationError);
    expect(sent(s)).toEqual(['POST /auth/login']);
  });
});

describe('secrets in errors', () => {
  it('scrubs the password, the access token and the refresh token from every error view', async () => {
    const token = jwtExpiringIn(HOUR, START);
    const refreshToken = 'refresh-token-very-secret-0001';
    const s = await twin({
      login: () => [200, { token, refreshToken }],
      sessions: () => [
        500,
        {
          error: `Internal error for ${token}`,
          details: `${refreshToken} ${credentials.password}`,
        },
      ],
    });
    const error = await client(s, { now: clock().now, retry: false })
      .listSessions()
      .catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    for (const view of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
      for (const secret of [token, refreshToken, credentials.password]) {
        expect(view).not.toContain(secret);
      }
    }
  });
});

describe('a fixed token', () => {
  it('is sent as is and never refreshed; its expiry is a VendorAuthenticationError saying so', async () => {
    const token = jwtExpiringIn(-MINUTE, START);
    const s = await twin({ sessions: () => expired });
    const twin24 = createTwin24Client({ baseUrl: `${s.url}/api/v1`, token, now: clock().now });
    const error = await twin24.listSessions().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect((error as Error).message).toContain('Token is expired.');
    expect((error as Error).message).toMatch(/fixed `token`, which it cannot refresh/);
    expect(sent(s)).toEqual(['GET /sessions']);
    expect(bearerOf(s, '/sessions')).toEqual([`Bearer ${token}`]);
    expect(inspect(error, { depth: 10 })).not.toContain(token);
  });
});

describe('credential options', () => {
  it.each([
    ['neither token nor credentials', {}, 'token'],
    ['both token and credentials', { token: 'a.b.c', credentials }, 'credentials'],
    ['credentials that are not an object', { credentials: 'alice:secret' }, 'credentials'],
    ['a blank email', { credentials: { ...credentials, email: ' ' } }, 'credentials.email'],
    [
      'an empty password',
      { credentials: { ...credentials, password: '' } },
      'credentials.password',
    ],
    [
      'a fractional companyId',
      { credentials: { ...credentials, companyId: 1.5 } },
      'credentials.companyId',
    ],
    [
      'a ttl under a minute',
      { credentials: { ...credentials, ttlSeconds: 30 } },
      'credentials.ttlSeconds',
    ],
    ['a negative refreshMarginMs', { credentials, refreshMarginMs: -1 }, 'refreshMarginMs'],
  ])('rejects %s naming the option, without echoing a value', (_name, options, parameter) => {
    let error: unknown;
    try {
      createTwin24Client(options as unknown as Twin24ClientOptions);
    } catch (e) {
      error = e;
    }
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter, operation: 'createTwin24Client' });
    expect(String(error)).not.toContain(credentials.password);
  });
});
