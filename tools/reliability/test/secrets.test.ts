// The secret hunt. Every vendor client is given planted credentials, a loopback server drives it
// down every error path it has, and the server echoes those credentials back wherever a careless
// client could pick them up: error bodies (as text, nested, under credential names), response
// headers, HTML pages, non-JSON bodies, redirect URLs, and in every encoding a server may echo it in
// (percent, form, JSON escapes, HTML references, base64; see secret-hunt/encodings.ts). Each
// resulting error is then rendered every way an application might log it, and everything the
// library printed is captured; no rendering may hold a credential, nor a fragment of one, as sent
// or once decoded (secret-hunt/decode.ts). The error bodies also carry `__proto__`, `constructor`
// and `prototype` keys: no error may inherit from them, and the copy an error keeps keeps them.

import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import {
  type ClientOptions,
  errorFromResponse,
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorHttpError,
  isVendorNetworkError,
  isVendorNormalizationError,
  isVendorRateLimitError,
  isVendorTimeoutError,
  isVendorUnsupportedError,
  isVendorValidationError,
  type Logger,
  REDACTED,
} from '@botbridge/core';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import {
  type Handler,
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createStandIn,
  HARNESSES,
  type Harness,
  type HarnessId,
  type Subject,
} from './secret-hunt/clients.js';
import { decodings } from './secret-hunt/decode.js';
import { json, Kit, raw, refusedUrl } from './secret-hunt/echo-server.js';
import { ECHOES, echoes } from './secret-hunt/encodings.js';
import { capturingOutput, OUTPUT_VIEWS, renderings } from './secret-hunt/output-capture.js';
import { MARKER, planted, SECRETS, TAIL } from './secret-hunt/planted.js';

const TIMEOUT_MS = 150;
const RETRY = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1_000 };
const ATTEMPTS = RETRY.maxRetries + 1;

interface Exchange {
  kit: Kit;
  /** Requests for the vendor's data (not IAM, not the redirect target). */
  data: RecordedRequest[];
  all: RecordedRequest[];
  logged: string[];
}

interface PathCase {
  name: string;
  /** The clients it applies to; every one when absent. */
  only?: readonly HarnessId[];
  options?: ClientOptions;
  /** Answers the vendor's data requests. */
  serve?: (req: RecordedRequest, res: ServerResponse, kit: Kit) => void;
  /** Answers Twin IAM requests instead of the working IAM. */
  iam?: (req: RecordedRequest, res: ServerResponse, kit: Kit) => void;
  refused?: boolean;
  act?: (subject: Subject, harness: Harness, baseUrl: string) => unknown;
  /** The call may succeed (validation in 'warn' mode goes on after logging). */
  mayResolve?: boolean;
  /** Asserts that the path was really reached: the error's class and the server's view. */
  check(error: unknown, exchange: Exchange): void;
}

const httpStatus = (
  status: number,
  headers: Record<string, string>,
  check: PathCase['check'],
  name = `http-${status}`,
): PathCase => ({
  name,
  serve: (req, res, kit) => kit.fail(req, res, status, headers),
  check(error, exchange) {
    expect(isVendorHttpError(error)).toBe(true);
    expect((error as { status?: number }).status).toBe(status);
    check(error, exchange);
  },
});

const notThrottledOrAuth = (error: unknown) => {
  expect(isVendorAuthenticationError(error)).toBe(false);
  expect(isVendorRateLimitError(error)).toBe(false);
};

const unreadableSuccess = (
  name: string,
  body: (secrets: string) => string,
  type: string,
): PathCase => ({
  name,
  serve: (req, res, kit) =>
    raw(res, 200, type, body(kit.echoed(req).join(' ')), kit.echoHeaders(req)),
  check(error, { data }) {
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(isVendorValidationError(error)).toBe(false);
    expect(data).toHaveLength(ATTEMPTS);
  },
});

// Twin's message is `error — details`, cut at 300 characters, and the hint for a fixed token
// comes after it: `details` echoes each credential once, unencoded, so the hint stays in the
// message (every encoding is still echoed in the other fields).
const expiredToken = (req: RecordedRequest, res: ServerResponse, kit: Kit) =>
  json(
    res,
    401,
    { ...kit.errorBody(req, 401), error: 'Token is expired.', details: kit.heard(req).join(' ') },
    kit.echoHeaders(req),
  );

