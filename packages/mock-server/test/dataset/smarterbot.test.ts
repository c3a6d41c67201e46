import { describe, expect, it } from 'vitest';
import { createSmarterBotClient } from '../../../smarterbot/src/index.js';
import { responseValidators } from '../../../smarterbot/src/validators.js';
import {
  createSmarterBotDataset,
  type SmarterBotDataset,
  type SmarterBotDatasetLead,
} from '../../src/dataset/smarterbot.js';
import type { DatasetRequest, DatasetResponse } from '../../src/dataset/types.js';
import { responseIssues } from '../support/validators.js';

const RECORDS = 60;
const KEY = 'sb_test_secret_key';

const PATHS: Record<string, string> = {
  listLeads: '/chat/Chatbot/LeadList',
  getChatHistory: '/chat/Chatbot/ChatContentHistory',
  getMessageCount: '/chat/Chatbot/GetMessageCountByChatbot',
};
const OPERATIONS = Object.fromEntries(Object.entries(PATHS).map(([op, path]) => [path, op]));

function make(seed = 7, records = RECORDS): SmarterBotDataset {
  return createSmarterBotDataset({
    seed,
    records,
    tokenTtlSeconds: 3600,
    refreshTtlSeconds: 86_400,
    now: () => 0,
  });
}

interface Envelope<T> {
  Data: T;
  Version: string;
  Success: boolean;
  Code: number;
  Message: string | null;
}

/** One request as the server passes it; every answer must be one the spec allows. */
function call<T = unknown>(
  dataset: SmarterBotDataset,
  operationId: string,
  body: unknown,
  headers: Record<string, string | undefined> = { authorization: KEY },
): { status: number; body: Envelope<T> } {
  const request: DatasetRequest = {
    operationId,
    method: 'POST',
    path: PATHS[operationId] ?? '/',
    pathParams: {},
    query: new URLSearchParams(),
    headers,
    body,
  };
  const response = dataset.respond(request) as DatasetResponse;
  expect(response).toBeDefined();
  expect(responseIssues('smarterbot', operationId, response.status, response.body)).toEqual([]);
  return { status: response.status, body: response.body as Envelope<T> };
}

type Lead = SmarterBotDatasetLead['record'];
type Session = SmarterBotDataset['sessions'][number]['record'];

const leadsOf = (d: SmarterBotDataset, body: Record<string, unknown>) => {
  const { status, body: envelope } = call<Lead[]>(d, 'listLeads', body);
  expect(status).toBe(200);
  expect(envelope.Success).toBe(true);
  return envelope.Data;
};
const historyOf = (d: SmarterBotDataset, body: Record<string, unknown>) => {
  const { status, body: envelope } = call<Session[]>(d, 'getChatHistory', body);
  expect(status).toBe(200);
  expect(envelope.Success).toBe(true);
  return envelope.Data;
};

