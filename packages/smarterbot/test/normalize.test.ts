import { readFileSync } from 'node:fs';
import { derivedId, isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type ChatHistoryResponse,
  type ChatMessageRecord,
  type ChatSessionRecord,
  conversationIdOf,
  type LeadListResponse,
  type LeadRecord,
  type MessageCountResponse,
  normalizeChatSession,
  normalizeConversation,
  normalizeLead,
  normalizeMessage,
  readChatHistory,
  readLeadList,
  readMessageCount,
} from '../src/index.js';

const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
const fixture = (name: string) => load(name) as LeadRecord;
const session = (name: string) => load(`conversation.${name}`) as ChatSessionRecord;
const turn = (name: string) => load(`message.${name}`) as ChatMessageRecord;

type Case = [name: string, { given: LeadRecord; want: Record<string, unknown> }];

// `id` is derived from the session and the capture time (SmarterBot sends none); checked in the loop.
const cases: Case[] = [
  [
    'lead.typical: the seed record; -08:00 offset with microseconds to UTC, "" phone dropped',
    {
      given: fixture('lead.typical'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { name: 'test', email: 'test@qq.com' },
        conversationId: '31305',
        source: { url: 'www.xxx.com' },
        createdAt: '2023-11-24T02:36:21.512Z',
        tags: [],
        fields: { Content: 'test' },
      },
    },
  ],
  [
    'lead.appointment: the seed appointment; crosses midnight into the next UTC day',
    {
      given: fixture('lead.appointment'),
      want: {
        vendor: 'smarterbot',
        kind: 'appointment',
        contact: { name: 'test444', email: 'test444@qq.com' },
        conversationId: '31313',
        source: { url: 'www.xxx.com' },
        createdAt: '2023-11-22T03:13:44.054Z',
        tags: [],
        fields: { Content: 'Please share anything' },
      },
    },
  ],
  [
    'lead.all-nulls: every field null gives a bare lead with empty collections',
    {
      given: fixture('lead.all-nulls'),
      want: { vendor: 'smarterbot', kind: 'lead', contact: {}, tags: [], fields: {} },
    },
  ],
  [
    'lead.missing-fields: absent keys are left out, not set to undefined',
    {
      given: fixture('lead.missing-fields'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { email: 'jordan.lee@example.org' },
        conversationId: '40390',
        tags: [],
        fields: {},
      },
    },
  ],
  [
    'lead.unknown-type: an unknown Type is a plain lead; Z timestamp truncated to ms; name trimmed',
    {
      given: fixture('lead.unknown-type'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { name: 'Ana Souza', email: 'ana.souza@example.com', phone: '+55 11 5550-0123' },
        conversationId: '40215',
        source: { url: 'https://www.example.org/book' },
        createdAt: '2025-02-03T18:04:11.123Z',
        tags: [],
        fields: { Content: 'Call me after 6pm, please.' },
      },
    },
  ],
  [
    'lead.odd-formats: lower-case type, blank strings, string SessionID, space-separated +05:30 time',
    {
      given: fixture('lead.odd-formats'),
      want: {
        vendor: 'smarterbot',
        kind: 'appointment',
        contact: { phone: '(555) 010-0200' },
        conversationId: '40390',
        source: { url: 'example.com/?utm_source=chat' },
        createdAt: '2025-03-09T18:29:59.999Z',
        tags: [],
        fields: {},
      },
    },
  ],
  [
    'lead.unparseable-time: a non-ISO CreateTime and an empty URI are left out',
    {
      given: fixture('lead.unparseable-time'),
      want: {
        vendor: 'smarterbot',
        kind: 'lead',
        contact: { name: 'Marcus Webb' },
        conversationId: '40187',
        tags: [],
        fields: {},
      },
    },
  ],
];

