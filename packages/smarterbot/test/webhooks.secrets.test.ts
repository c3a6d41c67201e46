import { createHmac } from 'node:crypto';
import { isVendorWebhookError, type WebhookFailureReason } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  parseSmarterBotSignatureHeader,
  parseSmarterBotWebhook,
  parseSmarterBotWebhookRequest,
  type SmarterBotWebhookOptions,
} from '../src/index.js';

// The secret hunt: on every path that refuses a delivery, the error (its message, `String()`, its
// JSON and every `cause` down the chain) holds neither a configured secret, nor a signature that
// was sent, nor the body or any value in it.

const SECRET = 'k3y-ECHO-sEcReT-8d1f2a';
const OTHER = 'k3y-FOXTROT-r0t4t3d-55c';
const T = 1_738_648_800;
const now = () => T * 1000;
const v1 = (body: string | Uint8Array, secret = SECRET, t: number | string = T) =>
  createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');

const MARKERS = ['Zanzibar-Q7-Visitor', 'hidden.person@private.example', '+15550009876'];
const LEADS = [
  {
    Type: 'Lead',
    Name: MARKERS[0],
    Email: MARKERS[1],
    PhoneNumber: MARKERS[2],
    SessionID: 40211,
    CreateTime: '2025-02-03T10:04:11.123456-08:00',
  },
];
const BODY = JSON.stringify(LEADS);
const SIG = v1(BODY);
const OTHER_SIG = v1(BODY, OTHER);
const base: SmarterBotWebhookOptions = { secret: [SECRET, OTHER], now };
const signedHeader = { 'X-Webhook-Signature': `t=${T},v1=${SIG}` };
const send = (
  body: string | Uint8Array,
  headers: Record<string, unknown>,
  options: Partial<SmarterBotWebhookOptions> = {},
) => parseSmarterBotWebhook(body, headers as never, { ...base, ...options });
const sendSigned = (text: string, options: Partial<SmarterBotWebhookOptions> = {}) =>
  send(text, { 'X-Webhook-Signature': `t=${T},v1=${v1(text)}` }, options);
const marked = (value: unknown) => JSON.stringify(value);

const FORBIDDEN = [
  SECRET,
  OTHER,
  SECRET.slice(0, 12),
  OTHER.slice(-12),
  SIG,
  SIG.slice(0, 16),
  SIG.slice(-16),
  OTHER_SIG,
  OTHER_SIG.slice(0, 16),
  BODY,
  ...MARKERS,
];

