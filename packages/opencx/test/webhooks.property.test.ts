// Property tests of the OpenCX webhook receiver, fed with deliveries generated from the spec's
// `webhooks` schemas (specs/opencx/openapi.yaml), junk derived from them, random bytes, random
// headers and random options. Whatever arrives, the receiver returns an event of the union or
// throws a VendorWebhookError; never a TypeError or anything else.
import { cleanString, isVendorWebhookError, type VendorWebhookError } from '@botbridge/core';
import {
  arbitraryFromSchema,
  expectCompact,
  expectContact,
  expectOptionalText,
  expectOwnData,
  expectTimestamps,
  junkFrom,
} from '@botbridge/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChatSession,
  normalizeChatSession,
  OPENCX_OPEN_WEBHOOK_EVENTS,
  OPENCX_WEBHOOK_EVENTS,
  type OpenCxWebhookEvent,
  type OpenCxWebhookOptions,
  parseOpenCxWebhook,
  VENDOR,
} from '../src/index.js';

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0x0c7e11, numRuns: 300 };

type Payload = Record<string, unknown>;
const spec = (schema: string) => arbitraryFromSchema<Payload>(VENDOR, schema);

const CONVERSATION_EVENTS = new Set([
  'conversation.started',
  'conversation.closed',
  'conversation.handoff_to_human',
]);

/** Deliveries a server following the spec could send, one arbitrary per declared event. */
const specShaped: fc.Arbitrary<Payload> = fc.oneof(
  spec('WebhookConversationStarted'),
  spec('WebhookConversationClosed'),
  spec('WebhookConversationHandoffToHuman'),
  spec('WebhookConversationThirdPartyAgentResponse'),
  fc
    .tuple(spec('WebhookOpenEvent'), fc.constantFrom(...OPENCX_OPEN_WEBHOOK_EVENTS))
    .map(([payload, event]) => ({ ...payload, event })),
);

const headers: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant({ 'content-type': 'application/json' }),
  fc.dictionary(
    fc.string({ maxLength: 12 }),
    fc.oneof(
      fc.string(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.integer(),
      fc.constant(undefined),
    ),
  ),
  fc.constant(new Headers({ 'x-any': '1' })),
  fc.anything(),
);

const options: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record({
    verify: fc.constantFrom(
      () => true,
      async () => true,
    ),
  }),
  fc.record({
    verify: fc.oneof(
      fc.constantFrom(
        () => false,
        async () => false,
        () => {
          throw new Error('hook failed');
        },
        () => Promise.reject(new Error('hook failed')),
      ),
      fc.anything(),
    ),
  }),
  fc.anything(),
);

const KNOWN_TYPES = new Set<string>([...OPENCX_WEBHOOK_EVENTS, 'unknown']);
const REASONS = new Set(['malformed', 'options', 'signature']);

type Outcome = { event: OpenCxWebhookEvent } | { error: VendorWebhookError };

/** The receiver's result, or its VendorWebhookError; anything else thrown fails the test. */
async function outcome(body: unknown, given: unknown, opts: unknown): Promise<Outcome> {
  try {
    return {
      event: await parseOpenCxWebhook(
        body as string,
        given as Headers,
        opts as OpenCxWebhookOptions,
      ),
    };
  } catch (error) {
    if (!isVendorWebhookError(error)) throw error;
    expect(error.vendor).toBe(VENDOR);
    expect(error.operation).toBe('parseOpenCxWebhook');
    expect(REASONS.has(error.reason), `reason ${error.reason}`).toBe(true);
    return { error };
  }
}

/** The conversation elements of a delivery's `data`, as the receiver reads them. */
const elementsOf = (data: unknown): unknown[] => (Array.isArray(data) ? data : [data]);

/** The checks every event passes, whatever it came from. */
function expectEvent(event: OpenCxWebhookEvent) {
  expect(KNOWN_TYPES.has(event.type), `type ${event.type}`).toBe(true);
  expect(event.raw).toBeTypeOf('object');
  if (event.type === 'unknown') {
    if (event.vendorType !== undefined) expect(KNOWN_TYPES.has(event.vendorType)).toBe(false);
    return;
  }
  expectOptionalText(event.organizationId);
  expect(event.organizationId).toBe(cleanString(event.raw.organization_id));
  if ('data' in event) {
    expect(event.data).toBe(event.raw.data);
    return;
  }
  const conversations = 'conversations' in event ? event.conversations : [event.conversation];
  expect(conversations[0]).toBe(event.conversation);
  expect(conversations).toHaveLength(elementsOf(event.raw.data).length);
  conversations.forEach((conversation, index) => {
    expectCompact(conversation);
    expectOwnData(conversation);
    expect(conversation.vendor).toBe(VENDOR);
    expect(conversation.raw).toBe(elementsOf(event.raw.data)[index]);
    // The id is the one getChatSession gives for a session of that id.
    const sessionId = (conversation.raw as { conversation_id?: unknown }).conversation_id;
    expect(conversation.id).toBe(
      normalizeChatSession({ id: sessionId } as unknown as ChatSession).id,
    );
    expect(conversation.status).toBe(
      { 'conversation.started': 'open', 'conversation.closed': 'closed' }[event.type as string] ??
        'unknown',
    );
    expect(conversation.handedOff).toBe(
      event.type === 'conversation.handoff_to_human' ? true : undefined,
    );
    if (conversation.contact !== undefined) expectContact(conversation.contact);
    expectOptionalText(conversation.channel);
    expectOptionalText(conversation.summary);
    expectTimestamps(conversation as unknown as Record<string, unknown>, [
      'createdAt',
      'closedAt',
      'occurredAt',
    ]);
    if (conversation.messageCount !== undefined) {
      expect(Number.isSafeInteger(conversation.messageCount)).toBe(true);
    }
    if (conversation.sentiment !== undefined) {
      expect(['positive', 'neutral', 'negative']).toContain(conversation.sentiment);
    }
  });
}

