import type { ServerResponse } from 'node:http';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOperationResolver } from '../src/http/operations.js';
import { createResilientFetch, MAX_REDIRECTS } from '../src/http/resilient-fetch.js';
import { MAX_TIMER_MS } from '../src/http/sleep.js';
import {
  type ClientOptions,
  createApiClient,
  createCall,
  isVendorArgumentError,
  isVendorHttpError,
  isVendorRateLimitError,
  type OperationInfo,
  RateLimiter,
  type RatePermit,
  type RetryEvent,
} from '../src/index.js';
import { resolveRetryOptions } from '../src/retry/options.js';

// Issue #8, the HTTP layer's share: waits beyond the timer limit, redirects (credentials across
// origins, bodies on 307/308), credentials in a base URL, and what the rate limiter counts. Real
// HTTP on 127.0.0.1; what is counted is what the servers received and what onRetry reported.

interface paths {
  '/things': {
    get: { responses: { 200: { content: { 'application/json': { items: string[] } } } } };
  };
  '/search': {
    post: {
      requestBody: { content: { 'application/json': { q: string } } };
      responses: { 200: { content: { 'application/json': { items: string[] } } } };
    };
  };
  '/read-by-post': {
    post: {
      requestBody: { content: { 'application/json': { q: string } } };
      responses: { 200: { content: { 'application/json': { items: string[] } } } };
    };
  };
}
const operations: OperationInfo[] = [
  { operationId: 'listThings', method: 'GET', path: '/things', idempotent: true },
  { operationId: 'search', method: 'POST', path: '/search', idempotent: false },
  { operationId: 'readByPost', method: 'POST', path: '/read-by-post', idempotent: true },
];
const KEY = 'secret-key-123';
const PASSWORD = 'hunter2-in-the-url';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startLoopbackServer>[0]) {
  const server = await startLoopbackServer(handler);
  servers.push(server);
  return server;
}

