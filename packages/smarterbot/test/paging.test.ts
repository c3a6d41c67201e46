import { collect } from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmarterBotClient, type SmarterBotClient } from '../src/index.js';
import { chat, lead, ok } from './support/records.js';

// SmarterBot does not page (issue #8, "pagination that cannot advance"): every Source listing is
// one request for a day window, so a server that answers the same records to every request can
// make no listing ask again. Real HTTP on 127.0.0.1; the assertions count what the server received.

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const LISTINGS: Array<
  [string, (path: string) => unknown, (c: SmarterBotClient) => AsyncIterable<unknown>]
> = [
  ['leads', () => [lead(1), lead(2)], (c) => c.leads({ since: '2026-01-05T00:00:00Z' })],
  [
    'conversations',
    () => [chat(1), chat(2)],
    (c) => c.conversations({ until: '2026-01-06T00:00:00Z' }),
  ],
  ['messages', () => [chat(1), chat(2)], (c) => c.messages('2')],
];

describe.each(LISTINGS)('%s()', (_name, data, list) => {
  it('is one request whatever the server answers, so it cannot loop', async () => {
    server = await startLoopbackServer((req, res) => sendJson(res, 200, ok(data(req.url))));
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    const records = await collect(list(client));
    expect(records).toHaveLength(2);
    expect(server.requests).toHaveLength(1);
    // A second read is a second listing: one more request, and no more.
    await collect(list(client));
    expect(server.requests).toHaveLength(2);
  });
});