describe('normalizeLead', () => {
  for (const [name, { given, want }] of cases) {
    it(name, () => {
      const { raw, id, ...rest } = normalizeLead(given);
      expect(rest).toEqual(want);
      // The session and the capture time in UTC (as written when it is no ISO-8601 time); a
      // record without a capture time has nothing stable, so all of it but `Count`.
      const { Count: _count, ...withoutCount } = given;
      const CreateTime = want.createdAt ?? given.CreateTime?.trim();
      const identity = CreateTime ? { SessionID: want.conversationId, CreateTime } : withoutCount;
      expect(id).toBe(derivedId('smarterbot_lead', identity));
      expect(raw).toBe(given);
    });
  }

  it('keeps the vendor Type and Count in raw only', () => {
    const lead = normalizeLead(fixture('lead.unknown-type'));
    expect(lead.raw).toMatchObject({ Type: 'Callback', Count: 6 });
    expect(lead.fields).not.toHaveProperty('Count');
  });

  it('derives a stable id: same record, same id, whatever the key order', () => {
    const given = fixture('lead.typical');
    const first = normalizeLead(given);
    const reordered = Object.fromEntries(Object.entries(given).reverse()) as LeadRecord;
    expect(first.id).toMatch(/^smarterbot_lead_[0-9a-f]{32}$/);
    expect(normalizeLead(structuredClone(given)).id).toBe(first.id);
    expect(normalizeLead(reordered).id).toBe(first.id);
    expect(normalizeLead(fixture('lead.appointment')).id).not.toBe(first.id);
    expect(normalizeLead({ ...given, SessionID: 31306 }).id).not.toBe(first.id);
    expect(normalizeLead({ ...given, CreateTime: '2023-11-23T18:36:22.512302-08:00' }).id).not.toBe(
      first.id,
    );
  });

  it.each([
    ['null', null],
    ['a string', 'Lead'],
    ['an array', []],
  ])('rejects %s with a normalization error naming vendor and operation', (_name, given) => {
    try {
      normalizeLead(given as unknown as LeadRecord);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'listLeads' });
    }
  });
});

describe('readLeadList', () => {
  const envelope = (Data: unknown) =>
    ({ Data, Version: '1.0.0', Success: true, Code: 200, Message: '' }) as LeadListResponse;
  const record = fixture('lead.typical');

  it.each([
    ['an array', envelope([record]), [record]],
    ['an empty array', envelope([]), []],
    ['null Data as no records', envelope(null), []],
  ])('reads %s', (_name, given, want) => {
    expect(readLeadList(given)).toEqual(want);
  });

  it.each([
    ['an object', envelope({ Items: [record] })],
    ['a string', envelope('none')],
    ['absent Data', { Version: '1.0.0', Success: true, Code: 200 } as LeadListResponse],
  ])('rejects %s in Data with a normalization error', (_name, given) => {
    try {
      readLeadList(given);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'listLeads' });
    }
  });
});

describe('derived lead ids', () => {
  const record: LeadRecord = {
    Type: 'Lead',
    Name: 'Sam',
    SessionID: 31305,
    CreateTime: '2023-11-23T18:36:21.512302-08:00',
    Count: 2,
  };

  it('ignore Count, whose meaning is undocumented and may grow between syncs', () => {
    expect(normalizeLead({ ...record, Count: 9 }).id).toBe(normalizeLead(record).id);
  });

  // Issue #8: a derived id must survive an update of the record it names.
  it('stay the same when the visitor completes or corrects the record', () => {
    const first = normalizeLead(record).id;
    const completed: LeadRecord = {
      ...record,
      Type: 'Appointment',
      Name: 'Sam Rivera',
      Email: 'sam@example.com',
      PhoneNumber: '+15550100',
      Content: 'Tuesday 10am',
      URI: 'www.example.com/book',
      Count: 7,
    };
    expect(normalizeLead(completed).id).toBe(first);
    // The same instant written with another offset (the account's display zone changed).
    expect(normalizeLead({ ...record, CreateTime: '2023-11-24T02:36:21.512Z' }).id).toBe(first);
  });

  it('tell apart two records of one session captured at different times', () => {
    const later = { ...record, CreateTime: '2023-11-23T18:40:00-08:00' };
    expect(normalizeLead(later).id).not.toBe(normalizeLead(record).id);
  });

  it('without CreateTime, fall back on the record without Count (nothing else tells it apart)', () => {
    const { CreateTime: _time, Count: _count, ...rest } = record;
    expect(normalizeLead({ ...rest, Count: 3 }).id).toBe(derivedId('smarterbot_lead', rest));
    // .NET's "no date" is no capture time either.
    const noDate = { ...rest, CreateTime: '0001-01-01T00:00:00' };
    expect(normalizeLead(noDate).id).toBe(derivedId('smarterbot_lead', noDate));
    expect(normalizeLead(noDate)).not.toHaveProperty('createdAt');
  });
});

type ConversationCase = [
  name: string,
  { given: ChatSessionRecord; serialNumber?: string; want: Record<string, unknown> },
];