function client(baseUrl: string, options: ClientOptions = {}) {
  const events: RetryEvent[] = [];
  const retry = options.retry === false ? false : { ...(options.retry ?? {}) };
  const api = createApiClient<paths>({
    vendor: 'acme',
    baseUrl,
    operations,
    ...options,
    retry:
      retry === false
        ? false
        : { baseDelayMs: 1, maxDelayMs: 5, ...retry, onRetry: (e) => events.push(e) },
    authenticate: (headers) => headers.set('x-api-key', KEY),
  });
  const call = createCall({ vendor: 'acme', operations, secrets: () => [KEY] });
  const send = {
    listThings: () => call('listThings', () => api.GET('/things')),
    search: () => call('search', () => api.POST('/search', { body: { q: 'same bytes' } })),
    readByPost: () =>
      call('readByPost', () => api.POST('/read-by-post', { body: { q: 'same bytes' } })),
  };
  return { api, send, events };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
const ok = (res: ServerResponse) => sendJson(res, 200, { items: ['a'] });

describe('waits beyond the timer limit', () => {
  it('a Retry-After of 30 days with maxRetryAfterMs: Infinity fails at once with the whole wait', async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 429, { message: 'slow down' }, { 'Retry-After': '2592000' }),
    );
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const { send, events } = client(server.url, { retry: { maxRetryAfterMs: Infinity } });
    const error = await failure(send.listThings());
    expect(isVendorRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 2_592_000_000 });
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([]);
    expect(timers.mock.calls.every(([, ms]) => (ms ?? 0) <= MAX_TIMER_MS)).toBe(true);
  });

  it('a 503 asking for longer than a timer can wait fails with the HTTP error, after one request', async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 503, { message: 'maintenance' }, { 'Retry-After': String(MAX_TIMER_MS) }),
    );
    const { send, events } = client(server.url, { retry: { maxRetryAfterMs: Infinity } });
    const error = await failure(send.readByPost());
    expect(isVendorHttpError(error)).toBe(true);
    expect(isVendorRateLimitError(error)).toBe(false);
    expect(error).toMatchObject({ status: 503, retryAfterMs: MAX_TIMER_MS * 1000 });
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([]);
  });

  it('the longest wait a timer holds is honoured as asked, not cut to 1 ms', async () => {
    const seconds = Math.floor(MAX_TIMER_MS / 1000);
    const server = await serve((_req, res) =>
      sendJson(res, 429, {}, { 'Retry-After': String(seconds) }),
    );
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const controller = new AbortController();
    const { api, events } = client(server.url, {
      retry: { maxRetryAfterMs: Infinity, onRetry: () => {} },
    });
    const pending = api.GET('/things', { signal: controller.signal });
    await vi.waitFor(() => expect(events).toHaveLength(1), { timeout: 20_000 });
    expect(events[0]).toMatchObject({ delayMs: seconds * 1000, fromRetryAfter: true });
    expect(timers.mock.calls.some(([, ms]) => ms === seconds * 1000)).toBe(true);
    expect(timers.mock.calls.every(([, ms]) => (ms ?? 0) <= MAX_TIMER_MS)).toBe(true);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });

  it('a Retry-After HTTP-date in the past waits a jittered backoff, not 0 ms', async () => {
    let calls = 0;
    const past = new Date(Date.now() - 3_600_000).toUTCString();
    const server = await serve((_req, res) =>
      ++calls === 1 ? sendJson(res, 503, {}, { 'Retry-After': past }) : ok(res),
    );
    const events: RetryEvent[] = [];
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: server.url,
      operations,
      retry: { baseDelayMs: 40, maxDelayMs: 40, onRetry: (e) => events.push(e) },
      random: () => 0.5,
    });
    await api.GET('/things');
    expect(events).toEqual([expect.objectContaining({ delayMs: 20, fromRetryAfter: false })]);
    expect(server.requests).toHaveLength(2);
  });

  const bad: Array<[parameter: string, options: ClientOptions]> = [
    ['retry.maxDelayMs', { retry: { maxDelayMs: 2 ** 31 } }],
    ['retry.maxDelayMs', { retry: { maxDelayMs: Infinity } }],
    ['retry.maxDelayMs', { retry: { maxDelayMs: -1 } }],
    ['retry.baseDelayMs', { retry: { baseDelayMs: 30 * 24 * 3_600_000 } }],
    ['retry.baseDelayMs', { retry: { baseDelayMs: Number.NaN } }],
    ['retry.maxRetries', { retry: { maxRetries: 1.5 } }],
    ['retry.maxRetries', { retry: { maxRetries: -1 } }],
    ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: Number.NaN } }],
    ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: -5 } }],
    ['retry.statuses', { retry: { statuses: [503, 'x' as never] } }],
    ['retry.statuses', { retry: { statuses: [302] } }],
    ['retry.onRetry', { retry: { onRetry: 'log' as never } }],
    ['retry', { retry: true as never }],
    ['timeoutMs', { timeoutMs: 2 ** 31 }],
    ['timeoutMs', { timeoutMs: Infinity }],
    ['timeoutMs', { timeoutMs: 0 }],
    ['rateLimit.perMs', { rateLimit: { requests: 1, perMs: 2 ** 31 } }],
    ['rateLimit.perMs', { rateLimit: { requests: 1, perMs: Infinity } }],
    ['rateLimit.requests', { rateLimit: { requests: 1.5, perMs: 1_000 } }],
    ['rateLimit', { rateLimit: true as never }],
  ];
  it.each(bad)('refuses %s at construction: %j', (parameter, options) => {
    let error: unknown;
    try {
      createApiClient<paths>({
        vendor: 'acme',
        baseUrl: 'http://127.0.0.1:9',
        operations,
        ...options,
      });
    } catch (caught) {
      error = caught;
    }
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter, operation: 'createClient', vendor: 'acme' });
  });

  it('accepts every option at its limit', () => {
    const where = { vendor: 'acme', operation: 'createClient' };
    expect(
      resolveRetryOptions(
        { maxRetries: 0, baseDelayMs: MAX_TIMER_MS, maxDelayMs: MAX_TIMER_MS, maxRetryAfterMs: 0 },
        where,
      ),
    ).toMatchObject({ maxDelayMs: MAX_TIMER_MS });
    expect(() =>
      createApiClient<paths>({
        vendor: 'acme',
        baseUrl: 'http://127.0.0.1:9',
        operations,
        timeoutMs: MAX_TIMER_MS,
        rateLimit: { requests: 1, perMs: MAX_TIMER_MS },
        retry: { maxRetryAfterMs: Infinity, statuses: [400, 599] },
      }),
    ).not.toThrow();
  });
});

/**
 * Two servers on different ports: `home` is the configured origin, `away` another one. `home`
 * answers the paths in `routes`; every other request gets a redirect built by `redirect`.
 */
async function redirectPair(
  redirect: (path: string, away: LoopbackServer) => [status: number, location: string] | undefined,
) {
  const away = await serve((_req, res) => ok(res));
  const home = await serve((req, res) => {
    const to = redirect(req.url, away);
    if (!to) return sendJson(res, 404, { message: 'moved target' });
    res.writeHead(to[0], { location: to[1], 'content-type': 'text/plain' });
    res.end('moved');
  });
  return { home, away };
}

