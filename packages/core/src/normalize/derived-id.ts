// Some vendors send records without an id (SmarterBot leads). Integrations deduplicate and
// upsert by id, so we derive one from the record's content: the same record gives the same id on
// every run and every machine. The hash is a pure-JS 64-bit FNV-1a (no node:crypto, so the core
// runs in browsers and edge runtimes too), applied to the UTF-8 bytes of a canonical JSON form
// with sorted keys so that key order in the vendor payload does not matter.
//
// Ids are stored by integrations, so every byte of this algorithm is frozen: the table of known
// ids in test/derived-id-table.test.ts must keep passing.

// The canonical JSON is never built as a string: the writer below feeds its bytes straight into the
// hash as it walks the value, and a string that needs no JSON escape is hashed between its quotes
// as it is, without a `JSON.stringify` copy. SmarterBot derives an id for every lead, so this sits
// on the path of every record it lists.

// The 64-bit offset basis 0xcbf29ce484222325 and the second pass's seed (the offset basis XOR
// 0x9e3779b97f4a7c15), as 32-bit halves.
const OFFSET_HIGH = 0xcbf29ce4;
const OFFSET_LOW = 0x84222325;
const SECOND_HIGH = OFFSET_HIGH ^ 0x9e3779b9;
const SECOND_LOW = OFFSET_LOW ^ 0x7f4a7c15;
// The 64-bit FNV prime is 2^40 + 0x1b3, so multiplying by it is `hash * 0x1b3 + (hash << 40)`.
const PRIME_LOW = 0x1b3;
const LOW_16 = 0xffff;

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const INSERTION_SORT_MAX = 16;

const HEX_DIGIT = Array.from({ length: 16 }, (_, digit) => digit.toString(16).charCodeAt(0));

/**
 * Both 64-bit FNV-1a passes as they go (`a` the first, `b` the second), each hash as two int32
 * halves. JS numbers only multiply exactly up to 2^53, so a low half is multiplied by the prime in
 * two 16-bit pieces to get its carry exactly.
 */
interface FnvPair {
  aHigh: number;
  aLow: number;
  bHigh: number;
  bLow: number;
}

function startFnvPair(): FnvPair {
  // An object literal, not a class: its hidden class is held by the literal's site, so a full
  // garbage collection between two ids does not drop it and throw away the optimized hashing code
  // built for it (a class instance's fields are added one by one, through hidden classes that die
  // with the last instance).
  return {
    aHigh: OFFSET_HIGH | 0,
    aLow: OFFSET_LOW | 0,
    bHigh: SECOND_HIGH | 0,
    bLow: SECOND_LOW | 0,
  };
}

/**
 * The UTF-8 bytes of the non-ASCII UTF-16 code unit `unit`, packed first byte lowest: with `next`
 * when the two form a surrogate pair (four bytes, lead byte 0xf0–0xf4), and as U+FFFD for a
 * surrogate without its pair, as TextEncoder writes it. (JSON.stringify escapes such surrogates,
 * so canonical JSON has none; they are handled all the same so that the bytes are TextEncoder's
 * for any text.) No byte of these sequences is zero.
 */
function utf8Bytes(unit: number, next: number): number {
  if (unit < 0x800) return 0xc0 | (unit >> 6) | ((0x80 | (unit & 0x3f)) << 8);
  let point = unit;
  if (unit >= 0xd800 && unit <= 0xdfff) {
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      point = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
      return (
        0xf0 |
        (point >> 18) |
        ((0x80 | ((point >> 12) & 0x3f)) << 8) |
        ((0x80 | ((point >> 6) & 0x3f)) << 16) |
        ((0x80 | (point & 0x3f)) << 24)
      );
    }
    point = 0xfffd;
  }
  return (
    0xe0 | (point >> 12) | ((0x80 | ((point >> 6) & 0x3f)) << 8) | ((0x80 | (point & 0x3f)) << 16)
  );
}

/** What `feedRun` answers when a quoted run is not plain text: nothing was fed. */
const NOT_PLAIN = -1;

