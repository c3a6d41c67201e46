import { createHmac } from 'node:crypto';
import { isVendorWebhookError, type VendorWebhookError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import {
  MAX_SMARTERBOT_SIGNATURES,
  normalizeLead,
  parseSmarterBotSignatureHeader,
  parseSmarterBotWebhook,
  parseSmarterBotWebhookRequest,
  type SmarterBotWebhookOptions,
} from '../src/index.js';

// The SmarterBot webhook receiver: signature vectors computed here with node:crypto (independently
// of the Web Crypto code under test), over `<t>.<raw body>` as the receiver is documented to check.

const SECRET = 'k3y-ALPHA-4f1d9c0e77';
const OTHER = 'k3y-BRAVO-b82e5a1c03';
const T = 1_738_648_800; // 2025-02-04T06:00:00Z
const now = () => T * 1000;

function v1(body: string | Uint8Array, secret = SECRET, t: number | string = T): string {
  return createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
}
const header = (body: string | Uint8Array, secret = SECRET, t: number | string = T) => ({
  'X-Webhook-Signature': `t=${t},v1=${v1(body, secret, t)}`,
});
const options = (extra: Partial<SmarterBotWebhookOptions> = {}): SmarterBotWebhookOptions => ({
  secret: SECRET,
  now,
  ...extra,
});

const LEADS = [
  {
    Type: 'Lead',
    Name: 'Priya Natarajan',
    Email: 'priya.natarajan@example.com',
    PhoneNumber: '+15550142871',
    CreateTime: '2025-02-03T10:04:11.123456-08:00',
    Content: 'Interested in the annual plan for a team of 12.',
    SessionID: 40211,
    URI: 'www.example.com/pricing',
    Count: 3,
  },
  {
    Type: 'Appointment',
    Name: 'Sam Rivera',
    Email: 'sam.rivera@example.org',
    PhoneNumber: '',
    CreateTime: '2025-02-03T18:04:11.123456Z',
    Content: 'Consultation on Feb 7, 10:00.',
    SessionID: 40215,
    URI: 'https://www.example.org/book',
    Count: 6,
  },
];
const SESSIONS = [
  {
    SessionID: 40215,
    CreateTime: '2025-02-03T18:03:55.090317Z',
    URI: 'https://www.example.org/book',
    Messages: [
      { Type: 'AI', Content: 'Welcome! Would you like to book a consultation?' },
      { Type: 'User', Content: 'Yes, is Friday Feb 7 at 10:00 free?' },
    ],
  },
  { SessionID: 40390, CreateTime: '2025-02-10T21:30:12.004861-08:00', URI: null, Messages: null },
];
// Formatted the way no `JSON.stringify` would write it: the signature covers these exact bytes.
const LEADS_TEXT = `[ ${LEADS.map((lead) => JSON.stringify(lead, null, 1)).join(' ,\n')} ]`;
const SESSIONS_TEXT = JSON.stringify(SESSIONS, null, 2);

async function refusal(run: () => Promise<unknown>): Promise<VendorWebhookError> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isVendorWebhookError(error)) throw new Error(`expected a VendorWebhookError, got ${error}`);
  expect(error.vendor).toBe('smarterbot');
  return error;
}
const reasonOf = async (run: () => Promise<unknown>) => (await refusal(run)).reason;