const REDIRECTS = [301, 302, 303, 307, 308] as const;
const CALLS = ['listThings', 'search', 'readByPost'] as const;
const METHOD = { listThings: 'GET', search: 'POST', readByPost: 'POST' } as const;

describe('redirects to another origin are not followed: credentials stay home', () => {
  const cases = REDIRECTS.flatMap((status) => CALLS.map((name) => [status, name] as const));
  it.each(cases)('%i on %s', async (status, name) => {
    const { home, away } = await redirectPair((path, away) =>
      path.startsWith('/moved') ? undefined : [status, `${away.url}${path}`],
    );
    const { send, events } = client(home.url);
    const error = await failure(send[name]());
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status, operation: name });
    expect((error as Error).message).toContain(`another origin (${away.url})`);
    expect(away.requests).toEqual([]);
    expect(home.requests).toHaveLength(1);
    expect(events).toEqual([]);
  });

  it('after any number of same-origin hops, and with the Authorization header too', async () => {
    const { home, away } = await redirectPair((path, away) => {
      const hop = Number(/^\/hop(\d)/.exec(path)?.[1] ?? 0);
      return hop < 3 ? [307, `/hop${hop + 1}/things`] : [308, `${away.url}/things`];
    });
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: home.url,
      operations,
      authenticate: (headers) => headers.set('Authorization', `Bearer ${KEY}`),
    });
    const { response } = await api.GET('/things');
    expect(response.status).toBe(308);
    expect(away.requests).toEqual([]);
    expect(home.requests.map((r) => r.url)).toEqual([
      '/things',
      '/hop1/things',
      '/hop2/things',
      '/hop3/things',
    ]);
    expect(home.requests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('to the same host on another scheme or a non-http(s) URL', async () => {
    for (const location of ['ftp://127.0.0.1/things', 'file:///etc/passwd', 'data:,x']) {
      const { home } = await redirectPair(() => [302, location]);
      const { send } = client(home.url);
      const error = await failure(send.listThings());
      expect(error).toMatchObject({ status: 302 });
      expect((error as Error).message).toMatch(/not an http\(s\) URL/);
      expect(home.requests).toHaveLength(1);
    }
  });

  it('the error never quotes a credential the target URL carries', async () => {
    const { home } = await redirectPair(() => [
      302,
      `http://${KEY}:${KEY}@localhost:9/${KEY}?token=${KEY}`,
    ]);
    const { send } = client(home.url);
    const error = await failure(send.listThings());
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(KEY);
  });
});

describe('same-origin redirects are followed', () => {
  const cases = REDIRECTS.flatMap((status) => CALLS.map((name) => [status, name] as const));
  it.each(cases)(
    '%i on %s: method, body and credentials as the fetch standard says',
    async (status, name) => {
      const { home } = await redirectPair((path) =>
        path.startsWith('/moved') ? undefined : [status, `/moved${path}`],
      );
      const { send, events } = client(home.url);
      const error = await failure(send[name]());
      // The moved target answers 404: the redirect was followed once, and nothing was retried.
      expect(error).toMatchObject({ status: 404, operation: name });
      expect(events).toEqual([]);
      expect(home.requests).toHaveLength(2);
      const [first, second] = home.requests;
      const keepsBody = status === 307 || status === 308 || METHOD[name] === 'GET';
      const method = keepsBody ? METHOD[name] : 'GET';
      expect(second).toMatchObject({ method, url: `/moved${first?.url}` });
      expect(second?.body).toBe(keepsBody ? first?.body : '');
      if (!keepsBody) expect(second?.headers['content-type']).toBeUndefined();
      expect(second?.headers['x-api-key']).toBe(KEY);
      if (METHOD[name] === 'POST') expect(first?.body).toBe('{"q":"same bytes"}');
    },
  );

  it('a 308 on a POST read is followed to success with the identical body', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/read-by-post') {
        res.writeHead(308, { location: '/v2/read-by-post' });
        res.end();
        return;
      }
      ok(res);
    });
    const { send, events } = client(server.url);
    expect(await send.readByPost()).toEqual({ items: ['a'] });
    expect(server.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/read-by-post', '{"q":"same bytes"}'],
      ['POST', '/v2/read-by-post', '{"q":"same bytes"}'],
    ]);
    expect(events).toEqual([]);
  });

  it('a retry after a redirect starts again and re-sends the same body', async () => {
    let calls = 0;
    const server = await serve((req, res) => {
      if (req.url === '/read-by-post') {
        res.writeHead(307, { location: '/v2/read-by-post' });
        res.end();
        return;
      }
      if (++calls === 1) return sendJson(res, 503, {});
      ok(res);
    });
    const { send, events } = client(server.url);
    expect(await send.readByPost()).toEqual({ items: ['a'] });
    expect(server.requests.map((r) => r.body)).toEqual(Array(4).fill('{"q":"same bytes"}'));
    expect(events.map((e) => e.status)).toEqual([503]);
  });

  it(`stops after ${MAX_REDIRECTS} hops of a loop, with the redirect status, and does not retry it`, async () => {
    const server = await serve((_req, res) => {
      res.writeHead(302, { location: '/things' });
      res.end();
    });
    const { send, events } = client(server.url);
    const error = await failure(send.listThings());
    expect(error).toMatchObject({ status: 302 });
    expect((error as Error).message).toMatch(/more than 5 times/);
    expect(server.requests).toHaveLength(MAX_REDIRECTS + 1);
    expect(events).toEqual([]);
  });
});

