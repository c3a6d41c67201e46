import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { exactIntegersMiddleware, quoteUnsafeIntegers } from '../src/http/exact-integers.js';
import {
  cleanId,
  compact,
  createApiClient,
  createCall,
  derivedId,
  isUnsafePathSegment,
  isVendorArgumentError,
  isVendorNormalizationError,
  type OperationInfo,
  resolveQuery,
  toUtcTimestamp,
} from '../src/index.js';

// Issue #8, the normalization and argument share: years below 100, ids that are dot segments,
// `__proto__` keys in vendor data, and integer ids past 2^53. Behaviour on real HTTP on 127.0.0.1;
// what is counted is what the server received.

interface paths {
  '/things/{thingId}': {
    get: {
      parameters: { path: { thingId: string } };
      responses: { 200: { content: { 'application/json': unknown } } };
    };
  };
  '/things/{thingId}/parts/{partId}': {
    delete: {
      parameters: { path: { thingId: string; partId: string } };
      responses: { 200: { content: { 'application/json': unknown } } };
    };
  };
}
const operations: OperationInfo[] = [
  { operationId: 'getThing', method: 'GET', path: '/things/{thingId}', idempotent: true },
  {
    operationId: 'deletePart',
    method: 'DELETE',
    path: '/things/{thingId}/parts/{partId}',
    idempotent: true,
  },
];

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('years below 100 (kind 7)', () => {
  it.each<[string, unknown, string | undefined]>([
    [
      '.NET "no date" kept as the year 1, not 1901',
      '0001-01-01T00:00:00',
      '0001-01-01T00:00:00.000Z',
    ],
    ['the year 50, not 1950', '0050-06-15T12:00:00Z', '0050-06-15T12:00:00.000Z'],
    ['the year 99, not 1999', '0099-12-31', '0099-12-31T00:00:00.000Z'],
    ['the year 0', '0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['29 February of the leap year 0', '0000-02-29', '0000-02-29T00:00:00.000Z'],
    ['29 February of the year 1 does not exist', '0001-02-29', undefined],
    [
      'an offset that moves the year 1 back to the year 0',
      '0001-01-01T00:30:00+01:00',
      '0000-12-31T23:30:00.000Z',
    ],
    ['an offset that leaves year 0000', '0000-01-01T00:00:00+01:00', undefined],
    ['an offset past the year 9999', '9999-12-31T23:30:00-01:00', undefined],
    ['a Date of the year 50', new Date('0050-01-01T00:00:00Z'), '0050-01-01T00:00:00.000Z'],
    ['a Date past the year 9999', new Date(8.64e15), undefined],
    ['a Date before the year 0', new Date(Date.parse('0000-01-01T00:00:00Z') - 1), undefined],
    ['an invalid Date', new Date('nope'), undefined],
  ])('%s', (_name, given, want) => {
    expect(toUtcTimestamp(given)).toBe(want);
  });

  it.each([
    '0001-01-01T00:00:00',
    '0001-01-01T00:00:00Z',
    '0001-01-01T00:00:00.0000000',
    '0001-01-01 00:00:00',
    '0001-01-01T00:00:00+00:00',
    '0001-01-01T00:00:00-08:00',
  ])('reads .NET DateTime.MinValue %s as absent when asked to', (given) => {
    expect(toUtcTimestamp(given, { dotNetMinValueAsAbsent: true })).toBeUndefined();
  });

  it.each(['0001-01-01T00:00:01', '0001-01-02T00:00:00', '0001-01-01T00:00:00.001'])(
    'keeps %s, which is not MinValue, with dotNetMinValueAsAbsent',
    (given) => {
      expect(toUtcTimestamp(given, { dotNetMinValueAsAbsent: true })).toMatch(/^0001-01-0/);
    },
  );

  it('keeps since/until years below 100 as written, for strings and Dates', () => {
    expect(
      resolveQuery('acme', 'leads', {
        since: '0050-01-01T00:00:00',
        until: new Date('0099-06-01T00:00:00Z'),
      }),
    ).toMatchObject({ since: '0050-01-01T00:00:00.000Z', until: '0099-06-01T00:00:00.000Z' });
    // The year 50 is before 1950: `since` not after `until` is checked on the real years.
    expect(() =>
      resolveQuery('acme', 'leads', { since: '1950-01-01', until: '0050-01-01' }),
    ).toThrow(expect.objectContaining({ parameter: 'since' }));
  });

  it.each<[string, Date]>([
    ['after the year 9999', new Date(8.64e15)],
    ['before the year 0', new Date(-8.64e15)],
  ])('rejects a bound %s, which has no four-digit form', (_name, until) => {
    let error: unknown;
    try {
      resolveQuery('acme', 'leads', { until });
    } catch (caught) {
      error = caught;
    }
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'acme', parameter: 'until' });
  });
});

