import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkWebhookTimestamp,
  constantTimeEqual,
  isVendorWebhookError,
  readWebhookRequest,
  VendorWebhookError,
  verifyHmacSha256Hex,
  webhookBody,
  webhookHeader,
  webhookJson,
} from '../src/index.js';

// The parts every vendor's webhook receiver shares: the body as received, the headers in either
// form, the HMAC and token checks, and the timestamp tolerance.

const context = { vendor: 'acme', operation: 'parseAcmeWebhook' };
const encode = (text: string) => new TextEncoder().encode(text);
const hmac = (secret: string, message: string | Uint8Array) =>
  createHmac('sha256', secret).update(message).digest('hex');

/** The reason of the VendorWebhookError `run` throws (fails when it throws anything else). */
function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isVendorWebhookError(error)).toBe(true);
    return (error as VendorWebhookError).reason;
  }
  throw new Error('expected a VendorWebhookError');
}

describe('webhookBody', () => {
  it('takes the body as a string, bytes (a Buffer too) or an ArrayBuffer, the same text each way', () => {
    const text = '{"name":"Zoë","n":1}';
    const bytes = encode(text);
    for (const body of [text, bytes, Buffer.from(text), bytes.buffer]) {
      const read = webhookBody(context, body);
      expect(read.text).toBe(text);
      expect([...read.bytes]).toEqual([...bytes]);
    }
  });

  it('refuses what a JSON body parser made, naming the fix, and bytes that are not UTF-8', () => {
    for (const parsed of [{ event: 'x' }, [1], null, 42, undefined]) {
      expect(reasonOf(() => webhookBody(context, parsed))).toBe('malformed');
    }
    expect(() => webhookBody(context, { event: 'x' })).toThrow(/raw request body.*express\.raw/);
    // Express 5 leaves the body undefined when `express.raw`'s type does not match the request.
    expect(() => webhookBody(context, undefined)).toThrow(/no body was given.*Content-Type/);
    expect(reasonOf(() => webhookBody(context, new Uint8Array([0x7b, 0xff, 0x7d])))).toBe(
      'malformed',
    );
  });
});

describe('webhookJson', () => {
  it('parses JSON, and refuses other text without quoting it', () => {
    expect(webhookJson(context, '{"a":[1,2]}')).toEqual({ a: [1, 2] });
    const body = 'name=Private Person&email=private@example.com';
    try {
      webhookJson(context, body);
      expect.unreachable();
    } catch (error) {
      expect((error as VendorWebhookError).reason).toBe('malformed');
      expect(String(error)).not.toContain('private');
      expect(JSON.stringify(error)).not.toContain('private');
    }
  });
});

describe('webhookHeader', () => {
  it('reads a header in any case from Headers and from plain objects, joining repeated values', () => {
    const headers = new Headers({ 'X-Webhook-Signature': 't=1,v1=ab' });
    expect(webhookHeader(context, headers, 'x-webhook-signature')).toBe('t=1,v1=ab');
    expect(webhookHeader(context, { 'x-webhook-signature': 't=1' }, 'X-Webhook-Signature')).toBe(
      't=1',
    );
    expect(webhookHeader(context, { 'X-Multi': ['a', 'b'] }, 'x-multi')).toBe('a,b');
    expect(webhookHeader(context, { 'content-length': 12 }, 'Content-Length')).toBe('12');
    expect(webhookHeader(context, {}, 'x-none')).toBeUndefined();
    expect(webhookHeader(context, { 'x-none': undefined }, 'x-none')).toBeUndefined();
  });

  it('refuses headers that are neither Headers nor an object, and values that are not text', () => {
    for (const headers of [null, 'x-a: 1', 3]) {
      expect(reasonOf(() => webhookHeader(context, headers, 'x-a'))).toBe('malformed');
    }
    for (const value of [Object.create(null), { a: 1 }, [['nested']], true]) {
      expect(reasonOf(() => webhookHeader(context, { 'x-a': value }, 'x-a'))).toBe('malformed');
    }
  });
});

describe('readWebhookRequest', () => {
  it("reads a Request's body as bytes, once, with its headers", async () => {
    const request = new Request('http://127.0.0.1/hook', {
      method: 'POST',
      body: '{"é":1}',
      headers: { 'x-webhook-signature': 't=1' },
    });
    const read = await readWebhookRequest(context, request);
    expect(new TextDecoder().decode(read.body)).toBe('{"é":1}');
    expect(read.headers.get('x-webhook-signature')).toBe('t=1');
    await expect(readWebhookRequest(context, request)).rejects.toMatchObject({
      reason: 'malformed',
    });
  });
});

