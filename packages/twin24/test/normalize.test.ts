import { readFileSync } from 'node:fs';
import { isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type ChatMessage,
  type ChatSession,
  type ChatSessionSearchItem,
  type ChatSessionSearchResult,
  normalizeChatSession,
  normalizeMessage,
  normalizeSession,
  readListPage,
  readSearchResult,
} from '../src/index.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'),
  ) as ChatSessionSearchItem;

type Case = [name: string, { given: ChatSessionSearchItem; want: Record<string, unknown> }];

const cases: Case[] = [
  [
    'chat-session.typical: closed Telegram session taken over by an operator, offsets converted to UTC',
    {
      given: fixture('chat-session.typical'),
      want: {
        vendor: 'twin24',
        id: '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61',
        status: 'closed',
        vendorStatus: 'CLOSED',
        channel: 'telegram',
        contact: { id: '1200457781', name: 'Alice Nguyen' },
        botId: '5f0c1a7e-3b2d-4c8e-9a61-2d7f4e8b9c10',
        assigneeId: '90412',
        createdAt: '2026-03-12T07:15:04.000Z',
        updatedAt: '2026-03-12T07:41:37.000Z',
        lastMessageAt: '2026-03-12T07:40:58.000Z',
        closedAt: '2026-03-12T07:41:37.000Z',
        handedOff: true,
        messageCount: 19,
        tags: [],
      },
    },
  ],
  [
    'chat-session.all-nulls: requested fields all null give no keys, unknown status, not handed off',
    {
      given: fixture('chat-session.all-nulls'),
      want: {
        vendor: 'twin24',
        id: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8',
        status: 'unknown',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'chat-session.bot-only: active session with no operator, blank client id dropped',
    {
      given: fixture('chat-session.bot-only'),
      want: {
        vendor: 'twin24',
        id: '9d2a7b15-c3e4-4f68-8a9b-0c1d2e3f4a5b',
        status: 'open',
        vendorStatus: 'ACTIVE',
        channel: 'whatsapp',
        contact: { name: 'Carlos Diaz' },
        botId: '5f0c1a7e-3b2d-4c8e-9a61-2d7f4e8b9c10',
        createdAt: '2026-03-12T14:02:11.000Z',
        updatedAt: '2026-03-12T14:05:49.000Z',
        lastMessageAt: '2026-03-12T14:05:49.000Z',
        handedOff: false,
        messageCount: 7,
        tags: [],
      },
    },
  ],
  [
    'chat-session.odd-formats: numeric ids, naive and compact-offset times, hyphenated status',
    {
      given: fixture('chat-session.odd-formats'),
      want: {
        vendor: 'twin24',
        id: '5a1b2c3d-0000-4000-8000-00000000odd1',
        status: 'open',
        vendorStatus: 'in-progress',
        channel: 'vk',
        contact: { id: '1200457781', name: 'Li Wei' },
        assigneeId: '17',
        createdAt: '2026-03-12T10:15:04.123Z',
        updatedAt: '2026-03-12T15:15:04.000Z',
        handedOff: true,
        messageCount: 2,
        tags: [],
      },
    },
  ],
  [
    'chat-session.unknown-status: unmapped status without closedAt is unknown; handoff not requested',
    {
      given: fixture('chat-session.unknown-status'),
      want: {
        vendor: 'twin24',
        id: '6c7d8e9f-0a1b-4c2d-8e3f-405162738495',
        status: 'unknown',
        vendorStatus: 'SNOOZED',
        channel: 'telegram',
        createdAt: '2026-03-13T05:47:30.000Z',
        tags: [],
      },
    },
  ],
  [
    'chat-session.unknown-status-closed-at: unmapped status with closedAt is closed',
    {
      given: fixture('chat-session.unknown-status-closed-at'),
      want: {
        vendor: 'twin24',
        id: '7d8e9f0a-1b2c-4d3e-9f40-516273849506',
        status: 'closed',
        vendorStatus: 'RESOLVED_BY_SCRIPT',
        closedAt: '2026-03-13T06:00:00.000Z',
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

  it('chat-session.missing-id: derives a stable id from client and start', () => {
    const given = fixture('chat-session.missing-id');
    const first = normalizeChatSession(given);
    const again = normalizeChatSession(structuredClone(given));
    expect(first.id).toMatch(/^twin24_session_[0-9a-f]{32}$/);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'unknown', channel: 'telegram', handedOff: true });
    expect(first.raw).toBe(given);
    // Another session of the client (another start), or another client's, has another id.
    expect(normalizeChatSession({ ...given, createdAt: '2026-03-14T08:47:30+03:00' }).id).not.toBe(
      first.id,
    );
    expect(normalizeChatSession({ ...given, clientId: '1200457800' }).id).not.toBe(first.id);
  });

  // Issue #8: a search item without `id` got a new derived id whenever it changed, so an
  // upserting sync duplicated the session.
  it('chat-session.missing-id: the same session keeps its id after an update', () => {
    const given = fixture('chat-session.missing-id');
    const first = normalizeChatSession(given).id;
    const updated: ChatSessionSearchItem = {
      ...given,
      name: 'Dana W.',
      status: 'CLOSED',
      closedAt: '2026-03-13T09:10:00+03:00',
      updatedAt: '2026-03-13T09:10:00+03:00',
      lastMessageCreatedAt: '2026-03-13T09:05:00+03:00',
      operatorMessageCount: 4,
      clientMessageCount: 6,
      operatorAssignedAt: '2026-03-13T08:49:00+03:00',
      userId: 77,
    };
    expect(normalizeChatSession(updated).id).toBe(first);
    // The same start written with another offset is the same session.
    expect(normalizeChatSession({ ...given, createdAt: '2026-03-13T05:47:30Z' }).id).toBe(first);
  });

  it.each([
    ['closed', 'closed'],
    ['Finished', 'closed'],
    ['ARCHIVED', 'closed'],
    ['open', 'open'],
    ['Active', 'open'],
    ['NEW', 'open'],
    ['IN_PROGRESS', 'open'],
    ['paused', 'unknown'],
  ])('maps status %s to %s', (status, want) => {
    expect(normalizeChatSession({ id: 's', status }).status).toBe(want);
  });

  it.each([
    ['null', null],
    ['a string', 'session'],
    ['an array', []],
  ])('rejects %s with a normalization error', (_name, given) => {
    try {
      normalizeChatSession(given as unknown as ChatSessionSearchItem);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'twin24', operation: 'searchChatSessions' });
    }
  });
});

