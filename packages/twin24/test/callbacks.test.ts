import { readFileSync } from 'node:fs';
import { derivedId, isVendorWebhookError, type VendorWebhookError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  parseTwin24Callback,
  parseTwin24CallbackRequest,
  type Twin24BotAnswerCallback,
  type Twin24Callback,
} from '../src/index.js';

// Twin's callbacks: the documented bot-answer payload, everything else as `unknown`, the echoed
// `callbackData` token, and every way a delivery is refused.

const TOKEN = 'twin-callback-token-7Qm2x9Lr4v';
const NO_HEADERS = {};
const json = (value: unknown) => JSON.stringify(value);

/** The vendor sample's shape (values ours), with the token echoed. */
function sample(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dialogId: '65f1c0a2b7e4d93a1c8f0e27',
    botId: '9b0e2c4d-7a61-4f3e-8d25-1c6b0a9f4e73',
    status: 'STOP',
    result: { initialVariables: [] },
    messages: [
      {
        body: 'Hello! How can I help?',
        actions: [],
        substitutions: { nodeId: 'node-1', botId: '9b0e2c4d-7a61-4f3e-8d25-1c6b0a9f4e73' },
        answers: [],
        meta: [],
        attachments: [],
      },
      {
        body: 'Pick an option',
        actions: [],
        substitutions: { nodeId: 'node-2', botId: '9b0e2c4d-7a61-4f3e-8d25-1c6b0a9f4e73' },
        answers: ['Orders', 'Returns'],
        meta: [],
        attachments: [],
      },
    ],
    callbackData: TOKEN,
    ...overrides,
  };
}

async function botAnswer(
  payload: unknown,
  options?: Parameters<typeof parseTwin24Callback>[2],
): Promise<Twin24BotAnswerCallback> {
  const event = await parseTwin24Callback(json(payload), NO_HEADERS, options);
  if (event.type !== 'bot-answer') throw new Error(`expected a bot answer, got ${event.type}`);
  return event;
}

/** The VendorWebhookError `run` rejects with (fails on anything else). */
async function refusal(run: () => Promise<unknown>): Promise<VendorWebhookError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isVendorWebhookError(error), String(error)).toBe(true);
  return error as VendorWebhookError;
}

