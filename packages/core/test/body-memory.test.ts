import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BufferedResponse } from '../src/http/buffered-response.js';
import { JSON_READER } from '../src/http/json-reader.js';
import { createApiClient } from '../src/index.js';
import { operations, type paths } from './support/things-api.js';

// How much of a body the client holds, and for how long: a large body of announced length is read
// into one buffer, the body is let go of once every reader has read it, and a request may have its
// body parsed by a reader of its own. Counted and checked, never timed.

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function client(
  fetch?: typeof globalThis.fetch,
  baseUrl = 'https://api.example.com',
  retryableBody?: (status: number, body: unknown) => boolean,
) {
  return createApiClient<paths>({
    vendor: 'acme',
    baseUrl,
    operations,
    fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    retryableBody,
  });
}

/** A JSON page of about `bytes` bytes: `{"items":[…]}`, every item distinct. */
function largePage(bytes: number): string {
  const items: string[] = [];
  for (let length = 12; length < bytes; length += 40) items.push(`item ${items.length}`.padEnd(37));
  return JSON.stringify({ items });
}

/**
 * A byte stream serving `bytes` in pieces of `piece` bytes, recording whether each piece went into
 * a buffer the reader handed it (`byob`) or was queued as a chunk of the stream's own (`chunk`).
 */
function pieceStream(bytes: Uint8Array, piece: number) {
  const writes: Array<'byob' | 'chunk'> = [];
  let at = 0;
  const stream = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        controller.byobRequest?.respond(0);
        return;
      }
      const request = controller.byobRequest;
      if (request?.view) {
        const view = new Uint8Array(request.view.buffer, request.view.byteOffset);
        const n = Math.min(piece, view.length, bytes.length - at);
        view.set(bytes.subarray(at, at + n));
        at += n;
        writes.push('byob');
        request.respond(n);
      } else {
        const n = Math.min(piece, bytes.length - at);
        controller.enqueue(bytes.slice(at, at + n));
        at += n;
        writes.push('chunk');
      }
    },
  });
  return { stream, writes };
}

/** A fetch answering every request with `body` streamed in pieces, with the given headers. */
function streamingFetch(body: string, headers: Record<string, string>, piece = 16 * 1024) {
  const bytes = new TextEncoder().encode(body);
  const served: Array<Array<'byob' | 'chunk'>> = [];
  const fetch = async () => {
    const { stream, writes } = pieceStream(bytes, piece);
    served.push(writes);
    return new Response(stream, {
      status: 200,
      headers: { 'content-type': 'application/json', ...headers },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, served };
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

describe('a large body of announced length is read into one buffer', () => {
  const PAGE = largePage(1_000_000);
  const LENGTH = String(Buffer.byteLength(PAGE));

  it('the stream writes every piece into the buffer the client hands it', async () => {
    const fake = streamingFetch(PAGE, { 'content-length': LENGTH });
    const { data } = await client(fake.fetch).GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
    expect(fake.served).toHaveLength(1);
    expect(fake.served[0]?.length).toBeGreaterThan(10);
    expect(new Set(fake.served[0])).toEqual(new Set(['byob']));
  });

  it('over a real connection, in many writes: the same data, read with a buffer of its own', async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': LENGTH });
      for (let at = 0; at < PAGE.length; at += 50_000) res.write(PAGE.slice(at, at + 50_000));
      res.end();
    });
    const getReader = vi.spyOn(ReadableStream.prototype, 'getReader');
    const { data } = await client(undefined, server.url).GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
    expect(getReader.mock.calls).toEqual([[{ mode: 'byob' }]]);
  });

  it('a body longer than announced still arrives in full', async () => {
    // Announced above the one-buffer threshold (512 KiB), so the buffer has to grow.
    const fake = streamingFetch(PAGE, { 'content-length': String(600_000) });
    const { data } = await client(fake.fetch).GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
  });

  it('a body shorter than announced is what came', async () => {
    const fake = streamingFetch(PAGE, { 'content-length': String(Number(LENGTH) * 3) });
    const { data } = await client(fake.fetch).GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
  });

  it.each([
    ['no Content-Length', {}],
    [
      'a compressed length (Content-Encoding)',
      { 'content-length': LENGTH, 'content-encoding': 'gzip' },
    ],
    ['a small body', { 'content-length': '1000' }],
    ['an absurd length', { 'content-length': String(2 ** 40) }],
  ])('%s: gathered chunk by chunk, intact', async (_name, headers) => {
    const fake = streamingFetch(PAGE, headers as Record<string, string>);
    const { data } = await client(fake.fetch).GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
    expect(new Set(fake.served[0])).toEqual(new Set(['chunk']));
  });

  it('a stream that is not a byte stream is read chunk by chunk, intact', async () => {
    const bytes = new TextEncoder().encode(PAGE);
    const fetch = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 70_000) {
              controller.enqueue(bytes.slice(at, at + 70_000));
            }
            controller.close();
          },
        }),
        { headers: { 'content-type': 'application/json', 'content-length': LENGTH } },
      )) as typeof globalThis.fetch;
    const { data } = await client(fetch).GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
  });

  it('a connection dropped mid-body is a network failure, retried', async () => {
    let sent = 0;
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': LENGTH });
      if (sent++ === 0) {
        res.write(PAGE.slice(0, 300_000));
        setTimeout(() => res.destroy(), 20);
        return;
      }
      res.end(PAGE);
    });
    const { data } = await client(undefined, server.url).GET('/things');
    expect(data).toEqual(JSON.parse(PAGE));
    expect(server.requests).toHaveLength(2);
  });
});