const PATHS: PathCase[] = [
  httpStatus(400, {}, (error, { data }) => {
    notThrottledOrAuth(error);
    expect(data).toHaveLength(1);
  }),
  httpStatus(401, {}, (error) => expect(isVendorAuthenticationError(error)).toBe(true)),
  httpStatus(403, {}, (error) => expect(isVendorAuthenticationError(error)).toBe(true)),
  httpStatus(404, {}, (error, { data }) => {
    notThrottledOrAuth(error);
    expect(data).toHaveLength(1);
  }),
  httpStatus(
    429,
    { 'retry-after': '3600' },
    (error, { data }) => {
      expect(isVendorRateLimitError(error)).toBe(true);
      expect((error as { retryAfterMs?: number }).retryAfterMs).toBe(3_600_000);
      expect(data).toHaveLength(1);
    },
    'http-429-retry-after-over-cap',
  ),
  httpStatus(
    429,
    {},
    (error, { data }) => {
      expect(isVendorRateLimitError(error)).toBe(true);
      expect(data).toHaveLength(ATTEMPTS);
    },
    'http-429-no-retry-after-retries-exhausted',
  ),
  httpStatus(
    500,
    {},
    (error, { data }) => {
      notThrottledOrAuth(error);
      expect(data).toHaveLength(ATTEMPTS);
    },
    'http-500-retries-exhausted',
  ),
  {
    name: 'http-502-html-page-retries-exhausted',
    serve: (req, res, kit) =>
      raw(
        res,
        502,
        'text/html',
        `<html><body><h1>Bad gateway</h1><p>${kit.echoed(req).join(' ')}</p></body></html>`,
        kit.echoHeaders(req),
      ),
    check(error, { data }) {
      expect(isVendorHttpError(error)).toBe(true);
      expect((error as { status?: number }).status).toBe(502);
      expect(data).toHaveLength(ATTEMPTS);
    },
  },
  {
    name: 'redirect-to-url-with-credentials-then-404',
    serve(req, res, kit) {
      if (req.url.startsWith('/echo/')) return kit.fail(req, res, 404);
      res.writeHead(302, { location: kit.echoLocation(req), ...kit.echoHeaders(req) });
      res.end();
    },
    check(error, { all }) {
      expect(isVendorHttpError(error)).toBe(true);
      expect((error as { status?: number }).status).toBe(404);
      expect(all.some((req) => req.url.startsWith('/echo/'))).toBe(true);
    },
  },
  {
    name: 'network-connection-refused',
    refused: true,
    check(error) {
      expect(isVendorNetworkError(error)).toBe(true);
      expect(isVendorTimeoutError(error)).toBe(false);
      expect((error as { status?: number }).status).toBe(0);
    },
  },
  {
    name: 'timeout-headers-held-past-timeoutMs',
    options: { timeoutMs: TIMEOUT_MS },
    serve: (req, res, kit) =>
      kit.later(TIMEOUT_MS * 8, () => {
        if (!res.destroyed && !res.headersSent) kit.fail(req, res, 200);
      }),
    check(error, { data }) {
      expect(isVendorTimeoutError(error)).toBe(true);
      expect(data).toHaveLength(ATTEMPTS);
    },
  },
  // The body starts with the credential, so a JSON parser that quotes the start of the body
  // quotes the credential.
  unreadableSuccess(
    'html-200-retries-exhausted',
    (secrets) => `${secrets}<html><body>Maintenance ${secrets}</body></html>`,
    'text/html',
  ),
  unreadableSuccess(
    'truncated-json-200-retries-exhausted',
    (secrets) => `{"token":"${secrets}","items":[{"id":"cut-`,
    'application/json',
  ),
  unreadableSuccess(
    'broken-json-at-the-credential-200-retries-exhausted',
    (secrets) => `{"items":[],"key":${secrets}}`,
    'application/json',
  ),
  {
    name: 'bad-input',
    act: (subject) => subject.badInput(),
    check(error, { all }) {
      expect(isVendorArgumentError(error)).toBe(true);
      expect(all).toHaveLength(0);
    },
  },
  {
    name: 'bad-client-option',
    act: (_subject, harness, baseUrl) => harness.createWithBadOption(baseUrl),
    check(error, { all }) {
      expect(isVendorArgumentError(error)).toBe(true);
      expect(all).toHaveLength(0);
    },
  },
  {
    name: 'unsupported-source-method',
    only: ['opencx', 'smarterbot', 'twin24-token', 'twin24-credentials'],
    act: (subject) => subject.unsupported?.(),
    check(error, { all }) {
      expect(isVendorUnsupportedError(error)).toBe(true);
      expect(all).toHaveLength(0);
    },
  },
  {
    name: 'validation-strict',
    options: { validateResponses: 'strict' },
    serve: (req, res, kit) => json(res, 200, kit.offSpec, kit.echoHeaders(req)),
    check(error) {
      expect(isVendorValidationError(error)).toBe(true);
    },
  },
  {
    name: 'validation-warn',
    options: { validateResponses: 'warn' },
    mayResolve: true,
    serve: (req, res, kit) => json(res, 200, kit.offSpec, kit.echoHeaders(req)),
    check(error, { logged }) {
      // Reading goes on after the warning: it succeeds or fails on normalization.
      if (error !== undefined) expect(isVendorNormalizationError(error)).toBe(true);
      expect(logged.length).toBeGreaterThan(0);
    },
  },
  // SmarterBot reports failures inside HTTP 200 envelopes.
  {
    name: 'envelope-success-false',
    only: ['smarterbot'],
    serve: (req, res, kit) => json(res, 200, kit.errorBody(req, 401), kit.echoHeaders(req)),
    check(error, { data }) {
      expect(isVendorEnvelopeError(error)).toBe(true);
      expect((error as { vendorCode?: unknown }).vendorCode).toBe(401);
      expect(data).toHaveLength(1);
    },
  },
  {
    name: 'envelope-transient-retries-exhausted',
    only: ['smarterbot'],
    serve: (req, res, kit) => json(res, 200, kit.errorBody(req, 503), kit.echoHeaders(req)),
    check(error, { data }) {
      expect(isVendorEnvelopeError(error)).toBe(true);
      expect((error as { vendorCode?: unknown }).vendorCode).toBe(503);
      expect(data).toHaveLength(ATTEMPTS);
    },
  },
  // Twin's token lifecycle.
  {
    name: 'token-expired-static-token',
    only: ['twin24-token'],
    serve: expiredToken,
    check(error, { data }) {
      expect(isVendorAuthenticationError(error)).toBe(true);
      expect((error as Error).message).toContain('fixed `token`');
      expect(data).toHaveLength(1);
    },
  },
  {
    name: 'token-expired-refresh-fails-500',
    only: ['twin24-credentials'],
    serve: expiredToken,
    iam(req, res, kit) {
      if (req.url.endsWith('/auth/login')) return kit.issueTokens(req, res);
      kit.refreshes++;
      kit.fail(req, res, 500);
    },
    check(error, { kit, data }) {
      expect(isVendorHttpError(error)).toBe(true);
      expect((error as { status?: number }).status).toBe(500);
      expect((error as { operation?: string }).operation).toBe('refreshToken');
      expect([kit.logins, kit.refreshes, data.length]).toEqual([1, 1, 1]);
    },
  },
  {
    name: 'token-expired-refresh-refused-then-login-refused',
    only: ['twin24-credentials'],
    serve: expiredToken,
    iam(req, res, kit) {
      if (req.url.endsWith('/auth/refresh')) {
        kit.refreshes++;
        return kit.fail(req, res, 401);
      }
      if (kit.logins++ === 0) return kit.issue(res, SECRETS.twinAccess1, SECRETS.twinRefresh1);
      kit.fail(req, res, 401);
    },
    check(error, { kit }) {
      expect(isVendorAuthenticationError(error)).toBe(true);
      expect((error as { operation?: string }).operation).toBe('login');
      expect([kit.logins, kit.refreshes]).toEqual([2, 1]);
    },
  },
  {
    name: 'token-expired-again-after-renewal',
    only: ['twin24-credentials'],
    serve: expiredToken,
    check(error, { kit, data }) {
      expect(isVendorAuthenticationError(error)).toBe(true);
      expect((error as { operation?: string }).operation).toBe('getSession');
      expect([kit.logins, kit.refreshes, data.length]).toEqual([1, 1, 2]);
      // The retry carried the renewed token.
      expect(data[1]?.headers.authorization).toBe(`Bearer ${SECRETS.twinAccess2}`);
    },
  },
  {
    name: 'bad-password-login-401',
    only: ['twin24-credentials'],
    iam: (req, res, kit) => kit.fail(req, res, 401),
    check(error, { data, all }) {
      expect(isVendorAuthenticationError(error)).toBe(true);
      expect((error as { operation?: string }).operation).toBe('login');
      expect(data).toHaveLength(0);
      expect(JSON.parse(all[0]?.body ?? '{}').password).toBe(SECRETS.twinPassword);
    },
  },
  {
    name: 'login-answer-without-refresh-token',
    only: ['twin24-credentials'],
    iam(req, res, kit) {
      kit.issued.push(SECRETS.twinAccess1);
      json(res, 200, { token: SECRETS.twinAccess1, note: kit.echoed(req).join(' ') });
    },
    check(error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect((error as { operation?: string }).operation).toBe('login');
    },
  },
];

