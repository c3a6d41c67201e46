import { type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, isVendorArgumentError, type OperationInfo } from '../src/index.js';

// A call that no middleware sees runs none (the transport sets the credentials), and one that a
// caller's middleware sees runs the client's own first: either way the same request goes out, the
// credentials are set before a caller's middleware looks, a bad path parameter is refused before
// anything runs, and integers stay exact.

interface paths {
  '/things': {
    get: {
      parameters: { query?: { tag?: string[]; q?: string } };
      responses: { 200: { content: { 'application/json': { items: unknown[] } } } };
    };
    post: {
      requestBody: { content: { 'application/json': { q: string } } };
      responses: { 200: { content: { 'application/json': { items: unknown[] } } } };
    };
  };
  '/things/{thingId}': {
    get: {
      parameters: { path: { thingId: string } };
      responses: { 200: { content: { 'application/json': { id: unknown } } } };
    };
  };
}
const operations: OperationInfo[] = [
  { operationId: 'listThings', method: 'GET', path: '/things', idempotent: true },
  { operationId: 'searchThings', method: 'POST', path: '/things', idempotent: false },
  { operationId: 'getThing', method: 'GET', path: '/things/{thingId}', idempotent: true },
];

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(body: string = '{"items":[]}') {
  server = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  return server;
}

function client(
  url: string,
  options: { fetch?: typeof fetch; querySerializer?: Record<string, unknown> } = {},
) {
  const authenticated: string[] = [];
  const api = createApiClient<paths>({
    vendor: 'acme',
    baseUrl: url,
    operations,
    retry: false,
    authenticate: (headers) => {
      authenticated.push(headers.get('x-seen') ?? '');
      headers.set('x-api-key', 'secret-key-123');
    },
    ...options,
  });
  return { api, authenticated };
}

describe('credentials', () => {
  it('go out on a call no middleware sees, set once', async () => {
    const { url, requests } = await serve();
    const { api, authenticated } = client(url);
    await api.GET('/things', { params: { query: { q: 'x' } } });
    await api.POST('/things', { body: { q: 'x' } });
    expect(requests.map((r) => r.headers['x-api-key'])).toEqual([
      'secret-key-123',
      'secret-key-123',
    ]);
    expect(authenticated).toHaveLength(2);
  });

  it('are on the request before a middleware added with use() sees it, and again after eject', async () => {
    const { url, requests } = await serve();
    const { api, authenticated } = client(url);
    const seen: Array<string | null> = [];
    const middleware: Middleware = {
      onRequest({ request }) {
        seen.push(request.headers.get('x-api-key'));
        // What a caller's middleware does to the request still goes out.
        request.headers.set('x-api-key', 'changed-by-middleware');
        return request;
      },
    };
    api.use(middleware);
    await api.GET('/things');
    api.eject(middleware);
    await api.GET('/things');
    expect(seen).toEqual(['secret-key-123']);
    expect(requests.map((r) => r.headers['x-api-key'])).toEqual([
      'changed-by-middleware',
      'secret-key-123',
    ]);
    expect(authenticated).toHaveLength(2);
  });

  it('are on the request before a call’s own middleware sees it', async () => {
    const { url } = await serve();
    const { api } = client(url);
    const seen: Array<string | null> = [];
    await api.GET('/things', {
      middleware: [
        {
          onRequest({ request }) {
            seen.push(request.headers.get('x-api-key'));
            return undefined;
          },
        },
      ],
    });
    expect(seen).toEqual(['secret-key-123']);
  });

  it('are not set for nothing: a middleware that answers itself sends nothing', async () => {
    const { url, requests } = await serve();
    const { api } = client(url);
    api.use({ onRequest: () => Response.json({ items: ['cached'] }) });
    const { data } = await api.GET('/things');
    expect(data).toEqual({ items: ['cached'] });
    expect(requests).toHaveLength(0);
  });
});

describe('the request a call sends', () => {
  it('goes out after the calling code has run on, not within the call', async () => {
    const { url } = await serve();
    const calls: string[] = [];
    const { api } = client(url, {
      fetch: (input, init) => {
        calls.push('sent');
        return globalThis.fetch(input, init);
      },
    });
    const pending = api.GET('/things');
    calls.push('after the call');
    await pending;
    expect(calls).toEqual(['after the call', 'sent']);
  });

  it('is refused as a platform Request refuses it, with or without middleware', async () => {
    const { url } = await serve();
    const { api } = client(url);
    const plain = await api.GET('/things', { baseUrl: 'not a url' }).catch((e: unknown) => e);
    api.use({ onRequest: () => undefined });
    const built = await api.GET('/things', { baseUrl: 'not a url' }).catch((e: unknown) => e);
    expect(plain).toBeInstanceOf(TypeError);
    expect(built).toBeInstanceOf(TypeError);
    expect((plain as Error).message).toBe((built as Error).message);
    const withUser = await api
      .GET('/things', { baseUrl: 'http://user:pw@127.0.0.1:9' })
      .catch((e: unknown) => e);
    expect(withUser).toBeInstanceOf(TypeError);
  });

  it('still refuses an option a platform Request refuses', async () => {
    const { url, requests } = await serve();
    const { api } = client(url);
    const error = await api
      .GET('/things', { redirect: 'sideways' as RequestRedirect })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    // One it accepts goes out as usual.
    await api.GET('/things', { cache: 'no-store' });
    expect(requests).toHaveLength(1);
  });

  it('serializes the query with a call’s options added to the client’s', async () => {
    const { url, requests } = await serve();
    const { api } = client(url, { querySerializer: { array: { style: 'form', explode: false } } });
    await api.GET('/things', { params: { query: { tag: ['a', 'b'] } } });
    await api.GET('/things', {
      params: { query: { tag: ['a', 'b'], q: 'x/y' } },
      querySerializer: { allowReserved: true },
    });
    expect(requests.map((r) => r.url)).toEqual(['/things?tag=a,b', '/things?tag=a,b&q=x/y']);
  });
});

describe('a path parameter that would be normalized away', () => {
  it('is refused before any middleware runs and before credentials are set', async () => {
    const { url, requests } = await serve();
    const { api, authenticated } = client(url);
    const ran: string[] = [];
    api.use({
      onRequest() {
        ran.push('middleware');
        return undefined;
      },
    });
    const error = await api
      .GET('/things/{thingId}', { params: { path: { thingId: '%2e%2e' } } })
      .catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'acme', operation: 'getThing', parameter: 'thingId' });
    expect(ran).toEqual([]);
    expect(authenticated).toEqual([]);
    expect(requests).toHaveLength(0);
  });
});

describe('integers past 2^53', () => {
  it('stay exact in a response a caller’s middleware made up', async () => {
    const { url } = await serve();
    const { api } = client(url);
    api.use({
      onResponse: () =>
        new Response('{"id":9007199254740993}', {
          headers: { 'content-type': 'application/json' },
        }),
    });
    const { data } = await api.GET('/things/{thingId}', { params: { path: { thingId: 't1' } } });
    expect(data).toEqual({ id: '9007199254740993' });
  });

  it('stay exact in a response no middleware saw', async () => {
    const { url } = await serve('{"id":9007199254740993}');
    const { api } = client(url);
    const { data } = await api.GET('/things/{thingId}', { params: { path: { thingId: 't1' } } });
    expect(data).toEqual({ id: '9007199254740993' });
  });
});
