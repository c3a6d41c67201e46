// Property tests of the response side: every normalizer and reader of Twin payloads, fed with
// payloads generated from specs/twin24/openapi.yaml and with junk derived from them. Whatever
// arrives, normalization returns a record of the botbridge model or throws a
// VendorNormalizationError naming twin24 and the operation; never a TypeError.
import { isVendorNormalizationError } from '@botbridge/core';
import {
  arbitraryFromSchema,
  expectCompact,
  expectContact,
  expectOptionalText,
  expectOwnData,
  expectTimestamps,
  junkFrom,
  tolerateNormalizationError,
  unknownEnumValue,
} from '@botbridge/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTokenPair } from '../src/auth.js';
import {
  type ChatMessage,
  type ChatSession,
  type ChatSessionSearchItem,
  normalizeChatSession,
  normalizeMessage,
  normalizeSession,
  readListPage,
  readSearchResult,
  VENDOR,
} from '../src/index.js';

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0x7e124, numRuns: 300 };

const spec = <T>(schema: string) => arbitraryFromSchema<T>(VENDOR, schema);
const searchItems = spec<ChatSessionSearchItem>('ChatSessionSearchItem');
const sessions = spec<ChatSession>('Session');
const messages = spec<ChatMessage>('Message');
const contexts = fc.record({ conversationId: fc.uuid(), position: fc.nat(500) });

// Twin documents no status values; these are the ones the normalizer maps (compared lower-cased,
// with spaces and dashes as underscores).
const KNOWN_STATUSES = ['closed', 'finished', 'archived', 'open', 'active', 'new', 'in_progress'];
const statusKey = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
// Nor any author types; these are the ones the normalizer maps (compared lower-cased).
const KNOWN_AUTHORS = ['client', 'bot', 'operator', 'user', 'system'];

const tolerate = <T>(run: () => T) =>
  tolerateNormalizationError(VENDOR, run, isVendorNormalizationError);

function expectConversation(
  conversation: ReturnType<typeof normalizeChatSession | typeof normalizeSession>,
  input: unknown,
) {
  expectCompact(conversation);
  expect(conversation.vendor).toBe(VENDOR);
  expect(conversation.id).toBeTypeOf('string');
  expectOptionalText(conversation.id);
  expect(['open', 'closed', 'unknown']).toContain(conversation.status);
  expectOptionalText(conversation.vendorStatus);
  expect(conversation).not.toHaveProperty('sentiment');
  expectOptionalText(conversation.channel);
  if (conversation.channel !== undefined) {
    expect(conversation.channel).toBe(conversation.channel.toLowerCase());
  }
  if (conversation.contact !== undefined) expectContact(conversation.contact);
  expectOptionalText(conversation.botId);
  expectOptionalText(conversation.assigneeId);
  expectTimestamps(conversation as never, ['createdAt', 'updatedAt', 'lastMessageAt', 'closedAt']);
  expect(conversation.handedOff === undefined || typeof conversation.handedOff === 'boolean').toBe(
    true,
  );
  if (conversation.messageCount !== undefined) {
    expect(Number.isSafeInteger(conversation.messageCount)).toBe(true);
    expect(conversation.messageCount).toBeGreaterThanOrEqual(0);
  }
  expect(conversation.tags.every((tag) => typeof tag === 'string' && tag.trim() === tag)).toBe(
    true,
  );
  expectOwnData(conversation);
  expect(conversation.raw).toBe(input);
}

function expectMessage(message: ReturnType<typeof normalizeMessage>, input: unknown) {
  expectCompact(message);
  expect(message.vendor).toBe(VENDOR);
  expect(message.id).toBeTypeOf('string');
  expectOptionalText(message.id);
  expect(message.conversationId).toBeTypeOf('string');
  expectOptionalText(message.conversationId);
  expect(['contact', 'bot', 'agent', 'system']).toContain(message.role);
  expectOptionalText(message.vendorRole);
  expectOptionalText(message.text);
  expect(Array.isArray(message.attachments)).toBe(true);
  for (const attachment of message.attachments) expectContact(attachment);
  expectTimestamps(message as never, ['createdAt']);
  expectOwnData(message);
  expect(message.raw).toBe(input);
}