describe('readSearchResult', () => {
  const item = fixture('chat-session.typical');
  it.each([
    ['page with count', { count: 7, items: [item] }, { items: [item], count: 7 }],
    ['empty page', { count: 0, items: [] }, { items: [], count: 0 }],
    ['page without count', { items: [item] }, { items: [item], count: undefined }],
    [
      'page with a non-numeric count',
      { count: '7', items: [item] },
      { items: [item], count: undefined },
    ],
  ] as Array<[string, ChatSessionSearchResult, unknown]>)('reads a %s', (_name, given, want) => {
    expect(readSearchResult(given)).toEqual(want);
  });

  it.each([
    ['null body', null],
    ['an object without items', { count: 3 }],
    ['items that are not an array', { count: 1, items: { id: 'x' } }],
    ['a bare array', [item]],
  ])('rejects %s with a normalization error naming vendor and operation', (_name, given) => {
    try {
      readSearchResult(given as ChatSessionSearchResult);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'twin24', operation: 'searchChatSessions' });
    }
  });
});

// Sessions and messages of the chat service (GET /sessions, /sessions/{id}, /sessions/{id}/messages).
const session = (name: string) => fixture(name) as unknown as ChatSession;
const message = (name: string) => fixture(name) as unknown as ChatMessage;

type SessionCase = [name: string, { given: ChatSession; want: Record<string, unknown> }];