describe('parseSmarterBotWebhook: a good delivery', () => {
  it('verifies a leads batch (bare array) and normalizes every record', async () => {
    const event = await parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT), options());
    expect(event.type).toBe('leads');
    if (event.type !== 'leads') return;
    expect(event.timestamp).toBe(T);
    expect(event.leads.map((lead) => [lead.kind, lead.contact.email, lead.conversationId])).toEqual(
      [
        ['lead', 'priya.natarajan@example.com', '40211'],
        ['appointment', 'sam.rivera@example.org', '40215'],
      ],
    );
    expect(event.leads[1]?.createdAt).toBe('2025-02-03T18:04:11.123Z');
    expect(event.raw).toEqual(LEADS);
  });

  it('verifies a leads batch inside the REST envelope', async () => {
    const body = JSON.stringify({
      Data: LEADS,
      Version: '1.0.0',
      Success: true,
      Code: 200,
      Message: '',
    });
    const event = await parseSmarterBotWebhook(body, header(body), options());
    expect(event.type).toBe('leads');
    if (event.type !== 'leads') return;
    expect(event.leads).toHaveLength(2);
    expect(event.raw).toMatchObject({ Data: LEADS, Success: true });
  });

  it('verifies a conversation batch and flattens the turns, session by session', async () => {
    const event = await parseSmarterBotWebhook(SESSIONS_TEXT, header(SESSIONS_TEXT), options());
    expect(event.type).toBe('conversations');
    if (event.type !== 'conversations') return;
    expect(event.conversations.map((c) => [c.id, c.messageCount, c.status])).toEqual([
      ['40215', 2, 'unknown'],
      ['40390', 0, 'unknown'],
    ]);
    expect(event.messages.map((m) => [m.conversationId, m.role, m.text])).toEqual([
      ['40215', 'bot', 'Welcome! Would you like to book a consultation?'],
      ['40215', 'contact', 'Yes, is Friday Feb 7 at 10:00 free?'],
    ]);
    expect(event.conversations[0]?.botId).toBeUndefined();
  });

  it('gives the conversations the configured serial number as botId', async () => {
    const event = await parseSmarterBotWebhook(
      SESSIONS_TEXT,
      header(SESSIONS_TEXT),
      options({ serialNumber: '7c1f0e2a9b4d4c5e8f60a1b2c3d4e5f6' }),
    );
    if (event.type !== 'conversations') throw new Error(event.type);
    expect(event.conversations.map((c) => c.botId)).toEqual([
      '7c1f0e2a9b4d4c5e8f60a1b2c3d4e5f6',
      '7c1f0e2a9b4d4c5e8f60a1b2c3d4e5f6',
    ]);
  });

  it('takes the body as a string, a Buffer, a Uint8Array or an ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(LEADS_TEXT);
    const bodies = [LEADS_TEXT, Buffer.from(LEADS_TEXT), bytes, bytes.slice().buffer];
    const types = await Promise.all(
      bodies.map(
        async (body) => (await parseSmarterBotWebhook(body, header(bytes), options())).type,
      ),
    );
    expect(types).toEqual(['leads', 'leads', 'leads', 'leads']);
  });

  it('reads the header from a Headers or a plain object, in any case', async () => {
    const value = header(LEADS_TEXT)['X-Webhook-Signature'];
    const headerSets = [
      new Headers({ 'x-webhook-signature': value }),
      { 'x-webhook-signature': value },
      { 'X-WEBHOOK-SIGNATURE': value },
      { 'x-webhook-signature': [value] },
    ];
    for (const headers of headerSets) {
      expect((await parseSmarterBotWebhook(LEADS_TEXT, headers, options())).type).toBe('leads');
    }
  });

  it('signs the bytes as received: the same JSON re-serialized does not verify', async () => {
    const reserialized = JSON.stringify(JSON.parse(LEADS_TEXT));
    expect(reserialized).not.toBe(LEADS_TEXT);
    expect(
      await reasonOf(() => parseSmarterBotWebhook(reserialized, header(LEADS_TEXT), options())),
    ).toBe('signature');
    // Non-ASCII text: the signature is over its UTF-8 bytes.
    const accented = JSON.stringify([{ ...LEADS[0], Name: 'Zoë Ñúñez 山田' }]);
    const event = await parseSmarterBotWebhook(accented, header(accented), options());
    if (event.type !== 'leads') throw new Error(event.type);
    expect(event.leads[0]?.contact.name).toBe('Zoë Ñúñez 山田');
  });

  it('signs `t` as written: leading zeros are part of the signed text', async () => {
    const t = `0${T}`;
    const event = await parseSmarterBotWebhook(
      LEADS_TEXT,
      header(LEADS_TEXT, SECRET, t),
      options(),
    );
    expect(event.timestamp).toBe(T);
    const unpadded = `t=${t},v1=${v1(LEADS_TEXT, SECRET, T)}`;
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhook(LEADS_TEXT, { 'X-Webhook-Signature': unpadded }, options()),
      ),
    ).toBe('signature');
  });
});

