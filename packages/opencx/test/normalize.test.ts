import { readFileSync } from 'node:fs';
import { isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type ChatHistoryItem,
  type ChatSession,
  type ContactDto,
  normalizeChatSession,
  normalizeContactRecord,
  normalizeHistoryItem,
} from '../src/index.js';

const read = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
const fixture = (name: string) => read<ChatSession>(name);

type Case = [name: string, { given: ChatSession; want: Record<string, unknown> }];

const cases: Case[] = [
  [
    'chat-session.typical: open web session with a verified contact',
    {
      given: fixture('chat-session.typical'),
      want: {
        vendor: 'opencx',
        id: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
        status: 'open',
        vendorStatus: 'open',
        channel: 'web',
        contact: {
          id: '0b7e9a12-3c45-4d67-89ab-cdef01234567',
          name: 'Maria Okafor',
          email: 'maria.okafor@example.com',
          phone: '+15555550123',
        },
        assigneeId: '4187',
        createdAt: '2026-03-14T09:12:45.000Z',
        updatedAt: '2026-03-14T09:18:02.000Z',
        sentiment: 'neutral',
        vendorSentiment: 'neutral',
        language: 'en',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'chat-session.all-nulls: nulls everywhere give no keys, no contact and no handoff',
    {
      given: fixture('chat-session.all-nulls'),
      want: {
        vendor: 'opencx',
        id: '9c8b7a65-4321-4fed-8cba-987654321fed',
        status: 'open',
        vendorStatus: 'open',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'chat-session.odd-formats: padded strings, mixed-case channel, numeric assignee, offset and naive times',
    {
      given: fixture('chat-session.odd-formats'),
      want: {
        vendor: 'opencx',
        id: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7',
        status: 'closed',
        vendorStatus: 'closed_resolved',
        channel: 'whatsapp',
        contact: { id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e', phone: '+15555550187' },
        assigneeId: '555',
        createdAt: '2026-05-09T13:22:10.481Z',
        updatedAt: '2026-05-09T13:26:47.000Z',
        sentiment: 'positive',
        vendorSentiment: 'happy',
        language: 'de',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'chat-session.unknown-enums: unknown status and sentiment are kept only as vendor values',
    {
      given: fixture('chat-session.unknown-enums'),
      want: {
        vendor: 'opencx',
        id: 'c0ffee00-1234-4abc-9def-0123456789ab',
        status: 'unknown',
        vendorStatus: 'snoozed',
        channel: 'telegram',
        createdAt: '2026-06-01T08:00:00.000Z',
        updatedAt: '2026-06-01T08:30:00.000Z',
        vendorSentiment: 'frustrated',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'chat-session.non-verified-contact: unverified name fills in, verified email wins',
    {
      given: fixture('chat-session.non-verified-contact'),
      want: {
        vendor: 'opencx',
        id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
        status: 'closed',
        vendorStatus: 'closed_resolved',
        channel: 'web',
        contact: {
          id: '1a2b3c4d-5e6f-4a7b-8c9d-e0f1a2b3c4d5',
          name: 'Lucas Brandt',
          email: 'verified@example.com',
        },
        createdAt: '2026-05-02T10:00:00.000Z',
        updatedAt: '2026-05-02T10:20:00.000Z',
        sentiment: 'positive',
        vendorSentiment: 'happy',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'chat-session.handed-off: a handoff object marks the session handed off',
    {
      given: fixture('chat-session.handed-off'),
      want: {
        vendor: 'opencx',
        id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        status: 'open',
        vendorStatus: 'open',
        channel: 'email',
        contact: {
          id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
          name: 'Dev Patel',
          email: 'dev.patel@example.org',
        },
        assigneeId: '4187',
        createdAt: '2026-02-27T16:40:00.000Z',
        updatedAt: '2026-02-28T08:05:31.000Z',
        sentiment: 'negative',
        vendorSentiment: 'angry',
        language: 'en',
        handedOff: true,
        tags: [],
      },
    },
  ],
  [
    'chat-session.closed-handed-off: ai_closure_type handed_off without a handoff object',
    {
      given: fixture('chat-session.closed-handed-off'),
      want: {
        vendor: 'opencx',
        id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
        status: 'closed',
        vendorStatus: 'closed_unresolved',
        channel: 'sms',
        createdAt: '2026-02-27T16:40:00.000Z',
        updatedAt: '2026-02-27T17:02:13.000Z',
        sentiment: 'neutral',
        vendorSentiment: 'neutral',
        handedOff: true,
        tags: [],
      },
    },
  ],
];

describe('normalizeChatSession', () => {
  for (const [name, { given, want }] of cases) {
    it(name, () => {
      const { raw, ...rest } = normalizeChatSession(given);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('chat-session.missing-id: derives a stable id from what identifies the session', () => {
    const given = fixture('chat-session.missing-id');
    const first = normalizeChatSession(given);
    const again = normalizeChatSession(structuredClone(given));
    expect(first.id).toMatch(/^opencx_session_[0-9a-f]{32}$/);
    expect(again.id).toBe(first.id);
    expect(first.contact).toEqual({ name: 'Sam', email: 'sam.rivera@example.com' });
    expect(first.createdAt).toBe('2026-04-01T00:00:03.000Z');
    expect(first.raw).toBe(given);
    // Another session (created at another time, on another channel) has another id.
    expect(normalizeChatSession({ ...given, created_at: '2026-04-01T00:00:04Z' }).id).not.toBe(
      first.id,
    );
    expect(normalizeChatSession({ ...given, channel: { type: 'email' } }).id).not.toBe(first.id);
  });

  // Issue #8: an OpenCX session without `id` got a new derived id when its status or updated_at
  // changed, so an upserting sync duplicated it.
  it('chat-session.missing-id: the same session keeps its id after an update', () => {
    const given = fixture('chat-session.missing-id');
    const first = normalizeChatSession(given).id;
    const updated: ChatSession = {
      ...given,
      status: 'closed_resolved',
      ai_closure_type: 'resolved',
      sentiment: 'happy',
      updated_at: '2026-04-02T00:00:00Z',
      assignee_id: 555,
      language: 'en',
      handoff: {} as ChatSession['handoff'],
      contact: { ...given.contact, name: 'Sam Rivera', email: 'sam@example.org' },
    };
    expect(normalizeChatSession(updated).id).toBe(first);
  });

  it.each([
    ['null', null],
    ['undefined (an empty 200 body)', undefined],
    ['a string', 'oops'],
    ['an array', [{ id: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e' }]],
  ])('rejects %s with a normalization error naming vendor and operation', (_name, given) => {
    try {
      normalizeChatSession(given as unknown as ChatSession);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'opencx', operation: 'getChatSession' });
    }
  });
});

const SESSION = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const historyItem = (name: string) => read<ChatHistoryItem>(`history-item.${name}`);
const DERIVED_MESSAGE_ID = /^opencx_message_[0-9a-f]{32}$/;

type MessageCase = [name: string, { given: ChatHistoryItem; want: Record<string, unknown> }];

const messageCases: MessageCase[] = [
  [
    'history-item.contact-message: a contact message with an attachment',
    {
      given: historyItem('contact-message'),
      want: {
        vendor: 'opencx',
        id: 'c0a80121-7ac0-4e1c-9b3a-1f2e3d4c5b6a',
        conversationId: SESSION,
        role: 'contact',
        vendorRole: 'contact',
        text: 'Hi, my invoice for March shows 14 seats but we only have 12. Screenshot attached.',
        attachments: [
          {
            name: 'invoice-march.png',
            url: 'https://files.example.com/opencx/att_7f3e2a91/invoice-march.png',
            type: 'image/png',
          },
        ],
        createdAt: '2026-03-14T09:12:45.000Z',
      },
    },
  ],
  [
    'history-item.ai-message: the AI agent is the bot',
    {
      given: historyItem('ai-message'),
      want: {
        vendor: 'opencx',
        id: 'd1b90232-8bd1-4f2d-8c4b-2a3f4e5d6c7b',
        conversationId: SESSION,
        role: 'bot',
        vendorRole: 'ai',
        text: 'Thanks Maria. Let me bring in someone from Billing.',
        attachments: [],
        createdAt: '2026-03-14T09:12:51.204Z',
      },
    },
  ],
  [
    'history-item.human-agent-message: a human agent is an agent',
    {
      given: historyItem('human-agent-message'),
      want: {
        vendor: 'opencx',
        id: 'e2ca1343-9ce2-4a3e-9d5c-3b4a5f6e7d8c',
        conversationId: SESSION,
        role: 'agent',
        vendorRole: 'human_agent',
        text: 'I have credited two seats on the March invoice.',
        attachments: [],
        createdAt: '2026-03-14T09:17:30.000Z',
      },
    },
  ],
  [
    'history-item.event-without-sender: a non-message event is kept as system, typed by its event',
    {
      given: historyItem('event-without-sender'),
      want: {
        vendor: 'opencx',
        id: 'f3db2454-0df3-4b4f-8e6d-4c5b6a7f8e9d',
        conversationId: SESSION,
        role: 'system',
        vendorRole: 'ai_resolved_issue',
        attachments: [],
        createdAt: '2026-03-14T09:30:00.000Z',
      },
    },
  ],
  [
    'history-item.unknown-sender: an unknown sender type is system, its value kept',
    {
      given: historyItem('unknown-sender'),
      want: {
        vendor: 'opencx',
        id: 'a4ec3565-1e04-4c50-9f7e-5d6c7b8a9f0e',
        conversationId: SESSION,
        role: 'system',
        vendorRole: 'workflow',
        text: 'Refund of 2 seats scheduled.',
        attachments: [],
        createdAt: '2026-03-14T09:31:00.000Z',
      },
    },
  ],
  [
    'history-item.odd-formats: offset and microseconds, upper-case sender, text kept verbatim, sparse attachments',
    {
      given: historyItem('odd-formats'),
      want: {
        vendor: 'opencx',
        id: 'b5fd4676-2f15-4d61-8a8f-6e7d8c9b0a1f',
        conversationId: SESSION,
        role: 'bot',
        vendorRole: 'AI',
        text: '\n  1. Open *Billing*\n  2. Click **Invoices**\n',
        attachments: [{ url: 'https://files.example.com/opencx/only-url' }, {}],
        createdAt: '2026-03-14T09:12:45.123Z',
      },
    },
  ],
  [
    'history-item.blank-text: blank text is absent, the attachment stays',
    {
      given: historyItem('blank-text'),
      want: {
        vendor: 'opencx',
        id: 'c6ae5787-3a26-4e72-9b90-7f8e9d0c1b2a',
        conversationId: SESSION,
        role: 'contact',
        vendorRole: 'contact',
        attachments: [
          {
            name: 'receipt.pdf',
            url: 'https://files.example.com/opencx/att_9/receipt.pdf',
            type: 'application/pdf',
          },
        ],
        createdAt: '2026-03-14T09:40:00.000Z',
      },
    },
  ],
];

describe('normalizeHistoryItem', () => {
  for (const [name, { given, want }] of messageCases) {
    it(name, () => {
      const { raw, ...rest } = normalizeHistoryItem(given, SESSION);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it.each([
    ['handoff', 'ai'],
    ['status-change', 'human_agent'],
  ])(
    'history-item.%s: an event without an id is kept as system with a derived id',
    (name, vendorRole) => {
      const given = historyItem(name);
      const message = normalizeHistoryItem(given, SESSION);
      expect(message).toMatchObject({ role: 'system', vendorRole, attachments: [] });
      expect(message.id).toMatch(DERIVED_MESSAGE_ID);
      expect(message.text).toBeUndefined();
      expect(message.raw).toBe(given);
    },
  );

  it('history-item.nulls: nulls everywhere give a system record with a derived id and no keys', () => {
    const given = historyItem('nulls');
    const { id, raw, ...rest } = normalizeHistoryItem(given, SESSION);
    expect(rest).toEqual({
      vendor: 'opencx',
      conversationId: SESSION,
      role: 'system',
      attachments: [],
    });
    expect(id).toMatch(DERIVED_MESSAGE_ID);
    expect(raw).toBe(given);
  });

  it('history-item.missing-id: the derived id is stable and changes with what identifies the item', () => {
    const given = historyItem('missing-id');
    const first = normalizeHistoryItem(given, SESSION);
    expect(first.id).toMatch(DERIVED_MESSAGE_ID);
    expect(first).toMatchObject({ role: 'contact', text: 'Thanks, that works.' });
    // Same item read again (another page, another run, keys in another order): same id.
    const reordered = JSON.parse(
      JSON.stringify({ event: given.event, created_at: given.created_at }),
    ) as ChatHistoryItem;
    expect(normalizeHistoryItem(reordered, SESSION).id).toBe(first.id);
    // The same instant written with an offset is the same event.
    expect(
      normalizeHistoryItem({ ...given, created_at: '2026-03-14T10:50:00+01:00' }, SESSION).id,
    ).toBe(first.id);
    // Context the id does not cover leaves it unchanged.
    expect(
      normalizeHistoryItem({ ...given, event: { ...given.event, context: { x: 1 } } }, SESSION).id,
    ).toBe(first.id);
    const changed: ChatHistoryItem[] = [
      { ...given, created_at: '2026-03-14T09:50:01Z' },
      { ...given, event: { ...given.event, content: { type: 'text', text: 'Thanks!' } } },
      { ...given, event: { ...given.event, sender: { type: 'ai', name: 'Maria Okafor' } } },
      { ...given, event: { ...given.event, type: 'human_agent_comment' } },
    ];
    for (const other of changed) {
      expect(normalizeHistoryItem(other, SESSION).id).not.toBe(first.id);
    }
    expect(normalizeHistoryItem(given, 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d').id).not.toBe(
      first.id,
    );
  });

  it.each([
    ['null', null],
    ['a string', 'oops'],
    ['an array', [historyItem('ai-message')]],
  ])('rejects %s with a normalization error naming vendor and operation', (_name, given) => {
    try {
      normalizeHistoryItem(given as unknown as ChatHistoryItem, SESSION);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'opencx', operation: 'listChatHistory' });
    }
  });
});

const contact = (name: string) => read<ContactDto>(`contact.${name}`);

type ContactCase = [name: string, { given: ContactDto; want: Record<string, unknown> }];

const contactCases: ContactCase[] = [
  [
    'contact.typical: every field filled',
    {
      given: contact('typical'),
      want: {
        id: '0b7e9a12-3c45-4d67-89ab-cdef01234567',
        name: 'Maria Okafor',
        email: 'maria.okafor@example.com',
        phone: '+15555550123',
        createdAt: '2026-01-08T11:20:04.512Z',
        updatedAt: '2026-03-14T09:18:02.007Z',
      },
    },
  ],
  [
    'contact.nulls: null fields give no keys',
    {
      given: contact('nulls'),
      want: {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-e0f1a2b3c4d5',
        createdAt: '2026-04-01T00:00:03.000Z',
        updatedAt: '2026-04-01T00:00:03.000Z',
      },
    },
  ],
  [
    'contact.odd-formats: padded strings, empty name, naive time, unreadable time left out',
    {
      given: contact('odd-formats'),
      want: {
        id: '2b3c4d5e-6f7a-4b8c-9d0e-f1a2b3c4d5e6',
        email: 'dev.patel@example.org',
        phone: '(555) 555-0144',
        createdAt: '2026-04-02T18:45:51.987Z',
      },
    },
  ],
  [
    'contact.missing-id: no id is made up for a contact',
    {
      given: contact('missing-id'),
      want: {
        name: 'Sam Rivera',
        email: 'sam.rivera@example.com',
        createdAt: '2026-04-03T07:02:18.000Z',
        updatedAt: '2026-04-03T07:02:18.000Z',
      },
    },
  ],
];

describe('normalizeContactRecord', () => {
  for (const [name, { given, want }] of contactCases) {
    it(name, () => {
      const { raw, ...rest } = normalizeContactRecord(given);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('rejects a non-object with a normalization error', () => {
    try {
      normalizeContactRecord(null as unknown as ContactDto);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'opencx', operation: 'listContacts' });
    }
  });
});
