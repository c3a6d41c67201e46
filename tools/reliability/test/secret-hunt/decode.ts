// The hunt looks for credentials by decoding what it sees, never by encoding the credentials the
// way the client's redaction does: each view is decoded every way servers encode a credential
// (percent and form `+`, JSON escapes, HTML references, JSON pointer tokens, UTF-8 read as Latin-1,
// base64/base64url at every alignment), repeatedly, and every result is searched. It thereby also
// catches encodings and mixtures the echo server never produced.

const NAMED_REFERENCES: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  sol: '/',
  bsol: '\\',
  plus: '+',
  equals: '=',
  colon: ':',
  percnt: '%',
  num: '#',
  tilde: '~',
};
const JSON_SHORT: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const fromBytes = (hexPairs: string) =>
  Buffer.from(hexPairs.replace(/%/g, ''), 'hex').toString('utf8');

const codePoint = (ref: string, value: number) =>
  value <= 0x10ffff ? String.fromCodePoint(value) : ref;

function decodeOnce(text: string): string {
  return (
    text
      // percent-encoding: UTF-8 runs, and legacy `%uXXXX`
      .replace(/(?:%[0-9a-f]{2})+/gi, fromBytes)
      .replace(/%u([0-9a-f]{4})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
      // JSON escapes, however many times re-escaped
      .replace(/\\+u([0-9a-f]{4})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
      .replace(/\\+([bfnrt])/g, (_, c: string) => JSON_SHORT[c] ?? c)
      .replace(/\\+(["/\\])/g, '$1')
      // HTML character references
      .replace(/&#x([0-9a-f]{1,6});/gi, (ref, hex: string) =>
        codePoint(ref, Number.parseInt(hex, 16)),
      )
      .replace(/&#(\d{1,7});/g, (ref, dec: string) => codePoint(ref, Number.parseInt(dec, 10)))
      .replace(/&([a-z]+);/gi, (ref, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? ref)
      // JSON pointer tokens
      .replace(/~1/g, '/')
      .replace(/~0/g, '~')
  );
}

/** Decodes until nothing changes (a few rounds: echoes are encoded at most a few times over). */
function decodeAll(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = decodeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Every base64/base64url run decoded at each of the four character alignments. */
function base64Decoded(text: string): string {
  const out: string[] = [];
  for (const run of text.match(/[A-Za-z0-9+/_-]{6,}/g) ?? []) {
    const standard = run.replace(/-/g, '+').replace(/_/g, '/');
    for (let start = 0; start < 4; start++) {
      const bytes = Buffer.from(standard.slice(start), 'base64');
      out.push(bytes.toString('utf8'), bytes.toString('latin1'));
    }
  }
  return out.join('\n');
}

/** `text` and everything it decodes to, for searching. */
export function decodings(text: string): string[] {
  const plain = [
    text,
    decodeAll(text),
    decodeAll(text.replace(/\+/g, ' ')),
    decodeAll(Buffer.from(text, 'latin1').toString('utf8')),
  ];
  const unpacked = [...new Set(plain)].map((variant) => base64Decoded(variant));
  return [...new Set([...plain, ...unpacked, ...unpacked.map(decodeAll)])];
}
