import { type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quoteUnsafeIntegers } from '../src/http/exact-integers.js';
import { createApiClient, createCall } from '../src/index.js';
import { operations, type paths } from './support/things-api.js';

// What one request costs, counted rather than timed: how often a body is read, decoded and parsed,
// and which timers a send leaves behind. `npm run bench` measures the time this saves.

const TIMEOUT_MS = 4_321;

interface Answer {
  status?: number;
  body: string | null;
  headers?: Record<string, string>;
}

/**
 * A `fetch` that answers each request with the next scripted answer, as a Response that records
 * every read of its body (its stream, each reading method, and every clone) in `reads`.
 */
function scriptedFetch(answers: Answer[]) {
  const reads: string[] = [];
  class CountingResponse extends Response {
    override get body() {
      reads.push('body');
      return super.body;
    }
    override async arrayBuffer() {
      reads.push('arrayBuffer');
      return super.arrayBuffer();
    }
    override async bytes() {
      reads.push('bytes');
      return super.bytes();
    }
    override async text() {
      reads.push('text');
      return super.text();
    }
    override async json() {
      reads.push('json');
      return super.json();
    }
    override async blob() {
      reads.push('blob');
      return super.blob();
    }
    override clone(): Response {
      reads.push('clone');
      return super.clone();
    }
  }
  let sent = 0;
  const fetch = async () => {
    const answer = answers[Math.min(sent++, answers.length - 1)] as Answer;
    return new CountingResponse(answer.body, {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, reads, sent: () => sent };
}

function client(
  fetch: typeof globalThis.fetch,
  retryableBody?: (s: number, b: unknown) => boolean,
) {
  return createApiClient<paths>({
    vendor: 'acme',
    baseUrl: 'https://api.example.com',
    operations,
    fetch,
    timeoutMs: TIMEOUT_MS,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    retryableBody,
  });
}

/**
 * Counts, while `run` runs, the JSON.parse calls on a body (one of `bodies`, as received or with
 * its long integers quoted) and the UTF-8 decodes. Other parses are not the client's: undici
 * clones its pool options with JSON, vitest reads source maps.
 */
async function counted<T>(run: () => Promise<T>, ...bodies: string[]) {
  // Before the spies: quoting checks its result with a parse of its own.
  const served = new Set(bodies.flatMap((body) => [body, quoteUnsafeIntegers(body)]));
  const parse = vi.spyOn(JSON, 'parse');
  const decode = vi.spyOn(TextDecoder.prototype, 'decode');
  try {
    const result = await run();
    const parses = parse.mock.calls.filter(([text]) => served.has(text)).length;
    return { result, parses, decodes: decode.mock.calls.length };
  } finally {
    parse.mockRestore();
    decode.mockRestore();
  }
}

const PAGE = JSON.stringify({ items: ['a', { id: 1, name: 'b' }] });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a successful body is read, decoded and parsed once', () => {
  it.each([
    ['without Content-Length (chunked)', {}],
    ['with Content-Length', { 'content-length': String(Buffer.byteLength(PAGE)) }],
  ])('a GET that may be retried, %s', async (_name, headers) => {
    const fake = scriptedFetch([{ body: PAGE, headers }]);
    const api = client(fake.fetch);
    const { result, parses, decodes } = await counted(() => api.GET('/things'), PAGE);
    expect(result.data).toEqual(JSON.parse(PAGE));
    expect(fake.reads).toEqual(['body']);
    expect(parses).toBe(1);
    expect(decodes).toBe(1);
  });

  it('a POST that is not retried', async () => {
    const fake = scriptedFetch([{ body: PAGE }]);
    const api = client(fake.fetch);
    const { result, parses, decodes } = await counted(
      () => api.POST('/search', { body: { q: 'x' } }),
      PAGE,
    );
    expect(result.data).toEqual(JSON.parse(PAGE));
    expect(fake.reads).toEqual(['body']);
    expect(decodes).toBe(1);
    // openapi-fetch serializes the request body with JSON.stringify, never JSON.parse.
    expect(parses).toBe(1);
  });

  it('through createCall with response validation on: the validator gets the same value', async () => {
    const fake = scriptedFetch([{ body: PAGE }]);
    const api = client(fake.fetch);
    const seen: unknown[] = [];
    const call = createCall({
      vendor: 'acme',
      operations,
      secrets: () => [],
      validateResponses: 'strict',
      validators: {
        listThings: {
          '200': (value) => {
            seen.push(value);
            return [];
          },
        },
      },
    });
    const { result, parses } = await counted(
      () => call('listThings', () => api.GET('/things')),
      PAGE,
    );
    expect(result).toEqual(JSON.parse(PAGE));
    expect(seen).toEqual([result]);
    expect(seen[0]).toBe(result);
    expect(parses).toBe(1);
  });

  it('the success check (retryableBody) sees the very value the caller gets, parsed once', async () => {
    const fake = scriptedFetch([{ body: PAGE }]);
    const seen: unknown[] = [];
    const api = client(fake.fetch, (_status, body) => {
      seen.push(body);
      return false;
    });
    const { result, parses } = await counted(() => api.GET('/things'), PAGE);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(result.data);
    expect(parses).toBe(1);
  });

  it('integers past 2^53 stay exact, still with one parse', async () => {
    const body = '{"items":[9007199254740993,9007199254740992,7]}';
    const fake = scriptedFetch([{ body }]);
    const api = client(fake.fetch);
    const { result, parses } = await counted(() => api.GET('/things'), body);
    expect(result.data).toEqual({ items: ['9007199254740993', '9007199254740992', 7] });
    expect(parses).toBe(1);
  });

  it('each attempt of a retried unreadable success reads and parses its own body once', async () => {
    const html = '<html>502 Bad Gateway</html>';
    const fake = scriptedFetch([
      { body: html, headers: { 'content-type': 'text/html' } },
      { body: PAGE },
    ]);
    const api = client(fake.fetch);
    const { result, parses } = await counted(() => api.GET('/things'), html, PAGE);
    expect(result.data).toEqual(JSON.parse(PAGE));
    expect(fake.reads).toEqual(['body', 'body']);
    // The HTML page failed its one parse, the JSON page passed its one.
    expect(parses).toBe(2);
  });

  it('each hop of a followed redirect reads its body once', async () => {
    const fake = scriptedFetch([
      { status: 307, body: 'moved', headers: { location: '/v2/things' } },
      { body: PAGE },
    ]);
    const api = client(fake.fetch);
    const { result, parses } = await counted(() => api.GET('/things'), 'moved', PAGE);
    expect(result.data).toEqual(JSON.parse(PAGE));
    expect(result.response.redirected).toBe(true);
    expect(fake.reads).toEqual(['body', 'body']);
    expect(parses).toBe(1);
  });

  it('a middleware may still read a clone; the caller gets the data all the same', async () => {
    const fake = scriptedFetch([{ body: PAGE }]);
    const api = client(fake.fetch);
    const peeked: unknown[] = [];
    api.use({
      async onResponse({ response }) {
        peeked.push(await response.clone().json());
        return undefined;
      },
    });
    const { data, response } = await api.GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
    expect(peeked).toEqual([data]);
    // Two readers, two values: neither can change what the other holds.
    expect(peeked[0]).not.toBe(data);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });
});

