import { describe, expect, it } from 'vitest';
import {
  createCall,
  type OperationInfo,
  type ResponseValidators,
  VendorArgumentError,
} from '../src/index.js';

// Vendor packages hand `createCall` the validators their caller passed (`ClientOptions`
// `validators`, imported from `@botbridge/<vendor>/validators`). Validation asked for without them
// is refused when the call is built, which is while the client is built.

const operations: OperationInfo[] = [
  { operationId: 'listThings', method: 'GET', path: '/things', idempotent: true },
];
const validators: ResponseValidators = { listThings: { '200': () => [] } };
const build = (config: { validateResponses?: 'off' | 'warn' | 'strict'; validators?: unknown }) =>
  createCall({
    vendor: 'acme',
    operations,
    secrets: () => [],
    ...config,
    validators: config.validators as ResponseValidators | undefined,
  });

describe('createCall: response validators', () => {
  it.each(['warn', 'strict'] as const)('%s without validators: VendorArgumentError', (mode) => {
    const error = (() => {
      try {
        build({ validateResponses: mode });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(VendorArgumentError);
    expect(error).toMatchObject({
      vendor: 'acme',
      operation: 'createClient',
      parameter: 'validators',
    });
    expect((error as Error).message).toBe(
      `acme createClient: \`validators\` must be the response validators, which validateResponses: '${mode}' needs: import { responseValidators } from '@botbridge/acme/validators' and pass { validators: responseValidators }.`,
    );
  });

  it.each([null, 'validators', 42])('strict with validators %j (not a table): refused', (value) => {
    expect(() => build({ validateResponses: 'strict', validators: value })).toThrow(
      VendorArgumentError,
    );
  });

  it('off, or left out: needs none', () => {
    expect(() => build({})).not.toThrow();
    expect(() => build({ validateResponses: 'off' })).not.toThrow();
  });

  it.each(['warn', 'strict'] as const)('%s with validators: built', (mode) => {
    expect(() => build({ validateResponses: mode, validators })).not.toThrow();
  });
});