/** The UTC day of a vendor timestamp, computed independently of the dataset's formatter. */
const utcDay = (createTime: string) => new Date(Date.parse(createTime)).toISOString().slice(0, 10);
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('smarterbot dataset: records', () => {
  const d = make();

  it('holds four chatbots with 32-hex serial numbers, the last one without history', () => {
    expect(d.chatbots).toHaveLength(4);
    for (const bot of d.chatbots) expect(bot.serialNumber).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(d.chatbots.map((b) => b.serialNumber)).size).toBe(4);
    const quiet = d.chatbots[3]?.serialNumber;
    expect(d.sessions.some((s) => s.serialNumber === quiet)).toBe(false);
    for (const bot of d.chatbots.slice(0, 3)) {
      expect(d.sessions.some((s) => s.serialNumber === bot.serialNumber)).toBe(true);
    }
  });

  it('has `records` sessions and leads, oldest first, with increasing SessionIDs', () => {
    expect(d.sessions).toHaveLength(RECORDS);
    expect(d.leads).toHaveLength(RECORDS);
    for (let i = 1; i < RECORDS; i++) {
      const [a, b] = [d.sessions[i - 1], d.sessions[i]];
      expect(Date.parse(b?.record.CreateTime ?? '')).toBeGreaterThan(
        Date.parse(a?.record.CreateTime ?? ''),
      );
      expect(b?.record.SessionID).toBeGreaterThan(a?.record.SessionID ?? Infinity);
      expect((d.leads[i]?.createdAt ?? '') >= (d.leads[i - 1]?.createdAt ?? '\uffff')).toBe(true);
    }
    expect(new Set(d.leads.map((l) => l.record.CreateTime)).size).toBe(RECORDS);
    const kinds = new Set(d.leads.map((l) => l.record.Type));
    expect(kinds).toEqual(new Set(['Lead', 'Appointment']));
  });

  it('writes timestamps with microseconds and the chatbot offset; createdAt/day are UTC', () => {
    for (const s of d.sessions) {
      const bot = d.chatbots.find((b) => b.serialNumber === s.serialNumber);
      expect(s.record.CreateTime).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(Z|[+-]\d\d:\d\d)$/,
      );
      expect(s.record.CreateTime.endsWith(bot?.utcOffset ?? '?')).toBe(true);
      expect(new Date(Date.parse(s.record.CreateTime)).toISOString()).toBe(s.createdAt);
      expect(utcDay(s.record.CreateTime)).toBe(s.day);
    }
    const offsets = new Set(d.sessions.map((s) => s.record.CreateTime.slice(26)));
    expect(offsets).toEqual(new Set(['-08:00', 'Z', '-05:00']));
  });

  it('gives the oldest session `records` turns, the others 0–8, alternating AI and User', () => {
    expect(d.messagesOf(d.sessions[0]?.record.SessionID ?? 0)).toHaveLength(RECORDS);
    for (const s of d.sessions.slice(1)) {
      expect(d.messagesOf(s.record.SessionID).length).toBeLessThanOrEqual(8);
    }
    for (const s of d.sessions) {
      const turns = d.messagesOf(s.record.SessionID);
      if (turns.length === 0) expect(s.record.Messages).toBeNull();
      turns.forEach((t, i) => {
        expect(t.Type).toBe(i % 2 === 0 ? 'AI' : 'User');
      });
    }
    expect(d.sessions.some((s) => s.record.Messages === null)).toBe(true);
    expect(d.messagesOf(1)).toEqual([]);
  });

  it('links every lead to a session of the same chatbot, captured after it started', () => {
    const byId = new Map(d.sessions.map((s) => [s.record.SessionID, s]));
    for (const lead of d.leads) {
      const session = byId.get(lead.record.SessionID);
      expect(session?.serialNumber).toBe(lead.serialNumber);
      expect(lead.createdAt > (session?.createdAt ?? '')).toBe(true);
      expect(lead.record.URI).toBe(session?.record.URI);
      expect(lead.record.Count).toBe(d.messagesOf(lead.record.SessionID).length);
      expect(d.leadsOf(lead.record.SessionID)).toContain(lead);
    }
    const total = d.sessions.reduce((n, s) => n + d.leadsOf(s.record.SessionID).length, 0);
    expect(total).toBe(RECORDS);
  });
});

