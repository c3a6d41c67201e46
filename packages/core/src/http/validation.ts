/**
 * A validator compiled ahead of time from a vendor spec's response schema (see
 * `generated/validators.ts` in each vendor package): returns the ways `value` breaks the schema, each
 * as `<JSON pointer>: <what was expected>`, or an empty list.
 */
export type ResponseValidator = (value: unknown) => string[];

/** Validators per operationId and response status (`'200'`, `'404'`, `'default'`). */
export type ResponseValidators = Readonly<
  Record<string, Readonly<Record<string, ResponseValidator>>>
>;

/**
 * What to do with a response that breaks the spec: nothing (`'off'`), log a warning through the
 * client's logger (`'warn'`), or fail the call with `VendorValidationError` (`'strict'`).
 */
export type ValidationMode = 'off' | 'warn' | 'strict';

/** Where the library reports what a caller may want to know but that does not fail the call. */
export interface Logger {
  /**
   * Receives one warning: a one-line `message`, and `details` as structured fields (`vendor`,
   * `operation`, `status`, `issues`) for loggers that keep them. Neither holds response values.
   */
  warn(message: string, details?: Record<string, unknown>): void;
}
