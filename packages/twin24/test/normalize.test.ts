import { readFileSync } from 'node:fs';
import { isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  type ChatSessionSearchItem,
  type ChatSessionSearchResult,
  normalizeChatSession,
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

  it('chat-session.missing-id: derives a stable id from the record', () => {
    const given = fixture('chat-session.missing-id');
    const first = normalizeChatSession(given);
    const again = normalizeChatSession(structuredClone(given));
    expect(first.id).toMatch(/^twin24_session_[0-9a-f]{32}$/);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'unknown', channel: 'telegram', handedOff: true });
    expect(first.raw).toBe(given);
    expect(normalizeChatSession({ ...given, name: 'Someone Else' }).id).not.toBe(first.id);
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
