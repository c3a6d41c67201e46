import { isVendorWebhookError } from '@botbridge/core';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { parseTwin24Callback, parseTwin24CallbackRequest } from '../src/index.js';

// The token check goes through core's constant-time comparison, and no refusal leaks the token,
// the echoed value or the body.

const TOKEN = 'tw-secret-Zx81qPp0LmN3vB7c';
// Echoed values an attacker (or a stale configuration) might send: each must stay out of errors.
const ECHOED = 'tw-echoed-Kd92hSa7QwE4rT1y';
// Every body below carries this, so a message that quotes any of a body shows it.
const MARKER = 'PRIVATE-BODY-Jane-Roe-+15550100';

const answer = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    dialogId: 'd-1',
    botId: 'b-1',
    status: 'STOP',
    messages: [{ body: MARKER }],
    callbackData: TOKEN,
    ...overrides,
  });
/** As bytes, so that reading the body encodes no string (see below). */
const bytes = (text: string) => new TextEncoder().encode(text);

// Core's `constantTimeEqual` encodes both strings to UTF-8 and compares every byte of the longer
// one; a plain `===` (or a compare that stops at the first difference on strings) encodes nothing.
// So the comparison is observed by counting, through a spy on `TextEncoder.prototype.encode`, the
// strings encoded while a delivery is parsed, never by timing it. (Workers share modules here, so
// mocking the core module would not reach a receiver another test file already imported.)
describe('the callbackData token is compared with core constantTimeEqual', () => {
  let encode: MockInstance<TextEncoder['encode']>;
  beforeEach(() => {
    encode = vi.spyOn(TextEncoder.prototype, 'encode');
  });
  afterEach(() => encode.mockRestore());
  /** The strings encoded since the spy was set, in order. */
  const encoded = () => encode.mock.calls.map(([input]) => input);

  it('equal: the echoed value and the token are both encoded, and the delivery is accepted', async () => {
    const body = bytes(answer());
    encode.mockClear();
    const event = await parseTwin24Callback(body, {}, { callbackData: TOKEN });
    expect(event.type).toBe('bot-answer');
    expect(encoded()).toEqual([TOKEN, TOKEN]);
  });

  it('different: the same full comparison, then a callback-data refusal', async () => {
    for (const echoed of [ECHOED, `${TOKEN}x`, TOKEN.slice(0, -1), `X${TOKEN.slice(1)}`, '']) {
      const body = bytes(answer({ callbackData: echoed }));
      encode.mockClear();
      const error = await parseTwin24Callback(body, {}, { callbackData: TOKEN }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ reason: 'callback-data' });
      expect(encoded()).toEqual([echoed, TOKEN]);
    }
  });

  it('missing or not a string: refused before any comparison', async () => {
    for (const text of [answer({ callbackData: undefined }), answer({ callbackData: 7 }), '[]']) {
      const body = bytes(text);
      encode.mockClear();
      const error = await parseTwin24Callback(body, {}, { callbackData: TOKEN }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ reason: 'callback-data' });
      expect(encoded()).toEqual([]);
    }
  });

  it('no token configured: no comparison at all', async () => {
    const body = bytes(answer({ callbackData: ECHOED }));
    encode.mockClear();
    await parseTwin24Callback(body, {});
    expect(encoded()).toEqual([]);
  });
});

/** Every refusal path the receivers have, each with the token configured where it can be. */
function refusals(): Array<[string, () => Promise<unknown>]> {
  const withToken = { callbackData: TOKEN };
  const request = (body: string) =>
    new Request('https://hooks.example/twin', { method: 'POST', body });
  return [
    [
      'token missing',
      () => parseTwin24Callback(answer({ callbackData: undefined }), {}, withToken),
    ],
    ['token different', () => parseTwin24Callback(answer({ callbackData: ECHOED }), {}, withToken)],
    [
      'token not a string',
      () => parseTwin24Callback(answer({ callbackData: [ECHOED] }), {}, withToken),
    ],
    [
      'token near miss',
      () => parseTwin24Callback(answer({ callbackData: `${TOKEN}!` }), {}, withToken),
    ],
    [
      'token on non-object',
      () => parseTwin24Callback(JSON.stringify([MARKER, ECHOED]), {}, withToken),
    ],
    ['options not object', () => parseTwin24Callback(answer(), {}, TOKEN as never)],
    ['options empty token', () => parseTwin24Callback(answer(), {}, { callbackData: '' })],
    [
      'options token wrong type',
      () => parseTwin24Callback(answer(), {}, { callbackData: [TOKEN] } as never),
    ],
    ['body parsed object', () => parseTwin24Callback(JSON.parse(answer()), {}, withToken)],
    ['body not JSON', () => parseTwin24Callback(`${MARKER} ${TOKEN}`, {}, withToken)],
    ['body cut short', () => parseTwin24Callback(answer().slice(0, -3), {}, withToken)],
    [
      'body not UTF-8',
      () =>
        parseTwin24Callback(
          new Uint8Array([...new TextEncoder().encode(answer()), 0xff]),
          {},
          withToken,
        ),
    ],
    ['shape dialogId', () => parseTwin24Callback(answer({ dialogId: { MARKER } }), {}, withToken)],
    ['shape status', () => parseTwin24Callback(answer({ status: [MARKER] }), {}, withToken)],
    ['shape messages', () => parseTwin24Callback(answer({ messages: MARKER }), {}, withToken)],
    ['shape message', () => parseTwin24Callback(answer({ messages: [MARKER] }), {}, withToken)],
    [
      'shape body',
      () => parseTwin24Callback(answer({ messages: [{ body: [MARKER] }] }), {}, withToken),
    ],
    [
      'shape substitutions',
      () =>
        parseTwin24Callback(
          answer({ messages: [{ body: MARKER, substitutions: { nodeId: { MARKER } } }] }),
          {},
          withToken,
        ),
    ],
    [
      'shape callbackData (no token)',
      () => parseTwin24Callback(answer({ callbackData: { TOKEN } }), {}),
    ],
    [
      'nesting',
      () =>
        parseTwin24Callback(
          `{"dialogId":"d","callbackData":"${TOKEN}","messages":[{"body":"${MARKER}","meta":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`,
          {},
          withToken,
        ),
    ],
    [
      'request token',
      () => parseTwin24CallbackRequest(request(answer({ callbackData: ECHOED })), withToken),
    ],
    ['request not JSON', () => parseTwin24CallbackRequest(request(`${MARKER}${TOKEN}`), withToken)],
    ['request options', () => parseTwin24CallbackRequest(request(answer()), TOKEN as never)],
  ];
}

/** The texts a logger or an error reporter could show of `error`. */
function renderings(error: unknown): string[] {
  const out = [String(error), JSON.stringify(error)];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    if (current instanceof Error) {
      out.push(current.message, String(current), current.stack ?? '');
      current = current.cause;
    } else {
      out.push(String(current), JSON.stringify(current) ?? '');
      current = undefined;
    }
  }
  return out;
}

describe('secret hunt: no refusal carries the token, the echoed value or the body', () => {
  it.each(refusals())('%s', async (_name, run) => {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isVendorWebhookError(error), String(error)).toBe(true);
    const body = answer();
    for (const text of renderings(error)) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(ECHOED);
      expect(text).not.toContain(MARKER);
      expect(text).not.toContain(body);
    }
  });
});