const sessionCases: SessionCase[] = [
  [
    'session.typical: closed Telegram session handed between operators, offsets to UTC, tags split',
    {
      given: session('session.typical'),
      want: {
        vendor: 'twin24',
        id: '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61',
        status: 'closed',
        vendorStatus: 'CLOSED',
        channel: 'telegram',
        contact: { id: '1200457781', name: 'Alice Nguyen' },
        assigneeId: '90577',
        createdAt: '2026-03-12T07:15:04.000Z',
        lastMessageAt: '2026-03-12T07:40:58.000Z',
        handedOff: true,
        tags: ['vip', 'delivery'],
      },
    },
  ],
  [
    'session.bot-only: active WhatsApp session, numeric client id, no operator, empty tags',
    {
      given: session('session.bot-only'),
      want: {
        vendor: 'twin24',
        id: '9d2a7b15-c3e4-4f68-8a9b-0c1d2e3f4a5b',
        status: 'open',
        vendorStatus: 'ACTIVE',
        channel: 'whatsapp',
        contact: { id: '15555550123', name: 'Carlos Diaz' },
        createdAt: '2026-03-12T14:02:11.000Z',
        lastMessageAt: '2026-03-12T14:05:49.000Z',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'session.nulls: null fields give no keys; operators sent as null means no handoff',
    {
      given: session('session.nulls'),
      want: {
        vendor: 'twin24',
        id: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8',
        status: 'unknown',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'session.sparse: operator fields left out, so a handoff is neither confirmed nor ruled out',
    {
      given: session('session.sparse'),
      want: {
        vendor: 'twin24',
        id: '5f6a7b8c-9d0e-4f1a-b2c3-d4e5f6a7b8c9',
        status: 'open',
        vendorStatus: 'ACTIVE',
        createdAt: '2026-03-13T05:47:30.000Z',
        tags: [],
      },
    },
  ],
  [
    'session.unknown-status: unmapped status is unknown, unknown messenger kept lower-cased',
    {
      given: session('session.unknown-status'),
      want: {
        vendor: 'twin24',
        id: '6c7d8e9f-0a1b-4c2d-8e3f-405162738495',
        status: 'unknown',
        vendorStatus: 'SNOOZED',
        channel: 'viber',
        createdAt: '2026-03-13T05:47:30.000Z',
        handedOff: false,
        tags: [],
      },
    },
  ],
  [
    'session.odd-formats: padded strings, JSON-string operators, naive microsecond time, messy tags',
    {
      given: session('session.odd-formats'),
      want: {
        vendor: 'twin24',
        id: '7d8e9f0a-1b2c-4d3e-9f40-516273849506',
        status: 'open',
        vendorStatus: 'in-progress',
        channel: 'web',
        contact: { id: '1200457781', name: 'Li Wei' },
        createdAt: '2026-03-12T10:15:04.123Z',
        handedOff: true,
        tags: ['vip', 'delivery'],
      },
    },
  ],
];

describe('normalizeSession', () => {
  for (const [name, { given, want }] of sessionCases) {
    it(name, () => {
      const { raw, ...rest } = normalizeSession(given);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('session.missing-id: derives a stable id from chat, client and start, not from live fields', () => {
    const given = session('session.missing-id');
    const first = normalizeSession(given);
    expect(first.id).toMatch(/^twin24_session_[0-9a-f]{32}$/);
    expect(normalizeSession(structuredClone(given)).id).toBe(first.id);
    // The same session read later: more unread messages, a newer last message, same id.
    const later = {
      ...given,
      unreadClientMessageCount: 5,
      lastMessageCreatedAt: '2026-03-13T09:30:00+03:00',
    };
    expect(normalizeSession(later).id).toBe(first.id);
    // The same instant written with another offset is the same session.
    expect(normalizeSession({ ...given, startedAt: '2026-03-13T05:47:30Z' }).id).toBe(first.id);
    expect(normalizeSession({ ...given, startedAt: '2026-03-14T08:47:30+03:00' }).id).not.toBe(
      first.id,
    );
    expect(first.raw).toBe(given);
  });

  it.each([
    ['null', null],
    ['a string', 'session'],
    ['an array', []],
  ])('rejects %s with a normalization error naming the operation', (_name, given) => {
    try {
      normalizeSession(given as unknown as ChatSession, 'getSession');
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'twin24', operation: 'getSession' });
    }
  });
});

type MessageCase = [name: string, { given: ChatMessage; want: Record<string, unknown> }];
const context = { conversationId: '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61', position: 3 };

const messageCases: MessageCase[] = [
  [
    'message.typical: operator file message is an agent message with its attachment',
    {
      given: message('message.typical'),
      want: {
        vendor: 'twin24',
        id: '4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8',
        conversationId: context.conversationId,
        role: 'agent',
        vendorRole: 'operator',
        text: 'Here is your delivery receipt.',
        attachments: [
          {
            name: 'receipt-1042.pdf',
            url: 'https://files.example.com/chats/48213/8b9c0d1e.pdf',
            type: 'pdf',
          },
        ],
        createdAt: '2026-03-12T07:17:45.000Z',
      },
    },
  ],
  [
    'message.client: the client is the contact; a reply keeps its quote in raw only',
    {
      given: message('message.client'),
      want: {
        vendor: 'twin24',
        id: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        conversationId: context.conversationId,
        role: 'contact',
        vendorRole: 'client',
        text: 'Thanks, that solves it!',
        attachments: [],
        createdAt: '2026-03-12T07:40:58.000Z',
      },
    },
  ],
  [
    'message.bot: bot message with quick answers',
    {
      given: message('message.bot'),
      want: {
        vendor: 'twin24',
        id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
        conversationId: context.conversationId,
        role: 'bot',
        vendorRole: 'bot',
        text: 'I can check that for you. What would you like to do?',
        attachments: [],
        createdAt: '2026-03-12T07:15:07.000Z',
      },
    },
  ],
  [
    'message.system: platform event without an author',
    {
      given: message('message.system'),
      want: {
        vendor: 'twin24',
        id: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7',
        conversationId: context.conversationId,
        role: 'system',
        vendorRole: 'system',
        text: 'Operator Brian Okafor joined the chat.',
        attachments: [],
        createdAt: '2026-03-12T07:17:02.000Z',
      },
    },
  ],
  [
    'message.nulls: every field null leaves only the id, a system role and no attachments',
    {
      given: message('message.nulls'),
      want: {
        vendor: 'twin24',
        id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
        conversationId: context.conversationId,
        role: 'system',
        attachments: [],
      },
    },
  ],
  [
    'message.unknown-author: an unknown author type is a system message, the value kept',
    {
      given: message('message.unknown-author'),
      want: {
        vendor: 'twin24',
        id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
        conversationId: context.conversationId,
        role: 'system',
        vendorRole: 'integration',
        text: 'Deal 1042 moved to Won.',
        attachments: [],
        createdAt: '2026-03-12T07:45:00.000Z',
      },
    },
  ],
  [
    'message.odd-formats: padded id and author type, text kept as written, odd attachments',
    {
      given: message('message.odd-formats'),
      want: {
        vendor: 'twin24',
        id: '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f',
        conversationId: context.conversationId,
        role: 'contact',
        vendorRole: 'Client',
        text: '  Hello?\n  Anyone there?  ',
        attachments: [
          { name: 'photo', url: 'https://files.example.com/download/9d0e1f2a', type: 'jpg' },
        ],
        createdAt: '2026-03-12T10:15:04.987Z',
      },
    },
  ],
  [
    'message.blank-body: a blank body is no text; the attachment falls back to the download link',
    {
      given: message('message.blank-body'),
      want: {
        vendor: 'twin24',
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        conversationId: context.conversationId,
        role: 'agent',
        vendorRole: 'operator',
        attachments: [
          { name: 'invoice.pdf', url: 'https://files.example.com/download/1a2b', type: 'pdf' },
        ],
        createdAt: '2026-03-12T10:19:00.000Z',
      },
    },
  ],
];

describe('normalizeMessage', () => {
  for (const [name, { given, want }] of messageCases) {
    it(name, () => {
      const { raw, ...rest } = normalizeMessage(given, context);
      expect(rest).toEqual(want);
      expect(raw).toBe(given);
    });
  }

  it('message.missing-id: derives the same id for the same message wherever it is listed', () => {
    const given = message('message.missing-id');
    const first = normalizeMessage(given, context);
    expect(first.id).toMatch(/^twin24_message_[0-9a-f]{32}$/);
    // Another page size or window moves the message, not its id.
    expect(normalizeMessage(structuredClone(given), { ...context, position: 40 }).id).toBe(
      first.id,
    );
    expect(normalizeMessage(given, { ...context, conversationId: 'other' }).id).not.toBe(first.id);
    expect(normalizeMessage({ ...given, body: 'Hello?' }, context).id).not.toBe(first.id);
    expect(first).toMatchObject({ role: 'contact', text: 'Is anyone there?' });
    // Read later: the same message, the same id.
    const read = {
      ...given,
      readAt: '2026-03-12T10:20:00+03:00',
      updatedAt: '2026-03-12T10:20:00+03:00',
      answers: [{ text: 'Yes' }],
      keyboard: [],
      authorName: 'Dana W.',
    };
    expect(normalizeMessage(read, context).id).toBe(first.id);
  });

  it('message.missing-id without a time: the position tells identical messages apart', () => {
    const { createdAt: _createdAt, ...undated } = message('message.missing-id');
    const a = normalizeMessage(undated, { ...context, position: 0 });
    const b = normalizeMessage(undated, { ...context, position: 1 });
    expect(a.id).not.toBe(b.id);
    expect(normalizeMessage(structuredClone(undated), { ...context, position: 0 }).id).toBe(a.id);
  });

  it.each([
    ['CLIENT', 'contact'],
    ['Bot', 'bot'],
    ['operator', 'agent'],
    ['user', 'agent'],
    ['SYSTEM', 'system'],
    ['supervisor', 'system'],
  ])('maps authorType %s to role %s', (authorType, role) => {
    expect(normalizeMessage({ id: 'm', authorType }, context).role).toBe(role);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
  ])('rejects %s with a normalization error', (_name, given) => {
    try {
      normalizeMessage(given as unknown as ChatMessage, context);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'twin24', operation: 'listSessionMessages' });
    }
  });
});

describe('readListPage', () => {
  it.each([
    ['a page with count', { count: 2, items: [1, 2] }, { items: [1, 2], count: 2 }],
    ['a page without count (withoutCount=true)', { items: [] }, { items: [], count: undefined }],
  ])('reads %s', (_name, given, want) => {
    expect(readListPage(given, 'listSessions')).toEqual(want);
  });

  it.each([
    ['null', null],
    ['no items', { count: 1 }],
  ])('rejects %s naming the operation', (_name, given) => {
    expect(() =>
      readListPage(given as unknown as { items: unknown[] }, 'listSessionMessages'),
    ).toThrow(expect.objectContaining({ operation: 'listSessionMessages' }));
  });
});
