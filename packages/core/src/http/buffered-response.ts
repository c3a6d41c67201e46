import { EXACT_INTEGERS, hasLongDigitRun, quoteIntegerTokens } from './exact-integers.js';
import type { JsonReader } from './json-reader.js';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
// `Response.text()` decodes the same way: UTF-8, a leading BOM dropped, bad bytes replaced. The
// fatal decoder is tried first: a body it accepts is valid UTF-8, so its text encodes back to the
// very bytes received (bar a BOM), and the bytes need not be kept beside the text.
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Where a buffered response came from, for what a constructed `Response` cannot say itself. */
export interface ResponseOrigin {
  /** The URL the response answers (a constructed `Response` has an empty one). */
  url: string;
  /** Whether the attempt followed a redirect to get it. */
  redirected: boolean;
}

/**
 * The body of one response, read once and shared by its clones. It is let go of (`text`, `bytes`
 * and `parsed` dropped) once the response and every clone of it has read its body: from then on
 * nothing can read it, and a large body would otherwise stay in memory for as long as a caller
 * keeps the response (openapi-fetch's result holds it beside the data).
 */
interface BodyStore {
  /** The body as the caller reads it, integers past 2^53 − 1 quoted (see `quoteIntegerTokens`). */
  text: string;
  /**
   * The body as bytes when they are not `text` encoded: received with a BOM or bytes that are not
   * UTF-8. `undefined` when encoding `text` gives them back, which is done only for a reader that
   * asks for bytes (`arrayBuffer`, `blob`, `body`, …).
   */
  bytes: Uint8Array<ArrayBuffer> | undefined;
  /** Whether quoting changed the body: the bytes are then `text` encoded, not those received. */
  readonly rewritten: boolean;
  /**
   * How `text` is parsed for the success check and the response's own `json()` (the request's
   * `JsonReader`); `undefined`: `JSON.parse`. A clone parses it with `JSON.parse`.
   */
  reader: JsonReader | undefined;
  /**
   * The JSON value of `text` once parsed, shared by the success check and the response's own
   * `json()` (a clone parses anew, so that no reader can change what another holds): `null` when
   * it is not JSON.
   */
  parsed?: { value: unknown } | null;
  /** The response and its clones that have not read their body yet. */
  holders: number;
  /** Whether every holder has read its body and the store let go of it. */
  released: boolean;
}

/**
 * A response whose body was read in full within the attempt's timeout, so a connection that drops
 * mid-body is a retryable network failure rather than a parse error later on.
 *
 * The body is decoded once, with integers past 2^53 − 1 kept exact, and parsed as JSON at most
 * once: the success check (`readJson`) and openapi-fetch's `json()` share that one value (parsed
 * by the request's own reader when it brings one, see `JSON_READER`). Every other reader
 * (`arrayBuffer`, `blob`, `formData`, `bytes`, `body`) gets the same bytes as a plain `Response`
 * would, and a body is still read only once per response, as the platform's is. Only the text is
 * kept while the body waits to be read (the bytes as well only when encoding the text would not
 * give them back), and nothing once the response and its clones have all read it.
 * @internal
 */
export class BufferedResponse extends Response {
  readonly #store: BodyStore;
  readonly #origin: ResponseOrigin;
  // Whether this is the response the transport read (not a clone): its `json()` gets `parsed`.
  readonly #original: boolean;
  #used = false;
  // Whether this response still counts among the holders of the store: until it reads its body.
  #holds = true;
  // A platform Response over the same bytes, built only for the readers served from it.
  #platform: Response | undefined;

  /**
   * `received` has had its body read into `bytes`; only its status and headers are used. `reader`
   * parses the body in `JSON.parse`'s place (see `JSON_READER`).
   */
  static read(
    received: Response,
    bytes: Uint8Array<ArrayBuffer>,
    origin: ResponseOrigin,
    reader?: JsonReader,
  ): BufferedResponse {
    if (NULL_BODY_STATUSES.has(received.status)) {
      return new BufferedResponse(received, origin, emptyBody(), true);
    }
    const { store, byteLength } = decodeBody(bytes, reader);
    const response = new BufferedResponse(received, origin, store, true);
    describeBody(response.headers, store.rewritten, byteLength);
    return response;
  }

  /**
   * The body of a response as JSON, parsed on first use: `parsed` is `null` when it is not JSON.
   * Neither reads the body in the platform's sense, so `json()` and `text()` still work after it.
   * @throws TypeError when the response and every clone of it have read their body already (it
   *   is no longer held), as reading a used body does.
   */
  static readJson(response: BufferedResponse): { text: string; parsed: { value: unknown } | null } {
    const store = response.#store;
    if (store.released) throw unusable();
    if (store.parsed === undefined) store.parsed = parseJson(store.text, store.reader);
    return { text: store.text, parsed: store.parsed };
  }

  private constructor(head: Response, origin: ResponseOrigin, store: BodyStore, original: boolean) {
    super(null, { status: head.status, statusText: head.statusText, headers: head.headers });
    this.#origin = origin;
    this.#store = store;
    this.#original = original;
  }

  override get url(): string {
    return this.#origin.url;
  }

  override get redirected(): boolean {
    return this.#origin.redirected;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return NULL_BODY_STATUSES.has(this.status) ? null : this.#fromPlatform().body;
  }

  override get bodyUsed(): boolean {
    return this.#used || (this.#platform?.bodyUsed ?? false);
  }

  override async text(): Promise<string> {
    this.#take();
    const { text } = this.#store;
    this.#letGo();
    return text;
  }

