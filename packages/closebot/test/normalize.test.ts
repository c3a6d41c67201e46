import { readFileSync } from 'node:fs';
import { isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type BotMetricMessage,
  type LeadDto,
  normalizeLead,
  normalizeLeadConversation,
  normalizeMessage,
  readTestSessionList,
  type TestSessionList,
} from '../src/index.js';
import { readFound, readPageEnvelope, readSearchResult } from '../src/normalize/envelope.js';

const fixture = <T = LeadDto>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;

type Case = [name: string, { given: LeadDto; want: Record<string, unknown> }];

const cases: Case[] = [
  [
    'lead.typical: contact from CRM fields, naive time read as UTC, tags trimmed',
    {
      given: fixture('lead.typical'),
      want: {
        vendor: 'closebot',
        id: 'lead_9F3KQ2M7XW1T',
        kind: 'lead',
        contact: {
          id: 'crm-contact-48213',
          name: 'Dana Example',
          email: 'dana@example.com',
          phone: '+15550100200',
        },
        conversationId: 'lead_9F3KQ2M7XW1T',
        source: { id: 'src_4GJ8T2QW9M0NB6XA', name: 'Example Gym' },
        updatedAt: '2026-07-22T00:49:17.000Z',
        tags: ['new lead', 'trial'],
        fields: { email: 'dana@example.com', phone: '+15550100200', goal: 'Strength' },
      },
    },
  ],
  [
    'lead.all-nulls: every nullable field null gives empty collections, no undefined keys',
    {
      given: fixture('lead.all-nulls'),
      want: {
        vendor: 'closebot',
        id: 'lead_NULLS0000001',
        kind: 'lead',
        contact: {},
        conversationId: 'lead_NULLS0000001',
        tags: [],
        fields: {},
      },
    },
  ],
  [
    'lead.offset-timestamp: offset converted to UTC, field keyed by name when key is null',
    {
      given: fixture('lead.offset-timestamp'),
      want: {
        vendor: 'closebot',
        id: 'lead_OFFSET000001',
        kind: 'lead',
        contact: { name: 'Lee Park' },
        conversationId: 'lead_OFFSET000001',
        source: { id: 'src_4GJ8T2QW9M0NB6XA' },
        updatedAt: '2026-03-04T16:20:00.000Z',
        tags: ['vip'],
        fields: { 'Preferred time': 'mornings' },
      },
    },
  ],
];

