// Property tests of the response side: every normalizer and reader of OpenCX payloads, fed with
// payloads generated from specs/opencx/openapi.yaml and with junk derived from them. Whatever
// arrives, normalization returns a record of the botbridge model or throws a
// VendorNormalizationError naming opencx and the operation; never a TypeError.
import { isVendorNormalizationError } from '@botbridge/core';
import {
  arbitraryFromSchema,
  expectCompact,
  expectContact,
  expectOptionalText,
  expectOwnData,
  expectTimestamps,
  junkFrom,
  schemaEnum,
  tolerateNormalizationError,
  UTC_MS,
  unknownEnumValue,
} from '@botbridge/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChatHistoryItem,
  type ChatSession,
  type ContactDto,
  normalizeChatSession,
  normalizeContactRecord,
  normalizeHistoryItem,
  VENDOR,
} from '../src/index.js';
import { readCursorPage, readFilterPage } from '../src/normalize/envelope.js';

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0x0be2c7, numRuns: 300 };

const spec = <T>(schema: string) => arbitraryFromSchema<T>(VENDOR, schema);
const sessions = spec<ChatSession>('ChatSession');
const historyItems = spec<ChatHistoryItem>('ChatHistoryItem');
const contacts = spec<ContactDto>('Contact');
const sessionIds = fc.uuid();

const tolerate = <T>(run: () => T) =>
  tolerateNormalizationError(VENDOR, run, isVendorNormalizationError);

function expectConversation(conversation: ReturnType<typeof normalizeChatSession>, input: unknown) {
  expectCompact(conversation);
  expect(conversation.vendor).toBe(VENDOR);
  expect(conversation.id).toBeTypeOf('string');
  expectOptionalText(conversation.id);
  expect(['open', 'closed', 'unknown']).toContain(conversation.status);
  expectOptionalText(conversation.vendorStatus);
  if (conversation.sentiment !== undefined) {
    expect(['positive', 'neutral', 'negative']).toContain(conversation.sentiment);
  }
  expectOptionalText(conversation.vendorSentiment);
  expectOptionalText(conversation.channel);
  if (conversation.channel !== undefined) {
    expect(conversation.channel).toBe(conversation.channel.toLowerCase());
  }
  if (conversation.contact !== undefined) expectContact(conversation.contact);
  expectOptionalText(conversation.assigneeId);
  expectOptionalText(conversation.language);
  expectTimestamps(conversation as never, ['createdAt', 'updatedAt', 'lastMessageAt', 'closedAt']);
  expect(conversation.handedOff === undefined || typeof conversation.handedOff === 'boolean').toBe(
    true,
  );
  expect(conversation.tags.every((tag) => typeof tag === 'string')).toBe(true);
  expectOwnData(conversation);
  expect(conversation.raw).toBe(input);
}

function expectMessage(message: ReturnType<typeof normalizeHistoryItem>, input: unknown) {
  expectCompact(message);
  expect(message.vendor).toBe(VENDOR);
  expect(message.id).toBeTypeOf('string');
  expectOptionalText(message.id);
  expect(message.conversationId).toBeTypeOf('string');
  expectOptionalText(message.conversationId);
  expect(['contact', 'bot', 'agent', 'system']).toContain(message.role);
  expectOptionalText(message.vendorRole);
  expectOptionalText(message.authorId);
  expectOptionalText(message.handoffIntegration);
  expectOptionalText(message.text);
  expect(Array.isArray(message.attachments)).toBe(true);
  for (const attachment of message.attachments) expectContact(attachment);
  expectTimestamps(message as never, ['createdAt']);
  expectOwnData(message);
  expect(message.raw).toBe(input);
}

function expectContactRecord(record: ReturnType<typeof normalizeContactRecord>, input: unknown) {
  const { raw, createdAt, updatedAt, ...contact } = record;
  expectContact(contact);
  expectCompact(record);
  expectTimestamps({ createdAt, updatedAt }, ['createdAt', 'updatedAt']);
  expectOwnData(record);
  expect(raw).toBe(input);
}