describe('parseTwin24Callback: the bot answer', () => {
  it('reads the documented payload into typed fields and bot messages of the dialog', async () => {
    const payload = sample();
    const event = await botAnswer(payload, { callbackData: TOKEN });
    expect(event.dialogId).toBe('65f1c0a2b7e4d93a1c8f0e27');
    expect(event.botId).toBe('9b0e2c4d-7a61-4f3e-8d25-1c6b0a9f4e73');
    expect(event.status).toBe('STOP');
    expect(event.raw).toEqual(payload);
    expect(event.messages).toHaveLength(2);
    const [first, second] = event.messages;
    expect(first).toEqual({
      vendor: 'twin24',
      id: expect.stringMatching(/^twin24_bot_message_[0-9a-f]{32}$/),
      conversationId: '65f1c0a2b7e4d93a1c8f0e27',
      role: 'bot',
      text: 'Hello! How can I help?',
      attachments: [],
      raw: (payload.messages as unknown[])[0],
    });
    expect(second?.text).toBe('Pick an option');
    expect(second?.raw).toEqual((payload.messages as unknown[])[1]);
    expect(first?.id).not.toBe(second?.id);
    // No timestamps and no author type in the payload: none invented.
    expect(first).not.toHaveProperty('createdAt');
    expect(first).not.toHaveProperty('vendorRole');
  });

  it('derives each id from the dialog, the status, the whole answer and the position', async () => {
    const payload = sample();
    const event = await botAnswer(payload);
    const { callbackData: _token, result: _result, ...rest } = payload;
    expect(event.messages.map((m) => m.id)).toEqual(
      [0, 1].map((position) =>
        derivedId('twin24_bot_message', {
          dialogId: rest.dialogId,
          status: rest.status,
          messages: rest.messages,
          position,
        }),
      ),
    );
  });

  it('gives a redelivery the same ids, whatever its key order, spacing or rotated token', async () => {
    const first = await botAnswer(sample());
    const reordered = Object.fromEntries(Object.entries(sample()).reverse());
    const spaced = JSON.stringify(reordered, null, 2);
    const again = await parseTwin24Callback(spaced, NO_HEADERS);
    if (again.type !== 'bot-answer') throw new Error('expected a bot answer');
    expect(again.messages.map((m) => m.id)).toEqual(first.messages.map((m) => m.id));
    const rotated = await botAnswer(sample({ callbackData: 'another-token', result: [] }));
    expect(rotated.messages.map((m) => m.id)).toEqual(first.messages.map((m) => m.id));
  });

  it('tells apart the same message in another dialog, another answer or another status', async () => {
    const base = (await botAnswer(sample())).messages[1]?.id;
    const otherDialog = (await botAnswer(sample({ dialogId: '65f1c0a2b7e4d93a1c8f0e28' })))
      .messages[1]?.id;
    const messages = sample().messages as Array<Record<string, unknown>>;
    const otherAnswer = (
      await botAnswer(
        sample({ messages: [{ ...messages[0], body: 'Welcome back!' }, messages[1]] }),
      )
    ).messages[1]?.id;
    const otherStatus = (await botAnswer(sample({ status: 'WAITING' }))).messages[1]?.id;
    expect(new Set([base, otherDialog, otherAnswer, otherStatus]).size).toBe(4);
  });

  it('keeps any status string (STOP is the only one documented) and trims ids', async () => {
    const event = await botAnswer(
      sample({ status: 'WAIT_FOR_USER', dialogId: ' d-1 ', botId: ' b-1 ' }),
    );
    expect(event.status).toBe('WAIT_FOR_USER');
    expect(event.dialogId).toBe('d-1');
    expect(event.botId).toBe('b-1');
    expect(event.messages.every((m) => m.conversationId === 'd-1')).toBe(true);
  });

  it('reads the optional parts as absent: null messages, null or blank fields', async () => {
    const event = await botAnswer({ dialogId: 'd-2', messages: null });
    expect(event).toMatchObject({ dialogId: 'd-2', botId: undefined, status: undefined });
    expect(event.messages).toEqual([]);
    const blank = await botAnswer({
      dialogId: 'd-3',
      botId: null,
      status: '  ',
      messages: [{ body: '   ' }, {}],
    });
    expect(blank.status).toBeUndefined();
    expect(blank.messages).toHaveLength(2);
    expect(blank.messages.every((m) => m.text === undefined && m.role === 'bot')).toBe(true);
  });

  it('keeps a text as written and maps attachments with the chat service’s fields (inferred)', async () => {
    const event = await botAnswer({
      dialogId: 'd-4',
      messages: [
        {
          body: '  line one\nline two ',
          attachments: [
            { name: 'invoice.pdf', url: 'https://files.example/1', extension: 'pdf' },
            { downloadLink: 'https://files.example/2', sugestedExtension: 'png' },
            'not-an-object',
            { unrelated: true },
          ],
        },
      ],
    });
    expect(event.messages[0]?.text).toBe('  line one\nline two ');
    expect(event.messages[0]?.attachments).toEqual([
      { name: 'invoice.pdf', url: 'https://files.example/1', type: 'pdf' },
      { url: 'https://files.example/2', type: 'png' },
    ]);
  });

  it('accepts PHP-style empty maps ([]) and objects where the sample shows either', async () => {
    const event = await botAnswer({
      dialogId: 'd-5',
      result: [],
      messages: [{ body: 'x', actions: {}, substitutions: [], meta: { a: 1 } }],
    });
    expect(event.messages).toHaveLength(1);
  });

  it('reads the spec’s own example', async () => {
    const spec = parse(
      readFileSync(new URL('../../../specs/twin24/openapi.yaml', import.meta.url), 'utf8'),
    );
    const example =
      spec.components.callbacks.BotDialogAnswer['{$request.body#/callbackUrl}'].post.requestBody
        .content['application/json'].examples.botAnswer.value;
    const event = await botAnswer(example, { callbackData: example.callbackData });
    expect(event.status).toBe('STOP');
    expect(event.messages).toHaveLength(example.messages.length);
  });

  it('takes the body as text, bytes or an ArrayBuffer, and ignores the headers', async () => {
    const text = json(sample());
    const bytes = new TextEncoder().encode(text);
    const ids = async (body: string | Uint8Array | ArrayBuffer, headers: never) => {
      const event = await parseTwin24Callback(body, headers, { callbackData: TOKEN });
      return event.type === 'bot-answer' ? event.messages.map((m) => m.id) : [];
    };
    const expected = await ids(text, {} as never);
    expect(expected).toHaveLength(2);
    for (const body of [bytes, Buffer.from(text), bytes.buffer]) {
      expect(await ids(body, {} as never)).toEqual(expected);
    }
    for (const headers of [new Headers({ 'x-anything': '1' }), { 'content-type': 'text/plain' }]) {
      expect(await ids(text, headers as never)).toEqual(expected);
    }
  });
});

