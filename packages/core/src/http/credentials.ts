import { VendorArgumentError, type VendorArgumentErrorOptions } from '../errors/argument-error.js';

/**
 * Returns a credential option, or throws `VendorArgumentError` naming it when it is missing or
 * blank. The error never repeats the value. Called by every vendor factory before anything is sent.
 */
export function requireCredential(value: unknown, where: VendorArgumentErrorOptions): string {
  if (typeof value !== 'string' || value.trim() === '') throw new VendorArgumentError(where);
  return value;
}