const tally = {
  scenarios: 0,
  combinations: 0,
  /** Errors whose kept body was checked to hold the `__proto__`-style keys as own data. */
  keptKeys: 0,
  clients: new Set<string>(),
  paths: new Set<string>(),
};
const notTestable: string[] = [];

/**
 * Returns `view: needle` for every rendering that holds a secret or a fragment of one, as it is or
 * once decoded (`view: needle (decoded)`).
 */
function hunt(secrets: readonly string[], views: Array<[view: string, text: string]>): string[] {
  const needles = [...secrets, MARKER, TAIL];
  tally.combinations += views.length;
  return views.flatMap(([view, text]) => {
    const found = new Set<string>();
    decodings(text).forEach((variant, i) => {
      for (const needle of needles) {
        if (variant.includes(needle)) found.add(i === 0 ? needle : `${needle} (decoded)`);
      }
    });
    return [...found].map((needle) => `${view}: ${needle}`);
  });
}

/**
 * Vendor data never becomes a prototype: the error inherits nothing from the server's
 * `__proto__`/`constructor`/`prototype` keys, and the body it keeps holds them as own data.
 */
function expectNothingInherited(error: unknown): void {
  if (typeof error !== 'object' || error === null) return;
  expect('isAdmin' in error).toBe(false);
  const body = (error as { body?: unknown }).body;
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
    expect('isAdmin' in value).toBe(Object.hasOwn(value, 'isAdmin'));
    for (const item of Object.values(value)) walk(item);
  };
  walk(body);
  if (isVendorHttpError(error) && typeof body === 'object' && body !== null) {
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'prototype']),
    );
    expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toMatchObject({
      isAdmin: true,
    });
    tally.keptKeys++;
  }
}