describe('smarterbot dataset: listLeads', () => {
  const d = make();

  it('returns each chatbot’s whole history in one unpaged answer, newest first', () => {
    const seen: Lead[] = [];
    for (const bot of d.chatbots) {
      const data = leadsOf(d, { serialNumber: bot.serialNumber });
      const expected = d.leads.filter((l) => l.serialNumber === bot.serialNumber);
      expect(data).toEqual(expected.map((l) => l.record).reverse());
      for (let i = 1; i < data.length; i++) {
        expect(Date.parse(data[i - 1]?.CreateTime ?? '')).toBeGreaterThan(
          Date.parse(data[i]?.CreateTime ?? ''),
        );
      }
      seen.push(...data);
    }
    expect(seen).toHaveLength(RECORDS);
    expect(new Set(seen).size).toBe(RECORDS);
    expect(leadsOf(d, { serialNumber: d.chatbots[3]?.serialNumber })).toEqual([]);
  });

  it('answers far more records than any page size in one response (no pagination)', () => {
    const big = make(11, 400);
    const serialNumber = big.chatbots[0]?.serialNumber;
    const expected = big.leads.filter((l) => l.serialNumber === serialNumber).length;
    expect(expected).toBeGreaterThan(100);
    expect(leadsOf(big, { serialNumber })).toHaveLength(expected);
  });

  it('filters by UTC day with startTime and endTime both inclusive', () => {
    const bot = d.chatbots[0]?.serialNumber ?? '';
    const mine = d.leads.filter((l) => l.serialNumber === bot);
    const middle = mine[Math.floor(mine.length / 2)] as SmarterBotDatasetLead;
    const day = utcDay(middle.record.CreateTime);
    const onDay = mine.filter((l) => utcDay(l.record.CreateTime) === day).map((l) => l.record);
    expect(onDay.length).toBeGreaterThan(0);
    // A one-day window holds exactly that day's records.
    expect(leadsOf(d, { serialNumber: bot, startTime: day, endTime: day })).toEqual(
      onDay.reverse(),
    );
    // startTime: the day itself is in, the day after leaves it out.
    const from = leadsOf(d, { serialNumber: bot, startTime: day });
    expect(from).toContainEqual(middle.record);
    expect(from).toEqual(
      mine
        .filter((l) => utcDay(l.record.CreateTime) >= day)
        .map((l) => l.record)
        .reverse(),
    );
    expect(leadsOf(d, { serialNumber: bot, startTime: nextDay(day) })).not.toContainEqual(
      middle.record,
    );
    // endTime: the day itself is in.
    const to = leadsOf(d, { serialNumber: bot, endTime: day });
    expect(to).toEqual(
      mine
        .filter((l) => utcDay(l.record.CreateTime) <= day)
        .map((l) => l.record)
        .reverse(),
    );
    // A window whose start is after its end selects nothing.
    expect(leadsOf(d, { serialNumber: bot, startTime: nextDay(day), endTime: day })).toEqual([]);
  });

  it('filters on the UTC day even where the local day differs', () => {
    // A -08:00 record written on one local day but captured on the next UTC day.
    const shifted = d.leads.find(
      (l) => l.record.CreateTime.endsWith('-08:00') && l.record.CreateTime.slice(0, 10) !== l.day,
    );
    expect(shifted).toBeDefined();
    const lead = shifted as SmarterBotDatasetLead;
    const body = { serialNumber: lead.serialNumber, startTime: lead.day, endTime: lead.day };
    expect(leadsOf(d, body)).toContainEqual(lead.record);
    const local = lead.record.CreateTime.slice(0, 10);
    expect(leadsOf(d, { ...body, startTime: local, endTime: local })).not.toContainEqual(
      lead.record,
    );
  });

  it('filters by sessionID: exactly that session’s records; none for other sessions', () => {
    const shared = d.sessions.find((s) => d.leadsOf(s.record.SessionID).length > 1);
    expect(shared).toBeDefined();
    for (const s of d.sessions) {
      const data = leadsOf(d, { serialNumber: s.serialNumber, sessionID: s.record.SessionID });
      expect(data).toEqual(
        d
          .leadsOf(s.record.SessionID)
          .map((l) => l.record)
          .reverse(),
      );
    }
    const session = shared?.record.SessionID ?? 0;
    const other = d.chatbots.find((b) => b.serialNumber !== shared?.serialNumber)?.serialNumber;
    // A session of another chatbot, or one that does not exist, matches nothing (no error).
    expect(leadsOf(d, { serialNumber: other, sessionID: session })).toEqual([]);
    expect(leadsOf(d, { serialNumber: shared?.serialNumber, sessionID: 1 })).toEqual([]);
  });
});

