/**
 * An envelope whose `Data` array is parsed as its records are taken. SmarterBot does not page: one
 * LeadList answer holds every record, tens of megabytes for a large account. Parsed whole, the
 * body's text and every parsed record are in memory at once, before the first record is
 * normalized; read this way, the text is all that is held, and records are parsed a few dozen at
 * a time as the listing reaches them, so a record the caller has finished with can be collected
 * at once.
 */
import { JSON_READER, VendorNormalizationError } from '@botbridge/core';
import { VENDOR } from '../normalize/vendor.js';

/**
 * How many records one `JSON.parse` reads: a call per record costs more than the record itself
 * (a LeadList record is a few hundred bytes), and a few dozen keep what is parsed ahead small.
 */
const BATCH = 64;

/**
 * The records of an envelope's `Data` array, parsed from the body's text as they are taken, in
 * batches of `BATCH`. Iterating again parses again: nothing parsed is kept here.
 * @internal
 */
export class LazyData<R> implements Iterable<R> {
  readonly #text: string;
  /** Where each record is in `#text`: its first index, then the index past its end. */
  readonly #bounds: number[];
  readonly #operation: string;

  constructor(text: string, bounds: number[], operation: string) {
    this.#text = text;
    this.#bounds = bounds;
    this.#operation = operation;
  }

  [Symbol.iterator](): Iterator<R> {
    return new LazyRecords<R>(this.#text, this.#bounds, this.#operation);
  }
}

/** One pass over a `LazyData`. */
class LazyRecords<R> implements Iterator<R> {
  readonly #text: string;
  readonly #bounds: number[];
  readonly #operation: string;
  /** The records parsed and not taken yet, from `#at`. */
  #batch: unknown[] = [];
  #at = 0;
  /** The position of the first record not parsed yet. */
  #next = 0;
  /** The position of a record that is not valid JSON, once a batch has run into it. */
  #broken: number | undefined;

  constructor(text: string, bounds: number[], operation: string) {
    this.#text = text;
    this.#bounds = bounds;
    this.#operation = operation;
  }

