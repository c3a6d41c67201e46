import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
  type RetryEvent,
} from '@botbridge/core';
import {
  type FaultKind,
  type MockServerOptions,
  type MockServers,
  type MockVendor,
  type RequestLogEntry,
  startMockServers,
} from '@botbridge/mock-server';
import { sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunFigures, renderFigures } from '../../src/figures.js';
import { type ClientKnobs, noLossRecords, type Scenario, scenarios } from '../../src/scenarios.js';

// Each vendor syncs the mock server's seeded dataset (4,000 records in `npm test`, 10,000 with
// NO_LOSS_RECORDS=10000, see DEFAULT_RECORDS in src/scenarios.ts) through its client while
// the mock's own fault plan fails about 20% of the data requests transiently (seeded, so every run
// injects the same faults). The sync must deliver exactly the dataset's records, each once, in the
// order of a fault-free run against the same dataset, within the retry budget. Requests and faults
// are counted from the server's request log, retries from the client's `onRetry` events.

const MAX_RETRIES = 4;
// Far above a dataset answer on loopback (the slowest of a 10,000-record run, a first request or a
// GC pause, took about 200 ms on a 2-core machine), so only an injected slow-headers ever times
// out: the fault-free run proves it by needing no retry. slow-headers holds its answer twice as long.
const TIMEOUT_MS = 1_000;
const SLOW_HEADERS_MS = TIMEOUT_MS * 2;
const DATASET_SEED = 2026;
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

const RECORDS = noLossRecords();
/** Far beyond a run on a saturated machine, even of 10,000 records: a guard against a hang. */
const SYNC_TIMEOUT_MS = 300_000;

/** One vendor's mock with the run's dataset; the log holds every request of the run. */
function startMock(scenario: Scenario, faults?: MockServerOptions['faults']): Promise<MockServers> {
  return startMockServers({
    vendors: [scenario.vendor],
    ports: { [scenario.vendor]: 0 },
    dataset: { seed: DATASET_SEED, records: RECORDS },
    requestLogSize: 100_000,
    ...(faults ? { faults } : {}),
  });
}

/** Runs the sync and stops the mock, so that every request (a slow-headers too) is logged. */
async function sync(scenario: Scenario, mocks: MockServers, events: RetryEvent[]) {
  try {
    const keys = await scenario.read(mocks, knobs(events));
    return { keys, log: mocks.requests(scenario.vendor) };
  } finally {
    await mocks.stop();
  }
}

/**
 * How the client's retry event names each kind of fault it retries (Twin's expired token is
 * refreshed, not retried; reset-mid-body and slow-headers are network failures).
 */
const FAULT_RETRIED_AS: Partial<Record<FaultKind, string>> = {
  'retry-after-seconds': 'status 429',
  'retry-after-date': 'status 429',
  'status-500': 'status 500',
  'status-502': 'status 502',
  'status-503': 'status 503',
  'status-504': 'status 504',
  'truncated-json': 'invalid-body',
  'html-200': 'invalid-body',
  'envelope-failure': 'vendor-envelope',
};
const retriedAs = (event: RetryEvent) =>
  event.reason === 'status' ? `status ${event.status}` : event.reason;