describe('an error body is read and decoded once', () => {
  it('and parsed once (by openapi-fetch), for describe and the error', async () => {
    const body = '{"message":"no thing 9007199254740993","id":9007199254740993}';
    const fake = scriptedFetch([{ status: 404, body }]);
    const api = client(fake.fetch);
    const described: unknown[] = [];
    const call = createCall({
      vendor: 'acme',
      operations,
      secrets: () => [],
      describe: (body) => {
        described.push(body);
        return 'not found';
      },
    });
    const {
      result: error,
      parses,
      decodes,
    } = await counted(
      () => call('listThings', () => api.GET('/things')).catch((e: unknown) => e),
      body,
    );
    expect(error).toMatchObject({ name: 'VendorHttpError', status: 404 });
    expect(described).toEqual([{ message: 'no thing 9007199254740993', id: '9007199254740993' }]);
    expect(fake.reads).toEqual(['body']);
    expect(decodes).toBe(1);
    // Quoting the long integer checked the result was JSON (one parse); openapi-fetch parsed it.
    expect(parses).toBe(2);
  });

  it('without long integers: one parse in all', async () => {
    const body = '{"message":"bad page"}';
    const fake = scriptedFetch([{ status: 422, body }]);
    const api = client(fake.fetch);
    const { result, parses, decodes } = await counted(() => api.GET('/things'), body);
    expect(result.error).toEqual({ message: 'bad page' });
    expect(fake.reads).toEqual(['body']);
    expect(decodes).toBe(1);
    expect(parses).toBe(1);
  });
});

