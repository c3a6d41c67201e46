import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaultPlan, FAULT_KINDS, type FaultKind, parseFaultHeader } from '../src/faults.js';
import { type MockServers, startMockServers } from '../src/index.js';

// Faults on demand: the header that forces one, and the seeded plan.

const AUTH = { closebot: { 'X-CB-KEY': 'k' } };

/** A raw request, so that resets and cut bodies are observed as they happen on the wire. */
function raw(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', (error) =>
        resolve({ error: (error as NodeJS.ErrnoException).code ?? String(error) }),
      );
    });
    req.on('error', (error) =>
      resolve({ error: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
    req.end();
  });
}

describe('the x-mock-fault header', () => {
  let mocks: MockServers;
  beforeAll(async () => {
    mocks = await startMockServers({
      ports: { closebot: 0, opencx: 0, twin24: 0, smarterbot: 0 },
      faults: { slowHeadersMs: 300 },
    });
  });
  afterAll(() => mocks.stop());
  const lead = () => `${mocks.urls.closebot}/lead?page=0&pageSize=2`;

  it.each([
    ['status-500', 500],
    ['status-502', 502],
    ['status-503', 503],
    ['status-504', 504],
  ] as const)('%s answers %i', async (kind, status) => {
    const got = await raw(lead(), { ...AUTH.closebot, 'x-mock-fault': kind });
    expect(got).toMatchObject({ status });
  });

  it('retry-after-seconds answers 429 with Retry-After: 0', async () => {
    const got = await raw(lead(), { ...AUTH.closebot, 'x-mock-fault': 'retry-after-seconds' });
    expect(got).toMatchObject({ status: 429, headers: { 'retry-after': '0' } });
  });

  it('retry-after-date answers 429 with an HTTP-date', async () => {
    const got = await raw(lead(), { ...AUTH.closebot, 'x-mock-fault': 'retry-after-date' });
    expect(got).toMatchObject({ status: 429 });
    const value = 'headers' in got ? String(got.headers['retry-after']) : '';
    expect(new Date(value).toUTCString()).toBe(value);
  });

  it('reset-mid-body sends 200 headers and destroys the connection mid-body', async () => {
    const got = await raw(lead(), { ...AUTH.closebot, 'x-mock-fault': 'reset-mid-body' });
    expect(got).toEqual({ error: 'ECONNRESET' });
  });

  it('truncated-json sends a 200 JSON body that does not parse', async () => {
    const got = await raw(lead(), { ...AUTH.closebot, 'x-mock-fault': 'truncated-json' });
    expect(got).toMatchObject({ status: 200 });
    expect(() => JSON.parse('body' in got ? got.body : '')).toThrow();
  });

  it('html-200 sends an HTML page with status 200', async () => {
    const got = await raw(lead(), { ...AUTH.closebot, 'x-mock-fault': 'html-200' });
    expect(got).toMatchObject({ status: 200, headers: { 'content-type': 'text/html' } });
  });

  it('slow-headers holds the answer for slowHeadersMs, then 503', async () => {
    mocks.clearRequests();
    const got = await raw(lead(), { ...AUTH.closebot, 'x-mock-fault': 'slow-headers' });
    expect(got).toMatchObject({ status: 503 });
    // The delay is a lower bound the server enforces, whatever the machine's load.
    expect(mocks.requests('closebot')[0]?.durationMs).toBeGreaterThanOrEqual(300);
  });

  it('envelope-failure answers a SmarterBot Success:false envelope with status 200', async () => {
    const got = await raw(`${mocks.urls.smarterbot}/chat/Chatbot/LeadList`, {
      Authorization: 'k',
      'x-mock-fault': 'envelope-failure',
    });
    // A GET on a POST operation is refused before any fault: faults only replace real answers.
    expect(got).toMatchObject({ status: 405 });
    const response = await fetch(`${mocks.urls.smarterbot}/chat/Chatbot/LeadList`, {
      method: 'POST',
      headers: {
        Authorization: 'k',
        'Content-Type': 'application/json',
        'x-mock-fault': 'envelope-failure',
      },
      body: '{"serialNumber":"abc"}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ Success: false, Code: 503, Data: null });
  });

  it('token-expired answers Twin’s 401 "Token is expired."', async () => {
    const response = await fetch(`${mocks.urls.twin24}/sessions`, {
      headers: { Authorization: 'Bearer k', 'x-mock-fault': 'token-expired' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Token is expired.' });
  });

  it('times=n faults the first n identical requests, then answers', async () => {
    const headers = { ...AUTH.closebot, 'x-mock-fault': 'status-503; times=2' };
    const url = `${mocks.urls.closebot}/lead?page=1&pageSize=2`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(url, { headers })).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('an unknown kind is a 400 problem naming the header and the known kinds', async () => {
    const response = await fetch(lead(), {
      headers: { ...AUTH.closebot, 'x-mock-fault': 'gremlins' },
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { detail: string };
    expect(problem.detail).toContain('x-mock-fault: unknown fault "gremlins"');
    expect(problem.detail).toContain('status-503');
  });

  it('counts every injected fault', () => {
    expect(mocks.faultStats('closebot')?.faults).toBeGreaterThan(0);
  });
});

describe('the seeded fault plan', () => {
  const draws = (seed: number, kinds: readonly FaultKind[] = FAULT_KINDS) => {
    const plan = createFaultPlan('twin24', { rate: 0.3, kinds, seed, maxConsecutive: 2 });
    return Array.from({ length: 400 }, (_, i) => plan.draw(`GET /x?page=${i % 40}`, 'op'));
  };

  it('is deterministic per seed and differs between seeds', () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it('fails about the share asked for, with every kind that applies to the vendor', () => {
    const got = draws(7).filter((f) => f !== undefined);
    expect(got.length / 400).toBeGreaterThan(0.2);
    expect(got.length / 400).toBeLessThan(0.4);
    expect(new Set(got)).not.toContain('envelope-failure'); // SmarterBot's only
    expect(new Set(got).size).toBeGreaterThan(6);
  });

  it('never faults the same request more than maxConsecutive times in a row', () => {
    const plan = createFaultPlan('closebot', { rate: 1, seed: 3, maxConsecutive: 2 });
    const sequence = Array.from({ length: 9 }, () => plan.draw('GET /same', 'op') !== undefined);
    expect(sequence).toEqual([true, true, false, true, true, false, true, true, false]);
  });

  it('faults only the operations listed', () => {
    const plan = createFaultPlan('closebot', { rate: 1, operations: ['listLeads'] });
    expect(plan.draw('a', 'login')).toBeUndefined();
    expect(plan.draw('b', 'listLeads')).toBeDefined();
  });

  it('never calls a token expired on its first use', () => {
    const plan = createFaultPlan('twin24', { rates: { 'token-expired': 1 }, maxConsecutive: 99 });
    expect(plan.draw('GET /s', 'op', undefined, 'Bearer fresh')).toBeUndefined();
    expect(plan.draw('GET /s', 'op', undefined, 'Bearer fresh')).toBe('token-expired');
    expect(plan.draw('GET /s', 'op', undefined, 'Bearer renewed')).toBeUndefined();
  });

  it('per-kind rates and a spread rate combine; bad rates are refused by name', () => {
    const plan = createFaultPlan('closebot', { rates: { 'status-503': 1 } });
    expect(plan.draw('x', 'op')).toBe('status-503');
    expect(() => createFaultPlan('closebot', { rate: -0.1 })).toThrow(/faults\.rate/);
    expect(() => createFaultPlan('closebot', { rates: { 'status-500': 2 } })).toThrow(
      /faults\.rates\.status-500/,
    );
    expect(() => createFaultPlan('closebot', { rate: 0.8, rates: { 'status-500': 0.5 } })).toThrow(
      /add up to/,
    );
  });

  it('parses the header, refusing unknown kinds and bad counts', () => {
    expect(parseFaultHeader('status-502; times=3')).toEqual({ kind: 'status-502', times: 3 });
    expect(parseFaultHeader('html-200').times).toBe(Number.POSITIVE_INFINITY);
    expect(() => parseFaultHeader('nope')).toThrow(/unknown fault "nope"/);
    expect(() => parseFaultHeader('status-500; times=0')).toThrow(/times=<positive integer>/);
  });
});

describe('faults and latency through startMockServers', () => {
  it('a plan over a dataset faults about the share asked for, counted in the log', async () => {
    const mocks = await startMockServers({
      vendors: ['closebot'],
      ports: { closebot: 0 },
      dataset: { seed: 3, records: 30 },
      faults: { rate: 0.5, kinds: ['status-503'], seed: 11 },
    });
    try {
      const statuses: number[] = [];
      for (let page = 0; page < 30; page++) {
        const response = await fetch(`${mocks.urls.closebot}/lead?page=${page}&pageSize=1`, {
          headers: AUTH.closebot,
        });
        statuses.push(response.status);
      }
      const faulted = mocks.requests('closebot').filter((e) => e.fault === 'status-503');
      expect(faulted.length).toBe(statuses.filter((s) => s === 503).length);
      expect(faulted.length).toBe(mocks.faultStats('closebot')?.faults);
      expect(faulted.length).toBeGreaterThan(5);
      expect(faulted.length).toBeLessThan(25);
    } finally {
      await mocks.stop();
    }
  });

  it('latencyMs delays every answer by at least that much', async () => {
    const mocks = await startMockServers({
      vendors: ['closebot'],
      ports: { closebot: 0 },
      latencyMs: 120,
    });
    try {
      for (let i = 0; i < 3; i++)
        await fetch(`${mocks.urls.closebot}/bot`, { headers: AUTH.closebot });
      const durations = mocks.requests('closebot').map((e) => e.durationMs);
      expect(durations).toHaveLength(3);
      for (const ms of durations) expect(ms).toBeGreaterThanOrEqual(120);
    } finally {
      await mocks.stop();
    }
  });
});