const countBy = (keys: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

const count = (log: readonly RequestLogEntry[], operationId: string) =>
  log.filter((entry) => entry.operationId === operationId).length;

/** Every request the client sent was one the spec allows, and every answer too. */
function expectWithinSpec(log: readonly RequestLogEntry[]) {
  expect(log.flatMap((e) => e.requestViolations)).toEqual([]);
  expect(log.flatMap((e) => e.responseViolations)).toEqual([]);
}

/**
 * The no-loss suite of one vendor: the sync under faults against a fault-free baseline, the
 * permanent errors and the hour-long Retry-After. Each vendor has a test file of its own calling
 * this, so that the four vendors' syncs (mostly waiting on timeouts the faults provoke) run in
 * parallel workers.
 */
export function describeNoLoss(vendor: MockVendor): void {
  const scenario = scenarios.find((s) => s.vendor === vendor);
  if (!scenario) throw new Error(`no no-loss scenario for ${vendor}`);
  const figures: RunFigures[] = [];
  afterAll(() => {
    if (figures.length > 0)
      console.log(`\nNo loss under injected faults\n\n${renderFigures(figures)}\n`);
  });

  describe(vendor, () => {
    it(
      `syncs ${RECORDS.toLocaleString('en-US')} records under ~20% transient faults: none lost, none duplicated, order kept`,
      async () => {
        // A fault-free run fixes the vendor's order, and reads exactly the dataset's records.
        const cleanEvents: RetryEvent[] = [];
        const cleanMocks = await startMock(scenario);
        const expected = scenario.expected(cleanMocks.datasets);
        const clean = await sync(scenario, cleanMocks, cleanEvents);
        const baseline = clean.keys;
        expect(expected).toHaveLength(RECORDS);
        expect(new Set(baseline).size).toBe(baseline.length);
        expect([...baseline].sort()).toEqual([...expected].sort());
        expect(clean.log.filter((e) => e.status !== 200 || e.fault)).toEqual([]);
        // What the sync needs: the requests of the clean run less the ones its own retries added. On a
        // quiet machine there are none; on a saturated one an answer may come after the timeout, and
        // the client's events say so (a network failure each, never a status).
        expect(cleanEvents.filter((e) => e.reason !== 'network')).toEqual([]);
        const needed = clean.log.length - cleanEvents.length;
        expectWithinSpec(clean.log);

        const mocks = await startMock(scenario, {
          ...scenario.faults,
          // One seed per vendor: every run of the suite injects exactly the same faults. The plan may
          // also fail the repeat a Twin client sends after a refresh with another "Token is expired."
          // (the client then gives up by design: a second 401 is final); this seed never does.
          seed: [...vendor].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 20_261_121),
          // A client with MAX_RETRIES retries always gets through: the run measures loss by the
          // client, not by an endless outage.
          maxConsecutive: MAX_RETRIES,
          slowHeadersMs: SLOW_HEADERS_MS,
        });
        // The same seed and size give the same records, so the clean run is this dataset's baseline.
        expect(scenario.expected(mocks.datasets)).toEqual(expected);
        const events: RetryEvent[] = [];
        const started = performance.now();
        const { keys: got, log } = await sync(scenario, mocks, events);
        const elapsedMs = performance.now() - started;
        const stats = mocks.faultStats(vendor);
        if (!stats) throw new Error(`the ${vendor} mock ran without its fault plan`);

        const seen = new Set(got);
        const run: RunFigures = {
          vendor,
          records: got.length,
          requests: log.length,
          faults: stats.faults,
          byKind: stats.byKind,
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
        expectWithinSpec(log);
        // The log shows the plan's faults, each on the listing the run reads, and nothing else failed.
        const faulted = log.filter((e) => e.fault !== undefined);
        expect(faulted).toHaveLength(stats.faults);
        expect(new Set(faulted.map((e) => e.operationId))).toEqual(
          new Set(scenario.faults.operations),
        );
        expect(log.filter((e) => e.fault === undefined && e.status !== 200)).toEqual([]);
        // About a fifth of the requests failed, and every kind of fault in the plan occurred.
        expect(run.faults / run.requests).toBeGreaterThan(0.1);
        expect(run.faults / run.requests).toBeLessThan(0.3);
        for (const kind of scenario.kinds) expect(stats.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
        expect(Object.keys(stats.byKind).sort()).toEqual([...scenario.kinds].sort());
        // Every injected fault cost exactly one retry (an expired Twin token a refresh and one repeat
        // instead), never given up on, never repeated twice; counted from the client's own events, so
        // a machine busy enough to make an answer late (one more timeout, one more retry) is accounted
        // for rather than failing the run.
        const expired = stats.byKind['token-expired'] ?? 0;
        expect(run.requests).toBe(needed + run.retries + 2 * expired);
        const late = run.retries - (run.faults - expired);
        expect(late).toBeGreaterThanOrEqual(0);
        // Each kind is retried for what it is: a 429 or 5xx as that status, a bad body as one, a
        // reset or a held answer as a network failure; no kind is retried more often than it was
        // injected. Only answers the sync needed may come late (a timeout, a network failure):
        // an injected fault retried as anything but its own kind fails the run.
        const retried = countBy(events.filter((e) => e.reason !== 'network').map(retriedAs));
        const injected = countBy(
          Object.entries(stats.byKind).flatMap(([kind, n]) => {
            const as = FAULT_RETRIED_AS[kind as FaultKind];
            return as === undefined ? [] : Array.from({ length: n }, () => as);
          }),
        );
        expect(Object.fromEntries(retried)).toEqual(Object.fromEntries(injected));
        const networkFaults =
          (stats.byKind['reset-mid-body'] ?? 0) + (stats.byKind['slow-headers'] ?? 0);
        expect(events.filter((e) => e.reason === 'network')).toHaveLength(networkFaults + late);
        // Each refresh answers an injected expiry: the tokens the mock issues outlive the run.
        expect(count(log, 'refreshToken')).toBe(expired);
        // And it logged in as often as the fault-free run: logins a late answer made the client
        // repeat (login is safe to retry) are its retries, not logins the sync needed.
        const logins = (entries: readonly RequestLogEntry[], retries: readonly RetryEvent[]) =>
          count(entries, 'login') - retries.filter((e) => e.operation === 'login').length;
        expect(logins(log, events)).toBe(logins(clean.log, cleanEvents));
      },
      SYNC_TIMEOUT_MS,
    );

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
      // Default retry options: Retry-After is honoured up to maxRetryAfterMs (60 s).
      const events: RetryEvent[] = [];
      const error = await scenario
        .failingRead(server.url, { timeoutMs: 5_000, retry: { onRetry: (e) => events.push(e) } })
        .catch((e: unknown) => e)
        .finally(() => server.close());
      expect(isVendorRateLimitError(error)).toBe(true);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, vendor });
      // No wait was scheduled at all: the client gave up on the first answer.
      expect(events).toEqual([]);
      expect(server.requests).toHaveLength(1);
    });
  });
}
