import { cleanId, cleanString, toUtcTimestamp, VendorNormalizationError } from '@botbridge/core';

/** The vendor id of this package: the `vendor` of every SmarterBot record, error and client. */
export const VENDOR = 'smarterbot';

// One options object for every timestamp read, rather than a new one per call.
const DOT_NET_MIN_VALUE_AS_ABSENT = { dotNetMinValueAsAbsent: true } as const;

/**
 * SmarterBot runs on ASP.NET: a date it never set arrives as .NET's `DateTime.MinValue`,
 * `0001-01-01T00:00:00`, which means "no date", so it is read as absent. Other years are kept as
 * written (`0001` is never 1901).
 */
export function timestamp(value: unknown): string | undefined {
  return toUtcTimestamp(value, DOT_NET_MIN_VALUE_AS_ABSENT);
}

/**
 * A SmarterBot `SessionID` as the model's id: an int64, which the client receives as a string of
 * its exact digits when it is past 2^53 − 1 (see `cleanId`; a rounded number is a typed error).
 */
export function sessionIdOf(value: unknown, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field: 'SessionID' });
}

/**
 * A time we cannot read (not ISO-8601) still tells records apart, as written; .NET's "no date"
 * does not, and neither does a blank string.
 */
export function nonDateText(value: unknown): string | undefined {
  const text = cleanString(value);
  if (text === undefined || toUtcTimestamp(text) !== undefined) return undefined;
  return text;
}

export function requireObject(value: unknown, operation: string, what: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VendorNormalizationError(
      `${VENDOR} ${operation}: expected ${what} object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
      { vendor: VENDOR, operation },
    );
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
