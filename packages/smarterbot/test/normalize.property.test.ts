// Property tests of the response side: every normalizer and reader of SmarterBot payloads, fed
// with payloads generated from specs/smarterbot/openapi.yaml and with junk derived from them.
// Whatever arrives, normalization returns a record of the botbridge model or throws a
// VendorNormalizationError naming smarterbot and the operation; never a TypeError.
import { isVendorEnvelopeError, isVendorNormalizationError } from '@botbridge/core';
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
  unknownEnumValue,
} from '@botbridge/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChatHistoryResponse,
  type ChatMessageRecord,
  type ChatSessionRecord,
  checkEnvelope,
  conversationIdOf,
  type Envelope,
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
  VENDOR,
} from '../src/index.js';

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0x5ba27e, numRuns: 300 };

const spec = <T>(schema: string) => arbitraryFromSchema<T>(VENDOR, schema);
const leads = spec<LeadRecord>('LeadRecord');
const sessions = spec<ChatSessionRecord>('ChatSessionRecord');
const turns = spec<ChatMessageRecord>('ChatMessageRecord');
const serialNumbers = fc.option(fc.uuid(), { nil: undefined });
const positions = fc.record({
  conversationId: fc.stringMatching(/^\d{1,12}$/),
  position: fc.nat(200),
});

const tolerate = <T>(run: () => T) =>
  tolerateNormalizationError(VENDOR, run, isVendorNormalizationError);

function expectLead(lead: ReturnType<typeof normalizeLead>, input: unknown) {
  expectCompact(lead);
  expect(lead.vendor).toBe(VENDOR);
  expect(lead.id).toMatch(/^smarterbot_lead_[0-9a-f]{32}$/);
  expect(['lead', 'appointment']).toContain(lead.kind);
  expectContact(lead.contact);
  expectOptionalText(lead.conversationId);
  if (lead.source !== undefined) expectContact(lead.source);
  expectTimestamps(lead as never, ['createdAt', 'updatedAt']);
  expect(Array.isArray(lead.tags) && lead.tags.every((tag) => typeof tag === 'string')).toBe(true);
  expect(Object.values(lead.fields).every((value) => typeof value === 'string')).toBe(true);
  expectOwnData(lead);
  expect(lead.raw).toBe(input);
}

function expectConversation(
  conversation: ReturnType<typeof normalizeConversation>,
  input: unknown,
) {
  expectCompact(conversation);
  expect(conversation.vendor).toBe(VENDOR);
  expect(conversation.id).toBeTypeOf('string');
  expectOptionalText(conversation.id);
  // The history carries no status at all.
  expect(conversation.status).toBe('unknown');
  expect(conversation).not.toHaveProperty('sentiment');
  expectOptionalText(conversation.botId);
  expectTimestamps(conversation as never, ['createdAt', 'updatedAt', 'lastMessageAt', 'closedAt']);
  if (conversation.messageCount !== undefined) {
    expect(Number.isSafeInteger(conversation.messageCount)).toBe(true);
    expect(conversation.messageCount).toBeGreaterThanOrEqual(0);
  }
  expect(conversation.tags.every((tag) => typeof tag === 'string')).toBe(true);
  expectOwnData(conversation);
  expect(conversation.raw).toBe(input);
}

function expectMessage(message: ReturnType<typeof normalizeMessage>, input: unknown) {
  expectCompact(message);
  expect(message.vendor).toBe(VENDOR);
  expect(message.id).toMatch(/^smarterbot_message_[0-9a-f]{32}$/);
  expect(message.conversationId).toBeTypeOf('string');
  expectOptionalText(message.conversationId);
  expect(['contact', 'bot', 'agent', 'system']).toContain(message.role);
  if (message.vendorRole !== undefined) expect(message.vendorRole.trim()).not.toBe('');
  expectOptionalText(message.text);
  expect(message.attachments).toEqual([]);
  expect(message).not.toHaveProperty('createdAt');
  expectOwnData(message);
  expect(message.raw).toBe(input);
}

function expectSession(session: ReturnType<typeof normalizeChatSession>, input: ChatSessionRecord) {
  expectConversation(session.conversation, input);
  const turns: unknown = input.Messages;
  expect(session.messages).toHaveLength(Array.isArray(turns) ? turns.length : 0);
  session.messages.forEach((message, position) => {
    expectMessage(message, (turns as unknown[])[position]);
    expect(message.conversationId).toBe(session.conversation.id);
  });
}

