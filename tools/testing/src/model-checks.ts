import { expect } from 'vitest';

// Assertions the property tests of every vendor share: what any normalized record must look like.

/** A UTC ISO-8601 timestamp with milliseconds, the only form the model uses. */
export const UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * Runs `run`; an error that `isNormalizationError` accepts (core's `isVendorNormalizationError`,
 * passed in so this package does not depend on the core it helps test) naming `vendor` and an
 * operation is an accepted outcome (returns `undefined`); any other error fails the test.
 */
export function tolerateNormalizationError<T>(
  vendor: string,
  run: () => T,
  isNormalizationError: (error: unknown) => error is { vendor: string; operation: string },
): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!isNormalizationError(error)) throw error;
    expect(error.vendor).toBe(vendor);
    expect(error.operation).toMatch(/\S/);
    return undefined;
  }
}

/** Records carry no key whose value is `undefined`. */
export function expectCompact(record: object): void {
  for (const [key, value] of Object.entries(record)) {
    expect(value, `${key} is present but undefined`).not.toBeUndefined();
  }
}

/** Absent, or non-blank text. */
export function expectOptionalText(value: unknown): void {
  if (value !== undefined) expect(typeof value === 'string' && value.trim() !== '').toBe(true);
}

/** Every present timestamp among `keys` is UTC with milliseconds. */
export function expectTimestamps(record: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) if (record[key] !== undefined) expect(record[key]).toMatch(UTC_MS);
}

/** A compact contact whose fields are non-blank text. */
export function expectContact(contact: unknown): void {
  expect(contact).toBeTypeOf('object');
  expectCompact(contact as object);
  for (const value of Object.values(contact as object)) expectOptionalText(value);
}

/**
 * Nothing in a normalized record inherits from vendor data: every object in it (outside `raw`,
 * which is the vendor payload itself) is a plain object or array whose prototype is the built-in
 * one, and keys such as `__proto__` are own data. An object that inherited from a vendor object
 * would show vendor values through properties it does not have.
 */
export function expectOwnData(record: object): void {
  const seen = new Set<object>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    const proto = Object.getPrototypeOf(value);
    expect(
      proto === Object.prototype || proto === Array.prototype || proto === null,
      `${path} inherits from something else than a plain object or array`,
    ).toBe(true);
    for (const [key, item] of Object.entries(value)) {
      if (path === '' && key === 'raw') continue;
      walk(item, `${path}.${key}`);
    }
  };
  walk(record, '');
}
