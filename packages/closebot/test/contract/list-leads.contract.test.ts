import { collect } from '@botbridge/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();
const UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('GET /lead (listLeads) against Prism', () => {
  it.each(['typical', 'lastPartialPage', 'emptyPage', 'noLeads'])(
    'normalizes the %s example',
    async (name) => {
      const page = await client.listLeads({ page: 0, pageSize: 20 }, example(name));
      expect(page.total).toBeTypeOf('number');
      expect(page.page).toBeTypeOf('number');
      expect(page.pageSize).toBeTypeOf('number');
      for (const lead of page.leads) {
        expect(lead).toMatchObject({ vendor: 'closebot', kind: 'lead' });
        expect(lead.id).not.toBe('');
        if (lead.updatedAt) expect(lead.updatedAt).toMatch(UTC_MS);
      }
      if (name === 'noLeads') expect(page.leads).toEqual([]);
    },
  );

  it('sends the sourceId filter the spec declares', async () => {
    const page = await client.listLeads({ sourceId: 'src_4GJ8T2QW9M0NB6XA' });
    expect(page.leads.length).toBeGreaterThan(0);
  });

  it('leads() and conversations() read the listing as leads and as conversations', async () => {
    const leads = await collect(client.leads({ sourceId: 'src_4GJ8T2QW9M0NB6XA' }));
    const conversations = await collect(client.conversations());
    expect(leads.length).toBeGreaterThan(0);
    expect(conversations.map((c) => c.id)).toEqual(leads.map((l) => l.id));
    for (const conversation of conversations) expect(conversation.status).toBe('unknown');
  });

  it.each([401, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.listLeads({}, status(code)), code, 'listLeads');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