describe('parseSmarterBotWebhook: refused signatures', () => {
  it('refuses a tampered body', async () => {
    const tampered = LEADS_TEXT.replace('40211', '40212');
    expect(
      await reasonOf(() => parseSmarterBotWebhook(tampered, header(LEADS_TEXT), options())),
    ).toBe('signature');
  });

  it('refuses a tampered timestamp (signature of another t)', async () => {
    const value = `t=${T + 1},v1=${v1(LEADS_TEXT)}`;
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhook(LEADS_TEXT, { 'X-Webhook-Signature': value }, options()),
      ),
    ).toBe('signature');
  });

  it('refuses a delivery signed with another key', async () => {
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT, OTHER), options()),
      ),
    ).toBe('signature');
  });

  it('refuses a signature made over the body alone (no `<t>.` prefix)', async () => {
    const bare = createHmac('sha256', SECRET).update(LEADS_TEXT).digest('hex');
    const headers = { 'X-Webhook-Signature': `t=${T},v1=${bare}` };
    expect(await reasonOf(() => parseSmarterBotWebhook(LEADS_TEXT, headers, options()))).toBe(
      'signature',
    );
  });

  it('accepts the signature in upper case hex too (the compare is over the digest bytes)', async () => {
    const headers = { 'X-Webhook-Signature': `t=${T},v1=${v1(LEADS_TEXT).toUpperCase()}` };
    expect((await parseSmarterBotWebhook(LEADS_TEXT, headers, options())).type).toBe('leads');
  });
});

describe('parseSmarterBotWebhook: key rotation', () => {
  it('accepts a header with two v1 values when either one matches, in either order', async () => {
    const good = v1(LEADS_TEXT);
    const stale = v1(LEADS_TEXT, 'an-old-key');
    for (const value of [`t=${T},v1=${stale},v1=${good}`, `t=${T},v1=${good},v1=${stale}`]) {
      const event = await parseSmarterBotWebhook(
        LEADS_TEXT,
        { 'X-Webhook-Signature': value },
        options(),
      );
      expect(event.type).toBe('leads');
    }
  });

  it('refuses a header with two v1 values when neither matches', async () => {
    const value = `t=${T},v1=${v1(LEADS_TEXT, 'x')},v1=${v1(LEADS_TEXT, 'y')}`;
    const error = await refusal(() =>
      parseSmarterBotWebhook(LEADS_TEXT, { 'X-Webhook-Signature': value }, options()),
    );
    expect(error.reason).toBe('signature');
    expect(error.message).toMatch(/2 v1 value\(s\) checked against 1 secret/);
  });

  it('accepts a delivery signed with any of several configured secrets', async () => {
    const both = options({ secret: [SECRET, OTHER] });
    expect((await parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT), both)).type).toBe('leads');
    expect((await parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT, OTHER), both)).type).toBe(
      'leads',
    );
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT, 'a-third-key'), both),
      ),
    ).toBe('signature');
  });

  it('matches across both sides: two v1 values against two secrets', async () => {
    const value = `t=${T},v1=${v1(LEADS_TEXT, 'retired')},v1=${v1(LEADS_TEXT, OTHER)}`;
    const event = await parseSmarterBotWebhook(
      LEADS_TEXT,
      { 'X-Webhook-Signature': value },
      options({ secret: [SECRET, OTHER] }),
    );
    expect(event.type).toBe('leads');
  });
});

