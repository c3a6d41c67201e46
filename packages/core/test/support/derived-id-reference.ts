// The first implementation of `derivedId`, unchanged: BigInt FNV-1a-64, both passes, over the
// TextEncoder bytes of a canonical JSON string built in full. The current one, which hashes as it
// walks the value, must match it byte for byte.

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`).join(',')}}`;
}

function referenceFnv1a64(text: string, seed: bigint): bigint {
  let hash = seed;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash;
}

export function referenceDerivedId(prefix: string, parts: unknown): string {
  const text = referenceCanonicalJson(parts);
  const high = referenceFnv1a64(text, FNV_OFFSET);
  const low = referenceFnv1a64(text, FNV_OFFSET ^ 0x9e3779b97f4a7c15n);
  return `${prefix}_${high.toString(16).padStart(16, '0')}${low.toString(16).padStart(16, '0')}`;
}
