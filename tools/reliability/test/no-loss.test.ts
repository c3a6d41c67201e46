import { createDataset } from '@botbridge/conformance/dataset';
import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
  type RetryEvent,
} from '@botbridge/core';
import { sendJson, startLoopbackServer, withFaults } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunFigures, renderFigures } from '../src/figures.js';
import { type ClientKnobs, scenarios } from '../src/scenarios.js';

// Each vendor pages through 10,000 records while about 20% of requests fail transiently (seeded,
// so every run injects the same faults). The run must deliver every record exactly once, in the
// same order as a fault-free run, within the retry budget.

const MAX_RETRIES = 4;
const TIMEOUT_MS = 150;
const knobs = (events: RetryEvent[] = []): ClientKnobs => ({
  timeoutMs: TIMEOUT_MS,
  retry: {
    maxRetries: MAX_RETRIES,
    baseDelayMs: 1,
    maxDelayMs: 20,
    maxRetryAfterMs: 2_000,
    onRetry: (event) => events.push(event),
  },
});

const figures: RunFigures[] = [];
afterAll(() => {
  if (figures.length > 0)
    console.log(`\nNo loss under injected faults\n\n${renderFigures(figures)}\n`);
});

describe.each(scenarios.map((s) => [s.vendor, s] as const))('%s', (vendor, scenario) => {
  it(`pages through ${scenario.records.toLocaleString('en-US')} records under ~20% transient faults: none lost, none duplicated, order kept`, async () => {
    const dataset = createDataset({
      leads: 0,
      conversations: 0,
      messages: 0,
      [scenario.resource]: scenario.records,
    });
    const expected = dataset[scenario.resource];

    // A fault-free run fixes the vendor's order.
    const clean = await startLoopbackServer(scenario.handler(dataset), 120_000);
    const baseline = await scenario.read(clean.url, knobs()).finally(() => clean.close());
    const cleanRequests = clean.requests.length;
    expect([...baseline].sort()).toEqual(expected.map((i) => i.key).sort());

    const faulty = withFaults(scenario.handler(dataset), {
      rate: 0.2,
      kinds: scenario.kinds,
      // One seed per vendor: every run of the suite injects exactly the same faults.
      seed: [...vendor].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 20_261_121),
      maxConsecutive: MAX_RETRIES,
      slowHeadersMs: TIMEOUT_MS * 2,
      // Twin's IAM stands in front of the data; its own faults are covered by the auth tests.
      exempt: (req) => req.url.startsWith('/auth/'),
    });
    const server = await startLoopbackServer(faulty.handler, 120_000);
    const events: RetryEvent[] = [];
    const started = performance.now();
    const got = await scenario.read(server.url, knobs(events)).finally(() => server.close());
    const elapsedMs = performance.now() - started;

    const seen = new Set(got);
    const run: RunFigures = {
      vendor,
      records: got.length,
      requests: faulty.stats.requests,
      faults: faulty.stats.faults,
      byKind: faulty.stats.byKind,
      retries: events.length,
      lost: baseline.filter((key) => !seen.has(key)).length,
      duplicated: got.length - seen.size,
      orderKept: JSON.stringify(got) === JSON.stringify(baseline),
      elapsedMs,
    };
    figures.push(run);

    expect(run.lost).toBe(0);
    expect(run.duplicated).toBe(0);
    expect(got).toEqual(baseline);
    // About a fifth of the requests failed, and every kind of fault in the plan occurred.
    expect(run.faults / run.requests).toBeGreaterThan(0.1);
    expect(run.faults / run.requests).toBeLessThan(0.3);
    for (const kind of new Set(scenario.kinds))
      expect(faulty.stats.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    // Every injected fault was retried exactly once more than the clean run needed (an expired
    // Twin token costs a refresh and one repeat instead), never given up on, never repeated twice.
    const expired = faulty.stats.byKind['token-expired'] ?? 0;
    expect(run.requests).toBe(cleanRequests + run.faults + expired);
    expect(run.retries).toBe(run.faults - expired);
  });

  it.each([
    [400, isVendorHttpError],
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [404, isVendorHttpError],
  ] as const)(
    'a permanent %i fails on the first attempt with the right typed error',
    async (status, guard) => {
      const server = await startLoopbackServer((_req, res) =>
        sendJson(res, status, {
          error: 'permanent',
          message: 'permanent',
          Success: false,
          Code: status,
        }),
      );
      const error = await scenario
        .failingRead(server.url, knobs())
        .catch((e: unknown) => e)
        .finally(() => server.close());
      expect(guard(error)).toBe(true);
      expect(isVendorAuthenticationError(error)).toBe(status === 401 || status === 403);
      expect(error).toMatchObject({ status, vendor });
      expect(server.requests).toHaveLength(1);
    },
  );

  it('a server asking for an hour-long Retry-After gets a clear rate-limit error at once, not a hung job', async () => {
    const server = await startLoopbackServer((_req, res) =>
      sendJson(
        res,
        429,
        { error: 'slow down', Success: false, Code: 429 },
        { 'Retry-After': '3600' },
      ),
    );
    const started = performance.now();
    // Default retry options: Retry-After is honoured up to maxRetryAfterMs (60 s).
    const error = await scenario
      .failingRead(server.url, { timeoutMs: 5_000, retry: {} })
      .catch((e: unknown) => e)
      .finally(() => server.close());
    expect(isVendorRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, vendor });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);
  });
});