async function scenario(harness: Harness, path: PathCase): Promise<void> {
  const kit = new Kit(harness.held, harness.offSpec);
  const isIam = (req: RecordedRequest) => /\/auth\/(login|refresh)$/.test(req.url);
  const handler: Handler = (req, res) => {
    if (harness.logsIn && isIam(req)) return (path.iam ?? kit.issueTokens.bind(kit))(req, res, kit);
    if (path.serve) return path.serve(req, res, kit);
    kit.fail(req, res, 418);
  };
  const server: LoopbackServer = await startLoopbackServer(handler, 30_000);
  const baseUrl = path.refused ? await refusedUrl() : server.url;
  const logged: string[] = [];
  const logger: Logger = {
    warn: (message, details) => logged.push(inspect([message, details], { depth: null })),
  };
  try {
    const { value: error, output } = await capturingOutput(async () => {
      try {
        const subject = harness.create(baseUrl, {
          retry: RETRY,
          timeoutMs: 2_000,
          logger,
          ...path.options,
        });
        await (path.act ?? ((s: Subject) => s.read()))(subject, harness, baseUrl);
      } catch (caught) {
        return caught;
      }
      return undefined;
    });
    if (error === undefined && !path.mayResolve) {
      throw new Error(`${harness.id} ${path.name}: the call succeeded; the path was not reached`);
    }
    const data = server.requests.filter((req) => !isIam(req) && !req.url.startsWith('/echo/'));
    path.check(error, { kit, data, all: server.requests, logged });
    expectNothingInherited(error);
    const leaks = hunt(harness.secrets, [
      ...renderings(error),
      ['logger', logged.join('\n')],
      ...OUTPUT_VIEWS.slice(1).map((view): [string, string] => [view, output[view] ?? '']),
    ]);
    tally.scenarios++;
    tally.clients.add(harness.id);
    tally.paths.add(path.name);
    expect(leaks, `${harness.id} ${path.name} leaked`).toEqual([]);
  } finally {
    for (const timer of kit.timers) clearTimeout(timer);
    await server.close();
  }
}

const applies = (harness: Harness, path: PathCase) =>
  (!path.only || path.only.includes(harness.id)) &&
  (!harness.runs || harness.runs.includes(path.name));
const isValidationPath = (path: PathCase) => path.name.startsWith('validation-');
// Every harness passes its vendor's validators (`@botbridge/<vendor>/validators`), and every vendor
// client hands them to core with `validateResponses` and `logger`.
const validates = (harness: Harness) => harness.validates?.() ?? true;

