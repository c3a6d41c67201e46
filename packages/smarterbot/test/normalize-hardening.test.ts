import { readFileSync } from 'node:fs';
import { collect, isVendorArgumentError, isVendorNormalizationError } from '@botbridge/core';
import { expectOwnData, type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatSessionRecord,
  conversationIdOf,
  createSmarterBotClient,
  type LeadRecord,
  normalizeConversation,
  normalizeLead,
} from '../src/index.js';

// Issue #8 for SmarterBot: years below 100 (and .NET's "no date"), derived ids that changed with
// the record, `__proto__` keys, and int64 SessionIDs past 2^53. Behaviour on real HTTP on
// 127.0.0.1; what is checked is what the server received and what the client returned.

const load = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
const SERIAL = '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves a successful envelope whose `Data` is `data` (JSON text, sent as is). */
async function serveData(data: string) {
  server = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"Data":${data},"Version":"1.0.0","Success":true,"Code":200,"Message":""}`);
  });
  return createSmarterBotClient({
    apiKey: 'sb_secret_key',
    baseUrl: server.url,
    serialNumber: SERIAL,
  });
}
const sent = (i = 0) => JSON.parse(server?.requests[i]?.body ?? '{}') as Record<string, unknown>;

describe('years below 100 and .NET "no date" (kind 7)', () => {
  it('reads CreateTime 0001-01-01T00:00:00 (.NET DateTime.MinValue) as no date', () => {
    const lead = normalizeLead({
      ...load<LeadRecord>('lead.typical'),
      CreateTime: '0001-01-01T00:00:00',
    });
    expect(lead).not.toHaveProperty('createdAt');
    const session = {
      ...load<ChatSessionRecord>('conversation.typical'),
      CreateTime: '0001-01-01T00:00:00',
    };
    expect(normalizeConversation(session)).not.toHaveProperty('createdAt');
  });

  it('keeps any other year below 100 as written, never 19xx', () => {
    const lead = normalizeLead({
      ...load<LeadRecord>('lead.typical'),
      CreateTime: '0050-02-03T10:00:00Z',
    });
    expect(lead.createdAt).toBe('0050-02-03T10:00:00.000Z');
  });

  it('leads({ since: "0050-…" }) asks for the day in the year 50, not 1950', async () => {
    const client = await serveData('[]');
    await collect(client.leads({ since: '0050-01-01T10:00:00', until: '0099-06-01T12:00:00Z' }));
    expect(sent()).toMatchObject({ startTime: '0050-01-01', endTime: '0099-06-02' });
  });

  it('conversations() until the last day of 9999 asks for that day, not "+010000-01"', async () => {
    const client = await serveData('[]');
    await collect(
      client.conversations({
        since: new Date('0001-01-01T00:00:00Z'),
        until: '9999-12-31T12:00:00Z',
      }),
    );
    expect(sent()).toMatchObject({ StartTime: '0001-01-01', EndTime: '9999-12-31' });
  });

  it('getChatHistory sends a Date of the year 75 as that day', async () => {
    const client = await serveData('[]');
    await client.getChatHistory({
      serialNumber: SERIAL,
      startTime: new Date('0075-05-05T00:00:00Z'),
    });
    expect(sent()).toMatchObject({ StartTime: '0075-05-05' });
  });
});

describe('derived ids (kind 8)', () => {
  it('a lead listed before and after the visitor completes it keeps its id', async () => {
    const record = load<LeadRecord>('lead.typical');
    const completed = { ...record, PhoneNumber: '+15550100', Content: 'Call me', Count: 9 };
    const first = await serveData(JSON.stringify([record]));
    const [before] = await collect(first.leads());
    await server?.close();
    const second = await serveData(JSON.stringify([completed]));
    const [after] = await collect(second.leads());
    expect(after?.contact.phone).toBe('+15550100');
    expect(after?.id).toBe(before?.id);
  });
});

describe('__proto__ keys in vendor data (kind 12)', () => {
  it('nothing in a normalized lead inherits from vendor data', () => {
    const record = JSON.parse(
      JSON.stringify(load<LeadRecord>('lead.typical')).replace(
        '{',
        '{"__proto__":{"Email":"x@evil.example"},',
      ),
    ) as LeadRecord;
    const lead = normalizeLead(record);
    expect(lead.contact.email).toBe('test@qq.com');
    expectOwnData(lead);
  });
});

describe('SessionIDs past 2^53 (kind 13)', () => {
  const sessions =
    '[{"SessionID":9007199254740993,"CreateTime":"2025-02-03T10:02:47Z","Messages":[{"Type":"User","Content":"first"}]},' +
    '{"SessionID":9007199254740992,"CreateTime":"2025-02-03T10:05:00Z","Messages":[{"Type":"User","Content":"second"}]}]';

  it('messages() of one session never returns the other session one id apart', async () => {
    const client = await serveData(sessions);
    const first = await collect(client.messages('9007199254740993'));
    const second = await collect(client.messages('9007199254740992'));
    expect(first.map((m) => m.text)).toEqual(['first']);
    expect(second.map((m) => m.text)).toEqual(['second']);
    expect(first[0]?.conversationId).toBe('9007199254740993');
  });

  it('conversations and leads keep the two SessionIDs apart', async () => {
    const client = await serveData(sessions);
    const conversations = await collect(client.conversations());
    expect(conversations.map((c) => c.id)).toEqual(['9007199254740993', '9007199254740992']);
    await server?.close();
    const leads = await serveData(
      '[{"SessionID":9007199254740993,"CreateTime":"2025-02-03T10:03:00Z"},{"SessionID":9007199254740992,"CreateTime":"2025-02-03T10:03:00Z"}]',
    );
    const records = await collect(leads.leads());
    expect(records.map((l) => l.conversationId)).toEqual(['9007199254740993', '9007199254740992']);
    expect(records[0]?.id).not.toBe(records[1]?.id);
  });

  it('leads({ sessionId }) sends a SessionID past 2^53 as the exact JSON integer', async () => {
    const client = await serveData('[]');
    await collect(client.leads({ sessionId: '9007199254740993' }));
    await client.listLeads({ serialNumber: SERIAL, sessionId: '40211' });
    expect(server?.requests[0]?.body).toBe(
      `{"serialNumber":"${SERIAL}","sessionID":9007199254740993}`,
    );
    expect(sent(1)).toEqual({ serialNumber: SERIAL, sessionID: 40211 });
  });

  it.each<[string, unknown]>([
    ['a number past 2^53 (it may be another id rounded)', 2 ** 53 + 2],
    ['digits past int64', '9223372036854775808'],
    ['digits with a sign', '-5'],
    ['zero', '0'],
  ])('refuses sessionId as %s before sending anything', async (_name, sessionId) => {
    const client = await serveData('[]');
    let error: unknown;
    try {
      await collect(client.leads({ sessionId: sessionId as never }));
    } catch (caught) {
      error = caught;
    }
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'smarterbot', parameter: 'sessionId' });
    expect(server?.requests).toHaveLength(0);
  });

  it('a rounded numeric SessionID read elsewhere is a normalization error, not a shared id', () => {
    const run = [
      () => conversationIdOf({ SessionID: 2 ** 53 } as ChatSessionRecord),
      () => normalizeLead({ SessionID: 2 ** 53 + 2, CreateTime: '2025-02-03T10:03:00Z' }),
    ];
    for (const normalize of run) {
      let error: unknown;
      try {
        normalize();
      } catch (caught) {
        error = caught;
      }
      expect(isVendorNormalizationError(error)).toBe(true);
      expect((error as Error).message).toContain('`SessionID`');
    }
  });
});