describe('path parameters that are dot segments (kind 9)', () => {
  it.each([
    '.',
    '..',
    '%2e',
    '%2E',
    '%2e%2e',
    '%2E%2E',
    '.%2e',
    '%2e.',
    '%252e%252e',
    '',
    '../x',
    'a/..',
    '..\\a',
  ])('isUnsafePathSegment(%j) is true', (value) => {
    expect(isUnsafePathSegment(value)).toBe(true);
  });

  it.each(['lead_1', '...', '.a', 'a.', 'a..b', '50%off', '%2e%2e%2e', 'a%2Fb', ' .. '])(
    'isUnsafePathSegment(%j) is false',
    (value) => {
      expect(isUnsafePathSegment(value)).toBe(false);
    },
  );

  it.each([
    ['..', 'getThing'],
    ['.', 'getThing'],
    ['%2E%2E', 'getThing'],
  ])('the typed api refuses thingId %j before any request, naming %s', async (thingId, op) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, {}));
    let authenticated = 0;
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: server.url,
      operations,
      authenticate: (headers) => {
        authenticated++;
        headers.set('x-api-key', 'secret-key');
      },
    });
    const error = await api
      .GET('/things/{thingId}', { params: { path: { thingId } } })
      .catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'acme', operation: op, parameter: 'thingId' });
    expect(server.requests).toHaveLength(0);
    // Refused before the credentials were even set.
    expect(authenticated).toBe(0);
  });

  it('checks every path parameter of an operation, and lets good ones through', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, {}));
    const api = createApiClient<paths>({ vendor: 'acme', baseUrl: server.url, operations });
    const error = await api
      .DELETE('/things/{thingId}/parts/{partId}', {
        params: { path: { thingId: 't1', partId: '%2e' } },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'deletePart', parameter: 'partId' });
    expect(server.requests).toHaveLength(0);
    await api.GET('/things/{thingId}', { params: { path: { thingId: 'a.b' } } });
    expect(server.requests.map((r) => r.url)).toEqual(['/things/a.b']);
  });
});

describe('__proto__ keys in vendor data (kind 12)', () => {
  it('compact keeps a __proto__ key as an own property and inherits from nothing given', () => {
    const given = JSON.parse('{"__proto__":{"polluted":true},"a":1,"b":null,"c":"x"}');
    const out = compact({ ...given, d: undefined }) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'a', 'b', 'c']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
  });

  it('derivedId counts an own __proto__ key like any other', () => {
    const withProto = JSON.parse('{"__proto__":"x","a":1}');
    const other = JSON.parse('{"__proto__":"y","a":1}');
    expect(derivedId('p', withProto)).not.toBe(derivedId('p', { a: 1 }));
    expect(derivedId('p', withProto)).not.toBe(derivedId('p', other));
  });
});

describe('integers past 2^53 (kind 13)', () => {
  it.each<[string, string, string]>([
    ['an id past 2^53', '{"SessionID":9007199254740993}', '{"SessionID":"9007199254740993"}'],
    ['2^53 itself', '[9007199254740992,1]', '["9007199254740992",1]'],
    ['a negative one', '{"a":-9007199254740993}', '{"a":"-9007199254740993"}'],
    ['the largest safe one stays', '{"a":9007199254740991}', '{"a":9007199254740991}'],
    [
      'digits in a string stay',
      '{"a":"9007199254740993 \\"x\\" 9007199254740993"}',
      '{"a":"9007199254740993 \\"x\\" 9007199254740993"}',
    ],
    ['a fraction stays a float', '{"a":9007199254740993.5}', '{"a":9007199254740993.5}'],
    ['an exponent stays a float', '{"a":1e400}', '{"a":1e400}'],
    ['not JSON is kept as received', '<p>9007199254740993</p>', '<p>9007199254740993</p>'],
  ])('quoteUnsafeIntegers: %s', (_name, given, want) => {
    expect(quoteUnsafeIntegers(given)).toBe(want);
  });

  it('two SessionIDs one apart stay two ids through the client', async () => {
    const body =
      '{"Data":[{"SessionID":9007199254740993,"n":1},{"SessionID":9007199254740992,"n":2}]}';
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': `${body.length}`,
      });
      res.end(body);
    });
    const api = createApiClient<paths>({ vendor: 'acme', baseUrl: server.url, operations });
    const { data, response } = await api.GET('/things/{thingId}', {
      params: { path: { thingId: 't1' } },
    });
    const ids = (data as { Data: Array<{ SessionID: unknown }> }).Data.map((r) => r.SessionID);
    expect(ids).toEqual(['9007199254740993', '9007199254740992']);
    expect(
      ids.map((id) => cleanId(id, { vendor: 'acme', operation: 'x', field: 'SessionID' })),
    ).toEqual(['9007199254740993', '9007199254740992']);
    // The rewritten response still names the request it answers.
    expect(response.url).toBe(`${server.url}/things/t1`);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps error bodies that are not JSON exactly as received', async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>no thing 9007199254740993</h1>');
    });
    const api = createApiClient<paths>({
      vendor: 'acme',
      baseUrl: server.url,
      operations,
      retry: false,
    });
    const call = createCall({ vendor: 'acme', operations, secrets: () => [] });
    const error = await call('getThing', () =>
      api.GET('/things/{thingId}', { params: { path: { thingId: 't1' } } }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, body: '<h1>no thing 9007199254740993</h1>' });
  });

  it('leaves a response without long integers untouched', async () => {
    const response = new Response('{"a":1}', { headers: { 'x-mark': 'kept' } });
    const middleware = exactIntegersMiddleware();
    const out = await middleware.onResponse?.({ response } as never);
    expect(out).toBeUndefined();
    expect(await response.json()).toEqual({ a: 1 });
  });

  it.each([2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21])(
    'cleanId refuses the number %d, which may be another id rounded',
    (value) => {
      let error: unknown;
      try {
        cleanId(value, { vendor: 'acme', operation: 'normalizeThing', field: 'SessionID' });
      } catch (caught) {
        error = caught;
      }
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'acme', operation: 'normalizeThing' });
      expect((error as Error).message).toContain('`SessionID`');
    },
  );

  it.each<[unknown, string | undefined]>([
    [2 ** 53 - 1, '9007199254740991'],
    [-42, '-42'],
    ['9007199254740993', '9007199254740993'],
    ['  abc ', 'abc'],
    ['', undefined],
    [null, undefined],
    [1.5, '1.5'],
  ])('cleanId(%j) is %j', (value, want) => {
    expect(cleanId(value, { vendor: 'acme', operation: 'x', field: 'id' })).toBe(want);
  });
});
