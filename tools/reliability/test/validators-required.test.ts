import { createCloseBotClient } from '@botbridge/closebot';
import { responseValidators as closebotValidators } from '@botbridge/closebot/validators';
import {
  type ClientOptions,
  isVendorArgumentError,
  type ResponseValidators,
  VendorArgumentError,
} from '@botbridge/core';
import { createOpenCxClient } from '@botbridge/opencx';
import { responseValidators as opencxValidators } from '@botbridge/opencx/validators';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { responseValidators as smarterbotValidators } from '@botbridge/smarterbot/validators';
import { createTwin24Client } from '@botbridge/twin24';
import { responseValidators as twin24Validators } from '@botbridge/twin24/validators';
import { describe, expect, it } from 'vitest';

// The validators are an opt-in import (`@botbridge/<vendor>/validators`), so a client asked to
// validate without them would check nothing. It refuses while it is built, before anything is
// sent, and the error says what to import.

type Vendor = 'closebot' | 'opencx' | 'twin24' | 'smarterbot';
type Create = (options: ClientOptions) => unknown;

const vendors: Array<[Vendor, Create, ResponseValidators]> = [
  ['closebot', (options) => createCloseBotClient({ ...options, apiKey: 'k' }), closebotValidators],
  ['opencx', (options) => createOpenCxClient({ ...options, apiKey: 'k' }), opencxValidators],
  ['twin24', (options) => createTwin24Client({ ...options, token: 't' }), twin24Validators],
  [
    'smarterbot',
    (options) => createSmarterBotClient({ ...options, apiKey: 'k' }),
    smarterbotValidators,
  ],
];
const modes = ['warn', 'strict'] as const;
const cases = vendors.flatMap(([vendor, create, validators]) =>
  modes.map((mode) => [vendor, mode, create, validators] as const),
);

/** A fetch that counts what would have been sent. */
function countingFetch() {
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    sent.push(input instanceof Request ? input.url : String(input));
    return new Response('{}', { status: 500 });
  };
  return { fetch, sent };
}

describe('validateResponses without validators', () => {
  it.each(cases)(
    '%s, %s: VendorArgumentError naming `validators` and the import',
    (vendor, mode, create) => {
      const { fetch, sent } = countingFetch();
      let error: unknown;
      try {
        create({ validateResponses: mode, fetch });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(VendorArgumentError);
      expect(isVendorArgumentError(error)).toBe(true);
      const refusal = error as VendorArgumentError;
      expect(refusal.vendor).toBe(vendor);
      expect(refusal.parameter).toBe('validators');
      expect(refusal.expected).toBe(
        `the response validators, which validateResponses: '${mode}' needs: import { responseValidators } from '@botbridge/${vendor}/validators' and pass { validators: responseValidators }`,
      );
      expect(refusal.message).toBe(
        `${vendor} createClient: \`validators\` must be ${refusal.expected}.`,
      );
      expect(sent).toEqual([]);
    },
  );

  it.each(vendors)('%s: validateResponses off (the default) needs none', (_vendor, create) => {
    expect(() => create({})).not.toThrow();
    expect(() => create({ validateResponses: 'off' })).not.toThrow();
  });

  it.each(cases)(
    '%s, %s: the validators of the ./validators entry are accepted',
    (_vendor, mode, create, validators) => {
      expect(Object.keys(validators).length).toBeGreaterThan(0);
      expect(() => create({ validateResponses: mode, validators })).not.toThrow();
    },
  );
});
