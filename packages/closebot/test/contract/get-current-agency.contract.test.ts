import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();

describe('GET /agency/current (whoami) against Prism', () => {
  it('reads the typical example as the identity', async () => {
    const identity = await client.whoami(example('typical'));
    expect(identity).toMatchObject({
      vendor: 'closebot',
      accountId: 'agy_6TQ3MX8K2ZPW',
      name: 'Example Growth Agency',
    });
    expect(identity.raw.members).toHaveLength(3);
  });

  it('reads the sparse example (no members)', async () => {
    const identity = await client.whoami(example('sparse'));
    expect(identity.raw.members).toBeNull();
  });

  it.each([401, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.whoami(status(code)), code, 'getCurrentAgency');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
