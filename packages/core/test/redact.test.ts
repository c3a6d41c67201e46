import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { errorFromResponse, REDACTED, redactText, redactUrl, redactValue } from '../src/index.js';

// Secrets with characters every encoding changes: `/`, `+`, `=`, `"`, a space, `&`, `<`, `~`, a
// backslash, Latin-1 and astral characters. The first is the key of the SmarterBot report.
const REPORTED = 'sk/Live+Q2xvc2U=';
const RICH = 'k3y/+="é ü~\\🔑&<>\'-end';
const LATIN1 = 'pw/+="café&<ß-7f3a';

const hexAll = (text: string, lower: boolean) =>
  text.replace(/%[0-9A-F]{2}/g, (m) => (lower ? m.toLowerCase() : m.toUpperCase()));
const jsonBody = (text: string) => JSON.stringify(text).slice(1, -1);
/** PHP `json_encode` defaults: `\/`, and `\uxxxx` (lower case) for everything non-ASCII. */
const jsonPhp = (text: string) =>
  jsonBody(text)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Go's encoding/json: `<`, `>`, `&` as `\u003c`…, upper-case escapes for the rest here. */
const jsonAsciiUpper = (text: string) =>
  [...text]
    .map((c) =>
      /[A-Za-z0-9 -]/.test(c)
        ? c
        : Array.from({ length: c.length }, (_, i) => i)
            .map((i) => `\\u${c.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`)
            .join(''),
    )
    .join('');