describe('parseTwin24Callback: anything else', () => {
  it('is unknown, with no vendor type and the payload as received', async () => {
    const chatEvent = { event: 'SESSION_CLOSED', sessionId: 's-1', eventCallbackData: 'x' };
    const payloads: unknown[] = [
      chatEvent,
      { messageId: 'm-1', status: 'DELIVERED', callbackData: 'x' },
      { dialogId: 'd-only' }, // a bot answer has both `dialogId` and `messages`
      { messages: [] },
      [1, 2],
      'text',
      42,
      null,
      {},
    ];
    for (const payload of payloads) {
      const event: Twin24Callback = await parseTwin24Callback(json(payload), NO_HEADERS);
      expect(event).toEqual({ type: 'unknown', vendorType: undefined, raw: payload });
    }
  });
});

describe('parseTwin24Callback: the callbackData token', () => {
  it('accepts the exact token, on a bot answer and on any other payload', async () => {
    await expect(botAnswer(sample(), { callbackData: TOKEN })).resolves.toMatchObject({
      type: 'bot-answer',
    });
    const other = { messageId: 'm-1', callbackData: TOKEN };
    await expect(
      parseTwin24Callback(json(other), NO_HEADERS, { callbackData: TOKEN }),
    ).resolves.toEqual({ type: 'unknown', vendorType: undefined, raw: other });
  });

  it('refuses a missing, non-string or different token with reason callback-data', async () => {
    const wrong: unknown[] = [
      sample({ callbackData: undefined }),
      sample({ callbackData: null }),
      sample({ callbackData: 42 }),
      sample({ callbackData: [TOKEN] }),
      sample({ callbackData: { token: TOKEN } }),
      sample({ callbackData: '' }),
      sample({ callbackData: TOKEN.slice(0, -1) }),
      sample({ callbackData: `${TOKEN}x` }),
      sample({ callbackData: `${TOKEN.slice(0, -1)}X` }),
      sample({ callbackData: TOKEN.toUpperCase() }),
      sample({ callbackData: ` ${TOKEN}` }),
      { messageId: 'm-1' },
      [TOKEN],
      TOKEN,
      null,
    ];
    for (const payload of wrong) {
      const error = await refusal(() =>
        parseTwin24Callback(json(payload), NO_HEADERS, { callbackData: TOKEN }),
      );
      expect(error.reason, json(payload)).toBe('callback-data');
      expect(error).toMatchObject({ vendor: 'twin24', operation: 'parseTwin24Callback' });
    }
  });

  it('checks nothing when the option is left out', async () => {
    await expect(botAnswer(sample(), {})).resolves.toBeDefined();
    await expect(botAnswer(sample({ callbackData: 'anything' }))).resolves.toBeDefined();
    await expect(botAnswer(sample({ callbackData: undefined }))).resolves.toBeDefined();
  });
});

