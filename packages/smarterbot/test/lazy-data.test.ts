import {
  collect,
  isVendorEnvelopeError,
  isVendorNormalizationError,
  type ResponseValidators,
} from '@botbridge/core';
import { type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmarterBotClient, type SmarterBotClient } from '../src/index.js';
import { onePage } from '../src/pagination.js';
import { LazyData, readEnvelope } from '../src/resources/lazy-data.js';
import { lead, ok } from './support/records.js';

// `leads()` reads the one LeadList answer with its `Data` left as text, each record parsed as the
// listing reaches it (`LazyData`), so the whole answer is never held parsed. What it must keep:
// the envelope as `JSON.parse` reads it, every record in order, exact big integers, the envelope
// check and the retries before any record is given, and the whole parsed body for validation.

/** `value` with a lazy `Data` read out into an array, to compare with what `JSON.parse` gives. */
function materialized(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('Data' in value)) return value;
  const { Data } = value as { Data: unknown };
  return Data instanceof LazyData ? { ...value, Data: [...Data] } : value;
}

const lazyOf = (text: string) => (readEnvelope(text, 'listLeads') as { Data: unknown }).Data;

describe('readEnvelope reads what JSON.parse reads', () => {
  const member = fc.tuple(
    fc.string().filter((key) => key !== 'Data'),
    fc.jsonValue(),
  );
  const envelope = fc.record({
    before: fc.array(member, { maxLength: 3 }),
    data: fc.array(fc.jsonValue(), { maxLength: 150 }),
    after: fc.array(member, { maxLength: 4 }),
    indent: fc.constantFrom(undefined, 0, 2, '\t'),
  });

  it('any envelope, any spacing: the same members, and Data record for record', () => {
    fc.assert(
      fc.property(envelope, ({ before, data, after, indent }) => {
        const text = JSON.stringify(
          Object.fromEntries([...before, ['Data', data], ...after]),
          null,
          indent,
        );
        const read = readEnvelope(text, 'listLeads') as { Data: unknown };
        expect(read.Data).toBeInstanceOf(LazyData);
        expect(materialized(read)).toEqual(JSON.parse(text));
      }),
    );
  });

  it.each([
    ['Data null', '{"Data":null,"Success":true}'],
    ['no Data', '{"Success":true,"Code":200}'],
    ['Data an object', '{"Data":{"a":[1]},"Success":true}'],
    ['Data twice (the last counts)', '{"Data":[1],"Success":true,"Data":[2]}'],
    ['an array, not an object', '[{"Data":[1]}]'],
    [
      'a record nested deeper than the scan follows',
      `{"Data":[${'['.repeat(40)}${']'.repeat(40)}]}`,
    ],
  ])('%s: left to JSON.parse whole', (_name, text) => {
    expect(lazyOf(text)).not.toBeInstanceOf(LazyData);
    expect(readEnvelope(text, 'listLeads')).toEqual(JSON.parse(text));
  });

  it.each([
    ['an escaped member name', '{"\\u0044ata":[{"a":1}],"Success":true}'],
    [
      'brackets, quotes and backslashes inside strings',
      '{"Data":["]}\\"[{", {"a\\\\":"\\\\"}, "x\\\\\\""]}',
    ],
    [
      'spaces everywhere',
      ' \n{ "Data" : [ { "a" : 1 } , 2 , "x" , null , [ [ ] ] ] , "Code" : 200 } \n',
    ],
    ['an empty Data', '{"Data":[ ],"Success":true}'],
  ])('%s: Data read lazily, the same records', (_name, text) => {
    expect(lazyOf(text)).toBeInstanceOf(LazyData);
    expect(materialized(readEnvelope(text, 'listLeads'))).toEqual(JSON.parse(text));
  });

  it.each([
    ['cut short after a record', '{"Data":[{"a":1},'],
    ['cut short before the end', '{"Data":[{"a":1}],"Success":tr'],
    ['a string never closed', '{"Data":[{"a":"x]}'],
    ['brackets that do not match', '{"Data":[{"a":1]],"Success":true}'],
    ['trailing text', '{"Data":[1]} x'],
    ['an HTML page', '<html>502 Bad Gateway</html>'],
    ['nothing', ''],
  ])('%s: a SyntaxError, as JSON.parse throws', (_name, text) => {
    expect(() => readEnvelope(text, 'listLeads')).toThrow(SyntaxError);
  });

  it('a record that is not JSON fails when it is reached, after the records before it', () => {
    const records = Array.from({ length: 150 }, (_, i) => `{"n":${i}}`);
    records[100] = '{"n":tru}';
    const data = lazyOf(`{"Data":[${records.join(',')}],"Success":true}`) as Iterable<unknown>;
    const given: unknown[] = [];
    let failure: unknown;
    try {
      for (const record of data) given.push(record);
    } catch (error) {
      failure = error;
    }
    expect(given).toEqual(Array.from({ length: 100 }, (_, n) => ({ n })));
    expect(isVendorNormalizationError(failure)).toBe(true);
    expect((failure as Error).message).toContain('record 100');
    expect((failure as Error).message).not.toContain('tru');
  });
});

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves each body in turn (the last one from then on), as written, with its length. */
async function serveText(...bodies: string[]): Promise<SmarterBotClient> {
  let sent = 0;
  server = await startLoopbackServer((_req, res) => {
    const body = bodies[Math.min(sent++, bodies.length - 1)] as string;
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  });
  return createSmarterBotClient({
    apiKey: 'k',
    baseUrl: server.url,
    serialNumber: 'sn1',
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
  });
}