describe('normalizeLead', () => {
  for (const [name, { given, want }] of cases) {
    it(name, () => {
      const { raw, ...rest } = normalizeLead(given);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('lead.missing-id: derives a stable id from the record and drops the blank email', () => {
    const given = fixture('lead.missing-id');
    const first = normalizeLead(given);
    const again = normalizeLead(structuredClone(given));
    expect(first.id).toMatch(/^closebot_lead_[0-9a-f]{32}$/);
    expect(again.id).toBe(first.id);
    expect(first.conversationId).toBeUndefined();
    expect(first.contact).toEqual({ name: 'Sam Rivera' });
    expect(first.updatedAt).toBe('2026-03-04T16:20:00.123Z');
    expect(normalizeLead({ ...given, name: 'Someone Else' }).id).not.toBe(first.id);
  });
});

describe('readTestSessionList', () => {
  const lead = fixture('lead.typical');
  it.each([
    ['envelope', { leads: [lead], total: 7 }, { leads: [lead], total: 7 }],
    ['envelope with null leads', { leads: null, total: 0 }, { leads: [], total: 0 }],
    ['bare array (observed on some bots)', [lead], { leads: [lead], total: undefined }],
  ] as Array<[string, TestSessionList, unknown]>)('reads the %s form', (_name, given, want) => {
    expect(readTestSessionList(given)).toEqual(want);
  });

  it.each([
    ['null body', null],
    ['an object without leads', { total: 3 }],
    ['a string', 'oops'],
  ])('rejects %s with a normalization error naming vendor and operation', (_name, given) => {
    try {
      readTestSessionList(given as TestSessionList);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'closebot', operation: 'listTestSessions' });
    }
  });
});

type ConversationCase = [name: string, { given: LeadDto; want: Record<string, unknown> }];

const conversationCases: ConversationCase[] = [
  [
    'conversation.typical: the lead as its thread, last message time as activity, blank tag dropped',
    {
      given: fixture('conversation.typical'),
      want: {
        vendor: 'closebot',
        id: 'lead_4NC7YB1R5QWE',
        status: 'unknown',
        contact: {
          id: 'crm-contact-48290',
          name: 'Morgan Sample',
          email: 'morgan.sample@example.org',
        },
        botId: 'bot_7QH2KD9W0ZP4MX1C',
        updatedAt: '2026-07-21T22:03:51.000Z',
        lastMessageAt: '2026-07-21T22:03:51.000Z',
        tags: ['new lead'],
      },
    },
  ],
  [
    'conversation.nulls: nulls give no contact, no times, empty tags',
    {
      given: fixture('conversation.nulls'),
      want: { vendor: 'closebot', id: 'lead_8VD2LS6M0KTA', status: 'unknown', tags: [] },
    },
  ],
];

describe('normalizeLeadConversation', () => {
  for (const [name, { given, want }] of conversationCases) {
    it(name, () => {
      const { raw, ...rest } = normalizeLeadConversation(given);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('conversation.missing-id: derives the same stable id as the lead; drops a bad time', () => {
    const given = fixture('conversation.missing-id');
    const conversation = normalizeLeadConversation(given);
    expect(conversation.id).toMatch(/^closebot_lead_[0-9a-f]{32}$/);
    expect(normalizeLeadConversation(structuredClone(given)).id).toBe(conversation.id);
    expect(conversation.id).toBe(normalizeLead(given).id);
    expect(conversation).not.toHaveProperty('lastMessageAt');
    expect(conversation).not.toHaveProperty('botId');
    expect(conversation.contact).toEqual({ name: 'Riley Placeholder' });
  });

  it.each(['lead.typical', 'lead.all-nulls', 'lead.offset-timestamp', 'lead.missing-id'])(
    '%s: the conversation of a lead has the lead id and the lead time',
    (name) => {
      const dto = fixture(name);
      const lead = normalizeLead(dto);
      const conversation = normalizeLeadConversation(dto);
      expect(conversation.id).toBe(lead.id);
      expect(conversation.updatedAt).toBe(lead.updatedAt);
      expect(conversation.contact ?? {}).toEqual(lead.contact);
    },
  );
});

type MessageCase = [
  name: string,
  { given: BotMetricMessage; options?: { leadId?: string }; want: Record<string, unknown> },
];

const messageCases: MessageCase[] = [
  [
    'message.typical: contact message, naive time read as UTC, attachment kept',
    {
      given: fixture<BotMetricMessage>('message.typical'),
      want: {
        vendor: 'closebot',
        id: 'msg_01J3ZK8Q5W2R7T',
        conversationId: 'lead_9F3KQ2M7XW1T',
        role: 'contact',
        vendorRole: 'to_bot',
        text: 'Hi, do you have morning yoga classes? Here is my schedule.',
        attachments: [{ url: 'https://files.example.com/attachments/schedule-dana.png' }],
        createdAt: '2026-07-22T00:48:55.000Z',
      },
    },
  ],
  [
    'message.from-bot: fromBot gives the bot role',
    {
      given: fixture<BotMetricMessage>('message.from-bot'),
      want: {
        vendor: 'closebot',
        id: 'msg_01J3ZK9A1C4V8N',
        conversationId: 'lead_9F3KQ2M7XW1T',
        role: 'bot',
        vendorRole: 'from_bot',
        text: 'Yes! Morning yoga runs Tuesdays and Thursdays at 10am.',
        attachments: [],
        createdAt: '2026-07-22T00:49:02.250Z',
      },
    },
  ],
  [
    'message.nulls: conversation from the requested lead, vendor role from fromBot, no text',
    {
      given: fixture<BotMetricMessage>('message.nulls'),
      options: { leadId: 'lead_REQUESTED01' },
      want: {
        vendor: 'closebot',
        id: 'msg_NULLS0000001',
        conversationId: 'lead_REQUESTED01',
        role: 'bot',
        vendorRole: 'from_bot',
        attachments: [],
        createdAt: '2026-07-22T00:49:47.250Z',
      },
    },
  ],
  [
    'message.unknown-direction: an unknown direction is kept as vendorRole; role from fromBot',
    {
      given: fixture<BotMetricMessage>('message.unknown-direction'),
      want: {
        vendor: 'closebot',
        id: 'msg_OUTBOUND00001',
        conversationId: 'lead_9F3KQ2M7XW1T',
        role: 'contact',
        vendorRole: 'outbound',
        text: '  Sent from the CRM inbox  ',
        attachments: [{ url: 'https://files.example.com/a.pdf' }],
        createdAt: '2026-07-22T00:49:17.000Z',
      },
    },
  ],
  [
    'message.odd-timestamp: 7-digit fraction truncated to ms, blank text dropped',
    {
      given: fixture<BotMetricMessage>('message.odd-timestamp'),
      want: {
        vendor: 'closebot',
        id: 'msg_ODDTIME00001',
        conversationId: 'lead_9F3KQ2M7XW1T',
        role: 'contact',
        vendorRole: 'to_bot',
        attachments: [],
        createdAt: '2026-07-22T06:00:00.123Z',
      },
    },
  ],
];

describe('normalizeMessage', () => {
  for (const [name, { given, options, want }] of messageCases) {
    it(name, () => {
      const { raw, ...rest } = normalizeMessage(given, options?.leadId);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it("prefers the message's own leadId over the requested one", () => {
    expect(
      normalizeMessage(fixture<BotMetricMessage>('message.typical'), 'lead_OTHER').conversationId,
    ).toBe('lead_9F3KQ2M7XW1T');
  });

  it('message.missing-id: derives a stable id from conversation, time, author and content', () => {
    const given = fixture<BotMetricMessage>('message.missing-id');
    const first = normalizeMessage(given);
    expect(first.id).toMatch(/^closebot_message_[0-9a-f]{32}$/);
    expect(normalizeMessage(structuredClone(given)).id).toBe(first.id);
    // The same instant written differently is the same message.
    expect(normalizeMessage({ ...given, timestamp: '2026-07-22T00:50:10.000Z' }).id).toBe(first.id);
    for (const change of [
      { message: 'Can I bring two friends?' },
      { fromBot: true },
      { timestamp: '2026-07-22T00:50:11' },
      { leadId: 'lead_OTHER' },
    ]) {
      expect(normalizeMessage({ ...given, ...change }).id).not.toBe(first.id);
    }
  });

  it('rejects a message that names no lead when none was requested', () => {
    try {
      normalizeMessage(fixture<BotMetricMessage>('message.nulls'));
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'closebot', operation: 'listMessages' });
    }
  });
});

describe('readPageEnvelope', () => {
  const lead = fixture('lead.typical');
  it.each([
    [
      'a full page',
      { total: 5, page: 0, pageSize: 2, results: [lead, lead] },
      { items: [lead, lead], total: 5, page: 0, pageSize: 2 },
    ],
    [
      'null results (no leads at all)',
      { total: 0, page: 0, pageSize: 20, results: null },
      { items: [], total: 0, page: 0, pageSize: 20 },
    ],
  ])('reads %s', (_name, given, want) => {
    expect(readPageEnvelope(given, 'listLeads')).toEqual(want);
  });

  it.each([
    ['null', null],
    ['a bare array', [lead]],
    ['an envelope without total', { results: [lead], page: 0, pageSize: 2 }],
    ['results that are not a list', { total: 1, page: 0, pageSize: 2, results: lead }],
  ])('rejects %s', (_name, given) => {
    expect(() => readPageEnvelope(given as never, 'listLeads')).toThrow(
      /closebot listLeads: expected a \{total, results, page, pageSize\} envelope/,
    );
  });
});

describe('readSearchResult', () => {
  it('reads the envelope, including the count-only form with null leads', () => {
    expect(readSearchResult({ leads: null, total: 134 })).toEqual({ leads: [], total: 134 });
  });

  it('rejects the bare array of older docs, which carries no total', () => {
    expect(() => readSearchResult([] as never)).toThrow(/searchLeads: expected a \{leads, total\}/);
  });
});

describe('readFound', () => {
  const doc = 'https://developers.closebot.com/api-reference/lead/get-a-lead';
  it('returns the record', () => {
    const lead = fixture('lead.typical');
    expect(readFound(lead, 'getLead', 'lead', doc)).toBe(lead);
  });

  it('turns the 200 + null answer for an unknown id into a not-found error linking the doc', () => {
    try {
      readFound(null, 'getLead', 'lead', doc);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'closebot', operation: 'getLead' });
      expect((error as Error).message).toMatch(/lead not found/);
      expect((error as Error).message).toContain(doc);
    }
  });

  it('rejects a body that is not an object', () => {
    expect(() => readFound([] as never, 'getBot', 'bot', doc)).toThrow(/expected a bot object/);
  });
});
