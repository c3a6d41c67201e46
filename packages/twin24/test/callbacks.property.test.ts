// Property tests of the callback receiver, fed with bot answers generated from
// specs/twin24/openapi.yaml (`BotDialogAnswerCallback`), junk derived from them, random JSON,
// random bytes, random headers and random options: it returns a `Twin24Callback` or rejects with a
// VendorWebhookError, never anything else.
import { isVendorWebhookError } from '@botbridge/core';
import { arbitraryFromSchema, junkFrom } from '@botbridge/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BotDialogAnswerCallback,
  parseTwin24Callback,
  parseTwin24CallbackRequest,
  type Twin24Callback,
  VENDOR,
} from '../src/index.js';

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0x7e124cb, numRuns: 300 };

const TOKEN = 'prop-token-4kT9';
const answers = arbitraryFromSchema<BotDialogAnswerCallback>(VENDOR, 'BotDialogAnswerCallback');

/** Text for any value, JSON where it has one (fc.anything() also makes BigInts and undefined). */
function text(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const bodies: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  answers.map(text),
  answers.map((answer) => text({ ...answer, callbackData: TOKEN })),
  junkFrom(answers).map(text),
  junkFrom(answers.map((answer) => ({ ...answer, callbackData: TOKEN }))).map(text),
  fc.jsonValue().map(text),
  fc.string(),
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new Uint8Array([0x7b, ...bytes, 0x7d])),
);

const headers = fc.oneof(
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()), fc.integer())),
  fc.constant({}),
  fc.anything(),
);

const options = fc.oneof(
  fc.constant(undefined),
  fc.constant({ callbackData: TOKEN }),
  fc.record({ callbackData: fc.string() }),
  fc.anything(),
);

function expectVariant(event: Twin24Callback) {
  expect(['bot-answer', 'unknown']).toContain(event.type);
  if (event.type === 'unknown') {
    expect(event.vendorType).toBeUndefined();
    return;
  }
  expect(event.dialogId.trim()).toBe(event.dialogId);
  expect(event.dialogId).not.toBe('');
  for (const message of event.messages) {
    expect(message).toMatchObject({ vendor: VENDOR, role: 'bot', conversationId: event.dialogId });
    expect(message.id).toMatch(/^twin24_bot_message_[0-9a-f]{32}$/);
    expect(Array.isArray(message.attachments)).toBe(true);
  }
  expect(new Set(event.messages.map((m) => m.id)).size).toBe(event.messages.length);
}

/** Resolves to the event, or to the error if it is a VendorWebhookError; fails otherwise. */
async function outcome(run: () => Promise<Twin24Callback>): Promise<'event' | 'refused'> {
  try {
    expectVariant(await run());
    return 'event';
  } catch (error) {
    if (isVendorWebhookError(error)) return 'refused';
    throw error;
  }
}

describe('parseTwin24Callback over anything', () => {
  it('returns a variant or throws VendorWebhookError, never anything else', async () => {
    const seen = { event: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(bodies, headers, options, async (body, head, opts) => {
        seen[await outcome(() => parseTwin24Callback(body, head as never, opts as never))]++;
      }),
      params,
    );
    // Both outcomes must actually occur, or the mix above tests only one side.
    expect(seen.event).toBeGreaterThan(30);
    expect(seen.refused).toBeGreaterThan(30);
  });

  it('reads the same through a web Request', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, options, async (body, opts) => {
        const request = new Request('https://hooks.example/twin', {
          method: 'POST',
          body: body as BodyInit,
        });
        const viaRequest = await parseTwin24CallbackRequest(request, opts as never).catch(
          (e: unknown) => e,
        );
        const direct = await parseTwin24Callback(body, {}, opts as never).catch((e: unknown) => e);
        if (isVendorWebhookError(direct)) {
          expect(viaRequest).toMatchObject({ reason: direct.reason });
        } else expect(viaRequest).toEqual(direct);
      }),
      { ...params, numRuns: 100 },
    );
  });
});

/**
 * `value` with every integer outside ±(2^53 − 1) that JSON writes as plain digits replaced by
 * those digits as a string (what the receivers keep, see core `webhookJson`).
 */
function exactIntegers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(exactIntegers);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactIntegers(v)]));
  }
  if (
    typeof value === 'number' &&
    !Number.isSafeInteger(value) &&
    /^-?\d+$/.test(JSON.stringify(value))
  ) {
    return JSON.stringify(value);
  }
  return value;
}

describe('parseTwin24Callback over spec-shaped bot answers', () => {
  it('reads every one as a bot answer with one message per item, in order', async () => {
    await fc.assert(
      fc.asyncProperty(answers, async (answer) => {
        const body = text({ ...answer, callbackData: TOKEN });
        const event = await parseTwin24Callback(body, {}, { callbackData: TOKEN });
        expectVariant(event);
        if (event.type !== 'bot-answer') throw new Error('expected a bot answer');
        // Receivers read integers past 2^53 − 1 as strings of their digits, as the REST reads do.
        const sent = exactIntegers(JSON.parse(body)) as BotDialogAnswerCallback;
        expect(event.raw).toEqual(sent);
        expect(event.dialogId).toBe(sent.dialogId.trim());
        expect(event.messages.map((m) => m.raw)).toEqual(sent.messages ?? []);
        // A redelivery gives the same records.
        expect(await parseTwin24Callback(body, {}, { callbackData: TOKEN })).toEqual(event);
      }),
      params,
    );
  });

  it('refuses every one whose echoed token differs, with reason callback-data', async () => {
    await fc.assert(
      fc.asyncProperty(
        answers,
        fc.string().filter((s) => s !== TOKEN),
        async (answer, echoed) => {
          const body = text({ ...answer, callbackData: echoed });
          const error = await parseTwin24Callback(body, {}, { callbackData: TOKEN }).catch(
            (e: unknown) => e,
          );
          expect(error).toMatchObject({ name: 'VendorWebhookError', reason: 'callback-data' });
        },
      ),
      params,
    );
  });
});