  next(): IteratorResult<R, undefined> {
    if (this.#at === this.#batch.length && !this.#refill()) return { done: true, value: undefined };
    return { done: false, value: this.#batch[this.#at++] as R };
  }

  /** Parses the next batch; false when there is none. */
  #refill(): boolean {
    if (this.#broken !== undefined) {
      const operation = this.#operation;
      // Never quoted: the parser's message would carry a fragment of the body, which may hold a
      // credential that redaction cannot recognise (core's `createCall` says the same).
      throw new VendorNormalizationError(
        `${VENDOR} ${operation}: record ${this.#broken} of the response is not valid JSON`,
        { vendor: VENDOR, operation },
      );
    }
    const first = this.#next;
    const end = Math.min(first + BATCH, this.#bounds.length / 2);
    if (first === end) return false;
    this.#next = end;
    this.#at = 0;
    this.#batch = this.#parse(first, end);
    // A batch that broke on its first record has nothing to give before the error.
    return this.#batch.length > 0 || this.#refill();
  }

  /**
   * Records `first` to `end` (exclusive), in one parse of the text that holds them (commas
   * included); one by one when that fails, so that the records before a broken one are given.
   */
  #parse(first: number, end: number): unknown[] {
    const text = this.#text;
    const bounds = this.#bounds;
    try {
      const batch = JSON.parse(`[${text.slice(bounds[2 * first], bounds[2 * end - 1])}]`);
      if (batch.length === end - first) return batch;
    } catch {
      // Some record of the batch is not valid JSON: found below.
    }
    const records: unknown[] = [];
    for (let position = first; position < end; position++) {
      try {
        records.push(JSON.parse(text.slice(bounds[2 * position], bounds[2 * position + 1])));
      } catch {
        this.#broken = position;
        break;
      }
    }
    return records;
  }
}

/**
 * The options that have a call's success body read with `Data` as a `LazyData` (see
 * `readEnvelope`), to spread into the options of an `api` call.
 * @internal
 */
export function lazyDataOption(operation: string): Record<string, unknown> {
  return { [JSON_READER]: (text: string) => readEnvelope(text, operation) };
}

/**
 * `text` parsed as `JSON.parse` would, except for a top-level `Data` array: the envelope around it
 * is parsed, and `Data` is a `LazyData` over the array's text. Anything else (`Data` null or not an
 * array, not an object, no `Data`, twice `Data`, a body the scan cannot follow) is left to
 * `JSON.parse` as a whole. The scan checks the array's shape (every string closed, every bracket
 * matched, commas between records), so a body cut short is refused here, as `JSON.parse` would
 * refuse it, and retried; a record that is not valid JSON inside that shape fails the listing when
 * it is reached.
 * @throws SyntaxError when `text` is not JSON, from `JSON.parse`.
 * @internal
 */
export function readEnvelope(text: string, operation: string): unknown {
  const data = locateData(text);
  if (data === undefined) return JSON.parse(text);
  const envelope = JSON.parse(`${text.slice(0, data.start)}[]${text.slice(data.end)}`) as {
    Data: unknown;
  };
  envelope.Data = new LazyData(text, data.bounds, operation);
  return envelope;
}

/** Where the top-level `Data` array is in `text`, and each of its elements. */
interface DataSpan {
  /** The index of its `[`. */
  start: number;
  /** The index past its `]`. */
  end: number;
  bounds: number[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const BACKSLASH = 0x5c;
/** How deep `skipNested` follows brackets: the bits of a small integer. */
const MAX_DEPTH = 30;

/** The top-level `Data` array of the JSON object `text`, or `undefined` (see `readEnvelope`). */
function locateData(text: string): DataSpan | undefined {
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_BRACE) return undefined;
  at = skipSpace(text, at + 1);
  let data: DataSpan | undefined;
  while (text.charCodeAt(at) === QUOTE) {
    const keyEnd = skipString(text, at);
    if (keyEnd < 0) return undefined;
    const key = memberName(text, at, keyEnd);
    at = skipSpace(text, keyEnd);
    if (text.charCodeAt(at) !== COLON) return undefined;
    at = skipSpace(text, at + 1);
    let end: number;
    if (key === 'Data') {
      if (data !== undefined || text.charCodeAt(at) !== OPEN_BRACKET) return undefined;
      data = scanArray(text, at);
      if (data === undefined) return undefined;
      end = data.end;
    } else {
      end = skipValue(text, at);
      if (end < 0) return undefined;
    }
    at = skipSpace(text, end);
    if (text.charCodeAt(at) !== COMMA) break;
    at = skipSpace(text, at + 1);
  }
  if (text.charCodeAt(at) !== CLOSE_BRACE) return undefined;
  return skipSpace(text, at + 1) === text.length ? data : undefined;
}

/** The elements of the array whose `[` is at `start`. */
function scanArray(text: string, start: number): DataSpan | undefined {
  const bounds: number[] = [];
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) === CLOSE_BRACKET) return { start, end: at + 1, bounds };
  for (;;) {
    const end = skipValue(text, at);
    if (end < 0) return undefined;
    bounds.push(at, end);
    at = skipSpace(text, end);
    const next = text.charCodeAt(at);
    if (next === CLOSE_BRACKET) return { start, end: at + 1, bounds };
    if (next !== COMMA) return undefined;
    at = skipSpace(text, at + 1);
  }
}

/** A member name as `JSON.parse` reads it: decoded only when it has an escape. */
function memberName(text: string, start: number, end: number): string | undefined {
  const name = text.slice(start + 1, end - 1);
  if (name.indexOf('\\') < 0) return name;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return undefined;
  }
}

/** The index past the JSON value at `at`, or -1 when its shape is broken. */
function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return skipString(text, at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return skipNested(text, at);
  // A number or a literal: up to the next delimiter; `JSON.parse` judges its spelling.
  let end = at;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
  }
  return end === at ? -1 : end;
}

/**
 * The index past the object or array at `at`, or -1 when its brackets never close or do not match.
 * The open brackets are a stack of bits (1 for `{`), so the scan allocates nothing; a value nested
 * deeper than that stack holds is refused too, and the whole body left to `JSON.parse`.
 */
function skipNested(text: string, at: number): number {
  let open = 0;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i) - 1;
      if (i < 0) return -1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === MAX_DEPTH) return -1;
      open = (open << 1) | (c === OPEN_BRACE ? 1 : 0);
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if ((open & 1) !== (c === CLOSE_BRACE ? 1 : 0)) return -1;
      open >>>= 1;
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The index past the string whose opening quote is at `at`, or -1 when it is never closed. Jumps
 * from quote to quote: a quote is the string's end unless an odd number of backslashes precede it.
 */
function skipString(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let before = quote - 1;
    while (text.charCodeAt(before) === BACKSLASH) before--;
    if ((quote - 1 - before) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
