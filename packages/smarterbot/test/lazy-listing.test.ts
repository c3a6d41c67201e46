import {
  collect,
  isVendorEnvelopeError,
  isVendorNormalizationError,
  type SourceQuery,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatSessionRecord,
  createSmarterBotClient,
  type LeadRecord,
  type SmarterBotClient,
} from '../src/index.js';
import { onePage } from '../src/pagination.js';

// Issue #10: the Source listings normalize one record at a time, as the caller pulls, instead of
// normalizing the whole single response before yielding the first record. Normalizers are called
// internally, so what is checked is what a caller can see: a record that cannot be normalized
// (`null` where a record belongs) fails the listing only when it is reached, and is never reached
// when the caller stops before it. Real HTTP on 127.0.0.1; nothing here is timed.

const ok = (Data: unknown) => ({ Data, Version: '1.0.0', Success: true, Code: 200, Message: '' });
const lead = (SessionID: number): LeadRecord => ({
  Type: 'Lead',
  Name: `Visitor ${SessionID}`,
  Email: `visitor${SessionID}@example.com`,
  CreateTime: '2026-01-05T10:00:00Z',
  SessionID,
});
const chat = (SessionID: number, Messages: unknown[] = []): ChatSessionRecord =>
  ({ SessionID, CreateTime: '2026-01-05T10:00:00Z', Messages }) as ChatSessionRecord;
const turn = (Content: string) => ({ Type: 'User', Content });

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(body: unknown): Promise<SmarterBotClient> {
  server = await startLoopbackServer((_req, res) => sendJson(res, 200, body));
  return createSmarterBotClient({ apiKey: 'k', baseUrl: server.url, serialNumber: 'sn1' });
}

/** What a listing gave before it ended, and the error it ended with, if any. */
async function drain<T>(listing: AsyncIterable<T>) {
  const given: T[] = [];
  try {
    for await (const record of listing) given.push(record);
    return { given, error: undefined };
  } catch (error) {
    return { given, error };
  }
}

type Listing = (client: SmarterBotClient, query?: SourceQuery) => AsyncIterable<unknown>;

// Each listing over a response whose second record cannot be normalized, and the first record it
// yields (what identifies it).
const LISTINGS: Array<[string, unknown, Listing, (record: never) => unknown, unknown]> = [
  [
    'leads',
    [lead(1), null, lead(3)],
    (c, q) => c.leads(q),
    (l: { conversationId: string }) => l.conversationId,
    '1',
  ],
  [
    'conversations',
    [chat(1), null, chat(3)],
    (c, q) => c.conversations(q),
    (c: { id: string }) => c.id,
    '1',
  ],
  [
    'messages',
    [chat(1, [turn('first'), null, turn('third')])],
    (c, q) => c.messages('1', q),
    (m: { text: string }) => m.text,
    'first',
  ],
];

describe.each(LISTINGS)('%s() normalizes lazily', (_name, data, list, key, first) => {
  it('yields the records before one that cannot be normalized, then fails there', async () => {
    const client = await serve(ok(data));
    const { given, error } = await drain(list(client));
    expect(given.map((r) => key(r as never))).toEqual([first]);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'smarterbot' });
    expect(server?.requests).toHaveLength(1);
  });

  it('never reaches that record when the limit stops before it', async () => {
    const client = await serve(ok(data));
    const { given, error } = await drain(list(client, { limit: 1 }));
    expect(error).toBeUndefined();
    expect(given.map((r) => key(r as never))).toEqual([first]);
  });

  it('never reaches that record when the caller breaks after the first', async () => {
    const client = await serve(ok(data));
    let taken = 0;
    for await (const _record of list(client)) {
      taken++;
      break;
    }
    expect(taken).toBe(1);
    expect(server?.requests).toHaveLength(1);
  });

  it('fails on Success: false before yielding any record', async () => {
    const client = await serve({ ...ok(data), Success: false, Code: 400, Message: 'Bad chatbot' });
    const { given, error } = await drain(list(client));
    expect(given).toEqual([]);
    expect(isVendorEnvelopeError(error)).toBe(true);
    expect(error).toMatchObject({ vendorCode: 400, vendorMessage: 'Bad chatbot' });
  });

  it('fails on a Data that is not an array before yielding any record', async () => {
    const client = await serve(ok({ Items: data }));
    const { given, error } = await drain(list(client));
    expect(given).toEqual([]);
    expect(isVendorNormalizationError(error)).toBe(true);
  });
});

describe('lazy listings keep the records, their order and the query', () => {
  it('leads() gives what listLeads gives, in the same order', async () => {
    const client = await serve(ok([lead(3), lead(1), lead(2)]));
    const listed = await client.listLeads({ serialNumber: 'sn1' });
    const iterated = await collect(client.leads());
    expect(iterated).toEqual(listed);
    expect(iterated.map((l) => l.conversationId)).toEqual(['3', '1', '2']);
  });

  it('since/until skip the records outside the window without ending the listing', async () => {
    const at = (SessionID: number, CreateTime: string) => ({ ...lead(SessionID), CreateTime });
    const client = await serve(
      ok([
        at(1, '2026-01-04T12:00:00Z'),
        at(2, '2026-01-05T12:00:00Z'),
        at(3, '2026-01-07T12:00:00Z'),
        at(4, '2026-01-05T13:00:00Z'),
      ]),
    );
    const leads = await collect(
      client.leads({ since: '2026-01-05T00:00:00Z', until: '2026-01-06T00:00:00Z' }),
    );
    expect(leads.map((l) => l.conversationId)).toEqual(['2', '4']);
  });

  it('messages() counts positions over every turn, as getChatHistory does', async () => {
    const client = await serve(ok([chat(7, [turn('a'), turn('b'), turn('c')])]));
    const [session] = await client.getChatHistory({ serialNumber: 'sn1' });
    expect(await collect(client.messages('7'))).toEqual(session?.messages);
  });

  it('listLeads still normalizes the whole response before returning it', async () => {
    const client = await serve(ok([lead(1), null]));
    const error = await client.listLeads({ serialNumber: 'sn1' }).catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
  });
});

describe('onePage', () => {
  it('normalizes a record only when the caller asks for it', async () => {
    const normalized: number[] = [];
    const listing = onePage(
      async () => ['a', 'b', 'c'],
      (record, position) => {
        normalized.push(position);
        return record.toUpperCase();
      },
    );
    expect(normalized).toEqual([]);
    const iterator = listing[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: 'A', done: false });
    expect(normalized).toEqual([0]);
    expect(await iterator.next()).toEqual({ value: 'B', done: false });
    expect(normalized).toEqual([0, 1]);
    await iterator.return?.();
    expect(normalized).toEqual([0, 1]);
  });

  it('loads once, when iteration starts', async () => {
    let loads = 0;
    const listing = onePage(
      async () => {
        loads++;
        return [1, 2];
      },
      (n) => n * 10,
    );
    expect(loads).toBe(0);
    expect(await collect(listing)).toEqual([10, 20]);
    expect(loads).toBe(1);
  });
});