/**
 * Feeds ASCII code units of `text` from `start`, one byte each, and returns where it stopped: at
 * the end or at the first non-ASCII unit. `quoted` feeds all of `text` between quotes instead, as
 * `JSON.stringify` writes a string that needs no escape; for any other string (a control
 * character, a quote, a backslash, anything non-ASCII) it feeds nothing and answers `NOT_PLAIN`.
 * The state is kept in locals for the loop: this is where the time of a derived id goes.
 */
function feedRun(state: FnvPair, text: string, start: number, quoted: boolean): number {
  let { aHigh, aLow, bHigh, bLow } = state;
  const length = text.length;
  // A quoted run reads the opening quote at -1 and the closing one at `length`.
  const end = quoted ? length + 1 : length;
  let index = quoted ? -1 : start;
  for (; index < end; index++) {
    let byte = QUOTE;
    if (index >= 0 && index < length) {
      byte = text.charCodeAt(index);
      if (byte >= 0x80 || (quoted && (byte < 0x20 || byte === QUOTE || byte === BACKSLASH))) break;
    }
    // hash = (hash ^ byte) * prime, where `hash << 40` adds the low half, shifted by 8, to the high.
    aLow ^= byte;
    let lower = (aLow & LOW_16) * PRIME_LOW;
    let upper = (aLow >>> 16) * PRIME_LOW + (lower >>> 16);
    aHigh = (Math.imul(aHigh, PRIME_LOW) + (aLow << 8) + (upper >>> 16)) | 0;
    aLow = (upper << 16) | (lower & LOW_16);
    bLow ^= byte;
    lower = (bLow & LOW_16) * PRIME_LOW;
    upper = (bLow >>> 16) * PRIME_LOW + (lower >>> 16);
    bHigh = (Math.imul(bHigh, PRIME_LOW) + (bLow << 8) + (upper >>> 16)) | 0;
    bLow = (upper << 16) | (lower & LOW_16);
  }
  if (quoted && index < end) return NOT_PLAIN;
  state.aHigh = aHigh;
  state.aLow = aLow;
  state.bHigh = bHigh;
  state.bLow = bLow;
  return index;
}

/** Feeds one byte: JSON punctuation and the bytes of non-ASCII characters. */
function feedByte(state: FnvPair, byte: number): void {
  const aLow = state.aLow ^ byte;
  let lower = (aLow & LOW_16) * PRIME_LOW;
  let upper = (aLow >>> 16) * PRIME_LOW + (lower >>> 16);
  state.aHigh = (Math.imul(state.aHigh, PRIME_LOW) + (aLow << 8) + (upper >>> 16)) | 0;
  state.aLow = (upper << 16) | (lower & LOW_16);
  const bLow = state.bLow ^ byte;
  lower = (bLow & LOW_16) * PRIME_LOW;
  upper = (bLow >>> 16) * PRIME_LOW + (lower >>> 16);
  state.bHigh = (Math.imul(state.bHigh, PRIME_LOW) + (bLow << 8) + (upper >>> 16)) | 0;
  state.bLow = (upper << 16) | (lower & LOW_16);
}

/**
 * Feeds the UTF-8 bytes of `text` to both passes. The bytes are computed from the code units as
 * the loop goes, so nothing is encoded into a buffer.
 */
function feedText(state: FnvPair, text: string): void {
  let index = feedRun(state, text, 0, false);
  while (index < text.length) {
    // Past the end, charCodeAt is NaN, which is no low surrogate.
    let bytes = utf8Bytes(text.charCodeAt(index), text.charCodeAt(index + 1));
    // A four-byte sequence took the pair's low surrogate too.
    index += (bytes & 0xf8) === 0xf0 ? 2 : 1;
    // Until the packed bytes run out (no byte of a multi-byte sequence is zero).
    do {
      feedByte(state, bytes & 0xff);
      bytes >>>= 8;
    } while (bytes !== 0);
    index = feedRun(state, text, index, false);
  }
}

/** Feeds `JSON.stringify(text)`, without making it when it is `text` between quotes. */
function feedString(state: FnvPair, text: string): void {
  if (feedRun(state, text, 0, true) === NOT_PLAIN) feedText(state, JSON.stringify(text));
}

