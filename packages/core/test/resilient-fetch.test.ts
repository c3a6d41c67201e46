import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createApiClient,
  createCall,
  isVendorHttpError,
  isVendorNetworkError,
  isVendorTimeoutError,
  type OperationInfo,
  type RetryEvent,
  type RetryOptions,
} from '../src/index.js';

// Behaviour of the HTTP plumbing every vendor client shares, against a real server on 127.0.0.1.
interface paths {
  '/things': {
    get: {
      parameters: { query?: { page?: number } };
      responses: { 200: { content: { 'application/json': { items: string[] } } } };
    };
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

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(retry: RetryOptions | false = {}, timeoutMs = 5_000) {
  const events: RetryEvent[] = [];
  const api = createApiClient<paths>({
    vendor: 'acme',
    baseUrl: server?.url ?? 'http://127.0.0.1:9',
    operations,
    timeoutMs,
    retry:
      retry === false
        ? false
        : { baseDelayMs: 1, maxDelayMs: 5, ...retry, onRetry: (e) => events.push(e) },
    authenticate: (headers) => headers.set('x-api-key', 'secret-key-123'),
  });
  const call = createCall({ vendor: 'acme', operations, secrets: () => ['secret-key-123'] });
  return { api, call, events };
}

/** A server that answers each request with the next scripted step. */
async function scripted(steps: Array<(res: import('node:http').ServerResponse) => void>) {
  let i = 0;
  server = await startLoopbackServer((_req, res) => {
    const step = steps[Math.min(i++, steps.length - 1)];
    step?.(res);
  });
  return server;
}
const ok = (res: import('node:http').ServerResponse) => sendJson(res, 200, { items: ['a'] });
const status =
  (code: number, headers: Record<string, string> = {}) =>
  (res: import('node:http').ServerResponse) =>
    sendJson(res, code, { message: `status ${code}` }, headers);

describe('retries', () => {
  it('retries transient statuses, then succeeds', async () => {
    const srv = await scripted([status(500), status(502), status(504), ok]);
    const { api, call, events } = client();
    const data = await call('listThings', () => api.GET('/things'));
    expect(data).toEqual({ items: ['a'] });
    expect(srv.requests).toHaveLength(4);
    expect(events.map((e) => e.status)).toEqual([500, 502, 504]);
    expect(srv.requests.every((r) => r.headers['x-api-key'] === 'secret-key-123')).toBe(true);
  });

  it('waits the Retry-After seconds the server asked for', async () => {
    const srv = await scripted([status(429, { 'Retry-After': '1' }), ok]);
    const { api, call, events } = client();
    const started = performance.now();
    await call('listThings', () => api.GET('/things'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(events).toEqual([
      {
        vendor: 'acme',
        operation: 'listThings',
        retry: 1,
        delayMs: 1_000,
        status: 429,
        fromRetryAfter: true,
        reason: 'status',
      },
    ]);
    expect(srv.requests).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP-date', async () => {
    const at = new Date(Date.now() + 2_000).toUTCString();
    await scripted([status(503, { 'Retry-After': at }), ok]);
    const { api, call, events } = client();
    await call('listThings', () => api.GET('/things'));
    expect(events[0]?.fromRetryAfter).toBe(true);
    expect(events[0]?.delayMs).toBeGreaterThan(0);
    expect(events[0]?.delayMs).toBeLessThanOrEqual(2_000);
  });

  it.each([400, 401, 403, 404, 422])('does not retry a permanent %i', async (code) => {
    const srv = await scripted([status(code), ok]);
    const { api, call } = client();
    const error = await call('listThings', () => api.GET('/things')).catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: code, operation: 'listThings', vendor: 'acme' });
    expect(srv.requests).toHaveLength(1);
  });

  it('gives up after maxRetries and reports the last failure', async () => {
    const srv = await scripted([status(503)]);
    const { api, call } = client({ maxRetries: 2 });
    const error = await call('listThings', () => api.GET('/things')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(srv.requests).toHaveLength(3);
  });

  it('never repeats a POST that is not marked as a read', async () => {
    const srv = await scripted([status(503), ok]);
    const { api, call } = client();
    await expect(call('search', () => api.POST('/search', { body: { q: 'x' } }))).rejects.toSatisfy(
      isVendorHttpError,
    );
    expect(srv.requests).toHaveLength(1);
  });

  it('repeats a POST the spec marks as a read, with the same body', async () => {
    const srv = await scripted([status(503), ok]);
    const { api, call } = client();
    await call('readByPost', () => api.POST('/read-by-post', { body: { q: 'same' } }));
    expect(srv.requests.map((r) => r.body)).toEqual(['{"q":"same"}', '{"q":"same"}']);
  });

  it('retry: false sends once', async () => {
    const srv = await scripted([status(503), ok]);
    const { api, call } = client(false);
    await expect(call('listThings', () => api.GET('/things'))).rejects.toMatchObject({
      status: 503,
    });
    expect(srv.requests).toHaveLength(1);
  });
});

describe('timeouts, network failures and cancellation', () => {
  it('times out each attempt and raises VendorTimeoutError when retries run out', async () => {
    server = await startLoopbackServer((_req, res) => {
      // Headers arrive after the client's timeout.
      setTimeout(() => sendJson(res, 200, { items: [] }), 1_000).unref();
    });
    const { api, call } = client({ maxRetries: 1 }, 100);
    const error = await call('listThings', () => api.GET('/things')).catch((e: unknown) => e);
    expect(isVendorTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 100, status: 0, operation: 'listThings' });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a connection reset in the middle of the body', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      if (++calls === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"items":["tru');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      sendJson(res, 200, { items: ['whole'] });
    });
    const { api, call, events } = client();
    expect(await call('listThings', () => api.GET('/things'))).toEqual({ items: ['whole'] });
    expect(events.map((e) => e.status)).toEqual([0]);
  });