// `raw` is the session record itself (URI, Messages and all); checked in the loop.
const conversationCases: ConversationCase[] = [
  [
    'conversation.typical: SessionID as id, -08:00 microseconds to UTC, botId from the request',
    {
      given: session('typical'),
      serialNumber: '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN',
      want: {
        vendor: 'smarterbot',
        id: '40211',
        status: 'unknown',
        botId: '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN',
        createdAt: '2025-02-03T18:02:47.518Z',
        messageCount: 3,
        tags: [],
      },
    },
  ],
  [
    'conversation.nulls: null CreateTime and URI left out; null Messages is a session without turns',
    {
      given: session('nulls'),
      want: { vendor: 'smarterbot', id: '40390', status: 'unknown', messageCount: 0, tags: [] },
    },
  ],
  [
    'conversation.missing-id: no SessionID gives a derived id; Z time truncated to ms',
    {
      given: session('missing-id'),
      want: {
        vendor: 'smarterbot',
        id: derivedId('smarterbot_conversation', { CreateTime: '2025-02-03T18:03:55.090Z' }),
        status: 'unknown',
        createdAt: '2025-02-03T18:03:55.090Z',
        messageCount: 2,
        tags: [],
      },
    },
  ],
  [
    'conversation.odd-formats: string SessionID, space-separated +05:30 time, blank URI',
    {
      given: session('odd-formats'),
      want: {
        vendor: 'smarterbot',
        id: '40215',
        status: 'unknown',
        createdAt: '2025-03-09T18:29:59.999Z',
        messageCount: 3,
        tags: [],
      },
    },
  ],
];