describe('parseSmarterBotWebhook: the signed timestamp', () => {
  const at = (seconds: number) => () => seconds * 1000;

  it('accepts a timestamp up to the tolerance away, either way (default 300 s)', async () => {
    for (const clock of [at(T + 300), at(T - 300), at(T)]) {
      const event = await parseSmarterBotWebhook(
        LEADS_TEXT,
        header(LEADS_TEXT),
        options({ now: clock }),
      );
      expect(event.type).toBe('leads');
    }
  });

  it('refuses a stale timestamp', async () => {
    const error = await refusal(() =>
      parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT), options({ now: at(T + 301) })),
    );
    expect(error.reason).toBe('timestamp');
    expect(error.message).toMatch(/301 s old/);
  });

  it('refuses a timestamp in the future', async () => {
    const error = await refusal(() =>
      parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT), options({ now: at(T - 301) })),
    );
    expect(error.reason).toBe('timestamp');
    expect(error.message).toMatch(/in the future/);
  });

  it('follows toleranceSeconds: 0 is the same second only, Infinity turns the check off', async () => {
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhook(
          LEADS_TEXT,
          header(LEADS_TEXT),
          options({ now: at(T + 1), toleranceSeconds: 0 }),
        ),
      ),
    ).toBe('timestamp');
    const years = 10 * 365 * 86_400;
    const event = await parseSmarterBotWebhook(
      LEADS_TEXT,
      header(LEADS_TEXT),
      options({ now: at(T + years), toleranceSeconds: Number.POSITIVE_INFINITY }),
    );
    expect(event.type).toBe('leads');
  });

  it('checks the signature before the clock: a forged stale delivery is a signature error', async () => {
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhook(
          LEADS_TEXT,
          header(LEADS_TEXT, OTHER),
          options({ now: at(T + 10_000) }),
        ),
      ),
    ).toBe('signature');
  });

  it('uses Date.now by default (a delivery signed now passes)', async () => {
    const t = Math.floor(Date.now() / 1000);
    const event = await parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT, SECRET, t), {
      secret: SECRET,
    });
    expect(event.timestamp).toBe(t);
  });
});

