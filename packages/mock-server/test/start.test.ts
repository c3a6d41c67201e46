import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { createCloseBotClient } from '@botbridge/closebot';
import { isVendorHttpError } from '@botbridge/core';
import { createTwin24Client } from '@botbridge/twin24';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServers, mockVendors, startMockServers } from '../src/index.js';

// Examples mode, all four vendors in this process: what a user meets first.
let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMockServers({ ports: { closebot: 0, opencx: 0, twin24: 0, smarterbot: 0 } });
});
afterAll(async () => {
  await mocks?.stop();
});

const seedRequests = {
  closebot: { path: '/bot/bot_1/testSession', init: { headers: { 'X-CB-KEY': 'k' } } },
  opencx: {
    path: '/chat/sessions/3c90c3cc-0d44-4b50-8888-8dd25736052a',
    init: { headers: { Authorization: 'Bearer k' } },
  },
  twin24: {
    path: '/search/chat/sessions?fields=id,status',
    init: { headers: { Authorization: 'Bearer k' } },
  },
  smarterbot: {
    path: '/chat/Chatbot/LeadList',
    init: {
      method: 'POST',
      headers: { Authorization: 'k', 'Content-Type': 'application/json' },
      body: '{"serialNumber":"abc"}',
    },
  },
} as const;

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as {
    type: string;
    status: number;
    detail: string;
    vendor: string;
    operationId?: string;
    violations?: Array<{ location: string; name: string; message: string }>;
    operations?: string[];
  };
}