describe('parseTwin24Callback: refusals', () => {
  it('options: not an object, or a callbackData key that is not a non-empty string', async () => {
    const bad: unknown[] = [
      null,
      'token',
      42,
      [TOKEN],
      { callbackData: '' },
      { callbackData: 42 },
      { callbackData: null },
      // An unset environment variable must not switch verification off.
      { callbackData: undefined },
    ];
    for (const options of bad) {
      const error = await refusal(() =>
        parseTwin24Callback(json(sample()), NO_HEADERS, options as never),
      );
      expect(error.reason, json(options)).toBe('options');
    }
  });

  it('malformed: a parsed object, bytes that are not UTF-8, text that is not JSON', async () => {
    const bodies: unknown[] = [
      sample(),
      null,
      undefined,
      42,
      new Uint8Array([0x7b, 0xff, 0x7d]),
      'not json',
      '',
      '{"dialogId":',
    ];
    for (const body of bodies) {
      const error = await refusal(() => parseTwin24Callback(body as never, NO_HEADERS));
      expect(error.reason).toBe('malformed');
    }
  });

  it('malformed: a bot answer of the wrong shape, naming the field', async () => {
    const message = (sample().messages as Array<Record<string, unknown>>)[0] ?? {};
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ dialogId: 42 }, '`dialogId`'],
      [{ dialogId: '   ' }, '`dialogId`'],
      [{ dialogId: null }, '`dialogId`'],
      [{ botId: 7 }, '`botId`'],
      [{ status: true }, '`status`'],
      [{ language: {} }, '`language`'],
      [{ callbackData: 5 }, '`callbackData`'],
      [{ result: 'done' }, '`result`'],
      [{ result: { initialVariables: {} } }, '`result.initialVariables`'],
      [{ messages: {} }, '`messages`'],
      [{ messages: 'hi' }, '`messages`'],
      [{ messages: ['hi'] }, '`messages[0]`'],
      [{ messages: [message, null] }, '`messages[1]`'],
      [{ messages: [message, []] }, '`messages[1]`'],
      [{ messages: [{ body: 3 }] }, '`messages[0].body`'],
      [{ messages: [{ answers: {} }] }, '`messages[0].answers`'],
      [{ messages: [{ attachments: 'a.pdf' }] }, '`messages[0].attachments`'],
      [{ messages: [{ actions: 'go' }] }, '`messages[0].actions`'],
      [{ messages: [{ meta: 1 }] }, '`messages[0].meta`'],
      [{ messages: [{ substitutions: 'n' }] }, '`messages[0].substitutions`'],
      [{ messages: [{ substitutions: { nodeId: 1 } }] }, '`messages[0].substitutions.nodeId`'],
      [{ messages: [{ substitutions: { botId: [] } }] }, '`messages[0].substitutions.botId`'],
    ];
    for (const [overrides, field] of cases) {
      const error = await refusal(() => parseTwin24Callback(json(sample(overrides)), NO_HEADERS));
      expect(error.reason, field).toBe('malformed');
      expect(error.message).toContain(field);
    }
  });

  it('malformed: a bot answer nested deeper than the id hash can walk, not a RangeError', async () => {
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const text = `{"dialogId":"d","messages":[{"body":"x","meta":${deep}}]}`;
    const error = await refusal(() => parseTwin24Callback(text, NO_HEADERS));
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(/nested too deeply/);
  });
});

describe('parseTwin24CallbackRequest', () => {
  const request = (body: BodyInit) =>
    new Request('https://hooks.example/twin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  it('reads a web Request the same as the raw body', async () => {
    const event = await parseTwin24CallbackRequest(request(json(sample())), {
      callbackData: TOKEN,
    });
    const direct = await botAnswer(sample());
    expect(event).toEqual(direct);
  });

  it('refuses with the request form as the operation: token, options, body', async () => {
    const cases: Array<[() => Promise<unknown>, string]> = [
      [
        () =>
          parseTwin24CallbackRequest(request(json(sample({ callbackData: 'x' }))), {
            callbackData: TOKEN,
          }),
        'callback-data',
      ],
      [() => parseTwin24CallbackRequest(request(json(sample())), { callbackData: '' }), 'options'],
      [() => parseTwin24CallbackRequest(request('{nope'), undefined), 'malformed'],
    ];
    for (const [run, reason] of cases) {
      const error = await refusal(run);
      expect(error).toMatchObject({ reason, operation: 'parseTwin24CallbackRequest' });
    }
  });

  it('malformed: not a Request, a body already read, a body stream that breaks', async () => {
    for (const notRequest of [null, undefined, 'body', {}, { body: '{}' }]) {
      const error = await refusal(() => parseTwin24CallbackRequest(notRequest as never));
      expect(error.reason).toBe('malformed');
    }
    const used = request(json(sample()));
    await used.text();
    expect((await refusal(() => parseTwin24CallbackRequest(used))).reason).toBe('malformed');
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"dialogId":"d",'));
        controller.error(new Error('connection reset while reading {"dialogId":"d",'));
      },
    });
    const streamed = new Request('https://hooks.example/twin', {
      method: 'POST',
      body: broken,
      duplex: 'half',
    } as RequestInit);
    const error = await refusal(() => parseTwin24CallbackRequest(streamed));
    expect(error.reason).toBe('malformed');
    expect(error.message).not.toContain('dialogId');
    expect(error.cause).toBeUndefined();
  });
});