/** What a listing gave before it ended, and the error it ended with, if any. */
async function drain<T>(listing: AsyncIterable<T>) {
  const given: T[] = [];
  try {
    for await (const record of listing) given.push(record);
    return { given, error: undefined };
  } catch (error) {
    return { given, error };
  }
}

const ids = (leads: Array<{ conversationId?: string }>) => leads.map((l) => l.conversationId);

describe('leads() over a LeadList answer read lazily', () => {
  it('gives every record, in order, as listLeads does', async () => {
    const records = Array.from({ length: 1_000 }, (_, i) => lead((i * 7919) % 100_000));
    const client = await serveText(JSON.stringify(ok(records)));
    const listed = await client.listLeads({ serialNumber: 'sn1' });
    const iterated = await collect(client.leads());
    expect(iterated).toHaveLength(1_000);
    expect(iterated).toEqual(listed);
    expect(ids(iterated)).toEqual(records.map((r) => String(r.SessionID)));
  });

  it('keeps a SessionID past 2^53 − 1 exact', async () => {
    const body = JSON.stringify(ok([lead(1), lead(2)]))
      .replace('"SessionID":1', '"SessionID":9007199254740993')
      .replace('"SessionID":2', '"SessionID":9007199254740992');
    const client = await serveText(body);
    expect(ids(await collect(client.leads()))).toEqual(['9007199254740993', '9007199254740992']);
  });

  it('a record that is not JSON fails the listing there, after the records before it', async () => {
    const records = Array.from({ length: 200 }, (_, i) => JSON.stringify(lead(i + 1)));
    records[130] = '{"Type":"Lead","SessionID":tru}';
    const client = await serveText(
      `{"Data":[${records.join(',')}],"Version":"1.0.0","Success":true,"Code":200,"Message":""}`,
    );
    const { given, error } = await drain(client.leads());
    expect(given).toHaveLength(130);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'listLeads' });
    expect(server?.requests).toHaveLength(1);
  });

  it('checks the envelope, after Data, before the first record', async () => {
    const body = JSON.stringify({
      ...ok([lead(1), lead(2)]),
      Success: false,
      Code: 401,
      Message: 'Bad key',
    });
    const client = await serveText(body);
    const { given, error } = await drain(client.leads());
    expect(given).toEqual([]);
    expect(isVendorEnvelopeError(error)).toBe(true);
    expect(error).toMatchObject({ vendorCode: 401, vendorMessage: 'Bad key' });
  });

  it('retries a transient failure reported in the envelope, then gives the records', async () => {
    const failed = JSON.stringify({ ...ok([lead(9)]), Success: false, Code: 503, Message: 'Busy' });
    const client = await serveText(failed, JSON.stringify(ok([lead(1), lead(2)])));
    expect(ids(await collect(client.leads()))).toEqual(['1', '2']);
    expect(server?.requests).toHaveLength(2);
  });

  it.each([
    ['cut short', (body: string) => body.slice(0, -40)],
    ['an HTML page', () => '<html>502 Bad Gateway</html>'],
  ])('retries an answer %s, then gives the records', async (_name, spoil) => {
    const body = JSON.stringify(ok([lead(1), lead(2)]));
    const client = await serveText(spoil(body), body);
    expect(ids(await collect(client.leads()))).toEqual(['1', '2']);
    expect(server?.requests).toHaveLength(2);
  });

  it('retries a large answer whose connection drops mid-body', async () => {
    const records = Array.from({ length: 2_000 }, (_, i) => lead(i + 1));
    const body = JSON.stringify(ok(records));
    let sent = 0;
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      });
      if (sent++ > 0) return void res.end(body);
      res.write(body.slice(0, body.length / 2));
      setTimeout(() => res.destroy(), 20);
    });
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    const leads = await collect(client.leads());
    expect(leads).toHaveLength(2_000);
    expect(server.requests).toHaveLength(2);
  });

  it.each(['strict', 'warn'] as const)(
    'validateResponses %s: the validator checks the whole parsed body',
    async (mode) => {
      const records = [lead(1), lead(2), lead(3)];
      const client = await serveText(JSON.stringify(ok(records)));
      const seen: unknown[] = [];
      const validators: ResponseValidators = {
        listLeads: {
          '200': (body) => {
            seen.push((body as { Data: unknown }).Data);
            return [];
          },
        },
      };
      const validated = createSmarterBotClient({
        apiKey: 'k',
        baseUrl: server?.url,
        serialNumber: 'sn1',
        validateResponses: mode,
        validators,
      });
      expect(ids(await collect(validated.leads()))).toEqual(['1', '2', '3']);
      expect(seen).toEqual([records]);
      expect(Array.isArray(seen[0])).toBe(true);
      // Without validation the same answer is read lazily, with the same leads.
      expect(await collect(client.leads())).toEqual(await collect(validated.leads()));
    },
  );
});