describe('credentials in a base URL', () => {
  it.each([`http://user:${PASSWORD}@127.0.0.1:9`, `https://${PASSWORD}@api.example.com/v1`])(
    'are refused at construction without echoing them: %s',
    (baseUrl) => {
      let error: unknown;
      try {
        createApiClient<paths>({ vendor: 'acme', baseUrl, operations });
      } catch (caught) {
        error = caught;
      }
      expect(isVendorArgumentError(error)).toBe(true);
      expect(error).toMatchObject({ parameter: 'baseUrl' });
      expect(`${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`).not.toContain(
        PASSWORD,
      );
      expect((error as Error).cause).toBeUndefined();
    },
  );

  it.each([
    'ftp://127.0.0.1/api',
    'file:///tmp/api',
    'javascript:alert(1)',
    'ws://127.0.0.1:9',
    '/relative',
    '',
  ])('as are other schemes and non-URLs: %j', (baseUrl) => {
    expect(() => createApiClient<paths>({ vendor: 'acme', baseUrl, operations })).toThrow(
      expect.objectContaining({ name: 'VendorArgumentError', parameter: 'baseUrl' }),
    );
  });
});

describe('the rate limiter counts requests sent, not admitted', () => {
  /** A resilient fetch whose limiter is `limiter`, with a hook right after each admission. */
  function direct(limiter: RateLimiter, url: string, onAdmit?: () => void) {
    const hooked = {
      async acquire(signal?: AbortSignal): Promise<RatePermit> {
        const permit = await limiter.acquire(signal);
        onAdmit?.();
        return permit;
      },
    } as RateLimiter;
    return createResilientFetch({
      vendor: 'acme',
      fetch: (input) => globalThis.fetch(input),
      timeoutMs: 5_000,
      retry: resolveRetryOptions(
        { baseDelayMs: 1, maxDelayMs: 2 },
        { vendor: 'acme', operation: 'createClient' },
      ),
      resolveOperation: createOperationResolver(operations, url),
      limiter: hooked,
    });
  }

  it('a request cancelled after admission but before sending gives its slot back', async () => {
    const server = await serve((_req, res) => ok(res));
    const limiter = new RateLimiter({ requests: 1, perMs: 60_000 });
    const controller = new AbortController();
    const fetch = direct(limiter, server.url, () => controller.abort());
    await expect(
      fetch(new Request(`${server.url}/things`, { signal: controller.signal })),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
    // The window is still free: the next request is admitted at once.
    const next = limiter.acquire();
    expect(limiter.waiting).toBe(0);
    (await next).send();
  });

  it('every request sent counts: retries and redirect hops included', async () => {
    let calls = 0;
    const server = await serve((req, res) => {
      if (req.url === '/things') {
        res.writeHead(307, { location: '/v2/things' });
        res.end();
        return;
      }
      return ++calls === 1 ? sendJson(res, 503, {}) : ok(res);
    });
    const limiter = new RateLimiter({ requests: 4, perMs: 60_000 });
    const fetch = direct(limiter, server.url);
    const response = await fetch(new Request(`${server.url}/things`));
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(4);
    // Four sent, four counted: the window is full.
    const next = new AbortController();
    const waiting = limiter.acquire(next.signal).catch(() => 'left');
    expect(limiter.waiting).toBe(1);
    next.abort();
    expect(await waiting).toBe('left');
  });
});