  it('raises VendorNetworkError when nothing listens', async () => {
    const { api, call } = client({ maxRetries: 1 });
    const error = await call('listThings', () => api.GET('/things')).catch((e: unknown) => e);
    expect(isVendorNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ status: 0, vendor: 'acme' });
  });

  it('a caller abort stops a pending backoff at once and sends nothing more', async () => {
    const srv = await scripted([status(503)]);
    const { api, call, events } = client({ baseDelayMs: 10_000, maxDelayMs: 10_000 });
    const controller = new AbortController();
    const pending = call('listThings', () => api.GET('/things', { signal: controller.signal }));
    // Cancelled once the client reports the retry it is waiting for: the 503 was answered and the
    // backoff has begun, however long the first request took on a busy machine.
    while (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    // The 10 s backoff was cut short: the retry it waited for was never sent (counted, not timed;
    // tools/reliability proves "at once" in event-loop turns).
    expect(srv.requests).toHaveLength(1);
  });
});

describe('operation names', () => {
  it('are found for requests sent to another base URL (per-service hosts, path-style aliases)', async () => {
    const events: RetryEvent[] = [];
    await scripted([status(503), ok]);
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: 'https://api.example.com/api/v1',
      operations,
      retry: { baseDelayMs: 1, maxDelayMs: 2, onRetry: (e) => events.push(e) },
      authenticate: () => {},
    });
    // The per-request base URL points at the loopback server under another path prefix.
    await api.POST('/read-by-post', { baseUrl: `${server?.url}/svc/v9`, body: { q: 'x' } });
    expect(events.map((e) => e.operation)).toEqual(['readByPost']);
  });
});

describe('unreadable success bodies', () => {
  it('raise VendorNormalizationError without quoting a credential from the body', async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>key secret-key-123 rejected</html>');
    });
    const { api, call } = client();
    const error = await call('listThings', () => api.GET('/things')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'VendorNormalizationError',
      vendor: 'acme',
      operation: 'listThings',
    });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain('secret-key-123');
  });
});

describe('transient failures inside a success status', () => {
  const html = (res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body>502 Bad Gateway</body></html>');
  };
  const truncated = (res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"items":["a","b');
  };

  it('retries an HTML page served with 200 and a truncated JSON body, then succeeds', async () => {
    const srv = await scripted([html, truncated, ok]);
    const { api, call, events } = client();
    expect(await call('listThings', () => api.GET('/things'))).toEqual({ items: ['a'] });
    expect(events.map((e) => e.reason)).toEqual(['invalid-body', 'invalid-body']);
    expect(srv.requests).toHaveLength(3);
  });

  it('gives up with VendorNormalizationError when every attempt is unreadable', async () => {
    const srv = await scripted([html]);
    const { api, call } = client({ maxRetries: 2 });
    const error = await call('listThings', () => api.GET('/things')).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'VendorNormalizationError', operation: 'listThings' });
    expect(srv.requests).toHaveLength(3);
  });

  it('does not repeat a non-idempotent POST whose body is unreadable', async () => {
    const srv = await scripted([html, ok]);
    const { api, call } = client();
    await expect(
      call('search', () => api.POST('/search', { body: { q: 'x' } })),
    ).rejects.toMatchObject({
      name: 'VendorNormalizationError',
    });
    expect(srv.requests).toHaveLength(1);
  });

  it('retries a vendor envelope that reports a transient failure, when the vendor says so', async () => {
    const envelope = (code: number) => (res: import('node:http').ServerResponse) =>
      sendJson(res, 200, { Success: code === 200, Code: code, items: ['a'] });
    const srv = await scripted([envelope(503), envelope(200)]);
    const events: RetryEvent[] = [];
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: srv.url,
      operations,
      retry: { baseDelayMs: 1, maxDelayMs: 2, onRetry: (e) => events.push(e) },
      retryableBody: (_status, body) => (body as { Success?: boolean; Code?: number }).Code === 503,
    });
    const { data } = await api.GET('/things');
    expect(data).toMatchObject({ Success: true });
    expect(events.map((e) => e.reason)).toEqual(['vendor-envelope']);
  });
});

