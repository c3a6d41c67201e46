import { cleanId, VendorNormalizationError } from '@botbridge/core';

/** The vendor id of this package: the `vendor` of every OpenCX record, error and client. */
export const VENDOR = 'opencx';

/** An id field of an OpenCX payload (see `cleanId`: exact, or a typed error). @internal */
export function idOf(value: unknown, field: string, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field });
}

/** A plain object (not null, not an array). @internal */
export function isObject<T>(value: T): value is T & object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The error for a payload that cannot be read as `expected`. @internal */
export function normalizationError(operation: string, expected: string) {
  return new VendorNormalizationError(`${VENDOR} ${operation}: ${expected}`, {
    vendor: VENDOR,
    operation,
  });
}
