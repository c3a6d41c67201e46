import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, type OperationInfo } from '../src/index.js';

// A Request follows the signal it is given only through a weak reference (undici), so a Request
// that nothing holds can be garbage-collected while its fetch is out, and then neither a cancel
// nor the timeout reaches that fetch. Pinned here with the collector run on purpose while the
// server keeps the request waiting.

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface paths {
  '/things': {
    get: { responses: { 200: { content: { 'application/json': { items: string[] } } } } };
  };
}
const operations: OperationInfo[] = [
  { operationId: 'listThings', method: 'GET', path: '/things', idempotent: true },
];

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Settles with the call's outcome, or with 'still waiting' if nothing ended it in time. */
function outcome(pending: Promise<unknown>): Promise<unknown> {
  const stuck = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000).unref());
  return Promise.race([
    pending.then(
      () => 'resolved',
      (error: unknown) => error,
    ),
    stuck,
  ]);
}

async function collectWhileOut(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const FETCHES = {
  'the global fetch': undefined,
  'an injected fetch that holds nothing': ((input, init) =>
    globalThis.fetch(input, init)) as typeof globalThis.fetch,
};

describe('an in-flight request after garbage collection', () => {
  it.each(Object.entries(FETCHES))('%s: a cancel still stops it', async (_name, fetch) => {
    // The server never answers: only the signal can end the call.
    server = await startLoopbackServer(() => undefined);
    const api = createApiClient<paths>({ vendor: 'acme', baseUrl: server.url, operations, fetch });
    const controller = new AbortController();
    const pending = api.GET('/things', { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await collectWhileOut();
    controller.abort();
    expect(await outcome(pending)).toBe(controller.signal.reason);
  });

  it.each(Object.entries(FETCHES))('%s: the timeout still stops it', async (_name, fetch) => {
    server = await startLoopbackServer(() => undefined);
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: server.url,
      operations,
      fetch,
      timeoutMs: 300,
      retry: false,
    });
    // Watched from the start: on a busy machine the timeout may end the call while the collector
    // is still running, and a rejection nobody handles yet is reported as an error of the run.
    const settled = outcome(api.GET('/things'));
    await collectWhileOut();
    expect(await settled).toMatchObject({ name: 'VendorTimeoutError' });
  });
});
