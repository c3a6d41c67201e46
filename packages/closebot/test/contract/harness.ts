import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, type RecordedExchange, recordingFetch } from '@botbridge/testing';
import { expect } from 'vitest';
import { createCloseBotClient } from '../../src/index.js';

// Shared set-up of the contract tests: a client on the Prism mock of specs/closebot/openapi.yaml
// (see global-setup.ts) that records every exchange, so each file can assert in `afterAll` that
// Prism found no request or response breaking the spec (`sl-violations`).

export const apiKey = 'cb_contract_test_key_5d1f';

export function contractClient() {
  const recorder = recordingFetch();
  const client = createCloseBotClient({
    apiKey,
    baseUrl: mockUrl('closebot'),
    fetch: recorder.fetch,
    retry: false,
  });
  return { client, recorder };
}

/** Prism's answer for a named example of the 200 response, or for a declared status. */
export const example = (name: string) => ({ headers: { Prefer: `example=${name}` } });
export const status = (code: number) => ({ headers: { Prefer: `code=${code}` } });

/** The error class each declared error status maps to. */
const ERROR_CLASSES: Record<number, [string, (error: unknown) => boolean]> = {
  400: ['VendorHttpError', isVendorHttpError],
  401: ['VendorAuthenticationError', isVendorAuthenticationError],
  404: ['VendorHttpError', isVendorHttpError],
  429: ['VendorRateLimitError', isVendorRateLimitError],
  500: ['VendorHttpError', isVendorHttpError],
  504: ['VendorHttpError', isVendorHttpError],
};

/** Asserts that a call answered with `code` fails with the right class, status and operation. */
export async function expectMappedError(
  failure: Promise<unknown>,
  code: number,
  operation: string,
) {
  const error = await failure.then(
    () => expect.unreachable(`HTTP ${code} did not fail`),
    (e: unknown) => e,
  );
  const [name, guard] = ERROR_CLASSES[code] ?? ['VendorHttpError', isVendorHttpError];
  expect(guard(error)).toBe(true);
  expect(error).toMatchObject({ name, status: code, vendor: 'closebot', operation });
  expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
}

/** Every request the client sent, and every answer, passed Prism's validation. */
export function expectNoViolations(exchanges: readonly RecordedExchange[]) {
  expect(exchanges.length).toBeGreaterThan(0);
  expect(exchanges.filter((e) => e.violations !== null)).toEqual([]);
}
