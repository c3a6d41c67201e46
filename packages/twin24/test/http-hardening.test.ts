import type { ServerResponse } from 'node:http';
import {
  httpHardeningSuite,
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type OperationId, operations } from '../src/generated/operations.js';
import { createTwin24Client, type Twin24Client } from '../src/index.js';
import { jwtExpiringIn } from './jwt.js';

// Issue #8 over every Twin operation. The data operations run through the shared suite
// (tools/testing/src/http-hardening.ts) with a fixed token; login and refresh, which only a client
// with `credentials` sends, are driven here: neither the password in the login body nor the raw
// access token of the refresh call may follow a redirect to another origin.
const TOKEN = jwtExpiringIn(24 * 3_600_000, Date.now(), 'hardening');
const PASSWORD = 'twin-password-hardening-0001';
const REFRESH = 'twin-refresh-hardening-0001';

httpHardeningSuite<Twin24Client>({
  vendor: 'twin24',
  operations,
  basePath: '/api/v1',
  create: (baseUrl, options) => createTwin24Client({ token: TOKEN, baseUrl, ...options }),
  calls: {
    searchChatSessions: (c) => c.searchChatSessions(),
    listSessions: (c) => c.listSessions(),
    getSession: (c) => c.getSession('session-1'),
    listSessionMessages: (c) => c.listSessionMessages('session-1'),
    getCurrentUser: (c) => c.whoami(),
  } satisfies Omit<
    Record<OperationId, (c: Twin24Client) => Promise<unknown>>,
    'login' | 'refreshToken'
  >,
  coveredElsewhere: {
    login: 'sent only with credentials: below',
    refreshToken: 'sent only with credentials: below',
  },
  carriesCredential: (request) => request.headers.authorization === `Bearer ${TOKEN}`,
  urlOptions: ['baseUrl', 'serviceUrls.iam', 'serviceUrls.chat', 'serviceUrls.analyse'],
});

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function serve(handler: (req: RecordedRequest, res: ServerResponse) => void) {
  const server = await startLoopbackServer(handler);
  servers.push(server);
  return server;
}

type Step = 'login' | 'refreshToken';
const PATH: Record<Step, string> = {
  login: '/api/v1/auth/login',
  refreshToken: '/api/v1/auth/refresh',
};

/**
 * Twin's IAM and chat service on `home`; the request of `step` gets a redirect from `redirect`,
 * and `away` (another port) records whatever reaches it. Login hands out a token that is due for
 * refresh at once (it expires within the 60 s refresh margin), so a call logs in, then refreshes.
 */
async function twin(
  step: Step,
  redirect: (path: string, away: LoopbackServer) => [number, string],
) {
  const away = await serve((_req, res) => sendJson(res, 200, {}));
  const home = await serve((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/moved')) return sendJson(res, 404, { error: 'moved target' });
    if (path === PATH[step]) {
      const [status, location] = redirect(req.url, away);
      res.writeHead(status, { location });
      res.end();
      return;
    }
    if (path === PATH.login || path === PATH.refreshToken) {
      return sendJson(res, 200, {
        token: jwtExpiringIn(30_000, Date.now(), 'soon'),
        refreshToken: REFRESH,
      });
    }
    sendJson(res, 200, { count: 0, items: [] });
  });
  const client = createTwin24Client({
    baseUrl: `${home.url}/api/v1`,
    credentials: { email: 'ops@example.com', password: PASSWORD },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  return { home, away, client };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );

/** The request that carries the step's credential, as `home` received it. */
const carries: Record<Step, (request: RecordedRequest | undefined) => boolean> = {
  login: (request) => (request?.body ?? '').includes(PASSWORD),
  refreshToken: (request) =>
    /^ey/.test(String(request?.headers.authorization)) && (request?.body ?? '').includes(REFRESH),
};
// Requests before the step's own: none before login; the login before a refresh.
const BEFORE: Record<Step, number> = { login: 0, refreshToken: 1 };

describe('twin24 login and refresh: redirects', () => {
  const cases = (['login', 'refreshToken'] as const).flatMap((step) =>
    ([301, 302, 303, 307, 308] as const).map((status) => [step, status] as const),
  );

  it.each(cases)('%s: a %i to another origin is not followed', async (step, status) => {
    const { home, away, client } = await twin(step, (path, away) => [status, `${away.url}${path}`]);
    const error = await failure(client.listSessions());
    expect(error).toMatchObject({ name: 'VendorHttpError', status, operation: step });
    expect((error as Error).message).toContain(`another origin (${away.url})`);
    expect(away.requests).toEqual([]);
    expect(home.requests).toHaveLength(BEFORE[step] + 1);
    expect(carries[step](home.requests.at(-1))).toBe(true);
    expect(JSON.stringify(error)).not.toContain(PASSWORD);
  });

  it.each(cases)(
    '%s: a same-origin %i is followed as the fetch standard says',
    async (step, status) => {
      const { home, client } = await twin(step, (path) => [status, `/moved${path}`]);
      const error = await failure(client.listSessions());
      expect(error).toMatchObject({ name: 'VendorHttpError', status: 404, operation: step });
      expect(home.requests).toHaveLength(BEFORE[step] + 2);
      const [first, second] = home.requests.slice(BEFORE[step]) as [
        RecordedRequest,
        RecordedRequest,
      ];
      const keepsBody = status === 307 || status === 308;
      expect(second.method).toBe(keepsBody ? 'POST' : 'GET');
      expect(second.url).toBe(`/moved${first.url}`);
      expect(second.body).toBe(keepsBody ? first.body : '');
      expect(second.headers.authorization).toBe(first.headers.authorization);
    },
  );

  it('login: Retry-After: 2592000 with maxRetryAfterMs: Infinity fails at once with the whole wait', async () => {
    const home = await serve((_req, res) =>
      sendJson(res, 429, { error: 'slow down' }, { 'Retry-After': '2592000' }),
    );
    const events: unknown[] = [];
    const client = createTwin24Client({
      baseUrl: `${home.url}/api/v1`,
      credentials: { email: 'ops@example.com', password: PASSWORD },
      retry: { maxRetryAfterMs: Infinity, onRetry: (e) => events.push(e) },
    });
    const error = await failure(client.listSessions());
    expect(error).toMatchObject({
      name: 'VendorRateLimitError',
      operation: 'login',
      retryAfterMs: 2_592_000_000,
    });
    expect(home.requests).toHaveLength(1);
    expect(events).toEqual([]);
  });
});