describe('the X-Webhook-Signature header', () => {
  const sig = v1(LEADS_TEXT);

  it('is missing-header when absent or blank', async () => {
    for (const headers of [{}, { 'X-Webhook-Signature': '' }, { 'x-webhook-signature': '  ' }]) {
      expect(await reasonOf(() => parseSmarterBotWebhook(LEADS_TEXT, headers, options()))).toBe(
        'missing-header',
      );
    }
    expect(await reasonOf(() => parseSmarterBotWebhook(LEADS_TEXT, new Headers(), options()))).toBe(
      'missing-header',
    );
  });

  it.each([
    ['no key/value structure', 'garbage'],
    ['no v1', `t=${T}`],
    ['no t', `v1=${sig}`],
    ['a t that is not digits', `t=abc,v1=${sig}`],
    ['a negative t', `t=-${T},v1=${sig}`],
    ['a fractional t', `t=${T}.5,v1=${sig}`],
    ['a t of 16 digits', `t=1${'0'.repeat(15)},v1=${sig}`],
    ['an empty t', `t=,v1=${sig}`],
    ['two t', `t=${T},t=${T},v1=${sig}`],
    ['a short v1', `t=${T},v1=${sig.slice(0, 63)}`],
    ['a long v1', `t=${T},v1=${sig}0`],
    ['a v1 that is not hex', `t=${T},v1=${'g'.repeat(64)}`],
    ['an empty v1', `t=${T},v1=`],
    ['one good v1 beside an unreadable one', `t=${T},v1=${sig},v1=xyz`],
    ['an entry without =', `t=${T},v1=${sig},junk`],
    ['spaces inside an entry', `t = ${T},v1=${sig}`],
    ['semicolons instead of commas', `t=${T};v1=${sig}`],
    ['a Bearer-style value', `Bearer ${sig}`],
    [
      `more than ${MAX_SMARTERBOT_SIGNATURES} v1 values`,
      `t=${T},${Array.from({ length: MAX_SMARTERBOT_SIGNATURES + 1 }, () => `v1=${sig}`).join(',')}`,
    ],
  ])('is a signature error with %s', async (_what, value) => {
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhook(LEADS_TEXT, { 'X-Webhook-Signature': value }, options()),
      ),
    ).toBe('signature');
  });

  it.each([
    ['v1 before t', `v1=${sig},t=${T}`],
    ['spaces around entries', ` t=${T} , v1=${sig} `],
    ['blank entries', `,t=${T},,v1=${sig},`],
    ['unknown keys (v0, v2)', `t=${T},v0=abc,v1=${sig},v2=${'0'.repeat(64)}`],
    [`exactly ${MAX_SMARTERBOT_SIGNATURES} v1 values`, `t=${T},${`v1=${sig},`.repeat(16)}`],
  ])('is read with %s', async (_what, value) => {
    const event = await parseSmarterBotWebhook(
      LEADS_TEXT,
      { 'X-Webhook-Signature': value },
      options(),
    );
    expect(event.type).toBe('leads');
  });

  it('is read by the exported parser', () => {
    expect(parseSmarterBotSignatureHeader(`t=00${T},v1=${sig},v1=${sig.toUpperCase()}`)).toEqual({
      timestampText: `00${T}`,
      timestamp: T,
      signatures: [sig, sig.toUpperCase()],
    });
    let error: unknown;
    try {
      parseSmarterBotSignatureHeader('t=1');
    } catch (caught) {
      error = caught;
    }
    expect(isVendorWebhookError(error) && error.reason).toBe('signature');
    expect(isVendorWebhookError(error) && error.operation).toBe('parseSmarterBotSignatureHeader');
  });

  it('is malformed when the headers are not headers, or a value cannot be read as text', async () => {
    for (const headers of [null, 'x-webhook-signature: t=1', 42]) {
      expect(
        await reasonOf(() => parseSmarterBotWebhook(LEADS_TEXT, headers as never, options())),
      ).toBe('malformed');
    }
    const unprintable = { 'X-Webhook-Signature': Object.create(null) };
    expect(
      await reasonOf(() => parseSmarterBotWebhook(LEADS_TEXT, unprintable as never, options())),
    ).toBe('malformed');
  });
});

describe('options', () => {
  it.each([
    ['no options', undefined],
    ['no secret', { now }],
    ['an empty secret', { secret: '' }],
    ['a blank secret', { secret: '   ' }],
    ['an empty list of secrets', { secret: [] }],
    ['an empty secret in the list', { secret: [SECRET, ''] }],
    ['a secret that is not a string', { secret: 1234 }],
    ['a list holding a non-string', { secret: [SECRET, null] }],
    ['an unknown kind', { secret: SECRET, kind: 'appointments' }],
    ['a non-string serialNumber', { secret: SECRET, serialNumber: 7 }],
    ['a negative tolerance', { secret: SECRET, toleranceSeconds: -1 }],
    ['a NaN tolerance', { secret: SECRET, toleranceSeconds: Number.NaN }],
    ['a string tolerance', { secret: SECRET, toleranceSeconds: '300' }],
    ['a clock that is not a function', { secret: SECRET, now: 5 }],
  ])('refuses %s before reading the delivery', async (_what, given) => {
    // Options come first: even a delivery that would be refused for itself is an options error.
    expect(await reasonOf(() => parseSmarterBotWebhook({} as never, {}, given as never))).toBe(
      'options',
    );
    expect(
      await reasonOf(() =>
        parseSmarterBotWebhookRequest(new Request('http://x', { method: 'POST' }), given as never),
      ),
    ).toBe('options');
  });
});