describe('timers', () => {
  /** The timers set with the client's timeout, and whether each was cleared. */
  function timeouts() {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    return () => {
      const ours = set.mock.calls
        .map(([, ms], i) => ({ ms, handle: set.mock.results[i]?.value }))
        .filter(({ ms }) => ms === TIMEOUT_MS);
      const cleared = new Set(clear.mock.calls.map(([handle]) => handle));
      return { set: ours.length, cleared: ours.filter(({ handle }) => cleared.has(handle)).length };
    };
  }

  it('a send arms one timer, its timeout, and clears it once the body is read', async () => {
    const fake = scriptedFetch([{ body: PAGE }]);
    const api = client(fake.fetch);
    const count = timeouts();
    await api.GET('/things');
    expect(count()).toEqual({ set: 1, cleared: 1 });
  });

  it('a retried request arms one timeout per send, each cleared', async () => {
    const fake = scriptedFetch([{ status: 503, body: '{}' }, { body: PAGE }]);
    const api = client(fake.fetch);
    const count = timeouts();
    const { data } = await api.GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
    expect(fake.sent()).toBe(2);
    expect(count()).toEqual({ set: 2, cleared: 2 });
  });

  it('a send that fails clears its timer too', async () => {
    const api = client(async () => {
      throw new TypeError('fetch failed');
    });
    const count = timeouts();
    await api.POST('/search', { body: { q: 'x' } }).catch(() => undefined);
    expect(count()).toEqual({ set: 1, cleared: 1 });
  });
});

describe('what fetch is called with', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a fetch put in the global one’s place (a test double) gets one Request, as before', async () => {
    const fake = scriptedFetch([{ body: PAGE }]);
    const calls: unknown[][] = [];
    vi.stubGlobal('fetch', (...args: unknown[]) => {
      calls.push(args);
      return fake.fetch(args[0] as Request);
    });
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: 'https://api.example.com',
      operations,
    });
    const { data } = await api.GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(1);
    const [request] = calls[0] as [Request];
    expect(request).toBeInstanceOf(Request);
    expect(request.url).toBe('https://api.example.com/things');
    expect(request.redirect).toBe('manual');
  });
});

describe('over a real connection', () => {
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.each([
    ['chunked', false],
    ['with Content-Length', true],
  ])('%s: one parse, and the data openapi-fetch would give', async (_name, withLength) => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(withLength ? { 'content-length': String(Buffer.byteLength(PAGE)) } : {}),
      });
      res.write(PAGE.slice(0, 10));
      res.end(PAGE.slice(10));
    });
    const api = createApiClient<paths>({ vendor: 'acme', baseUrl: server.url, operations });
    const { result, parses } = await counted(() => api.GET('/things'), PAGE);
    expect(result.data).toEqual(JSON.parse(PAGE));
    expect(result.response.url).toBe(`${server.url}/things`);
    expect(parses).toBe(1);
  });
});
