import { EXACT_INTEGERS, hasLongDigitRun, quoteIntegerTokens } from './exact-integers.js';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
// `Response.text()` decodes the same way: UTF-8, a leading BOM dropped, bad bytes replaced.
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Where a buffered response came from, for what a constructed `Response` cannot say itself. */
export interface ResponseOrigin {
  /** The URL the response answers (a constructed `Response` has an empty one). */
  url: string;
  /** Whether the attempt followed a redirect to get it. */
  redirected: boolean;
}

/** The body of one response, read once and shared by its clones. */
interface BodyStore {
  /** The body as the caller reads it, integers past 2^53 − 1 quoted (see `quoteIntegerTokens`). */
  readonly text: string;
  /** The same as bytes: what was received, or the text encoded when quoting rewrote it. */
  readonly payload: Uint8Array<ArrayBuffer>;
  /** Whether quoting changed the body: `payload` is then `text` encoded, not the bytes received. */
  readonly rewritten: boolean;
  /** The JSON value of `text` once parsed: `null` when it is not JSON. */
  parsed?: { value: unknown } | null;
  /** Whether `json()` already handed `parsed.value` out: a later reader (a clone) parses anew. */
  taken: boolean;
}

/**
 * A response whose body was read in full within the attempt's timeout, so a connection that drops
 * mid-body is a retryable network failure rather than a parse error later on.
 *
 * The body is decoded once, with integers past 2^53 − 1 kept exact, and parsed as JSON at most
 * once: the success check (`readJson`) and openapi-fetch's `json()` share that one value. Every
 * other reader (`arrayBuffer`, `blob`, `formData`, `bytes`, `body`) gets the same bytes as a plain
 * `Response` would, and a body is still read only once per response, as the platform's is.
 * @internal
 */
export class BufferedResponse extends Response {
  readonly #store: BodyStore;
  readonly #origin: ResponseOrigin;
  #used = false;
  // A platform Response over the same bytes, built only for the readers served from it.
  #platform: Response | undefined;

  /** `received` has had its body read into `bytes`; only its status and headers are used. */
  static read(
    received: Response,
    bytes: Uint8Array<ArrayBuffer>,
    origin: ResponseOrigin,
  ): BufferedResponse {
    if (NULL_BODY_STATUSES.has(received.status)) {
      return new BufferedResponse(received, origin, emptyBody());
    }
    const store = decodeBody(bytes);
    const response = new BufferedResponse(received, origin, store);
    describeBody(response.headers, store);
    return response;
  }

  /**
   * The body of a response as JSON, parsed on first use: `parsed` is `null` when it is not JSON.
   * Neither reads the body in the platform's sense, so `json()` and `text()` still work after it.
   */
  static readJson(response: BufferedResponse): { text: string; parsed: { value: unknown } | null } {
    const store = response.#store;
    if (store.parsed === undefined) store.parsed = parseJson(store.text);
    return { text: store.text, parsed: store.parsed };
  }

  private constructor(head: Response, origin: ResponseOrigin, store: BodyStore) {
    super(null, { status: head.status, statusText: head.statusText, headers: head.headers });
    this.#origin = origin;
    this.#store = store;
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
    return this.#store.text;
  }

  override async json(): Promise<unknown> {
    this.#take();
    const store = this.#store;
    if (store.parsed && !store.taken) {
      store.taken = true;
      return store.parsed.value;
    }
    // Parsed again for a clone, and for a body that is not JSON: the platform's SyntaxError.
    return JSON.parse(store.text);
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
    return new BufferedResponse(this, this.#origin, this.#store);
  }

  /** Marks the body read, failing as the platform does when it already was. */
  #take(): void {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
  }

  /** The platform response to read from, after the same check as `#take`. */
  #unread(): Response {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    return this.#fromPlatform();
  }

  #fromPlatform(): Response {
    this.#platform ??= new Response(
      NULL_BODY_STATUSES.has(this.status) ? null : this.#store.payload,
      { status: this.status, statusText: this.statusText, headers: this.headers },
    );
    return this.#platform;
  }
}

// Prototype-wide, so marking every response costs nothing per response.
Object.defineProperty(BufferedResponse.prototype, EXACT_INTEGERS, { value: true });

function emptyBody(): BodyStore {
  return { text: '', payload: new Uint8Array(0), rewritten: false, taken: false };
}

/**
 * Decodes `bytes` and quotes the integers past 2^53 − 1 in them, when that leaves JSON. A body
 * that is not JSON after quoting was not JSON before either, and is kept exactly as received.
 */
function decodeBody(bytes: Uint8Array<ArrayBuffer>): BodyStore {
  const decoded = bytes.byteLength === 0 ? '' : decoder.decode(bytes);
  const quoted = hasLongDigitRun(bytes) ? quoteIntegerTokens(decoded) : decoded;
  if (quoted !== decoded) {
    const parsed = parseJson(quoted);
    if (parsed !== null) {
      return {
        text: quoted,
        payload: encoder.encode(quoted),
        parsed,
        rewritten: true,
        taken: false,
      };
    }
  }
  return { text: decoded, payload: bytes, rewritten: false, taken: false };
}

/**
 * Makes `headers` describe the body the response holds. Content-Length is its length when the
 * server sent none: openapi-fetch reads a body without one as text and parses that itself, which
 * would be a second parse. A body that quoting rewrote is plain text of another length.
 */
function describeBody(headers: Headers, store: BodyStore): void {
  if (store.rewritten) {
    headers.delete('content-encoding');
    headers.set('content-length', String(store.payload.byteLength));
  } else if (store.payload.byteLength > 0 && !headers.has('content-length')) {
    headers.set('content-length', String(store.payload.byteLength));
  }
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}
