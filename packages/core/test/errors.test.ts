import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  errorFromResponse,
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorError,
  isVendorHttpError,
  isVendorNetworkError,
  isVendorRateLimitError,
  isVendorTimeoutError,
  REDACTED,
  redactUrl,
  redactValue,
  VendorArgumentError,
  VendorEnvelopeError,
  VendorError,
  VendorHttpError,
  VendorTimeoutError,
} from '../src/index.js';

const SECRET = 'sk_live_PLANTED_SECRET_9431';
const ctx = {
  vendor: 'acme',
  operation: 'listThings',
  secrets: [SECRET],
  describe: (b: unknown) => (b as { message?: string })?.message,
};
const request = { method: 'GET', url: `https://api.example.com/things?api_key=${SECRET}&page=2` };
const respond = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers });

describe('errorFromResponse', () => {
  const cases: Array<
    [
      name: string,
      {
        status: number;
        headers?: Record<string, string>;
        guard: (e: unknown) => boolean;
        notGuard?: (e: unknown) => boolean;
      },
    ]
  > = [
    [
      '401 → authentication',
      { status: 401, guard: isVendorAuthenticationError, notGuard: isVendorRateLimitError },
    ],
    ['403 → authentication', { status: 403, guard: isVendorAuthenticationError }],
    [
      '429 → rate limit',
      {
        status: 429,
        headers: { 'retry-after': '12' },
        guard: isVendorRateLimitError,
        notGuard: isVendorAuthenticationError,
      },
    ],
    [
      '404 → plain HTTP error',
      { status: 404, guard: isVendorHttpError, notGuard: isVendorAuthenticationError },
    ],
    [
      '500 → plain HTTP error',
      { status: 500, guard: isVendorHttpError, notGuard: isVendorRateLimitError },
    ],
  ];
  for (const [name, { status, headers, guard, notGuard }] of cases) {
    it(name, () => {
      const error = errorFromResponse(
        respond(status, headers),
        { message: `bad key ${SECRET}` },
        request,
        ctx,
      );
      expect(guard(error)).toBe(true);
      if (notGuard) expect(notGuard(error)).toBe(false);
      expect(isVendorError(error) && isVendorHttpError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'acme', operation: 'listThings', status });
      expect(error.message).toBe(`acme listThings failed with HTTP ${status}: bad key ${REDACTED}`);
    });
  }

  it('carries Retry-After as retryAfterMs and the request id', () => {
    const error = errorFromResponse(
      respond(429, { 'retry-after': '12', 'x-request-id': 'req-1' }),
      null,
      request,
      ctx,
    );
    expect(error).toMatchObject({ retryAfterMs: 12_000, requestId: 'req-1' });
  });

  it('never exposes the secret through message, String, JSON or inspect', () => {
    const error = errorFromResponse(
      respond(401),
      { message: SECRET, token: 'abc', nested: [{ password: 'pw' }] },
      request,
      ctx,
    );
    for (const view of [
      error.message,
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      error.stack ?? '',
    ]) {
      expect(view).not.toContain(SECRET);
    }
    expect(error.request.url).toBe(
      `https://api.example.com/things?api_key=${encodeURIComponent(REDACTED)}&page=2`,
    );
    expect(error.body).toEqual({
      message: REDACTED,
      token: REDACTED,
      nested: [{ password: REDACTED }],
    });
  });
});

describe('guards across duplicate installs', () => {
  it('recognise an error built by another copy of the class (same brand, different constructor)', () => {
    class ForeignHttpError extends Error {}
    const foreign = new ForeignHttpError('x');
    Object.defineProperty(foreign, Symbol.for('@botbridge/core/error-kinds'), {
      value: ['VendorError', 'VendorHttpError'],
    });
    expect(foreign instanceof VendorHttpError).toBe(false);
    expect(isVendorHttpError(foreign)).toBe(true);
    expect(isVendorError(foreign)).toBe(true);
    expect(isVendorRateLimitError(foreign)).toBe(false);
  });

  it('reject look-alikes and non-objects', () => {
    for (const value of [null, undefined, 'VendorError', { name: 'VendorError' }, new Error('x')]) {
      expect(isVendorError(value)).toBe(false);
    }
  });

  it('follow the class lineage', () => {
    const timeout = new VendorTimeoutError('t', { vendor: 'v', operation: 'o', timeoutMs: 5 });
    expect([
      isVendorTimeoutError(timeout),
      isVendorNetworkError(timeout),
      isVendorError(timeout),
      isVendorHttpError(timeout),
    ]).toEqual([true, true, true, false]);
    expect(timeout.status).toBe(0);
    const envelope = new VendorEnvelopeError('e', {
      vendor: 'v',
      operation: 'o',
      status: 200,
      vendorCode: 401,
    });
    expect(isVendorEnvelopeError(envelope)).toBe(true);
    const argument = new VendorArgumentError({
      vendor: 'v',
      operation: 'o',
      parameter: 'limit',
      expected: 'an integer from 1 to 1000',
    });
    expect(isVendorArgumentError(argument)).toBe(true);
    expect(argument.message).toBe('v o: `limit` must be an integer from 1 to 1000.');
    expect(argument).toBeInstanceOf(VendorError);
    expect(argument.name).toBe('VendorArgumentError');
  });
});

describe('redaction helpers', () => {
  it('redactUrl removes credential parameters, user info and known secrets', () => {
    expect(redactUrl(`https://u:p@x.example/a/${SECRET}?token=t&q=1`, [SECRET])).toBe(
      `https://x.example/a/${REDACTED}?token=${encodeURIComponent(REDACTED)}&q=1`,
    );
  });
  it('redactValue walks nested structures', () => {
    expect(redactValue({ a: [`x${SECRET}y`], Authorization: 'Bearer z', ok: 1 }, [SECRET])).toEqual(
      {
        a: [`x${REDACTED}y`],
        Authorization: REDACTED,
        ok: 1,
      },
    );
  });
});