const PATHS: Array<[string, WebhookFailureReason, () => Promise<unknown>]> = [
  // options
  [
    'an empty secret beside a real one',
    'options',
    () => send(BODY, signedHeader, { secret: [SECRET, ''] }),
  ],
  [
    'a non-string beside a real secret',
    'options',
    () => send(BODY, signedHeader, { secret: [OTHER, 5 as never] }),
  ],
  ['an unknown kind', 'options', () => send(BODY, signedHeader, { kind: SECRET as never })],
  ['a negative tolerance', 'options', () => send(BODY, signedHeader, { toleranceSeconds: -1 })],
  [
    'a serialNumber that is not a string',
    'options',
    () => send(BODY, signedHeader, { serialNumber: LEADS as never }),
  ],
  // missing-header
  ['no signature header', 'missing-header', () => send(BODY, {})],
  ['a blank signature header', 'missing-header', () => send(BODY, { 'X-Webhook-Signature': ' ' })],
  // signature: unreadable headers that still carry real signatures
  [
    'a t that is not digits',
    'signature',
    () => send(BODY, { 'X-Webhook-Signature': `t=${SECRET},v1=${SIG}` }),
  ],
  ['no t', 'signature', () => send(BODY, { 'X-Webhook-Signature': `v1=${SIG},v1=${OTHER_SIG}` })],
  ['no v1', 'signature', () => send(BODY, { 'X-Webhook-Signature': `t=${T},v2=${SIG}` })],
  [
    'a short v1',
    'signature',
    () => send(BODY, { 'X-Webhook-Signature': `t=${T},v1=${SIG.slice(1)}` }),
  ],
  [
    'a v1 with a secret in it',
    'signature',
    () => send(BODY, { 'X-Webhook-Signature': `t=${T},v1=${SECRET}` }),
  ],
  ['an entry without =', 'signature', () => send(BODY, { 'X-Webhook-Signature': `t=${T},${SIG}` })],
  ['two t', 'signature', () => send(BODY, { 'X-Webhook-Signature': `t=${T},t=${T},v1=${SIG}` })],
  [
    'too many v1',
    'signature',
    () => send(BODY, { 'X-Webhook-Signature': `t=${T}${`,v1=${SIG}`.repeat(17)}` }),
  ],
  // signature: readable, not matching
  [
    'a wrong key',
    'signature',
    () => send(BODY, { 'X-Webhook-Signature': `t=${T},v1=${v1(BODY, 'nope')}` }),
  ],
  ['a tampered body', 'signature', () => send(BODY.replace('40211', '40212'), signedHeader)],
  [
    'a tampered timestamp',
    'signature',
    () => send(BODY, { 'X-Webhook-Signature': `t=${T + 1},v1=${SIG}` }),
  ],
  [
    'two stale v1 values',
    'signature',
    () => send(BODY, { 'X-Webhook-Signature': `t=${T},v1=${v1(BODY, 'a')},v1=${v1(BODY, 'b')}` }),
  ],
  // timestamp
  [
    'a stale delivery',
    'timestamp',
    () => send(BODY, signedHeader, { now: () => (T + 3600) * 1000 }),
  ],
  [
    'a future delivery',
    'timestamp',
    () =>
      send(
        BODY,
        { 'X-Webhook-Signature': `t=${T},v1=${OTHER_SIG}` },
        { now: () => (T - 3600) * 1000 },
      ),
  ],
  // malformed
  ['a parsed body', 'malformed', () => parseSmarterBotWebhook(LEADS as never, signedHeader, base)],
  [
    'headers that are not headers',
    'malformed',
    () => parseSmarterBotWebhook(BODY, SECRET as never, base),
  ],
  [
    'a header value that is not text',
    'malformed',
    () => send(BODY, { 'x-webhook-signature': Object.create(null) }),
  ],
  [
    'bytes that are not UTF-8',
    'malformed',
    () => {
      const bytes = new Uint8Array([...new TextEncoder().encode(BODY.slice(0, -1)), 0xff, 0x5d]);
      return send(bytes, { 'X-Webhook-Signature': `t=${T},v1=${v1(bytes)}` });
    },
  ],
  ['text that is not JSON', 'malformed', () => sendSigned(BODY.slice(0, -2))],
  [
    'an object without Data',
    'malformed',
    () => sendSigned(marked({ Leads: LEADS }), { kind: 'leads' }),
  ],
  [
    'a Data that is a string',
    'malformed',
    () => sendSigned(marked({ Data: MARKERS[0] }), { kind: 'leads' }),
  ],
  ['a record that is a string', 'malformed', () => sendSigned(marked([...LEADS, MARKERS[1]]))],
  [
    'sessions at a leads endpoint',
    'malformed',
    () => sendSigned(marked([{ Messages: [{ Content: MARKERS[0] }] }]), { kind: 'leads' }),
  ],
  [
    'leads at a conversations endpoint',
    'malformed',
    () => sendSigned(BODY, { kind: 'conversations' }),
  ],
  [
    'Messages that is a string',
    'malformed',
    () => sendSigned(marked([{ SessionID: 1, Messages: MARKERS[0] }])),
  ],
  [
    'a turn that is a string',
    'malformed',
    () => sendSigned(marked([{ SessionID: 1, Messages: [MARKERS[1]] }])),
  ],
  [
    'a SessionID no number holds',
    'malformed',
    () => sendSigned(`[{"Name":"${MARKERS[0]}","SessionID":1e300}]`),
  ],
  [
    'a Request already read',
    'malformed',
    async () => {
      const request = new Request('https://hooks.example.com', {
        method: 'POST',
        body: BODY,
        headers: signedHeader,
      });
      await request.text();
      return parseSmarterBotWebhookRequest(request, base);
    },
  ],
  [
    'a Request with a wrong signature',
    'signature',
    () =>
      parseSmarterBotWebhookRequest(
        new Request('https://hooks.example.com', {
          method: 'POST',
          body: BODY,
          headers: { 'X-Webhook-Signature': `t=${T},v1=${v1(BODY, 'x')}` },
        }),
        base,
      ),
  ],
  [
    'the exported header parser',
    'signature',
    async () => parseSmarterBotSignatureHeader(`t=${SECRET},v1=${SIG}`),
  ],
];

/** Every text an error shows: message, `String()`, JSON, and the same for each cause. */
function textsOf(error: unknown): string[] {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    if (current instanceof Error) texts.push(current.message, current.stack ?? '');
    texts.push(String(current), JSON.stringify(current) ?? '');
    current = current instanceof Error ? current.cause : undefined;
  }
  return texts;
}

describe('no error shows a secret, a signature or the body', () => {
  it.each(PATHS)('%s', async (_what, reason, run) => {
    const error = await Promise.resolve()
      .then(run)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    if (!isVendorWebhookError(error)) throw new Error(`expected a VendorWebhookError: ${error}`);
    expect(error.reason).toBe(reason);
    const texts = textsOf(error);
    expect(texts.join('\n').length).toBeGreaterThan(0);
    for (const text of texts) {
      for (const secret of FORBIDDEN) expect(text).not.toContain(secret);
    }
    // The JSON view still says what happened, for logs.
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ reason, vendor: 'smarterbot' });
  });

  it('covers every reason the receiver raises', () => {
    expect(new Set(PATHS.map(([, reason]) => reason))).toEqual(
      new Set(['options', 'missing-header', 'signature', 'timestamp', 'malformed']),
    );
  });
});