describe('normalizeChatSession (search item)', () => {
  it('maps every spec-shaped item to a valid Conversation with an id stable across copies', () => {
    fc.assert(
      fc.property(searchItems, (item) => {
        const conversation = normalizeChatSession(item);
        expectConversation(conversation, item);
        expect(normalizeChatSession(structuredClone(item)).id).toBe(conversation.id);
      }),
      params,
    );
  });

  it('maps junk to a valid Conversation or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(searchItems), (junk) => {
        const conversation = tolerate(() => normalizeChatSession(junk as ChatSessionSearchItem));
        if (conversation === undefined) return;
        expectConversation(conversation, junk);
        expect(normalizeChatSession(structuredClone(junk) as ChatSessionSearchItem).id).toBe(
          conversation.id,
        );
      }),
      params,
    );
  });

  it('maps an unknown status of a session without closedAt to unknown, kept in vendorStatus', () => {
    fc.assert(
      fc.property(searchItems, unknownEnumValue(KNOWN_STATUSES, statusKey), (item, status) => {
        const conversation = normalizeChatSession({ ...item, status, closedAt: null });
        expect(conversation.status).toBe('unknown');
        expect(conversation.vendorStatus).toBe(status.trim());
      }),
      params,
    );
  });
});

describe('normalizeSession (chat service)', () => {
  it('maps every spec-shaped session to a valid Conversation with an id stable across copies', () => {
    fc.assert(
      fc.property(sessions, (session) => {
        const conversation = normalizeSession(session);
        expectConversation(conversation, session);
        expect(normalizeSession(structuredClone(session)).id).toBe(conversation.id);
      }),
      params,
    );
  });

  it('maps junk to a valid Conversation or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(sessions), (junk) => {
        const conversation = tolerate(() => normalizeSession(junk as ChatSession, 'getSession'));
        if (conversation === undefined) return;
        expectConversation(conversation, junk);
        expect(normalizeSession(structuredClone(junk) as ChatSession).id).toBe(conversation.id);
      }),
      params,
    );
  });

  it('maps an unknown status to unknown and keeps it in vendorStatus', () => {
    fc.assert(
      fc.property(sessions, unknownEnumValue(KNOWN_STATUSES, statusKey), (session, status) => {
        const conversation = normalizeSession({ ...session, status });
        expect(conversation.status).toBe('unknown');
        expect(conversation.vendorStatus).toBe(status.trim());
      }),
      params,
    );
  });
});

// Issue #8: a session or search item without `id` got a new derived id whenever it changed, so
// an upserting sync duplicated it. Its chat, client and start identify it; anything else may change.
const started = (value: unknown) => typeof value === 'string' && value.trim() !== '';

describe('derived ids', () => {
  it('a search item without id keeps its id whatever else changes', () => {
    fc.assert(
      fc.property(searchItems, searchItems, (item, later) => {
        fc.pre(started(item.createdAt));
        const { id: _id, ...withoutId } = item;
        const { id: _laterId, ...changed } = later;
        const updated = {
          ...changed,
          chatId: item.chatId,
          clientId: item.clientId,
          createdAt: item.createdAt,
        };
        expect(normalizeChatSession(updated).id).toBe(normalizeChatSession(withoutId).id);
      }),
      params,
    );
  });

  it('a chat-service session without id keeps its id whatever else changes', () => {
    fc.assert(
      fc.property(sessions, sessions, (session, later) => {
        fc.pre(started(session.startedAt));
        const { id: _id, ...withoutId } = session;
        const { id: _laterId, ...changed } = later;
        const updated = {
          ...changed,
          chatId: session.chatId,
          clientId: session.clientId,
          startedAt: session.startedAt,
        };
        expect(normalizeSession(updated).id).toBe(normalizeSession(withoutId).id);
      }),
      params,
    );
  });

  it('a message without id keeps its id once read, answered or renamed', () => {
    fc.assert(
      fc.property(messages, messages, contexts, (message, later, context) => {
        const { id: _id, ...withoutId } = message;
        const updated = {
          ...withoutId,
          readAt: later.readAt,
          updatedAt: later.updatedAt,
          answers: later.answers,
          keyboard: later.keyboard,
          authorName: later.authorName,
          replyTo: later.replyTo,
        };
        expect(normalizeMessage(updated, context).id).toBe(normalizeMessage(withoutId, context).id);
      }),
      params,
    );
  });
});