/** A buffered response over `body`, as the transport builds it. */
function buffered(body: string | Uint8Array, reader?: (text: string) => unknown) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return BufferedResponse.read(
    new Response(null, { status: 200, headers: { 'content-type': 'application/json' } }),
    new Uint8Array(bytes) as Uint8Array<ArrayBuffer>,
    { url: 'https://api.example.com/things', redirected: false },
    reader,
  );
}

describe('a body is let go of once every reader has read it', () => {
  const BODY = '{"items":[1,2,3]}';

  it('after json(), the body is no longer held: the success check can no longer read it', async () => {
    const response = buffered(BODY);
    expect(BufferedResponse.readJson(response).parsed).toEqual({ value: JSON.parse(BODY) });
    expect(await response.json()).toEqual(JSON.parse(BODY));
    expect(() => BufferedResponse.readJson(response)).toThrow(TypeError);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('a clone not read yet keeps it, until it is read too', async () => {
    const response = buffered(BODY);
    const clone = response.clone();
    const other = clone.clone();
    expect(await response.json()).toEqual(JSON.parse(BODY));
    expect(BufferedResponse.readJson(response).text).toBe(BODY);
    expect(await clone.text()).toBe(BODY);
    expect(await other.arrayBuffer()).toEqual(new TextEncoder().encode(BODY).buffer);
    expect(() => BufferedResponse.readJson(response)).toThrow(TypeError);
  });

  it('the parsed value is not kept by a response the caller still holds', async () => {
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: [{ id: 1 }] }));
    });
    const api = client(undefined, server.url);
    const held: { response?: Response } = {};
    const weak = await (async () => {
      const { data, response } = await api.GET('/things');
      held.response = response;
      return new WeakRef(data as never);
    })();
    // Not dereferenced until the end: a deref keeps its target alive for the rest of the job.
    for (let round = 0; round < 5; round++) {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(held.response?.ok).toBe(true);
    expect(weak.deref()).toBeUndefined();
  });

  it.each([
    ['UTF-8 text', new TextEncoder().encode('{"name":"Zoë 👋"}')],
    ['a leading BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')])],
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
    ],
  ])('%s: the bytes readers get exactly what was received', async (_name, bytes) => {
    const platform = new Response(new Uint8Array(bytes));
    const response = buffered(bytes);
    const clone = response.clone();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(await clone.text()).toBe(await platform.text());
    expect(new Uint8Array(await buffered(bytes).bytes())).toEqual(bytes);
  });
});

describe('a request may bring its own JSON reader', () => {
  const PAGE = JSON.stringify({ items: ['a', 'b'] });
  const answer = (body = PAGE) =>
    (async () =>
      new Response(body, {
        headers: { 'content-type': 'application/json' },
      })) as typeof globalThis.fetch;

  it('its value is what the success check and the caller get', async () => {
    const read = vi.fn((text: string) => ({ read: JSON.parse(text) }));
    const seen: unknown[] = [];
    const api = client(answer(), undefined, (_status, body) => {
      seen.push(body);
      return false;
    });
    const { data } = await api.GET('/things', { [JSON_READER]: read } as never);
    expect(data).toEqual({ read: JSON.parse(PAGE) });
    expect(seen).toEqual([data]);
    expect(seen[0]).toBe(data);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(PAGE);
  });

  it('a request that is not retried (no success check) is parsed with it too', async () => {
    const read = vi.fn((text: string) => ({ read: JSON.parse(text) }));
    const { data } = await client(answer()).POST('/search', {
      body: { q: 'x' },
      [JSON_READER]: read,
    } as never);
    expect(data).toEqual({ read: JSON.parse(PAGE) });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('is given the text with integers past 2^53 − 1 already quoted', async () => {
    const read = vi.fn((text: string) => JSON.parse(text));
    const { data } = await client(answer('{"items":[9007199254740993]}')).GET('/things', {
      [JSON_READER]: read,
    } as never);
    expect(data).toEqual({ items: ['9007199254740993'] });
    expect(read).toHaveBeenCalledWith('{"items":["9007199254740993"]}');
  });

  it('a clone read by a middleware is parsed as JSON, apart from the caller’s value', async () => {
    const api = client(answer());
    const peeked: unknown[] = [];
    api.use({
      async onResponse({ response }) {
        peeked.push(await response.clone().json());
        return undefined;
      },
    });
    const { data } = await api.GET('/things', { [JSON_READER]: () => 'mine' } as never);
    expect(data).toBe('mine');
    expect(peeked).toEqual([JSON.parse(PAGE)]);
  });

  it('a body it finds no JSON in is unreadable as before: retried, then a SyntaxError', async () => {
    let sent = 0;
    const fetch = (async () => {
      sent++;
      return new Response('{"items":["a",', { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const read = vi.fn((text: string) => JSON.parse(text));
    const error = await client(fetch)
      .GET('/things', { [JSON_READER]: read } as never)
      .catch((e: unknown) => e);
    expect(sent).toBe(4);
    expect(read).toHaveBeenCalledTimes(4);
    expect(error).toBeInstanceOf(SyntaxError);
  });
});