describe('constantTimeEqual', () => {
  it('answers as === does, whatever the strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
        expect(constantTimeEqual(a, a)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // Equal up to the shorter one's end: the lengths alone tell them apart.
    expect(constantTimeEqual('token', 'token\u0000')).toBe(false);
  });
});

describe('verifyHmacSha256Hex', () => {
  it('matches node:crypto HMAC-SHA256 hex, in either case, and nothing else', async () => {
    const secret = 'whsec_test_secret';
    const message = encode('1700000000.{"Data":[]}');
    const good = hmac(secret, message);
    expect(await verifyHmacSha256Hex(secret, message, good)).toBe(true);
    expect(await verifyHmacSha256Hex(secret, message, good.toUpperCase())).toBe(true);
    expect(await verifyHmacSha256Hex('other', message, good)).toBe(false);
    expect(await verifyHmacSha256Hex(secret, encode('1700000001.{"Data":[]}'), good)).toBe(false);
    const flipped = (good[0] === 'a' ? 'b' : 'a') + good.slice(1);
    expect(await verifyHmacSha256Hex(secret, message, flipped)).toBe(false);
    for (const junk of ['', good.slice(1), `${good}0`, 'z'.repeat(64), ` ${good.slice(1)}`]) {
      expect(await verifyHmacSha256Hex(secret, message, junk)).toBe(false);
    }
  });

  it('verifies a Buffer view into a larger pool as the bytes it shows', async () => {
    const pooled = Buffer.from('xx1700000000.{}yy').subarray(2, 15);
    expect(await verifyHmacSha256Hex('k', pooled, hmac('k', '1700000000.{}'))).toBe(true);
  });
});

describe('checkWebhookTimestamp', () => {
  const now = () => 1_700_000_000_000;

  it('accepts a timestamp within the tolerance either way, by default 300 s', () => {
    for (const seconds of [1_700_000_000, 1_699_999_700, 1_700_000_300]) {
      expect(() => checkWebhookTimestamp(context, seconds, { now })).not.toThrow();
    }
  });

  it('refuses a stale or future timestamp, and a tolerance that is not a number ≥ 0', () => {
    expect(reasonOf(() => checkWebhookTimestamp(context, 1_699_999_699, { now }))).toBe(
      'timestamp',
    );
    expect(reasonOf(() => checkWebhookTimestamp(context, 1_700_000_301, { now }))).toBe(
      'timestamp',
    );
    expect(() => checkWebhookTimestamp(context, 1_699_999_699, { now })).toThrow(/301 s old/);
    expect(
      reasonOf(() => checkWebhookTimestamp(context, 1_700_000_010, { now, toleranceSeconds: 5 })),
    ).toBe('timestamp');
    expect(() =>
      checkWebhookTimestamp(context, 0, { now, toleranceSeconds: Number.POSITIVE_INFINITY }),
    ).not.toThrow();
    for (const broken of [() => Number.NaN, () => '1' as unknown as number]) {
      expect(reasonOf(() => checkWebhookTimestamp(context, 1_700_000_000, { now: broken }))).toBe(
        'options',
      );
    }
    expect(reasonOf(() => checkWebhookTimestamp(context, Number.NaN, { now }))).toBe('timestamp');
    for (const toleranceSeconds of [-1, Number.NaN, '300' as unknown as number]) {
      expect(
        reasonOf(() => checkWebhookTimestamp(context, 1_700_000_000, { now, toleranceSeconds })),
      ).toBe('options');
    }
  });
});

describe('VendorWebhookError', () => {
  it('is a VendorError with its reason, vendor and operation, told apart by its guard', () => {
    const error = new VendorWebhookError('acme parseAcmeWebhook: bad', {
      ...context,
      reason: 'signature',
    });
    expect(isVendorWebhookError(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'signature', vendor: 'acme', status: undefined });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'VendorWebhookError',
      reason: 'signature',
    });
    expect(isVendorWebhookError(new Error('x'))).toBe(false);
  });
});

describe('webhookJson and long integers', () => {
  it('keeps integers past 2^53 − 1 exact, as strings of their digits, as the REST reads do', () => {
    expect(
      webhookJson(context, '[{"SessionID":9007199254740993},{"SessionID":9007199254740992}]'),
    ).toEqual([{ SessionID: '9007199254740993' }, { SessionID: '9007199254740992' }]);
    expect(
      webhookJson(context, '{"n":9007199254740991,"f":1.5e300,"s":"90071992547409930"}'),
    ).toEqual({ n: 9007199254740991, f: 1.5e300, s: '90071992547409930' });
  });
});