describe('proactive rate limit through the client', () => {
  it('holds requests beyond the rate until the window slides, shared by parallel calls', async () => {
    const srv = await scripted([ok]);
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: srv.url,
      operations,
      defaultRateLimit: { requests: 2, perMs: 400 },
    });
    const call = createCall({ vendor: 'acme', operations, secrets: () => [] });
    const started = performance.now();
    const at: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, () =>
        call('listThings', () => api.GET('/things')).then(() =>
          at.push(performance.now() - started),
        ),
      ),
    );
    at.sort((a, b) => a - b);
    // 2 at once, 2 after ~400 ms, 1 after ~800 ms.
    expect(at[1]).toBeLessThan(350);
    expect(at[2]).toBeGreaterThanOrEqual(380);
    expect(at[4]).toBeGreaterThanOrEqual(780);
    expect(srv.requests).toHaveLength(5);
  });

  it('rateLimit: false turns the vendor default off; a bad rateLimit is rejected', async () => {
    const srv = await scripted([ok]);
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: srv.url,
      operations,
      defaultRateLimit: { requests: 1, perMs: 60_000 },
      rateLimit: false,
    });
    await Promise.all([api.GET('/things'), api.GET('/things'), api.GET('/things')]);
    expect(srv.requests).toHaveLength(3);
    expect(() =>
      createApiClient<paths>({
        vendor: 'acme',
        baseUrl: srv.url,
        operations,
        rateLimit: { requests: 0, perMs: 1 },
      }),
    ).toThrow(/rateLimit/);
  });
});

describe('validateResponses', () => {
  const validators = {
    listThings: {
      '200': (v: unknown) =>
        Array.isArray((v as { items?: unknown }).items) ? [] : ['/items: expected array'],
    },
  };
  const bad = (res: import('node:http').ServerResponse) =>
    sendJson(res, 200, { items: 'secret-key-123' });

  it.each([
    ['off', 0, false],
    ['warn', 1, false],
    ['strict', 0, true],
  ] as const)('%s', async (mode, warnings, throws) => {
    const srv = await scripted([bad]);
    const api = createApiClient<paths>({ vendor: 'acme', baseUrl: srv.url, operations });
    const logged: Array<[string, unknown]> = [];
    const call = createCall({
      vendor: 'acme',
      operations,
      secrets: () => ['secret-key-123'],
      validators,
      validateResponses: mode,
      logger: { warn: (message, details) => logged.push([message, details]) },
    });
    const outcome = await call('listThings', () => api.GET('/things')).then(
      () => 'ok',
      (e: unknown) => e,
    );
    expect(logged).toHaveLength(warnings);
    if (throws) {
      expect(outcome).toMatchObject({
        name: 'VendorValidationError',
        issues: ['/items: expected array'],
        status: 200,
      });
    } else {
      expect(outcome).toBe('ok');
    }
    // Issues name paths, never values.
    expect(JSON.stringify([logged, outcome instanceof Error ? outcome.message : ''])).not.toContain(
      'secret-key-123',
    );
  });
});

describe('a caller abort with a custom reason', () => {
  it('rejects with that reason, not a wrapped error', async () => {
    await scripted([status(503)]);
    const { api, call } = client({ baseDelayMs: 10_000, maxDelayMs: 10_000 });
    const controller = new AbortController();
    const reason = new Error('job cancelled by the scheduler');
    const pending = call('listThings', () => api.GET('/things', { signal: controller.signal }));
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
  });
});