describe('secret hunt: no credential in any error, log or console output', () => {
  afterAll(() => {
    console.log(
      `secret hunt: ${tally.combinations} (vendor, path, view) combinations searched — ` +
        `${tally.scenarios} scenarios over ${tally.clients.size} clients and ${tally.paths.size} paths, ` +
        `${renderings(new Error()).length + OUTPUT_VIEWS.length} views each, every secret echoed ` +
        `in ${ECHOES.length} encodings; ${tally.keptKeys} kept bodies held __proto__ as data; ` +
        'not testable: ' +
        notTestable.join('; '),
    );
  });

  const unvalidated = HARNESSES.filter((harness) => !validates(harness)).map((h) => h.id);
  if (unvalidated.length > 0) {
    notTestable.push(
      `validation-strict and validation-warn of ${unvalidated.join(', ')} (no generated ` +
        'validators passed to createCall yet; run through the core stand-in instead)',
    );
  }
  notTestable.push('unsupported-source-method of closebot (it has every Source method)');

  for (const harness of HARNESSES) {
    describe(harness.id, () => {
      for (const path of PATHS.filter((p) => applies(harness, p))) {
        if (isValidationPath(path) && !validates(harness)) continue;
        it(path.name, () => scenario(harness, path));
      }
    });
  }
});