describe('smarterbot dataset: getChatHistory and getMessageCount', () => {
  const d = make();

  it('returns each chatbot’s sessions oldest first with all their turns', () => {
    let total = 0;
    for (const bot of d.chatbots) {
      const data = historyOf(d, { SerialNumber: bot.serialNumber });
      const expected = d.sessions.filter((s) => s.serialNumber === bot.serialNumber);
      expect(data).toEqual(expected.map((s) => s.record));
      for (const s of data) {
        expect(s.Messages ?? []).toEqual(d.messagesOf(s.SessionID));
      }
      total += data.length;
    }
    expect(total).toBe(RECORDS);
    const oldest = historyOf(d, { SerialNumber: d.chatbots[0]?.serialNumber })[0];
    expect(oldest?.Messages).toHaveLength(RECORDS);
  });

  it('filters sessions by their UTC start day, both ends inclusive', () => {
    const bot = d.chatbots[1]?.serialNumber ?? '';
    const mine = d.sessions.filter((s) => s.serialNumber === bot);
    const day = utcDay(mine[Math.floor(mine.length / 2)]?.record.CreateTime ?? '');
    const pick = (keep: (day: string) => boolean) =>
      mine.filter((s) => keep(utcDay(s.record.CreateTime))).map((s) => s.record);
    expect(pick((x) => x === day).length).toBeGreaterThan(0);
    expect(historyOf(d, { SerialNumber: bot, StartTime: day, EndTime: day })).toEqual(
      pick((x) => x === day),
    );
    expect(historyOf(d, { SerialNumber: bot, StartTime: day })).toEqual(pick((x) => x >= day));
    expect(historyOf(d, { SerialNumber: bot, EndTime: day })).toEqual(pick((x) => x <= day));
    expect(historyOf(d, { SerialNumber: bot, StartTime: nextDay(day) })).toEqual(
      pick((x) => x > day),
    );
  });

  it('holds the session of every lead in the same chatbot’s history', () => {
    for (const bot of d.chatbots) {
      const ids = new Set(historyOf(d, { SerialNumber: bot.serialNumber }).map((s) => s.SessionID));
      for (const lead of leadsOf(d, { serialNumber: bot.serialNumber })) {
        expect(ids.has(lead.SessionID ?? -1)).toBe(true);
      }
    }
  });

  it('counts every turn of the chatbot’s whole history', () => {
    for (const bot of d.chatbots) {
      const { status, body } = call<number>(d, 'getMessageCount', {
        SerialNumber: bot.serialNumber,
      });
      expect(status).toBe(200);
      const history = historyOf(d, { SerialNumber: bot.serialNumber });
      expect(body.Data).toBe(history.reduce((n, s) => n + (s.Messages?.length ?? 0), 0));
      expect(body.Data).toBe(d.messageCountOf(bot.serialNumber));
    }
    expect(
      call(d, 'getMessageCount', { SerialNumber: d.chatbots[3]?.serialNumber }).body.Data,
    ).toBe(0);
    expect(d.messageCountOf('nope')).toBeUndefined();
  });
});

describe('smarterbot dataset: failures', () => {
  const d = make();
  const unknown = '0123456789abcdef0123456789abcdef';

  it('answers an unknown serial number with HTTP 404 and the NotFound envelope', () => {
    for (const [operationId, body] of [
      ['listLeads', { serialNumber: unknown }],
      ['getChatHistory', { SerialNumber: unknown }],
      ['getMessageCount', { SerialNumber: unknown }],
    ] as const) {
      expect(call(d, operationId, body)).toEqual({
        status: 404,
        body: {
          Data: null,
          Version: '1.0.0',
          Success: false,
          Code: 404,
          Message: 'No chatbot matches that serial number.',
        },
      });
    }
  });

  it('answers a missing key with 401 and a non-object body with 400', () => {
    const serialNumber = d.chatbots[0]?.serialNumber;
    const noKey = call(d, 'listLeads', { serialNumber }, {});
    expect(noKey.status).toBe(401);
    expect(noKey.body).toMatchObject({ Success: false, Code: 401, Data: null });
    const bad = call(d, 'getChatHistory', 'not json');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ Success: false, Code: 400 });
  });

  it('leaves operations it does not model to the server', () => {
    const request: DatasetRequest = {
      operationId: 'sendTwilioMessage',
      method: 'POST',
      path: '/chat/Chatbot/SendTwilioMessage',
      pathParams: {},
      query: new URLSearchParams(),
      headers: { authorization: KEY },
      body: {},
    };
    expect(d.respond(request)).toBeUndefined();
  });
});

