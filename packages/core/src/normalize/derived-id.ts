// Some vendors send records without an id (SmarterBot leads). Integrations deduplicate and
// upsert by id, so we derive one from the record's content: the same record gives the same id on
// every run and every machine. The hash is a pure-JS 64-bit FNV-1a (no node:crypto, so the core
// runs in browsers and edge runtimes too), applied to the UTF-8 bytes of a canonical JSON form
// with sorted keys so that key order in the vendor payload does not matter.
//
// Ids are stored by integrations, so every byte of this algorithm is frozen: the table of known
// ids in test/derived-id-table.test.ts must keep passing.

// The 64-bit offset basis 0xcbf29ce484222325 and the second pass's seed (the offset basis XOR
// 0x9e3779b97f4a7c15), as 32-bit halves.
const OFFSET_HIGH = 0xcbf29ce4;
const OFFSET_LOW = 0x84222325;
const SECOND_HIGH = OFFSET_HIGH ^ 0x9e3779b9;
const SECOND_LOW = OFFSET_LOW ^ 0x7f4a7c15;
// The 64-bit FNV prime is 2^40 + 0x1b3, so multiplying by it is `hash * 0x1b3 + (hash << 40)`.
const PRIME_LOW = 0x1b3;

const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return canonicalArray(value);
  return canonicalObject(value as Record<string, unknown>);
}

function canonicalArray(items: readonly unknown[]): string {
  let text = '[';
  for (let index = 0; index < items.length; index++) {
    if (index > 0) text += ',';
    // A hole is written as nothing (`[,1]`): the ids of sparse arrays were computed that way.
    if (index in items) text += canonicalJson(items[index]);
  }
  return `${text}]`;
}

function canonicalObject(record: Record<string, unknown>): string {
  // The default sort compares UTF-16 code units, the order the ids were computed with.
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${text}}`;
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

function hex32(word: number): string {
  return (
    (HEX_BYTE[word >>> 24] as string) +
    (HEX_BYTE[(word >>> 16) & 0xff] as string) +
    (HEX_BYTE[(word >>> 8) & 0xff] as string) +
    (HEX_BYTE[word & 0xff] as string)
  );
}

/**
 * Both 64-bit FNV-1a passes over the UTF-8 bytes of `text`, as 32 hex digits (first pass, then
 * second). The bytes are computed from the code units as the loop goes, so nothing is encoded
 * into a buffer. Each 64-bit hash is two int32 halves: JS numbers only multiply exactly up to
 * 2^53, so the low half is multiplied by the prime in two 16-bit pieces to get its carry exactly.
 */
function fnv1a64Twice(text: string): string {
  let aHigh = OFFSET_HIGH | 0;
  let aLow = OFFSET_LOW | 0;
  let bHigh = SECOND_HIGH | 0;
  let bLow = SECOND_LOW | 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // Past the end, charCodeAt is NaN, which is no low surrogate.
    let bytes = unit < 0x80 ? unit : utf8Bytes(unit, text.charCodeAt(index + 1));
    if ((bytes & 0xf8) === 0xf0) index++; // a four-byte sequence took the pair's low surrogate
    // Until the packed bytes run out; a NUL character is the one zero byte, fed once.
    do {
      const byte = bytes & 0xff;
      bytes >>>= 8;
      aLow ^= byte;
      let lower = (aLow & 0xffff) * PRIME_LOW;
      let upper = (aLow >>> 16) * PRIME_LOW + (lower >>> 16);
      aHigh = (Math.imul(aHigh, PRIME_LOW) + (aLow << 8) + (upper >>> 16)) | 0;
      aLow = (upper << 16) | (lower & 0xffff);
      bLow ^= byte;
      lower = (bLow & 0xffff) * PRIME_LOW;
      upper = (bLow >>> 16) * PRIME_LOW + (lower >>> 16);
      bHigh = (Math.imul(bHigh, PRIME_LOW) + (bLow << 8) + (upper >>> 16)) | 0;
      bLow = (upper << 16) | (lower & 0xffff);
    } while (bytes !== 0);
  }
  return hex32(aHigh) + hex32(aLow) + hex32(bHigh) + hex32(bLow);
}

/**
 * A stable id for a record that has none: `<prefix>_` followed by 32 hex digits computed from the
 * canonical JSON of `parts`. Pass the fields that identify the record (or the whole payload).
 */
export function derivedId(prefix: string, parts: unknown): string {
  // The second pass, with a different seed, widens the id to 128 bits, so collisions stay
  // negligible even across millions of records.
  return `${prefix}_${fnv1a64Twice(canonicalJson(parts))}`;
}