describe('normalizeChatSession', () => {
  it('maps every spec-shaped session to a valid Conversation with an id stable across copies', () => {
    fc.assert(
      fc.property(sessions, (dto) => {
        const conversation = normalizeChatSession(dto);
        expectConversation(conversation, dto);
        // Required, a date-time or null (the 2024 document): read whenever it is a date-time.
        if (dto.created_at === null) expect(conversation.createdAt).toBeUndefined();
        else expect(conversation.createdAt).toMatch(UTC_MS);
        // A null `updated_at` takes the creation time: a session with a time always has an
        // update time, so an incremental sync comparing `updatedAt` cannot skip it.
        if (dto.updated_at !== null || dto.created_at !== null) {
          expect(conversation.updatedAt).toMatch(UTC_MS);
        }
        if (dto.updated_at === null) expect(conversation.updatedAt).toBe(conversation.createdAt);
        expect(normalizeChatSession(structuredClone(dto)).id).toBe(conversation.id);
      }),
      params,
    );
  });

  it('maps junk to a valid Conversation or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(sessions), (junk) => {
        const conversation = tolerate(() =>
          normalizeChatSession(junk as ChatSession, 'listChatSessions'),
        );
        if (conversation === undefined) return;
        expectConversation(conversation, junk);
        expect(normalizeChatSession(structuredClone(junk) as ChatSession).id).toBe(conversation.id);
      }),
      params,
    );
  });

  it('maps an unknown status to unknown and keeps it in vendorStatus', () => {
    const unknown = unknownEnumValue(schemaEnum(VENDOR, 'SessionStatus'));
    fc.assert(
      fc.property(sessions, unknown, (dto, status) => {
        const conversation = normalizeChatSession({ ...dto, status } as never);
        expect(conversation.status).toBe('unknown');
        expect(conversation.vendorStatus).toBe(status.trim());
      }),
      params,
    );
  });

  it('leaves an unknown sentiment out and keeps it in vendorSentiment', () => {
    const unknown = unknownEnumValue(schemaEnum(VENDOR, 'Sentiment'));
    fc.assert(
      fc.property(sessions, unknown, (dto, sentiment) => {
        const conversation = normalizeChatSession({ ...dto, sentiment } as never);
        expect(conversation).not.toHaveProperty('sentiment');
        expect(conversation.vendorSentiment).toBe(sentiment.trim());
      }),
      params,
    );
  });

  it('keeps an unknown channel type, lower-cased', () => {
    const unknown = unknownEnumValue(schemaEnum(VENDOR, 'ChannelType'));
    fc.assert(
      fc.property(sessions, unknown, (dto, type) => {
        const conversation = normalizeChatSession({ ...dto, channel: { type } } as never);
        expect(conversation.channel).toBe(type.trim().toLowerCase());
      }),
      params,
    );
  });

  it('reads an unknown ai_closure_type as no handoff unless a handoff summary came', () => {
    const unknown = unknownEnumValue(schemaEnum(VENDOR, 'AiClosureType'));
    fc.assert(
      fc.property(sessions, unknown, (dto, closure) => {
        const conversation = normalizeChatSession({ ...dto, ai_closure_type: closure } as never);
        expect(conversation.handedOff).toBe(dto.handoff !== undefined);
      }),
      params,
    );
  });
});

// What changes while a session lives. Issue #8: a session without `id` got a new derived id when
// its status or `updated_at` changed, so an upserting sync duplicated it.
const LIVE_FIELDS = [
  'status',
  'ai_closure_type',
  'sentiment',
  'updated_at',
  'assignee_id',
  'assist_mode',
  'language',
  'custom_data',
  'team',
  'handoff',
  'ticketing_system',
] as const;

describe('derived session ids', () => {
  it('the same session after an update keeps its id', () => {
    fc.assert(
      fc.property(sessions, sessions, (dto, later) => {
        // Without `id`, `created_at` and `ticket_number` nothing stays put: only then is the id
        // hashed from the whole record (see README, Ids and timestamps).
        fc.pre(dto.created_at !== null || dto.ticket_number !== undefined);
        const { id: _id, ...withoutId } = dto;
        const updated: Record<string, unknown> = { ...withoutId };
        for (const field of LIVE_FIELDS) updated[field] = later[field];
        // The contact's details are edited too (a visitor verifies their name); its id stays.
        if (dto.contact && later.contact) {
          updated.contact = { ...later.contact, id: dto.contact.id };
        }
        const id = normalizeChatSession(withoutId as ChatSession).id;
        expect(normalizeChatSession(updated as ChatSession).id).toBe(id);
      }),
      params,
    );
  });

  it('the same history item keeps its id when its sender is renamed or its context grows', () => {
    fc.assert(
      fc.property(historyItems, sessionIds, fc.string(), (dto, sessionId, name) => {
        const { id: _id, ...item } = dto;
        const id = normalizeHistoryItem(item, sessionId).id;
        const event = item.event
          ? {
              ...item.event,
              context: { seen: true },
              ...(item.event.sender ? { sender: { ...item.event.sender, name } } : {}),
            }
          : undefined;
        expect(normalizeHistoryItem({ ...item, event }, sessionId).id).toBe(id);
      }),
      params,
    );
  });
});