describe('normalizeLead', () => {
  it('maps every spec-shaped record to a valid Lead with an id stable across copies', () => {
    fc.assert(
      fc.property(leads, (record) => {
        const lead = normalizeLead(record);
        expectLead(lead, record);
        expect(normalizeLead(structuredClone(record)).id).toBe(lead.id);
      }),
      params,
    );
  });

  it('maps junk to a valid Lead or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(leads), (junk) => {
        const lead = tolerate(() => normalizeLead(junk as LeadRecord));
        if (lead === undefined) return;
        expectLead(lead, junk);
        expect(normalizeLead(structuredClone(junk) as LeadRecord).id).toBe(lead.id);
      }),
      params,
    );
  });

  it('reads an unknown Type as a plain lead; the vendor value stays in raw', () => {
    const unknown = unknownEnumValue(schemaEnum(VENDOR, 'LeadTypeKnown'), (value) =>
      value.trim().toLowerCase(),
    );
    fc.assert(
      fc.property(leads, unknown, (record, Type) => {
        const given = { ...record, Type } as never as LeadRecord;
        const lead = normalizeLead(given);
        expect(lead.kind).toBe('lead');
        expect(lead.raw.Type).toBe(Type);
      }),
      params,
    );
  });
});

// Issue #8: a derived id must survive an update of the record it names. A LeadList record is
// identified by its session and capture time; a session without SessionID by its start and
// opening turn. Anything else may change.
const dated = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !value.startsWith('0001-01-01');

describe('derived ids', () => {
  it('a lead record keeps its id whatever else about it changes', () => {
    fc.assert(
      fc.property(leads, leads, (record, later) => {
        fc.pre(dated(record.CreateTime));
        const updated = { ...later, SessionID: record.SessionID, CreateTime: record.CreateTime };
        expect(normalizeLead(updated).id).toBe(normalizeLead(record).id);
      }),
      params,
    );
  });

  it('a session without SessionID keeps its id as it grows and whatever its page', () => {
    fc.assert(
      fc.property(sessions, turns, fc.option(fc.string(), { nil: null }), (record, turn, URI) => {
        fc.pre(dated(record.CreateTime));
        const { SessionID: _id, ...withoutId } = record;
        // Listed again later: a turn more (its first one, if it had none), and another page.
        const grown = { ...withoutId, URI, Messages: [...(record.Messages ?? []), turn] };
        expect(conversationIdOf(grown)).toBe(conversationIdOf(withoutId));
      }),
      params,
    );
  });
});

describe('normalizeConversation and conversationIdOf', () => {
  it('map every spec-shaped session to a valid Conversation with an id stable across copies', () => {
    fc.assert(
      fc.property(sessions, serialNumbers, (record, serialNumber) => {
        const conversation = normalizeConversation(record, serialNumber);
        expectConversation(conversation, record);
        expect(conversationIdOf(record)).toBe(conversation.id);
        expect(conversationIdOf(structuredClone(record))).toBe(conversation.id);
      }),
      params,
    );
  });

  it('map junk to a valid Conversation or reject it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(sessions), serialNumbers, (junk, serialNumber) => {
        const record = junk as ChatSessionRecord;
        const conversation = tolerate(() => normalizeConversation(record, serialNumber));
        const id = tolerate(() => conversationIdOf(record));
        expect(id).toBe(conversation?.id);
        if (conversation === undefined) return;
        expectConversation(conversation, junk);
        expect(conversationIdOf(structuredClone(record))).toBe(conversation.id);
      }),
      params,
    );
  });
});

describe('normalizeMessage', () => {
  it('maps every spec-shaped turn to a valid Message with an id stable across copies', () => {
    fc.assert(
      fc.property(turns, positions, (record, where) => {
        const message = normalizeMessage(record, where);
        expectMessage(message, record);
        expect(message.conversationId).toBe(where.conversationId);
        expect(normalizeMessage(structuredClone(record), where).id).toBe(message.id);
      }),
      params,
    );
  });

  it('maps junk to a valid Message or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(turns), positions, (junk, where) => {
        const message = tolerate(() => normalizeMessage(junk as ChatMessageRecord, where));
        if (message === undefined) return;
        expectMessage(message, junk);
        expect(normalizeMessage(structuredClone(junk) as ChatMessageRecord, where).id).toBe(
          message.id,
        );
      }),
      params,
    );
  });

  it('maps an unknown Type to system and keeps it, as sent, in vendorRole', () => {
    const unknown = unknownEnumValue(schemaEnum(VENDOR, 'ChatMessageTypeKnown'), (value) =>
      value.trim().toLowerCase(),
    );
    fc.assert(
      fc.property(turns, unknown, positions, (record, Type, where) => {
        const message = normalizeMessage({ ...record, Type } as never, where);
        expect(message.role).toBe('system');
        expect(message.vendorRole).toBe(Type);
      }),
      params,
    );
  });
});

