import { isVendorNormalizationError } from '@botbridge/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();
const leadId = 'lead_9F3KQ2M7XW1T';

describe('GET /lead/{leadId} (getLead) against Prism', () => {
  it.each(['typical', 'sparse'])('normalizes the %s example', async (name) => {
    const lead = await client.getLead(leadId, { includeExternal: true, ...example(name) });
    expect(lead).toMatchObject({ vendor: 'closebot', kind: 'lead' });
    expect(lead.id).not.toBe('');
    expect(lead.raw).toBeTypeOf('object');
  });

  it('treats the unknownIdNullBody example (200 + null) as not found', async () => {
    const error = await client.getLead(leadId, example('unknownIdNullBody')).catch((e) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ operation: 'getLead' });
    expect((error as Error).message).toMatch(/lead not found/);
  });

  it('conversation(id) reads the lead as its conversation thread', async () => {
    const conversation = await client.conversation(leadId);
    expect(conversation).toMatchObject({ vendor: 'closebot', id: leadId, status: 'unknown' });
  });

  it.each([401, 404, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.getLead(leadId, status(code)), code, 'getLead');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
