// Some vendors send records without an id (SmarterBot leads). Integrations deduplicate and
// upsert by id, so we derive one from the record's content: the same record gives the same id on
// every run and every machine. The hash is a pure-JS 64-bit FNV-1a (no node:crypto, so the core
// runs in browsers and edge runtimes too), applied to a canonical JSON form with sorted keys so
// that key order in the vendor payload does not matter.

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function fnv1a64(text: string, seed: bigint): bigint {
  let hash = seed;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash;
}

/**
 * A stable id for a record that has none: `<prefix>_` followed by 32 hex digits computed from the
 * canonical JSON of `parts`. Pass the fields that identify the record (or the whole payload).
 */
export function derivedId(prefix: string, parts: unknown): string {
  const text = canonicalJson(parts);
  const high = fnv1a64(text, FNV_OFFSET);
  // A second pass with a different seed widens the id to 128 bits, so collisions stay negligible
  // even across millions of records.
  const low = fnv1a64(text, FNV_OFFSET ^ 0x9e3779b97f4a7c15n);
  return `${prefix}_${high.toString(16).padStart(16, '0')}${low.toString(16).padStart(16, '0')}`;
}