/** Feeds the canonical JSON of `value`: objects with their keys sorted, `undefined` members left out. */
function feedCanonical(state: FnvPair, value: unknown): void {
  if (typeof value === 'string') feedString(state, value);
  else if (value === null || typeof value !== 'object') {
    // JSON.stringify writes numbers, booleans and null, gives undefined for undefined, functions
    // and symbols (written as null), and throws for a BigInt, as the ids were always computed.
    feedText(state, JSON.stringify(value) ?? 'null');
  } else if (Array.isArray(value)) feedArray(state, value);
  else feedObject(state, value as Record<string, unknown>);
}

function feedArray(state: FnvPair, items: readonly unknown[]): void {
  feedByte(state, OPEN_ARRAY);
  for (let index = 0; index < items.length; index++) {
    if (index > 0) feedByte(state, COMMA);
    // A hole is written as nothing (`[,1]`): the ids of sparse arrays were computed that way.
    if (index in items) feedCanonical(state, items[index]);
  }
  feedByte(state, CLOSE_ARRAY);
}

/**
 * `keys` sorted by UTF-16 code units, the order of the default sort, which the ids were computed
 * with. Records have a handful of keys, which an insertion sort orders several times faster than
 * `Array.prototype.sort`; long lists still go to it. Keys are distinct, so no order between equal
 * keys is at stake.
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > INSERTION_SORT_MAX) return keys.sort();
  for (let index = 1; index < keys.length; index++) {
    const key = keys[index] as string;
    let at = index;
    while (at > 0 && (keys[at - 1] as string) > key) {
      keys[at] = keys[at - 1] as string;
      at--;
    }
    keys[at] = key;
  }
  return keys;
}

function feedObject(state: FnvPair, record: Record<string, unknown>): void {
  const keys = sortKeys(Object.keys(record));
  feedByte(state, OPEN_OBJECT);
  let written = false;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (written) feedByte(state, COMMA);
    written = true;
    feedString(state, key);
    feedByte(state, COLON);
    feedCanonical(state, member);
  }
  feedByte(state, CLOSE_OBJECT);
}

/** The hex digit of `word` at bit `shift`, as a character code: for `hexDigits`. */
function hexCode(word: number, shift: number): number {
  return HEX_DIGIT[(word >>> shift) & 0xf] as number;
}

/** Both hashes as 32 hex digits: the first pass, then the second, each high half first. */
function hexDigits({ aHigh, aLow, bHigh, bLow }: FnvPair): string {
  // One flat string, where concatenating the pieces would build a rope of them.
  return String.fromCharCode(
    hexCode(aHigh, 28),
    hexCode(aHigh, 24),
    hexCode(aHigh, 20),
    hexCode(aHigh, 16),
    hexCode(aHigh, 12),
    hexCode(aHigh, 8),
    hexCode(aHigh, 4),
    hexCode(aHigh, 0),
    hexCode(aLow, 28),
    hexCode(aLow, 24),
    hexCode(aLow, 20),
    hexCode(aLow, 16),
    hexCode(aLow, 12),
    hexCode(aLow, 8),
    hexCode(aLow, 4),
    hexCode(aLow, 0),
    hexCode(bHigh, 28),
    hexCode(bHigh, 24),
    hexCode(bHigh, 20),
    hexCode(bHigh, 16),
    hexCode(bHigh, 12),
    hexCode(bHigh, 8),
    hexCode(bHigh, 4),
    hexCode(bHigh, 0),
    hexCode(bLow, 28),
    hexCode(bLow, 24),
    hexCode(bLow, 20),
    hexCode(bLow, 16),
    hexCode(bLow, 12),
    hexCode(bLow, 8),
    hexCode(bLow, 4),
    hexCode(bLow, 0),
  );
}

/**
 * A stable id for a record that has none: `<prefix>_` followed by 32 hex digits computed from the
 * canonical JSON of `parts`. Pass the fields that identify the record (or the whole payload).
 */
export function derivedId(prefix: string, parts: unknown): string {
  // The second pass, with a different seed, widens the id to 128 bits, so collisions stay
  // negligible even across millions of records.
  const state = startFnvPair();
  feedCanonical(state, parts);
  return `${prefix}_${hexDigits(state)}`;
}
