import { readFileSync } from 'node:fs';
import { isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import { type ChatSession, normalizeChatSession } from '../src/index.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'),
  ) as ChatSession;

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

  it('chat-session.missing-id: derives a stable id from the record', () => {
    const given = fixture('chat-session.missing-id');
    const first = normalizeChatSession(given);
    const again = normalizeChatSession(structuredClone(given));
    expect(first.id).toMatch(/^opencx_session_[0-9a-f]{32}$/);
    expect(again.id).toBe(first.id);
    expect(first.contact).toEqual({ name: 'Sam', email: 'sam.rivera@example.com' });
    expect(first.createdAt).toBe('2026-04-01T00:00:03.000Z');
    expect(first.raw).toBe(given);
    expect(normalizeChatSession({ ...given, updated_at: '2026-04-02T00:00:00Z' }).id).not.toBe(
      first.id,
    );
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
