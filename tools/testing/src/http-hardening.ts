import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from './loopback-server.js';

/** Options of a vendor factory, as the suite sets them (`retry`, `baseUrl`, ...). */
export type FactoryOptions = Record<string, unknown>;

/** What `httpHardeningSuite` needs to know about one vendor client. */
export interface HttpHardeningSpec<Client> {
  vendor: string;
  /** The vendor's generated operation table; every operation must have a call or a reason. */
  operations: readonly { operationId: string; method: string; idempotent: boolean }[];
  /**
   * Creates the client with its credentials at `baseUrl`, then the suite's `options` on top (they
   * may replace `baseUrl` itself).
   */
  create(baseUrl: string, options: FactoryOptions): Client;
  /** Appended to a server's URL to make the client's base URL (Twin's `/api/v1`). */
  basePath?: string;
  /** One call per operation, sending exactly one request of it. */
  calls: Partial<Record<string, (client: Client) => Promise<unknown>>>;
  /** Operations the vendor's own tests cover instead, with why (Twin's login and refresh). */
  coveredElsewhere?: Record<string, string>;
  /** Whether a request the server received carries the client's credential. */
  carriesCredential(request: RecordedRequest): boolean;
  /** Every URL-typed factory option, as dotted paths (`baseUrl`, `serviceUrls.iam`). */
  urlOptions: readonly string[];
}

const REDIRECTS = [301, 302, 303, 307, 308] as const;
const PASSWORD = 'pw-in-a-url-9f3c1e';
const MAX_TIMER_MS = 2 ** 31 - 1;
const FAST = { baseDelayMs: 1, maxDelayMs: 5 };

/** Sets `value` at a dotted `path` (`serviceUrls.iam`) of a fresh options object. */
function optionAt(path: string, value: unknown): FactoryOptions {
  const [head, ...rest] = path.split('.');
  return { [head as string]: rest.length === 0 ? value : optionAt(rest.join('.'), value) };
}

/**
 * The HTTP layer's hardening (issue #8) over every operation of one vendor, on loopback servers:
 * redirects to another origin are not followed (credentials and bodies stay home), same-origin
 * redirects are followed with the method and body the fetch standard prescribes, a server-asked
 * wait beyond the timer limit fails at once, and bad retry, timeout, rate-limit and URL options
 * are refused at construction without echoing the value.
 */
