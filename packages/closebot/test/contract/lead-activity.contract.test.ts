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

describe('GET /lead/{leadId}/page-history (listLeadPageHistory) against Prism', () => {
  it('reads the typical example', async () => {
    const visits = await client.listLeadPageHistory(leadId, { limit: 10, ...example('typical') });
    expect(visits.map((visit) => visit.id)).toEqual([48213, 48190]);
  });

  it('reads the empty example', async () => {
    expect(await client.listLeadPageHistory(leadId, example('empty'))).toEqual([]);
  });

  it('treats the unknownIdNullBody example (200 + null) as not found', async () => {
    const error = await client
      .listLeadPageHistory(leadId, example('unknownIdNullBody'))
      .catch((e) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/lead not found/);
  });

  it.each([401, 404, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(
      client.listLeadPageHistory(leadId, status(code)),
      code,
      'listLeadPageHistory',
    );
  });
});

describe('GET /lead/{leadId}/ai-toggle (getLeadAiToggle) against Prism', () => {
  it.each([
    ['on', true],
    ['switchedOff', false],
    ['notApplicable', true],
  ])('reads the %s example', async (name, enabled) => {
    const toggle = await client.getLeadAiToggle(leadId, example(name));
    expect(toggle.enabled).toBe(enabled);
  });

  it('treats the unknownIdNullBody example (200 + null) as not found', async () => {
    const error = await client
      .getLeadAiToggle(leadId, example('unknownIdNullBody'))
      .catch((e) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
  });

  it.each([401, 404, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.getLeadAiToggle(leadId, status(code)), code, 'getLeadAiToggle');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
