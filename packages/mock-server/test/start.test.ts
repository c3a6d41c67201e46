import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServers, mockVendors, startMockServers } from '../src/index.js';

// Starts the real Prism processes for every embedded spec, as `npm run mock` and the demo do.
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

describe('startMockServers', () => {
  it('serves every vendor on loopback', () => {
    expect(Object.keys(mocks.urls).sort()).toEqual([...mockVendors].sort());
    for (const url of Object.values(mocks.urls)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(mockVendors)('%s answers its seed endpoint from the spec examples', async (vendor) => {
    const { path, init } = seedRequests[vendor];
    const response = await fetch(`${mocks.urls[vendor]}${path}`, init);
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toBeNull();
  });

  it.each(mockVendors)(
    '%s enforces the security scheme (401 without credentials)',
    async (vendor) => {
      const { path, init } = seedRequests[vendor];
      const { headers: _headers, ...rest } = init as RequestInit;
      const response = await fetch(`${mocks.urls[vendor]}${path}`, {
        ...rest,
        headers: 'body' in init ? { 'Content-Type': 'application/json' } : {},
      });
      expect(response.status).toBe(401);
    },
  );

  it('rejects requests that break the spec (validation is on)', async () => {
    const response = await fetch(`${mocks.urls.twin24}/search/chat/sessions?fields=id&limit=5000`, {
      headers: { Authorization: 'Bearer k' },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('stop', () => {
  it('frees the ports and can be called twice', async () => {
    const own = await startMockServers({ vendors: ['closebot'], ports: { closebot: 0 } });
    const port = Number(new URL(own.urls.closebot ?? '').port);
    await own.stop();
    await own.stop();
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  });

  it('reports a port that is already taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        startMockServers({ vendors: ['opencx'], ports: { opencx: port } }),
      ).rejects.toThrow(/Prism/);
    } finally {
      blocker.close();
    }
  });
});