describe('startMockServers', () => {
  it('serves every vendor on loopback, each on its own port', () => {
    expect(Object.keys(mocks.urls)).toEqual(mockVendors);
    const ports = new Set(Object.values(mocks.urls).map((url) => new URL(url).port));
    expect(ports.size).toBe(4);
    for (const url of Object.values(mocks.urls)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('gives each vendor a base URL with the path of its real server URL', () => {
    expect(mocks.baseUrls.twin24).toBe(`${mocks.urls.twin24}/api/v1`);
    for (const vendor of ['closebot', 'opencx', 'smarterbot'] as const)
      expect(mocks.baseUrls[vendor]).toBe(mocks.urls[vendor]);
  });

  it.each(mockVendors)('%s answers its seed endpoint from the spec examples', async (vendor) => {
    const { path, init } = seedRequests[vendor];
    const response = await fetch(`${mocks.urls[vendor]}${path}`, init);
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toBeNull();
  });

  it.each(mockVendors)(
    '%s enforces the security scheme (401 in the vendor shape without credentials)',
    async (vendor) => {
      const { path, init } = seedRequests[vendor];
      const response = await fetch(`${mocks.urls[vendor]}${path}`, {
        ...init,
        headers: 'body' in init ? { 'Content-Type': 'application/json' } : {},
      });
      expect(response.status).toBe(401);
      // The vendor's own 401 from the spec, not one of the mock's problems.
      expect(await response.text()).not.toContain('urn:botbridge:mock');
    },
  );

  it("leaves faker's main entry unloaded: Prism got English faker, and nothing of it is left in the module cache", () => {
    // The mocks above are started, so Prism is loaded. Its dynamic mode (never on) is all faker
    // serves; the locales of faker's main entry are not loaded for it, and any later
    // `require('@faker-js/faker')` of the process loads the real module, not the stand-in.
    const require = createRequire(import.meta.url);
    const prismRequire = createRequire(require.resolve('@stoplight/prism-http'));
    expect(require.cache[prismRequire.resolve('@faker-js/faker')]).toBeUndefined();
    expect(require.cache[prismRequire.resolve('@faker-js/faker/locale/en')]).toBeDefined();
  });

  it('rejects invalid options by name before starting anything', async () => {
    await expect(startMockServers({ vendors: ['nope' as 'closebot'] })).rejects.toThrow(
      /vendors: unknown vendor "nope"/,
    );
    await expect(startMockServers({ ports: { closebot: 70_000 } })).rejects.toThrow(
      /ports\.closebot/,
    );
    await expect(startMockServers({ dataset: { records: -1 } })).rejects.toThrow(
      /dataset\.records/,
    );
    await expect(startMockServers({ faults: { rate: 2 } })).rejects.toThrow(/faults\.rate/);
  });
});

describe('served where clients look', () => {
  it('an unmodified Twin client configured like production (only the host swapped) works', async () => {
    mocks.clearRequests();
    const twin = createTwin24Client({
      baseUrl: mocks.baseUrls.twin24,
      credentials: { email: 'dev@example.com', password: 'secret-password' },
      retry: false,
    });
    const page = await twin.listSessions({ limit: 5 });
    expect(page.conversations.length).toBeGreaterThan(0);
    await twin.getSession(page.conversations[0]?.id ?? '');
    // The token the login issued is valid from now on: no refresh before or between the calls.
    expect(mocks.requests('twin24').map((e) => [e.url.split('?')[0], e.status])).toEqual([
      ['/api/v1/auth/login', 200],
      ['/api/v1/sessions', 200],
      [`/api/v1/sessions/${page.conversations[0]?.id}`, 200],
    ]);
  });

  it('Twin answers per service under /<service>/api/v1, and not under another service', async () => {
    const auth = { headers: { Authorization: 'Bearer k' } };
    const chat = await fetch(`${mocks.urls.twin24}/chat/api/v1/sessions`, auth);
    expect(chat.status).toBe(200);
    const analyse = await fetch(
      `${mocks.urls.twin24}/analyse/api/v1/search/chat/sessions?fields=id`,
      auth,
    );
    expect(analyse.status).toBe(200);
    const wrong = await fetch(`${mocks.urls.twin24}/iam/api/v1/sessions`, auth);
    expect(wrong.status).toBe(404);
    const problem = await problemOf(wrong);
    expect(problem.type).toBe('urn:botbridge:mock:no-route');
    expect(problem.operations).toContain('GET /sessions');
  });

  it('the root keeps working for clients configured with the mock root', async () => {
    const response = await fetch(`${mocks.urls.twin24}/sessions`, {
      headers: { Authorization: 'Bearer k' },
    });
    expect(response.status).toBe(200);
  });

  it('login issues a fresh token valid for tokenTtlSeconds from now', async () => {
    const response = await fetch(`${mocks.baseUrls.twin24}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'dev@example.com', password: 'secret-password' }),
    });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    expect(claims.exp - claims.iat).toBe(3600);
    expect(claims.exp).toBeGreaterThan(now);
  });
});

describe('errors a user can act on', () => {
  it('a request that breaks the spec gets a 400 problem listing every violation', async () => {
    const response = await fetch(`${mocks.urls.twin24}/sessions?limit=abc&offset=-1`, {
      headers: { Authorization: 'Bearer k' },
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({
      type: 'urn:botbridge:mock:invalid-request',
      status: 400,
      vendor: 'twin24',
      operationId: 'listSessions',
    });
    expect(problem.violations?.map((v) => [v.location, v.name])).toEqual([
      ['query', 'limit'],
      ['query', 'offset'],
    ]);
    expect(problem.detail).toMatch(/2 violations.*limit.*offset/);
  });

  it('a missing required parameter is named, never answered with an unrelated example', async () => {
    const response = await fetch(`${mocks.urls.twin24}/search/chat/sessions`, {
      headers: { Authorization: 'Bearer k' },
    });
    const problem = await problemOf(response);
    expect(problem.violations).toEqual([
      expect.objectContaining({ location: 'query', name: 'fields' }),
    ]);
  });

  it('a parameter is named as the spec spells it (Prism lower-cases it)', async () => {
    const response = await fetch(`${mocks.urls.closebot}/lead?pageSize=abc`, {
      headers: { 'X-CB-KEY': 'k' },
    });
    const problem = await problemOf(response);
    expect(problem.violations).toEqual([
      expect.objectContaining({ location: 'query', name: 'pageSize' }),
    ]);
    expect(JSON.stringify(problem)).not.toContain('clientEmail');
  });

  it('a body that breaks the schema names the member by JSON pointer', async () => {
    const response = await fetch(`${mocks.urls.smarterbot}/chat/Chatbot/LeadList`, {
      method: 'POST',
      headers: { Authorization: 'k', 'Content-Type': 'application/json' },
      body: JSON.stringify({ serialNumber: 42 }),
    });
    const problem = await problemOf(response);
    expect(problem.violations).toEqual([
      expect.objectContaining({ location: 'body', name: '/serialNumber' }),
    ]);
  });

  it('a body that is not JSON is refused with a problem, not a crash', async () => {
    const response = await fetch(`${mocks.urls.smarterbot}/chat/Chatbot/LeadList`, {
      method: 'POST',
      headers: { Authorization: 'k', 'Content-Type': 'application/json' },
      body: '{"serialNumber":',
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toMatch(/not valid JSON/);
  });

  it('Prefer: code= an undefined status gets a 400 naming the codes the operation defines', async () => {
    const response = await fetch(`${mocks.urls.opencx}${seedRequests.opencx.path}`, {
      headers: { Authorization: 'Bearer k', Prefer: 'code=503' },
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe('urn:botbridge:mock:undefined-preference');
    expect(problem.detail).toContain('Defined codes: 200, 401, 403, 404, 429, 500.');
  });

  it('Prefer: code= a status covered by the spec’s default response answers it', async () => {
    const response = await fetch(`${mocks.urls.smarterbot}/chat/Chatbot/LeadList`, {
      method: 'POST',
      headers: { Authorization: 'k', 'Content-Type': 'application/json', Prefer: 'code=503' },
      body: '{"serialNumber":"abc"}',
    });
    expect(response.status).toBe(503);
  });

  it('Prefer: example= an undefined example names the defined ones', async () => {
    const response = await fetch(`${mocks.urls.twin24}/sessions/abc`, {
      headers: { Authorization: 'Bearer k', Prefer: 'example=nope' },
    });
    const problem = await problemOf(response);
    expect(problem.detail).toMatch(/defines no example "nope"\. Defined examples: 200: /);
  });

  it('an unknown path is a 404 and a wrong method a 405, both listing the operations', async () => {
    const path = await fetch(`${mocks.urls.closebot}/nothing/here`);
    expect(path.status).toBe(404);
    expect((await problemOf(path)).operations).toContain('GET /lead/{leadId}');
    const method = await fetch(`${mocks.urls.closebot}/lead`, { method: 'DELETE' });
    expect(method.status).toBe(405);
  });

  it('a busy port fails at once naming vendor, host:port and EADDRINUSE', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        startMockServers({ vendors: ['opencx'], ports: { opencx: port } }),
      ).rejects.toThrow(`opencx mock cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
    } finally {
      blocker.close();
    }
  });
});

describe('the request log', () => {
  it('records one entry per request: method, url, operation, status, violations', async () => {
    mocks.clearRequests();
    await fetch(`${mocks.urls.twin24}/sessions?limit=abc`, {
      headers: { Authorization: 'Bearer k' },
    });
    await fetch(`${mocks.urls.closebot}/lead?page=0&pageSize=2`, {
      headers: { 'X-CB-KEY': 'k' },
    });
    expect(mocks.requests()).toEqual([
      expect.objectContaining({
        vendor: 'twin24',
        method: 'GET',
        url: '/sessions?limit=abc',
        operationId: 'listSessions',
        status: 400,
        requestViolations: ['query limit: Request query parameter limit must be integer'],
        responseViolations: [],
      }),
      expect.objectContaining({
        vendor: 'closebot',
        operationId: 'listLeads',
        status: 200,
        requestViolations: [],
        responseViolations: [],
      }),
    ]);
    expect(mocks.requests('closebot')).toHaveLength(1);
  });

  it('redacts secret-looking query values', async () => {
    mocks.clearRequests();
    await fetch(`${mocks.urls.closebot}/lead?page=0&api_key=SECRET-123`, {
      headers: { 'X-CB-KEY': 'k' },
    });
    expect(mocks.requests()[0]?.url).toBe('/lead?page=0&api_key=***');
  });

  it('is served over HTTP at /__mock/requests, with /__mock/health for readiness', async () => {
    mocks.clearRequests();
    await fetch(`${mocks.urls.opencx}${seedRequests.opencx.path}`, {
      headers: { Authorization: 'Bearer k' },
    });
    const health = await fetch(`${mocks.urls.opencx}/__mock/health`);
    expect(await health.json()).toEqual({ status: 'ok', vendor: 'opencx', mode: 'examples' });
    const log = (await (await fetch(`${mocks.urls.opencx}/__mock/requests`)).json()) as {
      requests: Array<{ operationId: string }>;
    };
    expect(log.requests.map((e) => e.operationId)).toEqual(['getChatSession']);
    await fetch(`${mocks.urls.opencx}/__mock/requests`, { method: 'DELETE' });
    expect(mocks.requests()).toEqual([]);
  });
});

describe('validateRequests: false', () => {
  it('answers a request that breaks the spec and flags it in sl-violations and the log', async () => {
    const lenient = await startMockServers({
      vendors: ['closebot'],
      ports: { closebot: 0 },
      validateRequests: false,
    });
    try {
      const response = await fetch(`${lenient.urls.closebot}/lead?page=-5`, {
        headers: { 'X-CB-KEY': 'k' },
      });
      expect(response.status).toBe(200);
      const header = JSON.parse(response.headers.get('sl-violations') ?? '[]');
      expect(header).toEqual([expect.objectContaining({ location: ['request', 'query', 'page'] })]);
      expect(lenient.requests()[0]?.requestViolations).toHaveLength(1);
    } finally {
      await lenient.stop();
    }
  });
});

describe('stop', () => {
  it('frees the ports and can be called twice', async () => {
    const own = await startMockServers({ vendors: ['closebot'], ports: { closebot: 0 } });
    const port = Number(new URL(own.urls.closebot ?? '').port);
    // A client holding a keep-alive connection must not keep the port open.
    await createCloseBotClient({ apiKey: 'k', baseUrl: own.urls.closebot }).listBots();
    await own.stop();
    await own.stop();
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  });

  it('a client against a stopped mock gets a network error, not a hang', async () => {
    const own = await startMockServers({ vendors: ['closebot'], ports: { closebot: 0 } });
    const url = own.urls.closebot;
    await own.stop();
    const error = await createCloseBotClient({ apiKey: 'k', baseUrl: url, retry: false })
      .listBots()
      .catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(false);
    expect(error).toMatchObject({ vendor: 'closebot' });
  });
});
