import { type ArgumentChecks, argumentChecks } from '@botbridge/core';
import { VENDOR } from './normalize/vendor.js';

const INT64_MAX = 2n ** 63n - 1n;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The input checks of one SmarterBot operation: core's, plus the ones only SmarterBot needs (its
 * chatbot serial number, whole calendar days, int64 session ids). Every failure names the
 * parameter and sends nothing.
 */
export interface SmarterBotChecks extends ArgumentChecks {
  /** A required chatbot serial number (non-blank). */
  serialNumber(value: unknown): string;
  /** The chatbot of a `Source` listing: the query's, else the client's `serialNumber` option. */
  chatbot(value: unknown, fallback: string | undefined): string;
  /** An optional calendar day as the vendor wants it: `YYYY-MM-DD`, or the UTC day of a `Date`. */
  day(parameter: string, value: unknown): string | undefined;
  /** Both optional days of a window, each as `day` returns it, the start not after the end. */
  dayWindow(
    start: readonly [string, unknown],
    end: readonly [string, unknown],
  ): [string | undefined, string | undefined];
  /**
   * An optional SessionID: a safe integer ≥ 1, or digits (any int64 ≥ 1). Digits within 2^53 − 1
   * become a number; past it they stay digits, since no number holds them (a number past it may
   * already be another id rounded, so it is refused).
   */
  sessionId(value: unknown): number | string | undefined;
}

/** Whether `text` is `YYYY-MM-DD` naming a day that exists (no 2025-02-30). */
function isCalendarDate(text: string): boolean {
  if (!DATE_ONLY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The checks of `operation` (the method's name, as the errors report it). */
export function smarterBotChecks(operation: string): SmarterBotChecks {
  const check = argumentChecks(VENDOR, operation);
  const serialNumber = (value: unknown): string =>
    check.requiredString('serialNumber', value, 'a non-empty chatbot serial number');
  const day = (parameter: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    const text =
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : value;
    if (typeof text !== 'string' || !isCalendarDate(text)) {
      return check.fail(parameter, 'a calendar date as `YYYY-MM-DD` or a valid Date');
    }
    return text;
  };
  return {
    ...check,
    serialNumber,
    chatbot(value, fallback) {
      if (value === undefined && fallback === undefined) {
        return check.fail(
          'serialNumber',
          'a non-empty chatbot serial number, in the query or as the client option',
        );
      }
      return serialNumber(value ?? fallback);
    },
    day,
    dayWindow([startName, start], [endName, end]) {
      const first = day(startName, start);
      const last = day(endName, end);
      if (first !== undefined && last !== undefined && first > last) {
        check.fail(startName, `a date not after \`${endName}\``);
      }
      return [first, last];
    },
    sessionId(value) {
      if (value === undefined) return undefined;
      if (
        typeof value === 'string' &&
        /^[1-9]\d{0,18}$/.test(value) &&
        BigInt(value) <= INT64_MAX
      ) {
        const n = Number(value);
        return Number.isSafeInteger(n) ? n : value;
      }
      return check.integer('sessionId', value, { min: 1 });
    },
  };
}