describe('normalizeMessage', () => {
  it('maps every spec-shaped message to a valid Message with an id stable across copies', () => {
    fc.assert(
      fc.property(messages, contexts, (message, context) => {
        const normalized = normalizeMessage(message, context);
        expectMessage(normalized, message);
        expect(normalized.conversationId).toBe(context.conversationId);
        expect(normalizeMessage(structuredClone(message), context).id).toBe(normalized.id);
      }),
      params,
    );
  });

  it('maps junk to a valid Message or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(messages), contexts, (junk, context) => {
        const normalized = tolerate(() => normalizeMessage(junk as ChatMessage, context));
        if (normalized === undefined) return;
        expectMessage(normalized, junk);
        expect(normalizeMessage(structuredClone(junk) as ChatMessage, context).id).toBe(
          normalized.id,
        );
      }),
      params,
    );
  });

  it('maps an unknown authorType to system and keeps it in vendorRole', () => {
    const unknown = unknownEnumValue(KNOWN_AUTHORS, (value) => value.trim().toLowerCase());
    fc.assert(
      fc.property(messages, unknown, contexts, (message, authorType, context) => {
        const normalized = normalizeMessage({ ...message, authorType }, context);
        expect(normalized.role).toBe('system');
        expect(normalized.vendorRole).toBe(authorType.trim());
      }),
      params,
    );
  });
});

// Readers check the envelope of a response before its items are normalized.
type ReaderCase = [
  name: string,
  { body: fc.Arbitrary<unknown>; read: (body: never) => unknown; check: (out: never) => void },
];

const expectListPage = (page: { items: unknown[]; count: number | undefined }) => {
  expect(Array.isArray(page.items)).toBe(true);
  expect(page.count === undefined || Number.isFinite(page.count)).toBe(true);
};

const readerCases: ReaderCase[] = [
  [
    'readSearchResult (ChatSessionSearchResult)',
    {
      body: spec('ChatSessionSearchResult'),
      read: (body: never) => readSearchResult(body),
      check: expectListPage,
    },
  ],
  [
    'readListPage (SessionList)',
    {
      body: spec('SessionList'),
      read: (body: never) => readListPage(body, 'listSessions'),
      check: expectListPage,
    },
  ],
  [
    'readListPage (MessageList)',
    {
      body: spec('MessageList'),
      read: (body: never) => readListPage(body, 'listSessionMessages'),
      check: expectListPage,
    },
  ],
  [
    'readTokenPair (AuthTokens)',
    {
      body: spec('AuthTokens'),
      read: (body: never) => readTokenPair(body, 'login'),
      check: (pair: { token: string; refreshToken: string }) => {
        expect(pair.token).not.toBe('');
        expect(pair.refreshToken).not.toBe('');
      },
    },
  ],
];

describe('readers', () => {
  for (const [name, { body, read, check }] of readerCases) {
    it(`${name}: reads every spec-shaped body`, () => {
      fc.assert(
        fc.property(body, (given) => check(read(given as never) as never)),
        params,
      );
    });

    it(`${name}: reads junk or rejects it with a normalization error`, () => {
      fc.assert(
        fc.property(junkFrom(body), (junk) => {
          const out = tolerate(() => read(junk as never));
          if (out !== undefined) check(out as never);
        }),
        params,
      );
    });
  }
});
