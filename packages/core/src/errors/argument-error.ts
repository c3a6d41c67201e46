import { addKind } from './kinds.js';
import { VendorError } from './vendor-error.js';

/** What a `VendorArgumentError` names: where the bad input was given, and what was expected. */
export interface VendorArgumentErrorOptions {
  /** The vendor integration whose method refused the input (`'closebot'`, ...). */
  vendor: string;
  /** The client method or option group that checked it (`listLeads`, `createClient`). */
  operation: string;
  /** The option or parameter at fault, as the caller wrote it (`limit`, `fields[2]`, `apiKey`). */
  parameter: string;
  /** What would have been accepted, in words (`an integer from 1 to 1000`). */
  expected: string;
}

/**
 * Bad input, caught before any request is sent. The message names the parameter and the expected
 * form; it never echoes the value, which may be a credential.
 */
export class VendorArgumentError extends VendorError {
  /** `'VendorArgumentError'`. */
  override name = 'VendorArgumentError';
  /** The option or parameter at fault, as the caller wrote it (`limit`, `fields[2]`, `apiKey`). */
  readonly parameter: string;
  /** What would have been accepted, in words (`an integer from 1 to 1000`). */
  readonly expected: string;

  constructor(options: VendorArgumentErrorOptions) {
    super(
      `${options.vendor} ${options.operation}: \`${options.parameter}\` must be ${options.expected}.`,
      {
        vendor: options.vendor,
        operation: options.operation,
      },
    );
    this.parameter = options.parameter;
    this.expected = options.expected;
    addKind(this, 'VendorArgumentError');
  }
}
