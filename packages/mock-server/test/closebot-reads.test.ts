import { createCloseBotClient } from '@botbridge/closebot';
import { responseValidators } from '@botbridge/closebot/validators';
import { isVendorAuthenticationError, isVendorHttpError } from '@botbridge/core';
import { dropHeader, recordingFetch } from '@botbridge/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServers, startMockServers } from '../src/index.js';

// CloseBot's credential check (whoami: GET /agency/current) and the lead reads added beside it
// (page history, AI switch, message count) against the mock over real HTTP, in both modes, with
// strict response validation; and GET /bot/nodeDescriptors routed to its own operation.

const apiKey = 'cb_reads_mock_key';

describe('closebot reads against the mock', () => {
  let examples: MockServers<'closebot'>;
  let dataset: MockServers<'closebot'>;
  beforeAll(async () => {
    [examples, dataset] = await Promise.all([
      startMockServers({ vendors: ['closebot'], ports: { closebot: 0 } }),
      startMockServers({
        vendors: ['closebot'],
        ports: { closebot: 0 },
        dataset: { seed: 13, records: 40 },
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([examples?.stop(), dataset?.stop()]);
  });

  const client = (baseUrl: string, fetch = globalThis.fetch) =>
    createCloseBotClient({
      apiKey,
      baseUrl,
      fetch,
      retry: false,
      validateResponses: 'strict',
      validators: responseValidators,
    });
  const served = () => {
    const data = dataset.datasets.closebot;
    if (data === undefined) throw new Error('no closebot dataset');
    return data;
  };

  it('examples mode: whoami answers with the spec example', async () => {
    const identity = await client(examples.baseUrls.closebot).whoami();
    expect(identity).toMatchObject({
      vendor: 'closebot',
      accountId: 'agy_6TQ3MX8K2ZPW',
      name: 'Example Growth Agency',
    });
  });

  it('dataset mode: whoami names the agency every source belongs to', async () => {
    const data = served();
    const identity = await client(dataset.baseUrls.closebot).whoami();
    expect(identity).toEqual({
      vendor: 'closebot',
      accountId: data.agencyId,
      name: data.agency.name,
      raw: data.agency,
    });
    for (const source of data.sources) expect(source.agencyId).toBe(identity.accountId);
    const accounts = new Set(data.sources.flatMap((source) => source.accountsWithAccess));
    for (const account of accounts) {
      expect(identity.raw.members?.map((member) => member.accountId)).toContain(account);
    }
    expect(dataset.requests('closebot').at(-1)?.operationId).toBe('getCurrentAgency');
  });

  it.each([
    ['examples', () => examples],
    ['dataset', () => dataset],
  ])('%s mode: whoami without the key is a VendorAuthenticationError', async (_mode, mocks) => {
    const stripping = recordingFetch(dropHeader('X-CB-KEY'));
    const error = await client(mocks().baseUrls.closebot, stripping.fetch)
      .whoami()
      .catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, vendor: 'closebot', operation: 'getCurrentAgency' });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
  });

  it('dataset mode: page history is the lead’s page_visit activities, newest first, limited', async () => {
    const data = served();
    const closebot = client(dataset.baseUrls.closebot);
    const visited = data.leads.filter((lead) => data.pageVisitsOf(lead.id).length > 0);
    expect(visited.length).toBeGreaterThan(0);
    for (const lead of visited) {
      const visits = await closebot.listLeadPageHistory(lead.id);
      expect(visits).toEqual(data.pageVisitsOf(lead.id).slice(0, 20));
      const activities = data
        .messagesOf(lead.id)
        .flatMap((message) => message.activities)
        .filter((activity) => activity.activity === 'page_visit');
      expect(visits.map((visit) => visit.url).sort()).toEqual(
        activities.map((activity) => activity.data).sort(),
      );
      const times = visits.map((visit) => visit.visitedAt);
      expect(times).toEqual([...times].sort().reverse());
    }
    const quiet = data.leads.find((lead) => data.pageVisitsOf(lead.id).length === 0);
    expect(await closebot.listLeadPageHistory(quiet?.id ?? '')).toEqual([]);
    const first = visited[0]?.id ?? '';
    expect(await closebot.listLeadPageHistory(first, { limit: 1 })).toEqual(
      data.pageVisitsOf(first).slice(0, 1),
    );
  });

  it('dataset mode: the AI switch is off exactly for the leads that failed with ai_off', async () => {
    const data = served();
    const closebot = client(dataset.baseUrls.closebot);
    for (const lead of data.leads) {
      const toggle = await closebot.getLeadAiToggle(lead.id);
      expect(toggle).toEqual({
        enabled: lead.mostRecentFailureReason !== 'ai_off',
        applicable: true,
        reason: null,
      });
    }
  });

  it('dataset mode: an unknown lead is a 404 on both lead reads', async () => {
    const closebot = client(dataset.baseUrls.closebot);
    for (const [operation, read] of [
      ['listLeadPageHistory', () => closebot.listLeadPageHistory('lead_DOESNOTEXIST')],
      ['getLeadAiToggle', () => closebot.getLeadAiToggle('lead_DOESNOTEXIST')],
    ] as const) {
      const error = await read().catch((e: unknown) => e);
      expect(isVendorHttpError(error)).toBe(true);
      expect(error).toMatchObject({ status: 404, operation });
    }
  });

  it('dataset mode: countMessages counts what listMessages would list, without its cap', async () => {
    const data = served();
    const closebot = client(dataset.baseUrls.closebot);
    const oldest = data.leads[0]?.id ?? '';
    expect(await closebot.countMessages({ leadId: oldest })).toBe(data.messagesOf(oldest).length);
    expect(await closebot.countMessages()).toBe(data.messages.length);
    expect(data.messages.length).toBeGreaterThan(100);
    const source = data.sources[0]?.sourceId ?? '';
    const [from, to] = ['2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z'];
    expect(await closebot.countMessages({ sourceId: source, start: from, end: to })).toBe(
      data.messages.filter(
        (m) =>
          m.sourceId === source &&
          Date.parse(`${m.timestamp}Z`) >= Date.parse(from) &&
          Date.parse(`${m.timestamp}Z`) < Date.parse(to),
      ).length,
    );
  });

  it.each([
    ['examples', () => examples],
    ['dataset', () => dataset],
  ])('%s mode: /bot/nodeDescriptors is its own operation, never getBot', async (_mode, mocks) => {
    const servers = mocks();
    const { data, error } = await client(servers.baseUrls.closebot).api.GET('/bot/nodeDescriptors');
    expect(error).toBeUndefined();
    expect(data).toHaveProperty('atomicNodes');
    expect(servers.requests('closebot').at(-1)?.operationId).toBe('getNodeDescriptors');
  });

  it('dataset mode: bots and sources carry the newer docs fields, consistent on both sides', async () => {
    const data = served();
    const closebot = client(dataset.baseUrls.closebot);
    for (const bot of await closebot.listBots()) {
      expect(bot.followUpStates?.length ?? 0).toBe(bot.followUpActive ? 1 : 0);
      for (const link of bot.sources ?? []) {
        const rules = link.tagFilterConfig?.groups?.flatMap((group) => group.rules ?? []);
        expect(rules?.map((rule) => rule.tagId)).toEqual(link.tags?.map((tag) => tag.id));
        expect(link.flowVariableValues).toMatchObject({ businessName: link.name });
        const source = await closebot.getSource(link.id ?? '');
        const back = source.bots?.find((b) => b.id === bot.id);
        expect(back?.tagFilterConfig).toEqual(link.tagFilterConfig);
      }
    }
    expect(data.bots.length).toBe(3);
  });
});