describe('a clock that does not tell the time', () => {
  it.each([
    ['NaN', () => Number.NaN],
    ['undefined', () => undefined],
    ['a string', () => String(T * 1000)],
    ['Infinity', () => Number.POSITIVE_INFINITY],
  ])(
    'refuses a now() returning %s instead of letting any timestamp through',
    async (_what, clock) => {
      expect(
        await reasonOf(() =>
          parseSmarterBotWebhook(LEADS_TEXT, header(LEADS_TEXT), options({ now: clock as never })),
        ),
      ).toBe('options');
    },
  );
});

describe('bodies', () => {
  it('refuses a body a JSON parser already made into an object', async () => {
    const error = await refusal(() =>
      parseSmarterBotWebhook(LEADS as never, header(LEADS_TEXT), options()),
    );
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(/express\.raw/);
  });

  it('refuses signed bytes that are not UTF-8, and signed text that is not JSON', async () => {
    const bytes = new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]);
    expect(await reasonOf(() => parseSmarterBotWebhook(bytes, header(bytes), options()))).toBe(
      'malformed',
    );
    const text = '[{"Type":"Lead",';
    expect(await reasonOf(() => parseSmarterBotWebhook(text, header(text), options()))).toBe(
      'malformed',
    );
  });

  it('checks the signature before reading the JSON: an unsigned non-JSON body is a signature error', async () => {
    expect(
      await reasonOf(() => parseSmarterBotWebhook('not json', header('other'), options())),
    ).toBe('signature');
  });

  const send = (value: unknown, extra: Partial<SmarterBotWebhookOptions> = {}) => {
    const text = JSON.stringify(value);
    return parseSmarterBotWebhook(text, header(text), options(extra));
  };

  it.each([
    ['an empty batch', []],
    ['an envelope with null Data', { Data: null, Success: true }],
    ['an object without Data', { foo: 1 }],
    ['an envelope whose Data is a string', { Data: 'x' }],
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['an array of numbers', [1, 2]],
    ['records of neither kind (shared fields only)', [{ SessionID: 1, CreateTime: null }]],
    ['leads and sessions mixed', [LEADS[0], SESSIONS[0]]],
    ['one record with both lead fields and Messages', [{ ...LEADS[0], Messages: [] }]],
  ])('reads %s as unknown when no kind is configured', async (_what, value) => {
    const event = await send(value);
    expect(event).toEqual({ type: 'unknown', vendorType: undefined, timestamp: T, raw: value });
  });

  it('reads an empty batch as the configured kind', async () => {
    expect(await send([], { kind: 'leads' })).toEqual({
      type: 'leads',
      timestamp: T,
      leads: [],
      raw: [],
    });
    expect(await send({ Data: null }, { kind: 'conversations' })).toEqual({
      type: 'conversations',
      timestamp: T,
      conversations: [],
      messages: [],
      raw: { Data: null },
    });
  });

  it('tells the kind from a single distinguishing field', async () => {
    expect((await send([{ Count: 1 }])).type).toBe('leads');
    expect((await send([{ Messages: null }])).type).toBe('conversations');
    // A non-object beside a lead makes the batch a malformed leads batch, not an unknown one.
    expect(await reasonOf(() => send([LEADS[0], 'x']))).toBe('malformed');
  });

  it.each<[string, unknown, 'leads' | 'conversations', RegExp]>([
    ['an object without Data', { foo: 1 }, 'leads', /the body is an object/],
    ['a Data of the wrong type', { Data: 5 }, 'leads', /`Data` is a number/],
    ['a string body', 'x', 'conversations', /the body is a string/],
    ['a record that is not an object', [LEADS[0], 7], 'leads', /`\[1\]` is a number/],
    ['an envelope record that is null', { Data: [null] }, 'leads', /`Data\[0\]` is null/],
    ['a session that is an array', [[]], 'conversations', /`\[0\]` is an array/],
    ['Messages that is an object', [{ Messages: {} }], 'conversations', /`\[0\]\.Messages` is/],
    [
      'a turn that is a string',
      [{ SessionID: 1, Messages: [{ Type: 'AI' }, 'hi'] }],
      'conversations',
      /`\[0\]\.Messages\[1\]` is a string/,
    ],
    ['sessions sent to a leads endpoint', SESSIONS, 'leads', /look like chat sessions/],
    ['leads sent to a conversations endpoint', LEADS, 'conversations', /look like leads/],
  ])('refuses %s as malformed, naming the field', async (_what, value, kind, message) => {
    const error = await refusal(() => send(value, { kind }));
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(message);
  });

  it('refuses a SessionID past 2^53 − 1 in exponent form, which no number holds exactly', async () => {
    const text = '[{"Type":"Lead","SessionID":1e20}]';
    const error = await refusal(() => parseSmarterBotWebhook(text, header(text), options()));
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(/`\[0\]\.SessionID`/);
  });

  it('keeps a SessionID past 2^53 − 1 exact, as its digits', async () => {
    const text =
      '[{"SessionID":9007199254740993,"CreateTime":"2025-02-03T18:03:55Z","Messages":[]},' +
      '{"SessionID":9007199254740992,"CreateTime":"2025-02-03T18:03:55Z","Messages":[]}]';
    const event = await parseSmarterBotWebhook(text, header(text), options());
    if (event.type !== 'conversations') throw new Error(event.type);
    expect(event.conversations.map((c) => c.id)).toEqual(['9007199254740993', '9007199254740992']);
    // Digits inside strings are left as they are.
    const inString = '[{"Type":"Lead","Content":"call 90071992547409931234","SessionID":5}]';
    const lead = await parseSmarterBotWebhook(inString, header(inString), options());
    if (lead.type !== 'leads') throw new Error(lead.type);
    expect(lead.leads[0]?.fields).toEqual({ Content: 'call 90071992547409931234' });
  });

  it('normalizes leniently what the REST reads normalize leniently (odd field types)', async () => {
    const odd = { Type: 'Lead', Name: 5, Email: {}, SessionID: 'x', Count: 'n', URI: [] };
    const event = await send([odd]);
    if (event.type !== 'leads') throw new Error(event.type);
    expect(event.leads).toEqual([normalizeLead(odd as never)]);
    expect(event.leads[0]?.contact).toEqual({ name: '5' });
  });
});

