import { cleanId, toUtcTimestamp, VendorNormalizationError } from '@botbridge/core';

/** The vendor id of this package: the `vendor` of every CloseBot record, error and client. */
export const VENDOR = 'closebot';

// One options object for every timestamp read, rather than a new one per call.
const DOT_NET_MIN_VALUE_AS_ABSENT = { dotNetMinValueAsAbsent: true } as const;

/**
 * CloseBot is an ASP.NET backend: a date it never set arrives as .NET's `DateTime.MinValue`,
 * `0001-01-01T00:00:00`, which means "no date", so it is read as absent. Other years are kept as
 * written (`0001` is never 1901).
 * @internal
 */
export function timestamp(value: unknown): string | undefined {
  return toUtcTimestamp(value, DOT_NET_MIN_VALUE_AS_ABSENT);
}

/** An id field of a CloseBot payload (see `cleanId`: exact, or a typed error). @internal */
export function idOf(value: unknown, field: string, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field });
}

/** @internal */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal */
export function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** @internal */
export function malformed(operation: string, expected: string): VendorNormalizationError {
  return new VendorNormalizationError(`${VENDOR} ${operation}: expected ${expected}`, {
    vendor: VENDOR,
    operation,
  });
}
