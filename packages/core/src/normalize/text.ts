/**
 * A trimmed, non-empty string, or `undefined`. Vendors send `""`, `" "` and `null` for "no value"
 * (SmarterBot sends `PhoneNumber: ""`); the normalized model leaves such fields out instead.
 * Numbers are accepted and stringified because several vendors type ids as either.
 */
export function cleanString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Keeps only the entries whose value is not `undefined`, so records carry no empty keys. */
export function compact<T extends object>(value: T): T {
  const out = {} as T;
  for (const key of Object.keys(value) as Array<keyof T>) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}
