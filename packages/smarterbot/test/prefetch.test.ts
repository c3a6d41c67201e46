import { collect, isVendorArgumentError } from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmarterBotClient, type SmarterBotClient } from '../src/index.js';
import { chat, lead, ok } from './support/records.js';

// SmarterBot answers each listing with one request, so `prefetch` (which every `Source` query
// takes) has nothing to read ahead: it is checked like the rest of the query and changes nothing.
// Real HTTP on 127.0.0.1; the assertions count what the server received.

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const LISTINGS: Array<
  [string, unknown, (c: SmarterBotClient, prefetch: number) => AsyncIterable<unknown>]
> = [
  ['leads', [lead(1), lead(2), lead(3)], (c, prefetch) => c.leads({ prefetch })],
  ['conversations', [chat(1), chat(2), chat(3)], (c, prefetch) => c.conversations({ prefetch })],
  ['messages', [chat(1), chat(2)], (c, prefetch) => c.messages('2', { prefetch })],
];

describe.each(LISTINGS)('%s()', (operation, data, list) => {
  const clientOf = (url: string) =>
    createSmarterBotClient({ apiKey: 'k', baseUrl: url, serialNumber: 'sn1' });

  it.each([0, 1, 16])(
    'takes prefetch %i and still sends one request, with the same records',
    async (prefetch) => {
      server = await startLoopbackServer((_req, res) => sendJson(res, 200, ok(data)));
      const client = clientOf(server.url);
      const plain = await collect(list(client, 0));
      const ahead = await collect(list(client, prefetch));
      expect(ahead).toEqual(plain);
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]?.body).toBe(server.requests[0]?.body);
    },
  );

  it.each([-1, 17, 2.5])('refuses prefetch %s before anything is sent', async (prefetch) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, ok(data)));
    const error = await (async () => collect(list(clientOf(server?.url ?? ''), prefetch)))().catch(
      (e: unknown) => e,
    );
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'smarterbot', operation, parameter: 'prefetch' });
    expect(server.requests).toHaveLength(0);
  });
});
