// The response validators generated from the same specs for the vendor clients (tools/codegen),
// used by the mock server's tests to prove that every dataset answer is a response the spec allows.
// Imported by path (each vendor package's `validators` entry), like the clients these tests use:
// the vendor packages are not run-time dependencies of the mock server.
import type { ResponseValidators } from '@botbridge/core';
import { responseValidators as closebot } from '../../../closebot/src/validators.js';
import { responseValidators as opencx } from '../../../opencx/src/validators.js';
import { responseValidators as smarterbot } from '../../../smarterbot/src/validators.js';
import { responseValidators as twin24 } from '../../../twin24/src/validators.js';
import type { MockVendor } from '../../src/vendors.js';

const byVendor: Record<MockVendor, ResponseValidators> = { closebot, opencx, twin24, smarterbot };

/**
 * The issues of a response body against the spec's schema for that operation and status; `[]`
 * when it conforms. Throws when the spec defines no such status for the operation, which is itself
 * a broken answer.
 */
export function responseIssues(
  vendor: MockVendor,
  operationId: string,
  status: number,
  body: unknown,
): string[] {
  const forOperation = byVendor[vendor][operationId];
  if (!forOperation) throw new Error(`${vendor} has no operation ${operationId}`);
  const validate = forOperation[String(status)] ?? forOperation.default;
  if (!validate) {
    throw new Error(`${vendor} ${operationId} defines no response ${status}`);
  }
  return validate(body);
}