// Each leak the hunt found, pinned at the depth where it was fixed.
describe('leaks found by the hunt', () => {
  /** Runs `read` against a server that answers every request with `answer`, then closes it. */
  async function against<T>(
    answer: (res: ServerResponse) => void,
    read: (baseUrl: string) => Promise<T>,
  ): Promise<unknown> {
    const server = await startLoopbackServer((_req, res) => answer(res));
    try {
      await read(server.url);
    } catch (error) {
      return error;
    } finally {
      await server.close();
    }
    throw new Error('expected the read to fail');
  }

  describe('core errorFromResponse: the x-request-id header echoed the credential into every error', () => {
    it('keeps the request id with the credential redacted', () => {
      const secret = planted('request-id');
      const error = errorFromResponse(
        new Response('{}', { status: 500, headers: { 'x-request-id': `req-81 ${secret}` } }),
        {},
        { method: 'GET', url: 'http://127.0.0.1/things' },
        { vendor: 'stand-in', operation: 'getThing', secrets: [secret] },
      );
      expect(error.requestId).toBe(`req-81 ${REDACTED}`);
      expect(inspect(error, { depth: null, showHidden: true })).not.toContain(MARKER);
      expect(JSON.stringify(error)).not.toContain(MARKER);
    });
  });

  describe('core createCall: the JSON parser quoted the first characters of a credential', () => {
    it('names an unreadable success body without quoting it', async () => {
      const secret = planted('parser-quote');
      const error = await against(
        (res) => raw(res, 200, 'text/html', `${secret}<html></html>`),
        (baseUrl) => createStandIn(baseUrl, secret, { retry: false })(),
      );
      expect(isVendorNormalizationError(error)).toBe(true);
      expect((error as Error).message).toBe(
        'stand-in getThing: the response could not be read (the body is not valid JSON)',
      );
      // The fragment the parser used to quote: too short for value redaction to recognise.
      expect(inspect(error, { depth: null, showHidden: true })).not.toContain(secret.slice(0, 10));
    });
  });

  describe('core createCall: validation issues named free-form map keys that echoed a credential', () => {
    it.each([
      ['as sent', planted('map-key')],
      ['with a slash, escaped as ~1 in the pointer', `${MARKER}/map-key/${TAIL}`],
    ])('redacts the key %s and keeps the rest of the pointer', async (_case, secret) => {
      const logged: unknown[] = [];
      const answer = (res: ServerResponse) =>
        sendJson(res, 200, { custom_data: { [secret]: 1, plan: 2 } });
      const strict = await against(answer, (baseUrl) =>
        createStandIn(baseUrl, secret, { retry: false, validateResponses: 'strict' })(),
      );
      expect(isVendorValidationError(strict)).toBe(true);
      expect((strict as { issues: string[] }).issues).toEqual([
        `/custom_data/${REDACTED}: expected string`,
        '/custom_data/plan: expected string',
      ]);
      expect(inspect(strict, { depth: null, showHidden: true })).not.toContain(TAIL);
      const server = await startLoopbackServer((_req, res) => answer(res));
      try {
        await createStandIn(server.url, secret, {
          retry: false,
          validateResponses: 'warn',
          logger: { warn: (message, details) => logged.push(message, details) },
        })();
      } finally {
        await server.close();
      }
      expect(logged).toHaveLength(2);
      expect(inspect(logged, { depth: null })).not.toContain(TAIL);
      expect(inspect(logged, { depth: null })).toContain(`/custom_data/${REDACTED}`);
    });
  });

  describe('core redaction: a SmarterBot 401 echoed the key percent-encoded into err.message', () => {
    // The key of the report: `/`, `+` and `=` are what percent-encoding and base64 change.
    const key = 'sk/Live+Q2xvc2U=';
    const fragments = [key, 'Live', 'Q2xvc2U'];
    const readWith = (body: unknown, status: number) =>
      against(
        (res) => sendJson(res, status, body),
        (baseUrl) =>
          createSmarterBotClient({ baseUrl, apiKey: key, retry: false }).getMessageCount({
            serialNumber: 'bot-1',
          }),
      );
    const expectNoKey = (error: unknown) => {
      for (const [view, text] of renderings(error)) {
        for (const variant of decodings(text)) {
          for (const fragment of fragments) expect(variant, view).not.toContain(fragment);
        }
      }
    };

    it('the report: `sk%2FLive%2BQ2xvc2U%3D` in Message', async () => {
      expect(encodeURIComponent(key)).toBe('sk%2FLive%2BQ2xvc2U%3D');
      const body = { Success: false, Code: 401, Message: 'Invalid key sk%2FLive%2BQ2xvc2U%3D' };
      const error = await readWith(body, 401);
      expect(isVendorAuthenticationError(error)).toBe(true);
      expect((error as Error).message).toBe(
        `smarterbot getMessageCount failed with HTTP 401: Invalid key ${REDACTED} (Code 401)`,
      );
      expect((error as { body?: unknown }).body).toEqual({
        ...body,
        Message: `Invalid key ${REDACTED}`,
      });
      expectNoKey(error);
    });

    // Every encoding, on both SmarterBot failure paths: an HTTP 401, and a 200 envelope with
    // `Success: false` (which keeps only `Code` and the scrubbed `Message`).
    it.each(ECHOES.map(([name, encode]) => [name, encode(key)] as const))(
      '%s: %s',
      async (name, echoed) => {
        const body = { Success: false, Code: 401, Message: `Invalid key ${echoed}` };
        const http = await readWith(body, 401);
        const envelope = await readWith(body, 200);
        expect(isVendorAuthenticationError(http)).toBe(true);
        expect(isVendorEnvelopeError(envelope)).toBe(true);
        // base64 leaves the characters at either end, which also carry bits of their neighbours.
        const message = name.includes('base64')
          ? expect.stringContaining(REDACTED)
          : `Invalid key ${REDACTED}`;
        expect((envelope as { vendorMessage?: string }).vendorMessage).toEqual(message);
        expect((http as { body?: { Message?: string } }).body?.Message).toEqual(message);
        expectNoKey(http);
        expectNoKey(envelope);
      },
    );

    it('the hunt echoes every encoding and each one changes the planted secrets', () => {
      for (const secret of [SECRETS.smarterbot, SECRETS.twinPassword]) {
        const encoded = echoes(secret);
        expect(new Set(encoded).size).toBe(ECHOES.length);
        expect(encoded.slice(1).filter((echo) => echo === secret)).toEqual([]);
      }
    });
  });

  describe('core redactValue: a `__proto__` key in an error body set the prototype of the copy', () => {
    it('keeps `__proto__`, `constructor` and `prototype` as own data of the body', async () => {
      const text =
        '{"Success":false,"Code":400,"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},"prototype":{"isAdmin":true}}';
      const error = await against(
        (res) => raw(res, 400, 'application/json', text),
        (baseUrl) =>
          createSmarterBotClient({
            baseUrl,
            apiKey: SECRETS.smarterbot,
            retry: false,
          }).getMessageCount({ serialNumber: 'bot-1' }),
      );
      expect(isVendorHttpError(error)).toBe(true);
      const body = (error as { body: Record<string, unknown> }).body;
      expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
      expect('isAdmin' in body).toBe(false);
      expect('isAdmin' in (error as object)).toBe(false);
      expect(Object.keys(body)).toEqual([
        'Success',
        'Code',
        '__proto__',
        'constructor',
        'prototype',
      ]);
      expect(JSON.stringify(body)).toBe(text);
    });
  });
});