describe('normalizeConversation', () => {
  for (const [name, { given, serialNumber, want }] of conversationCases) {
    it(name, () => {
      const { raw, ...rest } = normalizeConversation(given, serialNumber);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('has no contact, channel or status of its own: the history carries none', () => {
    const conversation = normalizeConversation(session('typical'));
    expect(conversation).not.toHaveProperty('contact');
    expect(conversation).not.toHaveProperty('channel');
    expect(conversation).not.toHaveProperty('vendorStatus');
    expect(conversation.raw.URI).toBe('www.example.com/pricing');
  });

  it('derives a stable id without SessionID that survives new turns and key order', () => {
    const given = session('missing-id');
    const first = normalizeConversation(given).id;
    expect(first).toMatch(/^smarterbot_conversation_[0-9a-f]{32}$/);
    const reordered = Object.fromEntries(Object.entries(given).reverse()) as ChatSessionRecord;
    expect(normalizeConversation(reordered).id).toBe(first);
    const grown = { ...given, Messages: [...(given.Messages ?? []), { Type: 'AI' as const }] };
    expect(normalizeConversation(grown).id).toBe(first);
    // The page is not part of it: it may follow the visitor.
    expect(normalizeConversation({ ...given, URI: 'https://www.example.org/other' }).id).toBe(
      first,
    );
    expect(normalizeConversation({ ...given, CreateTime: '2025-02-03T18:03:56Z' }).id).not.toBe(
      first,
    );
    expect(normalizeConversation({ ...given, CreateTime: null }).id).not.toBe(first);
    expect(conversationIdOf(given)).toBe(first);
  });

  it.each([
    ['null', null],
    ['a number', 40211],
    ['an array', []],
  ])('rejects %s with a normalization error', (_name, given) => {
    expect(() => normalizeConversation(given as unknown as ChatSessionRecord)).toThrow(
      expect.objectContaining({ vendor: 'smarterbot', operation: 'getChatHistory' }),
    );
  });
});

type MessageCase = [name: string, { given: ChatMessageRecord; want: Record<string, unknown> }];

const at = { conversationId: '40211', position: 4 };

// `id` is derived from conversation, position, Type and Content; checked in the loop.
const messageCases: MessageCase[] = [
  [
    'message.typical: User is the contact',
    {
      given: turn('typical'),
      want: {
        vendor: 'smarterbot',
        conversationId: '40211',
        role: 'contact',
        vendorRole: 'User',
        text: 'Twelve. Could someone send me a quote?',
        attachments: [],
      },
    },
  ],
  [
    'message.bot: AI is the bot',
    {
      given: turn('bot'),
      want: {
        vendor: 'smarterbot',
        conversationId: '40211',
        role: 'bot',
        vendorRole: 'AI',
        text: 'Of course. What email address should we send the quote to?',
        attachments: [],
      },
    },
  ],
  [
    'message.unknown-type: an undocumented Type is a system message keeping the vendor value',
    {
      given: turn('unknown-type'),
      want: {
        vendor: 'smarterbot',
        conversationId: '40211',
        role: 'system',
        vendorRole: 'HumanAgent',
        text: 'Hi, this is Dana from sales.',
        attachments: [],
      },
    },
  ],
  [
    'message.nulls: null Type and Content give a bare system message',
    {
      given: turn('nulls'),
      want: { vendor: 'smarterbot', conversationId: '40211', role: 'system', attachments: [] },
    },
  ],
  [
    'message.odd-formats: Type matched case- and space-insensitively, kept as sent; text untouched',
    {
      given: turn('odd-formats'),
      want: {
        vendor: 'smarterbot',
        conversationId: '40211',
        role: 'contact',
        vendorRole: ' user ',
        text: '  line one\nline two  ',
        attachments: [],
      },
    },
  ],
];

describe('normalizeMessage', () => {
  for (const [name, { given, want }] of messageCases) {
    it(name, () => {
      const { raw, id, ...rest } = normalizeMessage(given, at);
      expect(rest).toEqual(want);
      expect(rest).not.toHaveProperty('createdAt');
      expect(id).toBe(
        derivedId('smarterbot_message', {
          ...at,
          Type: given.Type ?? null,
          Content: given.Content ?? null,
        }),
      );
      expect(raw).toBe(given);
    });
  }

  it('derives a stable id: same turn at the same place, same id; anything else differs', () => {
    const given = turn('typical');
    const first = normalizeMessage(given, at).id;
    expect(first).toMatch(/^smarterbot_message_[0-9a-f]{32}$/);
    expect(normalizeMessage(structuredClone(given), { ...at }).id).toBe(first);
    expect(normalizeMessage(given, { ...at, position: 5 }).id).not.toBe(first);
    expect(normalizeMessage(given, { ...at, conversationId: '40212' }).id).not.toBe(first);
    expect(normalizeMessage({ ...given, Content: 'Thirteen.' }, at).id).not.toBe(first);
    expect(normalizeMessage({ ...given, Type: 'AI' }, at).id).not.toBe(first);
  });

  it('rejects a turn that is not an object', () => {
    expect(() => normalizeMessage(null as unknown as ChatMessageRecord, at)).toThrow(
      expect.objectContaining({ vendor: 'smarterbot', operation: 'getChatHistory' }),
    );
  });
});

describe('normalizeChatSession', () => {
  it('numbers the turns in order under the conversation id', () => {
    const { conversation, messages } = normalizeChatSession(session('odd-formats'), 'sn1');
    expect(conversation.botId).toBe('sn1');
    expect(messages.map((m) => [m.conversationId, m.role, m.vendorRole, m.text])).toEqual([
      ['40215', 'bot', 'ai', '  Hello!\nHow can I help?  '],
      ['40215', 'system', 'Agent', 'A team member joined the chat.'],
      ['40215', 'system', undefined, undefined],
    ]);
    expect(messages.map((m) => m.id)).toEqual(
      (session('odd-formats').Messages ?? []).map(
        (t, position) => normalizeMessage(t, { conversationId: '40215', position }).id,
      ),
    );
    expect(new Set(messages.map((m) => m.id)).size).toBe(3);
  });

  it('gives messages of a session without SessionID its derived conversation id', () => {
    const { conversation, messages } = normalizeChatSession(session('missing-id'));
    expect(messages.map((m) => m.conversationId)).toEqual([conversation.id, conversation.id]);
  });

  it('reads null Messages as no messages and rejects a Messages that is not an array', () => {
    expect(normalizeChatSession(session('nulls')).messages).toEqual([]);
    const bad = { ...session('typical'), Messages: { Type: 'AI' } } as unknown as ChatSessionRecord;
    expect(() => normalizeChatSession(bad)).toThrow(/`Messages` to be an array/);
  });
});

describe('readChatHistory', () => {
  const envelope = (Data: unknown) =>
    ({ Data, Version: '1.0.0', Success: true, Code: 200, Message: '' }) as ChatHistoryResponse;
  const record = session('typical');

  it.each([
    ['an array', envelope([record]), [record]],
    ['an empty array', envelope([]), []],
    ['null Data as no sessions', envelope(null), []],
  ])('reads %s', (_name, given, want) => {
    expect(readChatHistory(given)).toEqual(want);
  });

  it.each([
    ['an object', envelope({ Sessions: [record] })],
    ['absent Data', { Version: '1.0.0', Success: true, Code: 200 } as ChatHistoryResponse],
  ])('rejects %s in Data with a normalization error', (_name, given) => {
    try {
      readChatHistory(given);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'getChatHistory' });
    }
  });
});

describe('readMessageCount', () => {
  const envelope = (Data: unknown) =>
    ({ Data, Version: '1.0.0', Success: true, Code: 200, Message: '' }) as MessageCountResponse;

  it.each([
    ['a count', 1847],
    ['zero', 0],
  ])('reads %s', (_name, count) => {
    expect(readMessageCount(envelope(count))).toBe(count);
  });

  it.each([
    ['null', null],
    ['a string', '1847'],
    ['a negative number', -1],
    ['a fraction', 2.5],
  ])('rejects %s in Data with a normalization error', (_name, data) => {
    try {
      readMessageCount(envelope(data));
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'getMessageCount' });
    }
  });
});
