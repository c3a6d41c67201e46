import { createHmac } from 'node:crypto';
import { isVendorWebhookError } from '@botbridge/core';
import { arbitraryFromSchema, junkFrom } from '@botbridge/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConversationsWebhookBody,
  type LeadsWebhookBody,
  parseSmarterBotWebhook,
  type SmarterBotWebhookEvent,
  type SmarterBotWebhookKind,
  VENDOR,
} from '../src/index.js';

// Whatever arrives (bodies generated from the spec's webhook schemas, junk derived from them, any
// JSON, any bytes, any headers, any options), the receiver returns an event of the union or throws
// a VendorWebhookError: never a TypeError, never another error. Signed bodies get past the
// signature, so the payload code is exercised too, not only the header check.

const params = { seed: 0x5b_0e_b0_0c, numRuns: 250 };
const SECRET = 'k3y-DELTA-71a2b3c4d5';
const T = 1_738_648_800;
const now = () => T * 1000;
const sign = (bytes: Uint8Array, t: string | number = T) => ({
  'X-Webhook-Signature': `t=${t},v1=${createHmac('sha256', SECRET).update(`${t}.`).update(bytes).digest('hex')}`,
});
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? 'undefined');

const leadsBodies = arbitraryFromSchema<LeadsWebhookBody>(VENDOR, 'LeadsWebhookBody');
const sessionBodies = arbitraryFromSchema<ConversationsWebhookBody>(
  VENDOR,
  'ConversationsWebhookBody',
);
const kinds = fc.constantFrom<SmarterBotWebhookKind | undefined>(
  undefined,
  'leads',
  'conversations',
);

const TYPES = new Set(['leads', 'conversations', 'unknown']);

/** Runs the receiver; the outcome is an event or a VendorWebhookError, nothing else. */
async function outcome(run: () => Promise<SmarterBotWebhookEvent>) {
  try {
    const event = await run();
    expect(TYPES.has(event.type)).toBe(true);
    return event;
  } catch (error) {
    if (!isVendorWebhookError(error)) throw error;
    expect(error.vendor).toBe(VENDOR);
    return error;
  }
}

function recordsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const data = (value as { Data?: unknown }).Data;
  return Array.isArray(data) ? data : [];
}