describe('parseSmarterBotWebhookRequest', () => {
  const request = (body: string, headers: Record<string, string>) =>
    new Request('https://hooks.example.com/smarterbot', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('verifies and reads a web Request', async () => {
    const event = await parseSmarterBotWebhookRequest(
      request(SESSIONS_TEXT, header(SESSIONS_TEXT)),
      options(),
    );
    expect(event.type).toBe('conversations');
    const error = await refusal(() =>
      parseSmarterBotWebhookRequest(request(SESSIONS_TEXT, header(LEADS_TEXT)), options()),
    );
    expect(error.reason).toBe('signature');
    expect(error.operation).toBe('parseSmarterBotWebhookRequest');
  });

  it('refuses a Request whose body was already read, and what is not a Request', async () => {
    const used = request(LEADS_TEXT, header(LEADS_TEXT));
    await used.text();
    expect(await reasonOf(() => parseSmarterBotWebhookRequest(used, options()))).toBe('malformed');
    for (const notRequest of [undefined, {}, { headers: {}, body: LEADS_TEXT }]) {
      expect(
        await reasonOf(() => parseSmarterBotWebhookRequest(notRequest as never, options())),
      ).toBe('malformed');
    }
  });

  it('is missing-header for a Request without the signature', async () => {
    expect(
      await reasonOf(() => parseSmarterBotWebhookRequest(request(LEADS_TEXT, {}), options())),
    ).toBe('missing-header');
  });
});