/** What escape-html (Express, many templating engines) writes. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const htmlNumeric = (text: string, radix: 10 | 16) =>
  [...text]
    .map((c) =>
      /[A-Za-z0-9]/.test(c)
        ? c
        : radix === 16
          ? `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`
          : `&#${c.codePointAt(0)};`,
    )
    .join('');
const htmlNamed = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/\//g, '&sol;')
    .replace(/\+/g, '&plus;')
    .replace(/=/g, '&equals;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const b64 = (text: string, encoding: 'utf8' | 'latin1' = 'utf8') =>
  Buffer.from(text, encoding).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');

/** Every encoding of `secret` a server is known to echo, as [name, encoded, base64?]. */
function encodings(secret: string): Array<[name: string, encoded: string, base64: boolean]> {
  const rows: Array<[string, string, boolean]> = [
    ['raw', secret, false],
    ['encodeURIComponent', encodeURIComponent(secret), false],
    ['encodeURIComponent, lower-case hex', hexAll(encodeURIComponent(secret), true), false],
    [
      'form (URLSearchParams, space as +)',
      new URLSearchParams({ k: secret }).toString().slice(2),
      false,
    ],
    ['encodeURI', encodeURI(secret), false],
    ['percent-encoded twice', encodeURIComponent(encodeURIComponent(secret)), false],
    ['legacy escape()', escape(secret), false],
    ['JSON string', jsonBody(secret), false],
    ['JSON, PHP style (\\/ and \\uxxxx)', jsonPhp(secret), false],
    ['JSON, ASCII only, upper-case \\uXXXX', jsonAsciiUpper(secret), false],
    ['JSON string escaped twice', jsonBody(jsonBody(secret)), false],
    ['JSON pointer token', pointer(secret), false],
    ['JSON pointer token of a PHP-escaped key', pointer(jsonPhp(secret)), false],
    ['HTML, escape-html', escapeHtml(secret), false],
    ['HTML, hexadecimal references', htmlNumeric(secret, 16), false],
    ['HTML, decimal references', htmlNumeric(secret, 10), false],
    ['HTML, named references', htmlNamed(secret), false],
    ['UTF-8 read as Latin-1 (a header)', Buffer.from(secret).toString('latin1'), false],
    ['base64', b64(secret), true],
    ['base64url', b64url(secret), true],
    ['Basic user:key, base64', `Basic ${b64(`user:${secret}`)}`, true],
    ['Basic key:, base64 (key as user name)', `Basic ${b64(`${secret}:`)}`, true],
    ['base64url of email:key', b64url(`ops@example.com:${secret}`), true],
    [
      'base64url JWT payload holding the key',
      b64url(JSON.stringify({ sub: 1, key: secret })),
      true,
    ],
    [
      'base64 of user:key, percent-encoded in a query',
      encodeURIComponent(b64(`user:${secret}`)),
      true,
    ],
    ['base64 in PHP JSON (\\/)', b64(`user:${secret}`).replace(/\//g, '\\/'), true],
  ];
  if ([...secret].every((c) => (c.codePointAt(0) ?? 0) <= 0xff)) {
    rows.push(['base64 of Latin-1 bytes', b64(`user:${secret}`, 'latin1'), true]);
  }
  return rows;
}

/** Whether any decoding of `text` still holds two consecutive bytes of `secret`. */
function base64Fragment(text: string, secret: string): string | undefined {
  const bytes = [Buffer.from(secret), Buffer.from(secret, 'latin1')];
  for (const run of text
    .replace(/%2B/gi, '+')
    .replace(/%2F/gi, '/')
    .replace(/\\\//g, '/')
    .match(/[A-Za-z0-9+/_-]{3,}/g) ?? []) {
    for (let start = 0; start < 4; start++) {
      const decoded = Buffer.from(run.slice(start).replace(/-/g, '+').replace(/_/g, '/'), 'base64');
      for (const form of bytes) {
        for (let i = 0; i + 2 <= form.length; i++) {
          const pair = form.subarray(i, i + 2);
          if (decoded.includes(pair)) {
            return `${run} @${start}: ${pair.toString('latin1')}`;
          }
        }
      }
    }
  }
  return undefined;
}

describe('redactText: a secret is redacted in every encoding a server echoes it in', () => {
  for (const secret of [REPORTED, RICH, LATIN1]) {
    describe(JSON.stringify(secret), () => {
      // An encoding that leaves this secret as it is would only repeat the raw case.
      const changed = encodings(secret).filter(
        ([name, encoded]) => name === 'raw' || encoded !== secret,
      );
      for (const [name, encoded, base64] of changed) {
        it(name, () => {
          const text = `before ${encoded} after`;
          const out = redactText(text, [secret]);
          expect(out).toContain(REDACTED);
          if (!base64) {
            expect(out).toBe(`before ${REDACTED} after`);
          } else {
            // The base64 characters at either end of the key also carry bits of its neighbours
            // and stay; they hold less than one byte of it.
            expect(base64Fragment(out, secret)).toBeUndefined();
          }
        });
      }
    });
  }

  it('replaces a key that contains another one whole, whatever order they are given in', () => {
    const inner = 'Q2xvc2U=';
    expect(redactText(`x ${encodeURIComponent(REPORTED)} y`, [inner, REPORTED])).toBe(
      `x ${REDACTED} y`,
    );
  });

  it('leaves text that only resembles a secret alone', () => {
    const text = 'sk/Live+Q2xvc2U (no padding) sk%2FLive%2BQ2xvc2 and sk/Live Q2xvc2U=';
    expect(redactText(text, [REPORTED])).toBe(text);
  });

  it('ignores secrets shorter than 4 characters', () => {
    expect(redactText('a/b c%2Fd', ['a/b', 'c/d', ''])).toBe('a/b c%2Fd');
  });

  it('copes with long texts and many secrets (no pathological backtracking)', () => {
    const secrets = Array.from({ length: 20 }, (_, i) => `${RICH}-${i}`);
    const text = `${'%2F%25\\u00&#x'.repeat(20_000)}${encodeURIComponent(secrets[7] ?? '')}`;
    const out = redactText(text, secrets);
    expect(out.endsWith(REDACTED)).toBe(true);
  });
});

describe('redactUrl: percent-encoded secrets in paths and queries', () => {
  it.each([
    ['path, encodeURIComponent', `https://x.example/keys/${encodeURIComponent(REPORTED)}/usage`],
    [
      'path, lower-case hex',
      `https://x.example/keys/${hexAll(encodeURIComponent(REPORTED), true)}`,
    ],
    [
      'query, form encoding',
      `https://x.example/a?note=${new URLSearchParams({ k: RICH }).toString().slice(2)}&q=1`,
    ],
    ['query, encodeURIComponent', `https://x.example/a?note=${encodeURIComponent(RICH)}&q=1`],
    [
      'query, double-encoded redirect target',
      `https://x.example/login?next=${encodeURIComponent(`/k/${encodeURIComponent(RICH)}`)}`,
    ],
  ])('%s', (_case, url) => {
    const out = redactUrl(url, [REPORTED, RICH]);
    expect(out).toContain(REDACTED);
    for (const fragment of ['Live', 'Q2xvc2U', 'k3y', '-end']) expect(out).not.toContain(fragment);
  });
});

describe('errorFromResponse: an encoded echo is redacted wherever a raw one is', () => {
  // The SmarterBot report: a 401 whose body echoes the key percent-encoded, which reached
  // `err.message` through the vendor's `Message`.
  const reported = () =>
    errorFromResponse(
      new Response(null, {
        status: 401,
        headers: {
          'x-request-id': `req-9 ${b64(`user:${REPORTED}`)}`,
        },
      }),
      {
        Message: `Invalid key ${encodeURIComponent(REPORTED)}`,
        Data: { html: `<p>${escapeHtml(RICH)}</p>`, json: jsonPhp(REPORTED) },
      },
      {
        method: 'GET',
        url: `https://api.example.com/v1/${encodeURIComponent(REPORTED)}?echo=${encodeURIComponent(RICH)}`,
      },
      {
        vendor: 'smarterbot',
        operation: 'getMessageCount',
        secrets: [REPORTED, RICH],
        describe: (body) => (body as { Message?: string }).Message,
      },
    );

  it('message, body, request URL and request id', () => {
    const error = reported();
    expect(error.message).toBe(
      `smarterbot getMessageCount failed with HTTP 401: Invalid key ${REDACTED}`,
    );
    expect(error.body).toEqual({
      Message: `Invalid key ${REDACTED}`,
      Data: { html: `<p>${REDACTED}</p>`, json: REDACTED },
    });
    expect(error.request.url).toBe(`https://api.example.com/v1/${REDACTED}?echo=${REDACTED}`);
    expect(error.requestId).toContain(REDACTED);
    expect(base64Fragment(error.requestId ?? '', REPORTED)).toBeUndefined();
  });

  it('toJSON, inspect and stack', () => {
    const error = reported();
    for (const view of [
      JSON.stringify(error),
      inspect(error, { depth: null, showHidden: true }),
      String(error.stack),
    ]) {
      for (const [name, encoded] of [...encodings(REPORTED), ...encodings(RICH)]) {
        expect(view, name).not.toContain(encoded);
      }
      for (const fragment of ['Live', 'Q2xvc2U', 'k3y', '-end'])
        expect(view).not.toContain(fragment);
    }
  });
});

describe('redactValue: vendor keys stay data and never become a prototype', () => {
  const ownKeysDeep = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
    // `isAdmin` may be vendor data, but only where the vendor put it: never inherited.
    expect('isAdmin' in value).toBe(Object.hasOwn(value, 'isAdmin'));
    for (const item of Object.values(value)) ownKeysDeep(item);
  };

  it.each([
    ['__proto__', '{"__proto__":{"isAdmin":true}}'],
    ['__proto__ nested in an array', '{"items":[{"__proto__":{"isAdmin":true}}]}'],
    ['constructor.prototype', '{"constructor":{"prototype":{"isAdmin":true}}}'],
    ['prototype', '{"prototype":{"isAdmin":true}}'],
    [
      'all three, with a redacted value',
      '{"__proto__":{"isAdmin":true,"apiKey":"x"},"constructor":{"prototype":{"isAdmin":true}},"prototype":{"isAdmin":true}}',
    ],
  ])('%s', (_case, json) => {
    const parsed: unknown = JSON.parse(json);
    const out = redactValue(parsed, [REPORTED]);
    ownKeysDeep(out);
    // Every key survives as an own, enumerable key with the same (redacted) content.
    expect(Reflect.ownKeys(out as object)).toEqual(Reflect.ownKeys(parsed as object));
    expect(JSON.parse(JSON.stringify(out))).toEqual(
      JSON.parse(json.replace('"apiKey":"x"', `"apiKey":"${REDACTED}"`)),
    );
    // Nothing leaked into the prototypes everyone shares.
    expect('isAdmin' in {}).toBe(false);
    expect(({} as { constructor: unknown }).constructor).toBe(Object);
  });

  it('keeps `__proto__` as an own key in the error body, its JSON and inspect', () => {
    const error = errorFromResponse(
      new Response(null, { status: 400 }),
      JSON.parse(`{"__proto__":{"isAdmin":true,"note":"${encodeURIComponent(REPORTED)}"}}`),
      { method: 'GET', url: 'https://api.example.com/v1/x' },
      { vendor: 'acme', operation: 'getThing', secrets: [REPORTED] },
    );
    const body = error.body as Record<string, unknown>;
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect('isAdmin' in body).toBe(false);
    expect(Object.keys(body)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toEqual({
      isAdmin: true,
      note: REDACTED,
    });
    expect('isAdmin' in error).toBe(false);
    expect(JSON.stringify(error)).toContain(
      `"body":{"__proto__":{"isAdmin":true,"note":"${REDACTED}"}}`,
    );
    expect(inspect(error, { depth: null })).toContain("['__proto__']: { isAdmin: true");
  });

  it('redacts secrets in keys, and keeps keys that collide once redacted', () => {
    const out = redactValue(
      { [REPORTED]: 1, [encodeURIComponent(REPORTED)]: 2, [`${REDACTED}`]: 3 },
      [REPORTED],
    );
    expect(out).toEqual({ [REDACTED]: 1, [`${REDACTED} (2)`]: 2, [`${REDACTED} (3)`]: 3 });
  });

  it('replaces what is nested too deep to walk instead of keeping it unredacted', () => {
    let deep: unknown = { key: REPORTED };
    for (let i = 0; i < 40; i++) deep = { next: deep };
    const out = JSON.stringify(redactValue(deep, [REPORTED]));
    expect(out).not.toContain('Live');
    expect(out).toContain('[NESTED TOO DEEP]');
  });
});