describe('parseSmarterBotWebhook over any input', () => {
  it('reads every spec-shaped leads body as leads when the endpoint says so, one lead a record', async () => {
    const forms = new Set<string>();
    await fc.assert(
      fc.asyncProperty(leadsBodies, async (body) => {
        const bytes = encode(body);
        const event = await parseSmarterBotWebhook(bytes, sign(bytes), {
          secret: SECRET,
          now,
          kind: 'leads',
        });
        if (event.type !== 'leads') throw new Error(`got ${event.type}`);
        forms.add(Array.isArray(body) ? 'bare' : 'envelope');
        expect(event.leads).toHaveLength(recordsOf(body).length);
        for (const lead of event.leads) expect(lead.id).toMatch(/^smarterbot_lead_[0-9a-f]{32}$/);
        // Told from the shape alone, a leads body is leads or (when no record shows a lead field)
        // unknown: never conversations.
        const guessed = await parseSmarterBotWebhook(bytes, sign(bytes), { secret: SECRET, now });
        expect(['leads', 'unknown']).toContain(guessed.type);
      }),
      params,
    );
    // The spec's oneOf was exercised both ways.
    expect([...forms].sort()).toEqual(['bare', 'envelope']);
  });

  it('reads every spec-shaped conversations body as conversations, turns in order', async () => {
    await fc.assert(
      fc.asyncProperty(sessionBodies, async (body) => {
        const bytes = encode(body);
        const event = await parseSmarterBotWebhook(bytes, sign(bytes), {
          secret: SECRET,
          now,
          kind: 'conversations',
        });
        if (event.type !== 'conversations') throw new Error(`got ${event.type}`);
        const records = recordsOf(body) as Array<{ Messages?: unknown[] | null }>;
        expect(event.conversations).toHaveLength(records.length);
        const turns = records.reduce((sum, record) => sum + (record.Messages?.length ?? 0), 0);
        expect(event.messages).toHaveLength(turns);
        const guessed = await parseSmarterBotWebhook(bytes, sign(bytes), { secret: SECRET, now });
        expect(['conversations', 'unknown']).toContain(guessed.type);
      }),
      params,
    );
  });

  it('returns an event or throws VendorWebhookError for signed junk and any JSON', async () => {
    const bodies = fc.oneof(
      junkFrom(leadsBodies),
      junkFrom(sessionBodies),
      fc.jsonValue({ maxDepth: 4 }),
    );
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(bodies, kinds, async (body, kind) => {
        const bytes = encode(body);
        const result = await outcome(() =>
          parseSmarterBotWebhook(bytes, sign(bytes), { secret: SECRET, now, kind }),
        );
        seen.add(isVendorWebhookError(result) ? result.reason : result.type);
      }),
      params,
    );
    // Signed, the junk reached the payload code: every kind of event, and refused shapes.
    expect([...seen].sort()).toEqual(['conversations', 'leads', 'malformed', 'unknown']);
  });

  it('returns an event or throws VendorWebhookError for signed random bytes and text', async () => {
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }).map((text) => new TextEncoder().encode(text)),
      fc
        .stringMatching(/^[\s[\]{}",:0-9a-zA-Z.eE+-]{0,80}$/)
        .map((t) => new TextEncoder().encode(t)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, kinds, async (bytes, kind) => {
        await outcome(() =>
          parseSmarterBotWebhook(bytes, sign(bytes), { secret: SECRET, now, kind }),
        );
      }),
      params,
    );
  });

  it('throws only VendorWebhookError for random headers, signature values, bodies and options', async () => {
    const headerValues = fc.oneof(
      fc.string(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.integer(),
      fc.constant(undefined),
      fc
        .tuple(
          fc.string({ maxLength: 12 }),
          fc.array(fc.string({ maxLength: 70 }), { maxLength: 4 }),
        )
        .map(([t, v1s]) => [`t=${t}`, ...v1s.map((v) => `v1=${v}`)].join(',')),
      fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `t=${T},v1=${hex}`),
    );
    const headers = fc.oneof(
      fc.dictionary(fc.string({ maxLength: 20 }), headerValues, { maxKeys: 4 }),
      headerValues.map((value) => ({ 'X-Webhook-Signature': value })),
      headerValues.map((value) => ({ 'x-webhook-signature': value })),
      fc.anything(),
    );
    const bodies = fc.oneof(
      fc.string(),
      fc.uint8Array({ maxLength: 64 }),
      fc.anything(),
      leadsBodies.map((body) => JSON.stringify(body)),
    );
    const options = fc.oneof(
      fc.constant({ secret: SECRET, now }),
      fc.record({
        secret: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.anything()),
        toleranceSeconds: fc.oneof(fc.double(), fc.anything()),
        now: fc.oneof(fc.constant(now), fc.anything()),
        kind: fc.oneof(kinds, fc.string()),
      }),
      fc.anything(),
    );
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(bodies, headers, options, async (body, given, opts) => {
        const result = await outcome(() =>
          parseSmarterBotWebhook(body as never, given as never, opts as never),
        );
        if (isVendorWebhookError(result)) reasons.add(result.reason);
      }),
      params,
    );
    expect([...reasons].sort()).toEqual(['malformed', 'missing-header', 'options', 'signature']);
  });

  it('accepts nothing unsigned: a random header never verifies a spec-shaped body', async () => {
    await fc.assert(
      fc.asyncProperty(leadsBodies, fc.stringMatching(/^[0-9a-f]{64}$/), async (body, hex) => {
        const text = JSON.stringify(body);
        const result = await outcome(() =>
          parseSmarterBotWebhook(
            text,
            { 'X-Webhook-Signature': `t=${T},v1=${hex}` },
            { secret: SECRET, now },
          ),
        );
        expect(isVendorWebhookError(result) && result.reason).toBe('signature');
      }),
      params,
    );
  });
});