describe('normalizeHistoryItem', () => {
  it('maps every spec-shaped item to a valid Message with an id stable across copies', () => {
    fc.assert(
      fc.property(historyItems, sessionIds, (item, sessionId) => {
        const message = normalizeHistoryItem(item, sessionId);
        expectMessage(message, item);
        expect(message.conversationId).toBe(sessionId);
        // A date-time or null (the 2024 document): read whenever it is a date-time.
        if (item.created_at === null) expect(message.createdAt).toBeUndefined();
        else expect(message.createdAt).toMatch(UTC_MS);
        expect(normalizeHistoryItem(structuredClone(item), sessionId).id).toBe(message.id);
      }),
      params,
    );
  });

  it('maps junk to a valid Message or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(historyItems), sessionIds, (junk, sessionId) => {
        const message = tolerate(() => normalizeHistoryItem(junk as ChatHistoryItem, sessionId));
        if (message === undefined) return;
        expectMessage(message, junk);
        expect(normalizeHistoryItem(structuredClone(junk) as ChatHistoryItem, sessionId).id).toBe(
          message.id,
        );
      }),
      params,
    );
  });

  it('keeps the agent of an agent event and the helpdesk of a handoff, whatever they are', () => {
    // The 2024 document's fields; the helpdesk is an open string, so any value is kept as sent.
    const helpdesks = fc.string({ minLength: 1 }).filter((value) => value.trim() !== '');
    const agents = fc.integer({ min: 0, max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(historyItems, agents, helpdesks, sessionIds, (item, agent, helpdesk, id) => {
        const event = {
          ...item.event,
          type: 'human_agent_comment',
          human_agent_id: agent,
          integration: { type: helpdesk },
        };
        const message = normalizeHistoryItem({ ...item, event }, id);
        expect(message.authorId).toBe(String(agent));
        expect(message.handoffIntegration).toBe(helpdesk.trim());
        expect(message.role).toBe('agent');
      }),
      params,
    );
  });

  it('maps an unknown sender type of a message to system and keeps it in vendorRole', () => {
    // Sender types are an open string in the spec; these three are the ones the docs name.
    const unknown = unknownEnumValue(['contact', 'ai', 'human_agent'], (value) =>
      value.trim().toLowerCase(),
    );
    fc.assert(
      fc.property(historyItems, unknown, sessionIds, (item, type, sessionId) => {
        const event = { ...item.event, type: 'message', sender: { type, name: null } };
        const message = normalizeHistoryItem({ ...item, event }, sessionId);
        expect(message.role).toBe('system');
        expect(message.vendorRole).toBe(type.trim());
      }),
      params,
    );
  });
});

describe('normalizeContactRecord', () => {
  it('maps every spec-shaped contact to a valid contact record', () => {
    fc.assert(
      fc.property(contacts, (dto) => {
        const record = normalizeContactRecord(dto);
        expectContactRecord(record, dto);
        expect(normalizeContactRecord(structuredClone(dto)).id).toBe(record.id);
      }),
      params,
    );
  });

  it('maps junk to a valid contact record or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(contacts), (junk) => {
        const record = tolerate(() => normalizeContactRecord(junk as ContactDto));
        if (record !== undefined) expectContactRecord(record, junk);
      }),
      params,
    );
  });
});

// Readers check the envelope of a response before its items are normalized.
type ReaderCase = [
  name: string,
  { body: fc.Arbitrary<unknown>; read: (body: never) => { items: unknown[] } },
];

const readerCases: ReaderCase[] = [
  [
    'readCursorPage (ChatSessionList)',
    {
      body: spec('ChatSessionList'),
      read: (body: never) => readCursorPage(body, 'listChatSessions'),
    },
  ],
  [
    'readCursorPage (ChatHistoryPage)',
    {
      body: spec('ChatHistoryPage'),
      read: (body: never) => readCursorPage(body, 'listChatHistory'),
    },
  ],
  [
    'readCursorPage (ContactList)',
    { body: spec('ContactList'), read: (body: never) => readCursorPage(body, 'listContacts') },
  ],
  [
    'readFilterPage (ChatSessionFilterPage)',
    {
      body: spec('ChatSessionFilterPage'),
      read: (body: never) => readFilterPage(body, { page: 1, limit: 25 }),
    },
  ],
];

function expectPage(page: Record<string, unknown> & { items: unknown[] }) {
  expect(Array.isArray(page.items)).toBe(true);
  if ('next' in page)
    expect(page.next === undefined || (typeof page.next === 'string' && page.next !== '')).toBe(
      true,
    );
  for (const key of ['page', 'limit'] as const) {
    if (key in page)
      expect(Number.isSafeInteger(page[key]) && (page[key] as number) >= 1).toBe(true);
  }
  for (const key of ['hasNext', 'hasPrevious'] as const) {
    if (key in page) expect(page[key]).toBeTypeOf('boolean');
  }
}

describe('readers', () => {
  for (const [name, { body, read }] of readerCases) {
    it(`${name}: reads every spec-shaped body`, () => {
      fc.assert(
        fc.property(body, (given) => expectPage(read(given as never) as never)),
        params,
      );
    });

    it(`${name}: reads junk or rejects it with a normalization error`, () => {
      fc.assert(
        fc.property(junkFrom(body), (junk) => {
          const page = tolerate(() => read(junk as never));
          if (page !== undefined) expectPage(page as never);
        }),
        params,
      );
    });
  }
});