describe('smarterbot dataset: determinism', () => {
  const sequence = (d: SmarterBotDataset) => {
    const [a, b] = d.chatbots;
    return JSON.stringify([
      call(d, 'listLeads', { serialNumber: a?.serialNumber }),
      call(d, 'listLeads', { serialNumber: b?.serialNumber, startTime: '2026-04-01' }),
      call(d, 'getChatHistory', { SerialNumber: a?.serialNumber }),
      call(d, 'getChatHistory', { SerialNumber: b?.serialNumber, EndTime: '2026-04-15' }),
      call(d, 'getMessageCount', { SerialNumber: b?.serialNumber }),
    ]);
  };

  it('gives byte-identical answers for the same seed and different ones for another', () => {
    const first = sequence(make(42));
    expect(sequence(make(42))).toBe(first);
    expect(sequence(make(43))).not.toBe(first);
    expect(JSON.stringify(make(42).leads)).toBe(JSON.stringify(make(42).leads));
  });
});

describe('smarterbot dataset: round trip through the botbridge client', () => {
  const d = make(5);
  const serialNumber = d.chatbots[0]?.serialNumber ?? '';

  /** A `fetch` that hands each request to the dataset as the server would, checking every answer. */
  const fetchFromDataset: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const operationId = OPERATIONS[path] ?? 'unknown';
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const { status, body } = call(d, operationId, await request.json(), headers);
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = createSmarterBotClient({
    apiKey: KEY,
    baseUrl: 'http://smarterbot.test',
    serialNumber,
    fetch: fetchFromDataset,
    retry: false,
    validateResponses: 'strict',
    validators: responseValidators,
  });
  const collect = async <T>(items: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const item of items) out.push(item);
    return out;
  };
  const mine = d.leads.filter((l) => l.serialNumber === serialNumber);

  it('yields every lead of the chatbot exactly once, linked to its conversation', async () => {
    const leads = await collect(client.leads());
    expect(leads).toHaveLength(mine.length);
    expect(new Set(leads.map((l) => l.id)).size).toBe(mine.length);
    expect(leads.map((l) => l.createdAt).sort()).toEqual(mine.map((l) => l.createdAt).sort());
    const sessions = new Set(d.sessions.map((s) => String(s.record.SessionID)));
    for (const lead of leads) expect(sessions.has(lead.conversationId ?? '')).toBe(true);
    const appointments = mine.filter((l) => l.record.Type === 'Appointment').length;
    expect(leads.filter((l) => l.kind === 'appointment')).toHaveLength(appointments);
  });

  it('cuts leads to exact instants with since/until through the day window', async () => {
    const since = mine[3]?.createdAt ?? '';
    const until = mine[mine.length - 4]?.createdAt ?? '';
    const leads = await collect(client.leads({ since, until }));
    const expected = mine.filter((l) => l.createdAt >= since && l.createdAt < until);
    expect(expected.length).toBeGreaterThan(0);
    expect(leads.map((l) => l.createdAt).sort()).toEqual(expected.map((l) => l.createdAt).sort());
  });

  it('yields every conversation once and the oldest one’s `records` messages', async () => {
    const conversations = await collect(client.conversations());
    const expected = d.sessions.filter((s) => s.serialNumber === serialNumber);
    expect(conversations.map((c) => c.id)).toEqual(expected.map((s) => String(s.record.SessionID)));
    expect(conversations.map((c) => c.createdAt)).toEqual(expected.map((s) => s.createdAt));
    const oldest = String(d.sessions[0]?.record.SessionID);
    const messages = await collect(client.messages(oldest));
    expect(messages).toHaveLength(RECORDS);
    expect(new Set(messages.map((m) => m.id)).size).toBe(RECORDS);
    expect(messages.every((m) => m.conversationId === oldest)).toBe(true);
    expect(await client.getMessageCount({ serialNumber })).toBe(d.messageCountOf(serialNumber));
  });

  it('surfaces the 404 of an unknown chatbot as a client error', async () => {
    await expect(
      client.listLeads({ serialNumber: 'ffffffffffffffffffffffffffffffff' }),
    ).rejects.toThrow(/404/);
  });
});
