import { VendorArgumentError } from '../errors/argument-error.js';
import { isUnsafePathSegment, PATH_SEGMENT_EXPECTED } from '../http/path-segments.js';
import { toUtcTimestamp } from '../normalize/timestamp.js';

/** What `instant` accepts, in the words of `VendorArgumentError.expected`. */
const INSTANT_EXPECTED = 'an ISO-8601 date-time string or a valid Date, in the years 0000 to 9999';

/** Bounds of `integer`, both inclusive. */
export interface IntegerRange {
  /** @default no lower bound (any safe integer) */
  min?: number;
  /** @default no upper bound (up to 2^53 − 1) */
  max?: number;
}

/** Extra rules of `id` for vendors whose ids have a known form. */
export interface IdRule {
  /** A pattern the whole id must match (a UUID, digits). @default any non-blank text */
  pattern?: RegExp;
  /**
   * What the error says an id must be.
   * @default PATH_SEGMENT_EXPECTED
   */
  expected?: string;
}

/**
 * The input checks of one operation of one vendor. Each returns the checked value (normalized where
 * it says so) or throws `VendorArgumentError` naming `parameter` as the caller wrote it and what it
 * accepts, before anything is sent. Optional checks return `undefined` for `undefined`; `null` is
 * not absent and is refused like any other wrong type. Values are never repeated in the error (a
 * caller may have passed a credential by mistake).
 */
export interface ArgumentChecks {
  /** The vendor integration the errors name (`'closebot'`, ...). */
  readonly vendor: string;
  /** The method the errors name (`listLeads`), as `argumentChecks` was given it. */
  readonly operation: string;
  /** Throws `VendorArgumentError` for `parameter`, which must be `expected` (in words). */
  fail(parameter: string, expected: string): never;
  /**
   * A required id that goes into a URL path (or may be passed to one later): non-blank, and not a
   * dot segment (`.`, `..`, `%2e%2e`), which the URL would resolve to another resource
   * (`GET /lead/..` is `GET /`, with the credentials). `rule` adds a vendor's id form.
   */
  id(parameter: string, value: unknown, rule?: IdRule): string;
  /** A required non-blank string. `expected` names it in the error. @default 'a non-empty string' */
  requiredString(parameter: string, value: unknown, expected?: string): string;
  /** An optional non-blank string. */
  string(parameter: string, value: unknown): string | undefined;
  /**
   * A safe integer within `range`; when absent, `range.default` (so the result is a number when a
   * default is given, else `number | undefined`).
   */
  integer<D extends number | undefined = undefined>(
    parameter: string,
    value: unknown,
    range?: IntegerRange & { default?: D },
  ): number | D;
  /** An optional boolean. */
  boolean(parameter: string, value: unknown): boolean | undefined;
  /**
   * An optional instant (ISO-8601 string or `Date`), as a UTC ISO string with milliseconds. Years
   * are kept as written (`0050-…` is not 1950); instants outside the years 0000–9999 are refused.
   */
  instant(parameter: string, value: unknown): string | undefined;
  /**
   * Both optional bounds of a time window, each as `instant` returns it, the start not after the
   * end. Each bound is a `[parameter, value]` pair.
   */
  window(
    start: readonly [string, unknown],
    end: readonly [string, unknown],
  ): [string | undefined, string | undefined];
  /** An optional value out of `allowed` (an enum of the spec). */
  oneOf<T extends string>(parameter: string, value: unknown, allowed: readonly T[]): T | undefined;
  /** An optional array of non-blank strings, copied; an item at fault is named `parameter[i]`. */
  stringList(parameter: string, value: unknown): string[] | undefined;
}

/**
 * The input checks of `operation` (the method's name, as the errors report it) of `vendor`: every
 * vendor package checks its parameters with these, so one kind of bad input reads the same
 * whichever vendor refused it.
 *
 * ```ts
 * const check = argumentChecks('closebot', 'listLeads');
 * const page = check.integer('page', params.page, { min: 0, default: 0 });
 * ```
 */
export function argumentChecks(vendor: string, operation: string): ArgumentChecks {
  const fail = (parameter: string, expected: string): never => {
    throw new VendorArgumentError({ vendor, operation, parameter, expected });
  };
  const isText = (value: unknown): value is string =>
    typeof value === 'string' && value.trim() !== '';
  const instant = (parameter: string, value: unknown): string | undefined =>
    value === undefined ? undefined : (toUtcTimestamp(value) ?? fail(parameter, INSTANT_EXPECTED));
  const checks: ArgumentChecks = {
    vendor,
    operation,
    fail,
    id(parameter, value, rule = {}) {
      const ok =
        isText(value) && !isUnsafePathSegment(value) && (rule.pattern?.test(value) ?? true);
      return ok ? value : fail(parameter, rule.expected ?? PATH_SEGMENT_EXPECTED);
    },
    requiredString(parameter, value, expected = 'a non-empty string') {
      return isText(value) ? value : fail(parameter, expected);
    },
    string(parameter, value) {
      if (value === undefined || isText(value)) return value;
      return fail(parameter, 'a non-empty string');
    },
    // The default is returned as given, so its type is the result's when the value is absent.
    integer: <D extends number | undefined>(
      parameter: string,
      value: unknown,
      range?: IntegerRange & { default?: D },
    ) => integer(fail, parameter, value, range) as number | D,
    boolean(parameter, value) {
      if (value === undefined || typeof value === 'boolean') return value;
      return fail(parameter, 'a boolean');
    },
    instant,
    window([startName, start], [endName, end]) {
      const from = instant(startName, start);
      const to = instant(endName, end);
      if (from !== undefined && to !== undefined && from > to) {
        fail(startName, `an instant not after \`${endName}\``);
      }
      return [from, to];
    },
    oneOf<T extends string>(parameter: string, value: unknown, allowed: readonly T[]) {
      if (value === undefined) return undefined;
      if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
        return value as T;
      }
      return fail(parameter, `one of ${allowed.join(', ')}`);
    },
    stringList(parameter, value) {
      if (value === undefined) return undefined;
      if (!Array.isArray(value)) return fail(parameter, 'an array of non-empty strings');
      value.forEach((item: unknown, index) => {
        if (!isText(item)) fail(`${parameter}[${index}]`, 'a non-empty string');
      });
      return [...(value as string[])];
    },
  };
  return checks;
}

type Fail = (parameter: string, expected: string) => never;

function integer(
  fail: Fail,
  parameter: string,
  value: unknown,
  range: IntegerRange & { default?: number } = {},
): number | undefined {
  const n = value === undefined ? range.default : value;
  if (n === undefined) return undefined;
  const { min, max } = range;
  if (
    typeof n !== 'number' ||
    !Number.isSafeInteger(n) ||
    (min !== undefined && n < min) ||
    (max !== undefined && n > max)
  ) {
    return fail(parameter, integerExpected(range));
  }
  return n;
}

/** `an integer from 1 to 100`, `an integer ≥ 0`, `an integer ≤ 9`, or `an integer`. */
function integerExpected({ min, max }: IntegerRange): string {
  if (min !== undefined && max !== undefined) return `an integer from ${min} to ${max}`;
  if (min !== undefined) return `an integer ≥ ${min}`;
  if (max !== undefined) return `an integer ≤ ${max}`;
  return 'an integer';
}