export function httpHardeningSuite<Client>(spec: HttpHardeningSpec<Client>): void {
  const servers: LoopbackServer[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  async function serve(handler: (req: RecordedRequest, res: ServerResponse) => void) {
    const server = await startLoopbackServer(handler);
    servers.push(server);
    return server;
  }
  const base = (server: LoopbackServer) => `${server.url}${spec.basePath ?? ''}`;
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('the call should fail'),
      (error: unknown) => error,
    );
  const called = spec.operations.filter((op) => spec.calls[op.operationId]);
  const call = (id: string, client: Client) =>
    (spec.calls[id] as (client: Client) => Promise<unknown>)(client);

  /** `home` is the configured origin; `away` another port, which must never hear anything. */
  async function pair(route: (path: string, away: LoopbackServer) => [number, string] | undefined) {
    const away = await serve((_req, res) => sendJson(res, 200, {}));
    const home = await serve((req, res) => {
      const to = route(req.url, away);
      if (!to) return sendJson(res, 404, { message: 'moved target' });
      res.writeHead(to[0], { location: to[1], 'content-type': 'text/plain' });
      res.end('moved');
    });
    return { home, away };
  }

  describe(`${spec.vendor}: HTTP hardening over every operation`, () => {
    it('has a call (or a stated reason) for every operation of the spec', () => {
      const covered = new Set([
        ...Object.keys(spec.calls),
        ...Object.keys(spec.coveredElsewhere ?? {}),
      ]);
      expect(spec.operations.map((op) => op.operationId).filter((id) => !covered.has(id))).toEqual(
        [],
      );
    });

    const everyRedirect = REDIRECTS.flatMap((status) =>
      called.map((op) => [status, op.operationId, op.method] as const),
    );

    it.each(everyRedirect)(
      'a %i to another origin on %s is not followed: nothing reaches the other host',
      async (status, id) => {
        const { home, away } = await pair((path, away) => [status, `${away.url}${path}`]);
        const events: unknown[] = [];
        const client = spec.create(base(home), {
          retry: { ...FAST, onRetry: (e: unknown) => events.push(e) },
        });
        const error = await failure(call(id, client));
        expect(error).toMatchObject({ name: 'VendorHttpError', status, operation: id });
        expect((error as Error).message).toContain(`another origin (${away.url})`);
        expect(away.requests).toEqual([]);
        expect(home.requests).toHaveLength(1);
        expect(spec.carriesCredential(home.requests[0] as RecordedRequest)).toBe(true);
        expect(events).toEqual([]);
      },
    );

    it.each(called.map((op) => op.operationId))(
      'on %s, a chain of same-origin hops that ends at another origin stops there',
      async (id) => {
        // /x → 307 /hop1/x → 307 /hop2/x → 308 to the other origin.
        const { home, away } = await pair((path, away) => {
          if (path.startsWith('/hop2/')) return [308, `${away.url}${path}`];
          if (path.startsWith('/hop1/')) return [307, `/hop2${path.slice('/hop1'.length)}`];
          return [307, `/hop1${path}`];
        });
        const client = spec.create(base(home), { retry: FAST });
        const error = await failure(call(id, client));
        expect(error).toMatchObject({ status: 308, operation: id });
        expect(away.requests).toEqual([]);
        expect(home.requests).toHaveLength(3);
        expect(home.requests.every((r) => spec.carriesCredential(r))).toBe(true);
      },
    );

    it.each(everyRedirect)(
      'a same-origin %i on %s is followed, with the credential, method and body the fetch standard says',
      async (status, id, method) => {
        const { home } = await pair((path) =>
          path.startsWith('/moved') ? undefined : [status, `/moved${path}`],
        );
        const events: unknown[] = [];
        const client = spec.create(base(home), {
          retry: { ...FAST, onRetry: (e: unknown) => events.push(e) },
        });
        const error = await failure(call(id, client));
        // The moved target answers 404: followed once, and nothing retried.
        expect(error).toMatchObject({ name: 'VendorHttpError', status: 404, operation: id });
        expect(events).toEqual([]);
        expect(home.requests).toHaveLength(2);
        const [first, second] = home.requests as [RecordedRequest, RecordedRequest];
        const keepsBody = status === 307 || status === 308 || method === 'GET';
        expect(second.method).toBe(keepsBody ? method : 'GET');
        expect(second.url).toBe(`/moved${first.url}`);
        expect(second.body).toBe(keepsBody ? first.body : '');
        if (!keepsBody) expect(second.headers['content-type']).toBeUndefined();
        expect(spec.carriesCredential(second)).toBe(true);
      },
    );

    const retried = called.filter((op) => op.idempotent).map((op) => op.operationId);
    it.each(retried)(
      'on %s, Retry-After: 2592000 (30 days) with maxRetryAfterMs: Infinity fails at once with the whole wait',
      async (id) => {
        const server = await serve((_req, res) =>
          sendJson(res, 429, { message: 'slow down' }, { 'Retry-After': '2592000' }),
        );
        const timers = vi.spyOn(globalThis, 'setTimeout');
        const events: unknown[] = [];
        const client = spec.create(base(server), {
          retry: { ...FAST, maxRetryAfterMs: Infinity, onRetry: (e: unknown) => events.push(e) },
        });
        const error = await failure(call(id, client));
        expect(error).toMatchObject({
          name: 'VendorRateLimitError',
          status: 429,
          retryAfterMs: 2_592_000_000,
          operation: id,
        });
        expect(server.requests).toHaveLength(1);
        expect(events).toEqual([]);
        expect(timers.mock.calls.every(([, ms]) => (ms ?? 0) <= MAX_TIMER_MS)).toBe(true);
      },
    );

    const badOptions: Array<[parameter: string, options: FactoryOptions]> = [
      ['retry.maxDelayMs', { retry: { maxDelayMs: 2 ** 31 } }],
      ['retry.baseDelayMs', { retry: { baseDelayMs: 30 * 24 * 3_600_000 } }],
      ['retry.maxRetries', { retry: { maxRetries: -1 } }],
      ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: Number.NaN } }],
      ['retry.statuses', { retry: { statuses: ['503'] } }],
      ['timeoutMs', { timeoutMs: 2 ** 31 }],
      ['rateLimit.perMs', { rateLimit: { requests: 10, perMs: Infinity } }],
    ];
    it.each(badOptions)('refuses %s at construction', (parameter, options) => {
      expect(() => spec.create('http://127.0.0.1:9', options)).toThrow(
        expect.objectContaining({ name: 'VendorArgumentError', parameter }),
      );
    });

    const badUrls = spec.urlOptions.flatMap((option) =>
      [
        `http://user:${PASSWORD}@127.0.0.1:9`,
        `https://${PASSWORD}@api.example.com/v1`,
        'ftp://127.0.0.1/api',
        'file:///etc/passwd',
      ].map((url) => [option, url] as const),
    );
    it.each(badUrls)('refuses %s = %s at construction, without echoing it', (option, url) => {
      let error: unknown;
      try {
        spec.create('http://127.0.0.1:9', optionAt(option, url));
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({ name: 'VendorArgumentError', parameter: option });
      const rendered = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
      expect(rendered).not.toContain(PASSWORD);
      expect((error as Error).cause).toBeUndefined();
    });
  });
}