describe('parseOpenCxWebhook over spec-shaped deliveries', () => {
  it('reads every one it can tie to a conversation, and refuses only those it cannot', async () => {
    let read = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(specShaped, async (payload) => {
        const result = await outcome(JSON.stringify(payload), {}, undefined);
        // What the receiver needs beyond the spec: a non-blank organization (the spec requires a
        // string) and a non-blank conversation id on every conversation.
        const tied =
          !CONVERSATION_EVENTS.has(payload.event as string) ||
          elementsOf(payload.data).every(
            (element) =>
              cleanString((element as { conversation_id?: unknown }).conversation_id) !== undefined,
          );
        const accept = cleanString(payload.organization_id) !== undefined && tied;
        if ('error' in result) {
          expect(accept, result.error.message).toBe(false);
          expect(result.error.reason).toBe('malformed');
          refused++;
          return;
        }
        expect(accept).toBe(true);
        expect(result.event.type).toBe(payload.event);
        expectEvent(result.event);
        read++;
      }),
      params,
    );
    // Both branches ran: the generator is not stuck on one side.
    expect(read).toBeGreaterThan(params.numRuns / 2);
    expect(refused).toBeGreaterThan(0);
  });
});

describe('parseOpenCxWebhook over junk', () => {
  it('junk derived from spec-shaped deliveries: an event or a VendorWebhookError', async () => {
    await fc.assert(
      fc.asyncProperty(junkFrom(specShaped), async (value) => {
        const result = await outcome(JSON.stringify(value) ?? value, {}, undefined);
        if ('event' in result) expectEvent(result.event);
      }),
      params,
    );
  });

  it('every known event name around junk organizations and data: the same', async () => {
    // Junk derived from whole deliveries seldom keeps the event name while breaking `data`; this
    // breaks the envelope of every event directly.
    const envelopes = fc.record(
      {
        event: fc.constantFrom(...OPENCX_WEBHOOK_EVENTS),
        organization_id: fc.oneof(fc.string({ maxLength: 4 }), fc.anything()),
        data: fc.oneof(
          fc.constantFrom(undefined, null, [], {}),
          fc.anything(),
          fc.array(fc.anything(), { maxLength: 3 }),
          fc.array(
            fc.record(
              { conversation_id: fc.oneof(fc.uuid(), fc.anything()), contact: fc.anything() },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        ),
      },
      { requiredKeys: ['event'] },
    );
    const refusals = new Set<string>();
    await fc.assert(
      fc.asyncProperty(envelopes, async (value) => {
        const result = await outcome(JSON.stringify(value), {}, undefined);
        if ('event' in result) expectEvent(result.event);
        else refusals.add(result.error.message.replace(/^.*?: .*?: /, '').split(' ')[0] ?? '');
      }),
      params,
    );
    // The envelope checks all ran: organization, data and conversation id refusals.
    expect([...refusals].sort()).toEqual(
      expect.arrayContaining(['`organization_id`', '`data`', '`data.conversation_id`']),
    );
  });

  it('random bytes, text, headers and options: an event or a VendorWebhookError', async () => {
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      specShaped.map((payload) => JSON.stringify(payload)),
      specShaped.map((payload) => new TextEncoder().encode(JSON.stringify(payload)).buffer),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(bodies, headers, options, async (body, given, opts) => {
        const result = await outcome(body, given, opts);
        if ('event' in result) expectEvent(result.event);
      }),
      params,
    );
  });

  it('a verify hook refusing always wins over any body: signature, never malformed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 100 }), fc.string({ unit: 'binary' })),
        async (body) => {
          const result = await outcome(body, {}, { verify: () => false });
          // Only a body that is not even text (bytes that are not UTF-8) is refused earlier.
          if ('event' in result) throw new Error('a refusing hook let a delivery through');
          expect(['signature', 'malformed']).toContain(result.error.reason);
          if (result.error.reason === 'malformed') {
            expect(result.error.message).toMatch(/not UTF-8/);
          }
        },
      ),
      params,
    );
  });
});

describe('ids equal what the REST normalizer gives for the same session', () => {
  it('every conversation event, every id form', async () => {
    const ids = fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constantFrom(' ', '', '\t7\n'),
    );
    const contactIds = fc.oneof(fc.uuid(), fc.string({ maxLength: 8 }), fc.nat());
    await fc.assert(
      fc.asyncProperty(
        ids,
        contactIds,
        fc.constantFrom('started', 'closed', 'handoff'),
        async (id, contactId, kind) => {
          const data = { conversation_id: id, contact: { id: contactId } };
          const event = {
            started: 'conversation.started',
            closed: 'conversation.closed',
            handoff: 'conversation.handoff_to_human',
          }[kind];
          const result = await outcome(
            JSON.stringify({ event, organization_id: 'org', data }),
            {},
            undefined,
          );
          const rest = normalizeChatSession({
            id,
            contact: { id: contactId },
          } as unknown as ChatSession);
          if (cleanString(id) === undefined) {
            // REST would derive an id from the whole record; the webhook has nothing to tie.
            expect('error' in result && result.error.reason).toBe('malformed');
            return;
          }
          if (!('event' in result) || !('conversation' in result.event)) {
            throw new Error('expected a conversation event');
          }
          expect(result.event.conversation.id).toBe(rest.id);
          // The handoff event carries no contact (its `customer_id` is only probably one).
          if (kind !== 'handoff') {
            expect(result.event.conversation.contact?.id).toBe(rest.contact?.id);
          }
        },
      ),
      params,
    );
  });
});