describe('normalizeChatSession', () => {
  it('maps every spec-shaped session to its conversation and every turn, in order', () => {
    fc.assert(
      fc.property(sessions, serialNumbers, (record, serialNumber) => {
        const session = normalizeChatSession(record, serialNumber);
        expectSession(session, record);
        const again = normalizeChatSession(structuredClone(record), serialNumber);
        expect(again.messages.map((m) => m.id)).toEqual(session.messages.map((m) => m.id));
      }),
      params,
    );
  });

  it('maps junk to a valid session or rejects it with a normalization error', () => {
    fc.assert(
      fc.property(junkFrom(sessions), serialNumbers, (junk, serialNumber) => {
        const record = junk as ChatSessionRecord;
        const session = tolerate(() => normalizeChatSession(record, serialNumber));
        if (session === undefined) return;
        expectSession(session, record);
        const again = normalizeChatSession(structuredClone(record), serialNumber);
        expect(again.conversation.id).toBe(session.conversation.id);
        expect(again.messages.map((m) => m.id)).toEqual(session.messages.map((m) => m.id));
      }),
      params,
    );
  });
});

// Readers take the payload out of a successful envelope before it is normalized.
type ReaderCase = [
  name: string,
  {
    body: fc.Arbitrary<unknown>;
    read: (body: never) => unknown;
    check: (out: never) => void;
    /** Spec-valid bodies the reader still rejects, as pinned by normalize.test.ts. */
    pinned: (body: { Data?: unknown }) => boolean;
  },
];

const expectArray = (out: unknown) => expect(Array.isArray(out)).toBe(true);

const readerCases: ReaderCase[] = [
  [
    'readLeadList (LeadListResponse)',
    {
      body: spec<LeadListResponse>('LeadListResponse'),
      read: (body: never) => readLeadList(body),
      check: expectArray,
      // `Data` is not required by the envelope, but a list without it is not a list.
      pinned: (body) => body.Data === undefined,
    },
  ],
  [
    'readChatHistory (ChatHistoryResponse)',
    {
      body: spec<ChatHistoryResponse>('ChatHistoryResponse'),
      read: (body: never) => readChatHistory(body),
      check: expectArray,
      pinned: (body) => body.Data === undefined,
    },
  ],
  [
    'readMessageCount (MessageCountResponse)',
    {
      body: spec<MessageCountResponse>('MessageCountResponse'),
      read: (body: never) => readMessageCount(body),
      check: (count: number) => {
        expect(Number.isSafeInteger(count)).toBe(true);
        expect(count).toBeGreaterThanOrEqual(0);
      },
      // `Data: null` is the spec's form of a business failure (`Success: false`), which
      // checkEnvelope reports before; no count is not a count of zero.
      pinned: (body) => body.Data === undefined || body.Data === null,
    },
  ],
];

describe('readers', () => {
  for (const [name, { body, read, check, pinned }] of readerCases) {
    it(`${name}: reads every spec-shaped body`, () => {
      fc.assert(
        fc.property(body, (given) => {
          const run = () => read(given as never);
          const out = pinned(given as { Data?: unknown }) ? tolerate(run) : run();
          if (out !== undefined) check(out as never);
        }),
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

describe('checkEnvelope', () => {
  const context = { operation: 'listLeads', status: 200, secrets: ['sk-live-0123456789'] };
  const envelopes = spec<Envelope>('Envelope');

  // The one other outcome: a well-formed envelope that reports a failure (`Success: false`).
  function check(body: unknown) {
    try {
      expect(checkEnvelope(body as Envelope, context)).toBe(body);
      expect((body as Envelope).Success).toBe(true);
    } catch (error) {
      if (isVendorEnvelopeError(error)) {
        expect((body as Envelope).Success).not.toBe(true);
        expect(error).toMatchObject({ vendor: VENDOR, operation: 'listLeads', status: 200 });
        return;
      }
      if (!isVendorNormalizationError(error)) throw error;
      expect(error).toMatchObject({ vendor: VENDOR, operation: 'listLeads' });
    }
  }

  it('passes every spec-shaped successful envelope and reports every failed one', () => {
    fc.assert(
      fc.property(envelopes, (body) => {
        check(body);
        // A spec-shaped body is an envelope: never a normalization error.
        expect(() => checkEnvelope(body, context)).not.toThrow(/expected the \{Data/);
      }),
      params,
    );
  });

  it('passes, reports or rejects junk with a botbridge error', () => {
    fc.assert(fc.property(junkFrom(envelopes), check), params);
  });
});