  override async json(): Promise<unknown> {
    this.#take();
    const store = this.#store;
    const { text } = store;
    // Parsed here when the success check did not (a request that is not retried), with the
    // request's reader; a clone's body is parsed anew.
    if (this.#original && store.parsed === undefined && store.reader) {
      store.parsed = parseJson(text, store.reader);
    }
    const parsed = this.#original ? store.parsed : undefined;
    this.#letGo();
    // `JSON.parse` for a clone, and for a body that is not JSON: the platform's SyntaxError.
    return parsed ? parsed.value : JSON.parse(text);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#unread().arrayBuffer();
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#unread().bytes();
  }

  override async blob(): Promise<Blob> {
    return this.#unread().blob();
  }

  override async formData(): Promise<FormData> {
    return this.#unread().formData();
  }

  override clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    // A response that is not read yet holds the store, so it is not released before the clone is.
    this.#store.holders++;
    return new BufferedResponse(this, this.#origin, this.#store, false);
  }

  /** Marks the body read, failing as the platform does when it already was. */
  #take(): void {
    if (this.bodyUsed) throw unusable();
    this.#used = true;
  }

  /** The platform response to read from, after the same check as `#take`. */
  #unread(): Response {
    if (this.#used) throw unusable();
    const platform = this.#fromPlatform();
    // The platform response has its own copy of the bytes, and this one can read nothing else.
    this.#letGo();
    return platform;
  }

  #fromPlatform(): Response {
    this.#platform ??= new Response(
      NULL_BODY_STATUSES.has(this.status) ? null : payloadOf(this.#store),
      { status: this.status, statusText: this.statusText, headers: this.headers },
    );
    return this.#platform;
  }

  /**
   * This response has read its body: when it was the last holder of the store, the text, bytes and
   * parsed value are dropped, so that a response kept after it was read (openapi-fetch hands it
   * out beside the data) does not keep its body in memory too.
   */
  #letGo(): void {
    if (!this.#holds) return;
    this.#holds = false;
    const store = this.#store;
    if (--store.holders > 0) return;
    store.released = true;
    store.text = '';
    store.bytes = undefined;
    store.reader = undefined;
    store.parsed = undefined;
  }
}

function unusable(): TypeError {
  return new TypeError('Body is unusable: Body has already been read');
}

/** The body's bytes, for the readers that want bytes: as received, or `text` encoded. */
function payloadOf(store: BodyStore): Uint8Array<ArrayBuffer> {
  return store.bytes ?? (encoder.encode(store.text) as Uint8Array<ArrayBuffer>);
}

// Prototype-wide, so marking every response costs nothing per response.
Object.defineProperty(BufferedResponse.prototype, EXACT_INTEGERS, { value: true });

function emptyBody(): BodyStore {
  return { ...freshStore('', undefined, false, undefined), bytes: new Uint8Array(0) };
}

function freshStore(
  text: string,
  bytes: Uint8Array<ArrayBuffer> | undefined,
  rewritten: boolean,
  reader: JsonReader | undefined,
): BodyStore {
  return { text, bytes, rewritten, reader, holders: 1, released: false };
}

/**
 * Decodes `bytes` and quotes the integers past 2^53 − 1 in them, when that leaves JSON. A body
 * that is not JSON after quoting was not JSON before either, and is kept exactly as received.
 * Returns the store and the length in bytes of the body it holds.
 */
function decodeBody(
  bytes: Uint8Array<ArrayBuffer>,
  reader: JsonReader | undefined,
): { store: BodyStore; byteLength: number } {
  const { text: decoded, exact } = decode(bytes);
  const quoted = hasLongDigitRun(bytes) ? quoteIntegerTokens(decoded) : decoded;
  if (quoted !== decoded) {
    const parsed = parseJson(quoted, reader);
    if (parsed !== null) {
      // Quoting adds two ASCII quotes, one byte each, around each integer it rewrites.
      const byteLength = exact ? bytes.byteLength + quoted.length - decoded.length : undefined;
      const store = { ...freshStore(quoted, undefined, true, reader), parsed };
      if (byteLength !== undefined) return { store, byteLength };
      store.bytes = encoder.encode(quoted) as Uint8Array<ArrayBuffer>;
      return { store, byteLength: store.bytes.byteLength };
    }
  }
  // The bytes are kept only when encoding the text would not give them back.
  return {
    store: freshStore(decoded, exact ? undefined : bytes, false, reader),
    byteLength: bytes.byteLength,
  };
}

/**
 * `bytes` decoded as `Response.text()` would, and whether encoding the text gives back exactly
 * `bytes`: valid UTF-8 without a BOM (which decoding drops).
 */
function decode(bytes: Uint8Array<ArrayBuffer>): { text: string; exact: boolean } {
  if (bytes.byteLength === 0) return { text: '', exact: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    try {
      return { text: strictDecoder.decode(bytes), exact: true };
    } catch {
      // Not UTF-8 throughout: decoded again below, with the bad bytes replaced.
    }
  }
  return { text: decoder.decode(bytes), exact: false };
}

/**
 * Makes `headers` describe the body the response holds, `byteLength` bytes long. Content-Length
 * is its length when the server sent none: openapi-fetch reads a body without one as text and
 * parses that itself, which would be a second parse. A body that quoting rewrote is plain text of
 * another length.
 */
function describeBody(headers: Headers, rewritten: boolean, byteLength: number): void {
  if (rewritten) {
    headers.delete('content-encoding');
    headers.set('content-length', String(byteLength));
  } else if (byteLength > 0 && !headers.has('content-length')) {
    headers.set('content-length', String(byteLength));
  }
}

function parseJson(text: string, reader: JsonReader = JSON.parse): { value: unknown } | null {
  try {
    return { value: reader(text) };
  } catch {
    return null;
  }
}