describe('onePage, read the way a caller may', () => {
  it('answers steps asked for while the response loads, in order', async () => {
    let release: (records: number[]) => void = () => undefined;
    const listing = onePage(
      () => new Promise<number[]>((resolve) => (release = resolve)),
      (n, position) => `${position}:${n}`,
    );
    const steps = [listing.next(), listing.next(), listing.next(), listing.next()];
    release([10, 20, 30]);
    expect(await Promise.all(steps)).toEqual([
      { done: false, value: '0:10' },
      { done: false, value: '1:20' },
      { done: false, value: '2:30' },
      { done: true, value: undefined },
    ]);
  });

  it('reports a failed load once, then is done', async () => {
    const listing = onePage(async () => {
      throw new Error('down');
    }, String);
    await expect(listing.next()).rejects.toThrow('down');
    expect(await listing.next()).toEqual({ done: true, value: undefined });
  });

  it('a record that fails to normalize ends the listing', async () => {
    const listing = onePage(
      async () => [1, 2, 3],
      (n) => {
        if (n === 2) throw new Error('bad record');
        return n;
      },
    );
    expect(await listing.next()).toEqual({ done: false, value: 1 });
    await expect(listing.next()).rejects.toThrow('bad record');
    expect(await listing.next()).toEqual({ done: true, value: undefined });
  });

  it('ended while loading, it gives nothing, and a failed load is not reported', async () => {
    let fail: (error: Error) => void = () => undefined;
    const listing = onePage(
      () => new Promise<number[]>((_resolve, reject) => (fail = reject)),
      String,
    );
    const first = listing.next();
    await listing.return?.();
    fail(new Error('too late'));
    expect(await first).toEqual({ done: true, value: undefined });
    expect(await listing.next()).toEqual({ done: true, value: undefined });
  });

  it('is its own iterator, read once', async () => {
    let loads = 0;
    const listing = onePage(async () => {
      loads++;
      return [1];
    }, String);
    expect(listing[Symbol.asyncIterator]()).toBe(listing);
    expect(await collect(listing)).toEqual(['1']);
    expect(await collect(listing)).toEqual([]);
    expect(loads).toBe(1);
  });
});
