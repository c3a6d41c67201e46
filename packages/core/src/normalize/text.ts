import { VendorNormalizationError } from '../errors/normalization-error.js';

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

/** Where an id was read, for the error `cleanId` throws. */
export interface IdContext {
  /** The vendor integration the id came from (`'smarterbot'`, ...). */
  vendor: string;
  /** The normalizer or client operation reading it. */
  operation: string;
  /** The vendor field, as the vendor spells it (`SessionID`, `assignee_id`). */
  field: string;
}

/**
 * An id as the model keeps it: a trimmed non-empty string, or an integer as its decimal digits;
 * `undefined` when absent or blank.
 *
 * A JavaScript number holds integers exactly only up to 2^53 − 1: `9007199254740993` and
 * `9007199254740992` parse to the same number, so two records would share one id. The clients
 * receive such integers as strings of their exact digits (see `createApiClient`), so a number past
 * that range can only come from JSON parsed elsewhere, already rounded: it is refused rather than
 * stringified into an id that may belong to another record.
 * @throws VendorNormalizationError for an integer outside ±(2^53 − 1).
 */
export function cleanId(value: unknown, where: IdContext): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new VendorNormalizationError(
      `${where.vendor} ${where.operation}: \`${where.field}\` is an integer beyond 2^53 − 1, which a JavaScript number cannot hold exactly (another id may read the same); read the response with the botbridge client, which keeps such integers as exact strings`,
      { vendor: where.vendor, operation: where.operation },
    );
  }
  return cleanString(value);
}

/**
 * Keeps only the entries whose value is not `undefined`, so records carry no empty keys. Every
 * kept key becomes an own data property, `__proto__` included: plain assignment would call the
 * `__proto__` setter instead and drop the entry (or, with an object value, make the result
 * inherit from it).
 */
export function compact<T extends object>(value: T): T {
  const out = {} as Record<string, unknown>;
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const entry = source[key];
    if (entry === undefined) continue;
    // Assignment is several times cheaper than `defineProperty` and gives the same own data
    // property for every key but `__proto__`, the one key it would not create.
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: entry,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = entry;
    }
  }
  return out as T;
}
