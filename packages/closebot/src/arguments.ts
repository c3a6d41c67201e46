import {
  isUnsafePathSegment,
  PATH_SEGMENT_EXPECTED,
  toUtcTimestamp,
  VendorArgumentError,
} from '@botbridge/core';
import { VENDOR } from './normalize.js';

const INT32_MAX = 2_147_483_647;

/**
 * Input checks for one client method: each throws `VendorArgumentError` naming the parameter and
 * what it accepts, before anything is sent. Values are never repeated in the error (a caller may
 * have passed a credential by mistake).
 * @internal
 */
export function argumentChecks(operation: string) {
  const fail = (parameter: string, expected: string): never => {
    throw new VendorArgumentError({ vendor: VENDOR, operation, parameter, expected });
  };
  return {
    fail,
    /**
     * A required, non-blank id. Every id goes into a URL path (or may be passed to one later), so
     * a dot segment (`.`, `..`, `%2e%2e`), which the URL would resolve to another resource, is
     * refused too: `getLead('..')` would otherwise send `GET /` with the key.
     */
    id(parameter: string, value: unknown): string {
      if (typeof value !== 'string' || value.trim() === '' || isUnsafePathSegment(value)) {
        fail(parameter, PATH_SEGMENT_EXPECTED);
      }
      return value as string;
    },
    /** An optional non-blank string; `undefined` when absent. */
    optionalString(parameter: string, value: unknown): string | undefined {
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || value.trim() === '') fail(parameter, 'a non-empty string');
      return value as string;
    },
    /** An int32 in `[min, max]`, or `fallback` when absent. */
    integer(parameter: string, value: unknown, fallback: number, min: number, max = INT32_MAX) {
      const n = value === undefined ? fallback : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max) {
        fail(
          parameter,
          max === INT32_MAX ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`,
        );
      }
      return n as number;
    },
    /** An optional int32 ≥ `min`. */
    optionalInteger(parameter: string, value: unknown, min: number): number | undefined {
      if (value === undefined) return undefined;
      if (
        typeof value !== 'number' ||
        !Number.isSafeInteger(value) ||
        value < min ||
        value > INT32_MAX
      )
        fail(parameter, `an integer ≥ ${min}`);
      return value as number;
    },
    /** An optional boolean. */
    optionalBoolean(parameter: string, value: unknown): boolean | undefined {
      if (value !== undefined && typeof value !== 'boolean') fail(parameter, 'true or false');
      return value as boolean | undefined;
    },
    /** An optional list of non-blank strings; `[]` when absent. */
    stringList(parameter: string, value: unknown): string[] {
      if (value === undefined) return [];
      if (!Array.isArray(value)) fail(parameter, 'an array of non-empty strings');
      (value as unknown[]).forEach((item, index) => {
        if (typeof item !== 'string' || item.trim() === '')
          fail(`${parameter}[${index}]`, 'a non-empty string');
      });
      return [...(value as string[])];
    },
    /**
     * An optional instant (ISO-8601 string or Date), as a UTC ISO string. Years are kept as
     * written (`0050-…` is not 1950); instants outside years 0000–9999 are refused.
     */
    optionalInstant(parameter: string, value: unknown): string | undefined {
      if (value === undefined) return undefined;
      return (
        toUtcTimestamp(value) ??
        fail(parameter, 'an ISO-8601 date-time string or a valid Date, in the years 0000 to 9999')
      );
    },
  };
}
