import { describe, expect, it } from 'vitest';
// The botbridge client, imported by path like the validators: a test-only round trip, not a
// run-time dependency of the mock server.
import { createCloseBotClient } from '../../../closebot/src/index.js';
import { responseValidators } from '../../../closebot/src/validators.js';
import {
  CLOSEBOT_MESSAGES_CAP,
  type CloseBotDataset,
  type CloseBotLeadRecord,
  type CloseBotMessageRecord,
  createCloseBotDataset,
} from '../../src/dataset/closebot.js';
import { DATASET_EPOCH } from '../../src/dataset/random.js';
import type { DatasetRequest } from '../../src/dataset/types.js';
import { responseIssues } from '../support/validators.js';

const RECORDS = 130;
const options = (seed = 7, records = RECORDS) => ({
  seed,
  records,
  tokenTtlSeconds: 3600,
  refreshTtlSeconds: 86_400,
  now: () => DATASET_EPOCH,
});

interface Init {
  method?: string;
  path?: string;
  pathParams?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/** The request the server would pass for `operationId`. */
function request(operationId: string, init: Init = {}): DatasetRequest {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(init.query ?? {})) {
    if (value !== undefined) query.set(name, String(value));
  }
  return {
    operationId,
    method: init.method ?? 'GET',
    path: init.path ?? '/',
    pathParams: init.pathParams ?? {},
    query,
    headers: { 'x-cb-key': 'test-key' },
    body: init.body,
  };
}

/** Calls `respond()` and proves the answer is one the spec allows for that operation and status. */
// biome-ignore lint/suspicious/noExplicitAny: bodies are checked against the spec, then read freely.
function call(dataset: CloseBotDataset, operationId: string, init: Init = {}): any {
  const response = dataset.respond(request(operationId, init));
  if (!response) throw new Error(`${operationId} not modelled`);
  expect(responseIssues('closebot', operationId, response.status, response.body)).toEqual([]);
  return { status: response.status, body: response.body };
}

const ids = (rows: ReadonlyArray<{ id: string | null }>) => rows.map((row) => row.id);
const noFilters = { sourceIds: [], channels: [], botIds: [], personaIds: [] };
const search = (dataset: CloseBotDataset, body: Record<string, unknown>) =>
  call(dataset, 'searchLeads', {
    method: 'POST',
    path: '/lead/search',
    body: { ...noFilters, ...body },
  }).body as { leads: CloseBotLeadRecord[] | null; total: number };
/** Every lead a search matches, read `count` at a time. */
function searchAll(dataset: CloseBotDataset, body: Record<string, unknown>, count = 25) {
  const out: CloseBotLeadRecord[] = [];
  for (let offset = 0; ; offset += count) {
    const page = search(dataset, { ...body, offset, count });
    out.push(...(page.leads ?? []));
    if (offset + count >= page.total) return out;
  }
}
/** Every lead of GET /lead, page by page. */
function listAll(dataset: CloseBotDataset, pageSize: number, query: Init['query'] = {}) {
  const out: CloseBotLeadRecord[] = [];
  for (let page = 0; ; page++) {
    const { body } = call(dataset, 'listLeads', { query: { ...query, page, pageSize } });
    out.push(...(body.results ?? []));
    if ((body.results ?? []).length < pageSize) return out;
  }
}
const utc = (naive: string) => `${naive}Z`;
const messagesOf = (dataset: CloseBotDataset, query: Init['query']) =>
  call(dataset, 'listMessages', { path: '/botMetric/messages', query })
    .body as CloseBotMessageRecord[];

describe('CloseBot dataset: shape', () => {
  const dataset = createCloseBotDataset(options());

  it('has three bots, three sources, `records` leads, and `records` messages in the oldest lead', () => {
    expect(dataset.bots).toHaveLength(3);
    expect(dataset.sources).toHaveLength(3);
    expect(dataset.leads).toHaveLength(RECORDS);
    expect(dataset.messagesOf(dataset.leads[0]?.id ?? '')).toHaveLength(RECORDS);
    for (const lead of dataset.leads.slice(1)) {
      expect(dataset.messagesOf(lead.id).length).toBeLessThanOrEqual(8);
    }
    expect(
      new Set(dataset.leads.map((lead) => dataset.messagesOf(lead.id).length)).size,
    ).toBeGreaterThan(3);
  });

  it('writes naive UTC timestamps with whole seconds, before the dataset epoch, oldest lead first', () => {
    const naive = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;
    for (const message of dataset.messages) {
      expect(message.timestamp).toMatch(naive);
      expect(Date.parse(utc(message.timestamp))).toBeLessThan(DATASET_EPOCH);
    }
    const firsts = dataset.leads
      .map((lead) => dataset.messagesOf(lead.id)[0]?.timestamp)
      .filter((t): t is string => t !== undefined);
    expect(firsts).toEqual([...firsts].sort());
    for (const lead of dataset.leads) {
      if (lead.lastMessageTime !== null) expect(lead.lastMessageTime).toMatch(naive);
    }
  });

  it('links leads, messages, bots and sources by matching ids', () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.sourceId));
    for (const bot of dataset.bots) {
      for (const link of bot.sources) {
        const source = dataset.sources.find((s) => s.sourceId === link.id);
        expect(source?.bots.map((b) => b.id)).toContain(bot.id);
        expect(source?.bots.find((b) => b.id === bot.id)?.channels).toEqual(link.channelList);
        expect(link.key).toBe(source?.key);
      }
    }
    for (const source of dataset.sources) expect(source.bots.length).toBeGreaterThan(0);
    for (const lead of dataset.leads) {
      const thread = dataset.threadOf(lead.id);
      const botId = lead.instances[0]?.botId;
      expect(thread?.botId).toBe(botId);
      expect(sourceIds.has(lead.source.id)).toBe(true);
      const bot = dataset.bots.find((b) => b.id === botId);
      const link = bot?.sources.find((s) => s.id === lead.source.id);
      expect(link?.channelList).toContain(thread?.channel);
      const messages = dataset.messagesOf(lead.id);
      for (const message of messages) {
        expect(message.leadId).toBe(lead.id);
        expect(message.sourceId).toBe(lead.source.id);
        expect(message.channel).toBe(thread?.channel);
        expect(message.botId).toBe(message.fromBot ? botId : null);
        expect(message.direction).toBe(message.fromBot ? 'from_bot' : 'to_bot');
      }
      const last = messages[messages.length - 1];
      expect(lead.lastMessageTime).toBe(last?.timestamp ?? null);
      expect(lead.lastMessage).toBe(last?.message ?? null);
      expect(lead.lastMessageDirection).toBe(last?.direction ?? null);
      expect(thread?.contactMessages).toBe(messages.filter((m) => !m.fromBot).length);
    }
    const messageIds = dataset.messages.map((m) => m.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
  });
});

describe('listLeads (GET /lead: 0-based page, pageSize default 20, no cap)', () => {
  const dataset = createCloseBotDataset(options());

  it('uses page 0 and pageSize 20 when none are sent, newest activity first', () => {
    const { body } = call(dataset, 'listLeads', { path: '/lead' });
    expect(body).toMatchObject({ total: RECORDS, page: 0, pageSize: 20 });
    expect(ids(body.results)).toEqual(ids(dataset.leadsByActivity.slice(0, 20)));
    const times = dataset.leadsByActivity.map((l) => l.lastMessageTime);
    const dated = times.filter((t): t is string => t !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(times.slice(dated.length).every((t) => t === null)).toBe(true);
  });

  it('pages through every lead exactly once', () => {
    const all = listAll(dataset, 7);
    expect(ids(all)).toEqual(ids(dataset.leadsByActivity));
    expect(new Set(ids(all)).size).toBe(RECORDS);
  });

  it('answers a page past the end with an empty list and the same total, and applies no cap', () => {
    const past = call(dataset, 'listLeads', { query: { page: 99, pageSize: 20 } }).body;
    expect(past).toEqual({ total: RECORDS, page: 99, pageSize: 20, results: [] });
    const big = call(dataset, 'listLeads', { query: { pageSize: 1000 } }).body;
    expect(big.results).toHaveLength(RECORDS);
  });

  it('filters by sourceId and by leadId exactly', () => {
    let sum = 0;
    for (const source of dataset.sources) {
      const expected = dataset.leadsByActivity.filter((l) => l.source.id === source.sourceId);
      const got = listAll(dataset, 6, { sourceId: source.sourceId });
      expect(ids(got)).toEqual(ids(expected));
      expect(got.length).toBeGreaterThan(0);
      sum += got.length;
    }
    expect(sum).toBe(RECORDS);
    const lead = dataset.leads[5] as CloseBotLeadRecord;
    const one = call(dataset, 'listLeads', { query: { leadId: lead.id } }).body;
    expect(one.total).toBe(1);
    expect(one.results).toEqual([lead]);
    const none = call(dataset, 'listLeads', { query: { sourceId: 'src_UNKNOWN0000000000' } }).body;
    expect(none).toEqual({ total: 0, page: 0, pageSize: 20, results: null });
  });
});

describe('getLead', () => {
  const dataset = createCloseBotDataset(options());

  it('returns exactly the listed record for every lead', () => {
    for (const listed of listAll(dataset, 50)) {
      const { status, body } = call(dataset, 'getLead', {
        path: `/lead/${listed.id}`,
        pathParams: { leadId: listed.id },
      });
      expect(status).toBe(200);
      expect(body).toEqual(listed);
    }
  });

  it('adds the CRM fields with includeExternal=true, none for webhook sources', () => {
    for (const lead of dataset.leads.slice(0, 20)) {
      const external = dataset.threadOf(lead.id)?.externalFields ?? [];
      const source = dataset.sources.find((s) => s.sourceId === lead.source.id);
      expect(external.length).toBe(source?.category === 'WebHook' ? 0 : 1);
      const { body } = call(dataset, 'getLead', {
        pathParams: { leadId: lead.id },
        query: { includeExternal: true },
      });
      expect(body.fields).toEqual([...lead.fields, ...external]);
    }
  });

  it('answers an unknown id with 404 problem details like the spec example', () => {
    const { status, body } = call(dataset, 'getLead', {
      path: '/lead/lead_NOPE',
      pathParams: { leadId: 'lead_NOPE' },
    });
    expect(status).toBe(404);
    expect(body).toEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
      title: 'Not Found',
      status: 404,
      detail: 'Lead lead_NOPE was not found.',
      instance: '/lead/lead_NOPE',
    });
  });
});

describe('searchLeads (POST /lead/search: offset/count, filters AND-ed)', () => {
  const dataset = createCloseBotDataset(options());
  const all = dataset.leadsByActivity;

  it('pages by offset/count through every lead once, with count 20 when none is sent', () => {
    expect(ids(searchAll(dataset, {}, 9))).toEqual(ids(all));
    const first = search(dataset, {});
    expect(first.total).toBe(RECORDS);
    expect(ids(first.leads ?? [])).toEqual(ids(all.slice(0, 20)));
    expect(search(dataset, { offset: RECORDS, count: 5 })).toEqual({ leads: [], total: RECORDS });
  });

  it('filters by sources, channels, bots and personas', () => {
    const [s0, s1] = dataset.sources;
    const bySources = searchAll(dataset, { sourceIds: [s0?.sourceId, s1?.sourceId] });
    expect(ids(bySources)).toEqual(
      ids(all.filter((l) => l.source.id === s0?.sourceId || l.source.id === s1?.sourceId)),
    );
    const channel = dataset.threadOf(all[0]?.id ?? '')?.channel as string;
    const byChannel = searchAll(dataset, { channels: [channel] });
    expect(ids(byChannel)).toEqual(
      ids(all.filter((l) => dataset.threadOf(l.id)?.channel === channel)),
    );
    expect(byChannel.length).toBeLessThan(RECORDS);
    for (const bot of dataset.bots) {
      const expected = all.filter((l) => l.instances[0]?.botId === bot.id);
      expect(ids(searchAll(dataset, { botIds: [bot.id] }))).toEqual(ids(expected));
      expect(ids(searchAll(dataset, { personaIds: bot.personaIds }))).toEqual(ids(expected));
    }
    expect(search(dataset, { botIds: ['bot_UNKNOWN'] })).toEqual({ leads: [], total: 0 });
  });

  it('keeps leads with at least minimumResponses contact messages (boundary included)', () => {
    const counts = all.map((l) => dataset.threadOf(l.id)?.contactMessages ?? 0);
    const n = 3;
    const got = searchAll(dataset, { minimumResponses: n });
    expect(ids(got)).toEqual(ids(all.filter((_, i) => (counts[i] ?? 0) >= n)));
    expect(counts.some((c) => c === n)).toBe(true);
    expect(ids(got)).toEqual(expect.arrayContaining(ids(all.filter((_, i) => counts[i] === n))));
    expect(search(dataset, { minimumResponses: 0 }).total).toBe(RECORDS);
  });

  it('filters by last message direction, reading inbound/outbound as to_bot/from_bot', () => {
    const toBot = all.filter((l) => l.lastMessageDirection === 'to_bot');
    const fromBot = all.filter((l) => l.lastMessageDirection === 'from_bot');
    expect(toBot.length).toBeGreaterThan(0);
    expect(fromBot.length).toBeGreaterThan(0);
    expect(ids(searchAll(dataset, { lastMessageDirection: 'to_bot' }))).toEqual(ids(toBot));
    expect(ids(searchAll(dataset, { lastMessageDirection: 'inbound' }))).toEqual(ids(toBot));
    expect(ids(searchAll(dataset, { lastMessageDirection: 'outbound' }))).toEqual(ids(fromBot));
  });

  it('splits leads by followUpScheduled and matches free text in names and fields', () => {
    const scheduled = all.filter((l) => l.instances.some((i) => i.followUpTime !== null));
    expect(scheduled.length).toBeGreaterThan(0);
    expect(ids(searchAll(dataset, { followUpScheduled: true }))).toEqual(ids(scheduled));
    expect(ids(searchAll(dataset, { followUpScheduled: false }))).toEqual(
      ids(all.filter((l) => !scheduled.includes(l))),
    );
    const target = all[3] as CloseBotLeadRecord;
    const email = target.fields.find((f) => f.field === 'email')?.value as string;
    const byEmail = searchAll(dataset, { search: email.toUpperCase() });
    expect(ids(byEmail)).toContain(target.id);
    for (const lead of byEmail) {
      expect(lead.fields.some((f) => f.value.toLowerCase().includes(email))).toBe(true);
    }
  });

  it('combines filters with AND and counts only with totalOnly', () => {
    const source = dataset.sources[1]?.sourceId as string;
    const expected = all.filter(
      (l) => l.source.id === source && l.lastMessageDirection === 'from_bot',
    );
    const body = { sourceIds: [source], lastMessageDirection: 'from_bot' };
    expect(ids(searchAll(dataset, body))).toEqual(ids(expected));
    expect(search(dataset, { ...body, totalOnly: true })).toEqual({
      leads: null,
      total: expected.length,
    });
  });
});

describe('listMessages (GET /botMetric/messages: time window, 100-row cap)', () => {
  const dataset = createCloseBotDataset(options());
  const oldest = dataset.leads[0] as CloseBotLeadRecord;
  const thread = dataset.messagesOf(oldest.id);

  it('returns a lead’s messages newest first and caps an answer at 100 rows', () => {
    const small = dataset.leads
      .slice(1)
      .find((l) => dataset.messagesOf(l.id).length >= 3) as CloseBotLeadRecord;
    expect(messagesOf(dataset, { leadId: small.id })).toEqual(
      [...dataset.messagesOf(small.id)].reverse(),
    );
    const newest = [...thread].reverse();
    expect(messagesOf(dataset, { leadId: oldest.id })).toEqual(
      newest.slice(0, CLOSEBOT_MESSAGES_CAP),
    );
    expect(messagesOf(dataset, { leadId: oldest.id, maxCount: 500 })).toHaveLength(100);
    expect(messagesOf(dataset, { leadId: oldest.id, maxCount: 10 })).toEqual(newest.slice(0, 10));
    expect(messagesOf(dataset, { leadId: 'lead_UNKNOWN' })).toEqual([]);
  });

  it('treats start as inclusive and end as exclusive, and an inverted window as empty', () => {
    const m = thread[40] as CloseBotMessageRecord;
    const next = thread[41] as CloseBotMessageRecord;
    const at = utc(m.timestamp);
    expect(messagesOf(dataset, { leadId: oldest.id, start: at, end: utc(next.timestamp) })).toEqual(
      [m],
    );
    expect(messagesOf(dataset, { leadId: oldest.id, start: at, end: at })).toEqual([]);
    const before = messagesOf(dataset, { leadId: oldest.id, end: at, maxCount: 100 });
    expect(before).toEqual(thread.slice(0, 40).reverse());
    expect(messagesOf(dataset, { leadId: oldest.id, start: utc(next.timestamp), end: at })).toEqual(
      [],
    );
  });

  it('filters by source across leads', () => {
    const source = dataset.sources[0]?.sourceId as string;
    const start = '2026-04-01T00:00:00Z';
    const end = '2026-04-10T00:00:00Z';
    const expected = dataset.messages
      .filter((m) => m.sourceId === source)
      .filter((m) => utc(m.timestamp) >= start && utc(m.timestamp) < end)
      .reverse();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(100);
    expect(messagesOf(dataset, { sourceId: source, start, end })).toEqual(expected);
  });

  it('yields every message once when paged the way the spec advises (end = oldest received)', () => {
    const seen: CloseBotMessageRecord[] = [];
    let end: string | undefined;
    for (;;) {
      const rows = messagesOf(dataset, { leadId: oldest.id, end, maxCount: 100 });
      seen.push(...rows);
      if (rows.length < 100) break;
      end = utc((rows[rows.length - 1] as CloseBotMessageRecord).timestamp);
    }
    expect(seen.reverse()).toEqual(thread);
  });
});

describe('bots and sources', () => {
  const dataset = createCloseBotDataset(options());

  it('lists every bot and gets each one by id; unknown → 404', () => {
    const listed = call(dataset, 'listBots', { path: '/bot' }).body;
    expect(listed).toEqual(dataset.bots);
    for (const bot of listed) {
      expect(call(dataset, 'getBot', { pathParams: { id: bot.id } }).body).toEqual(bot);
    }
    const missing = call(dataset, 'getBot', { path: '/bot/bot_X', pathParams: { id: 'bot_X' } });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('Bot bot_X was not found.');
  });

  it('pages sources by page/pageSize (default 20, +id order), one at a time included', () => {
    const sorted = [...dataset.sources].sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1));
    const first = call(dataset, 'listSources', { path: '/agency/source' }).body;
    expect(first).toMatchObject({ total: 3, page: 0, pageSize: 20 });
    expect(first.results.map((s: { sourceId: string }) => s.sourceId)).toEqual(
      sorted.map((s) => s.sourceId),
    );
    const swept: string[] = [];
    for (let page = 0; page < 5; page++) {
      const { body } = call(dataset, 'listSources', { query: { page, pageSize: 1 } });
      expect(body.total).toBe(3);
      swept.push(...body.results.map((s: { sourceId: string }) => s.sourceId));
      if (body.results.length < 1) break;
    }
    expect(swept).toEqual(sorted.map((s) => s.sourceId));
    // The spec's maximum is 100; the server rejects more, and the dataset clamps anyway.
    expect(call(dataset, 'listSources', { query: { pageSize: 100 } }).body.results).toHaveLength(3);
    expect(call(dataset, 'listSources', { query: { pageSize: 500 } }).body.pageSize).toBe(100);
  });

  it('filters sources by name text and category, and sorts by order', () => {
    const target = dataset.sources[1];
    const word = target?.name.split(' ')[0]?.toLowerCase() as string;
    const byText = call(dataset, 'listSources', { query: { query: word } }).body;
    expect(byText.results.map((s: { sourceId: string }) => s.sourceId)).toEqual([target?.sourceId]);
    const webhook = call(dataset, 'listSources', { query: { category: 'webhook' } }).body;
    expect(webhook.total).toBe(1);
    expect(webhook.results[0].category).toBe('WebHook');
    const none = call(dataset, 'listSources', { query: { category: 'Zapier' } }).body;
    expect(none).toEqual({ total: 0, page: 0, pageSize: 20, results: null });
    const names = [...dataset.sources.map((s) => s.name)].sort();
    const byName = call(dataset, 'listSources', { query: { order: '-name' } }).body;
    expect(byName.results.map((s: { name: string }) => s.name)).toEqual(names.reverse());
  });

  it('gets a source as listed; unknown → 404; forceTokenRefresh changes the token for later reads', () => {
    const listed = call(dataset, 'listSources', { query: { pageSize: 100 } }).body.results;
    for (const source of listed) {
      expect(call(dataset, 'getSource', { pathParams: { id: source.sourceId } }).body).toEqual(
        source,
      );
    }
    const missing = call(dataset, 'getSource', {
      path: '/agency/source/src_X',
      pathParams: { id: 'src_X' },
    });
    expect(missing).toMatchObject({ status: 404, body: { instance: '/agency/source/src_X' } });
    const crm = listed.find((s: { accessToken: string | null }) => s.accessToken !== null);
    const refreshed = call(dataset, 'listSources', {
      query: { forceTokenRefresh: true, category: crm.category },
    }).body.results[0];
    expect(refreshed.accessToken).not.toBe(crm.accessToken);
    const after = call(dataset, 'getSource', { pathParams: { id: crm.sourceId } }).body;
    expect(after.accessToken).toBe(refreshed.accessToken);
  });
});

describe('test sessions (offset/maxCount, default 100)', () => {
  it('lists a bot’s sessions, pages by offset, and answers with a bare array for one bot', () => {
    const dataset = createCloseBotDataset(options());
    for (const bot of dataset.bots) {
      const sessions = dataset.testSessionsOf(bot.id);
      expect(sessions.length).toBeGreaterThanOrEqual(2);
      const bare = dataset.bareArrayBotIds.includes(bot.id);
      const { body } = call(dataset, 'listTestSessions', { pathParams: { botId: bot.id } });
      expect(body).toEqual(bare ? sessions : { leads: sessions, total: sessions.length });
      const swept: CloseBotLeadRecord[] = [];
      for (let offset = 0; ; offset++) {
        const page = call(dataset, 'listTestSessions', {
          pathParams: { botId: bot.id },
          query: { offset, maxCount: 1 },
        }).body;
        const rows = bare ? page : page.leads;
        swept.push(...rows);
        if (rows.length < 1) break;
      }
      expect(swept).toEqual(sessions);
      for (const session of sessions) {
        expect(session.instances[0]).toMatchObject({ botId: bot.id, botVersion: null });
        expect(session.tags).toEqual(['test session']);
        expect(call(dataset, 'getLead', { pathParams: { leadId: session.id } }).body).toEqual(
          session,
        );
      }
    }
    expect(dataset.bareArrayBotIds).toHaveLength(1);
  });

  it('creates a session that later listings and getLead see, but not the lead listing', () => {
    const dataset = createCloseBotDataset(options());
    const bot =
      dataset.bots.find((b) => !dataset.bareArrayBotIds.includes(b.id)) ?? dataset.bots[0];
    const botId = bot?.id as string;
    const before = dataset.testSessionsOf(botId).length;
    const created = call(dataset, 'createTestSession', {
      method: 'POST',
      pathParams: { botId },
    }).body;
    expect(created.sourceId).toBe(bot?.sources[0]?.id);
    const listed = call(dataset, 'listTestSessions', { pathParams: { botId } }).body;
    expect(listed.total).toBe(before + 1);
    expect(listed.leads[before].id).toBe(created.leadId);
    expect(call(dataset, 'getLead', { pathParams: { leadId: created.leadId } }).body.id).toBe(
      created.leadId,
    );
    expect(messagesOf(dataset, { leadId: created.leadId })).toEqual([]);
    expect(call(dataset, 'listLeads').body.total).toBe(RECORDS);
  });

  it('answers an unknown bot with 404 on list and create', () => {
    const dataset = createCloseBotDataset(options());
    const path = '/bot/bot_NONE/testSession';
    const list = call(dataset, 'listTestSessions', { path, pathParams: { botId: 'bot_NONE' } });
    expect(list).toMatchObject({
      status: 404,
      body: { detail: 'Bot bot_NONE was not found.', instance: path },
    });
    const create = call(dataset, 'createTestSession', {
      method: 'POST',
      path,
      pathParams: { botId: 'bot_NONE' },
    });
    expect(create.status).toBe(404);
  });
});

describe('agency, lead activity and message count (issue 13 reads)', () => {
  const dataset = createCloseBotDataset(options());

  it('answers getCurrentAgency with the agency of every source, its members the accounts', () => {
    const { body } = call(dataset, 'getCurrentAgency', { path: '/agency/current' });
    expect(body).toEqual(dataset.agency);
    expect(body.id).toBe(dataset.agencyId);
    const accounts = new Set(dataset.sources.flatMap((source) => source.accountsWithAccess));
    expect(new Set(body.members.map((m: { accountId: string }) => m.accountId))).toEqual(accounts);
  });

  it('derives page visits from the page_visit activities, numbered once across the dataset', () => {
    const all = dataset.leads.flatMap((lead) => dataset.pageVisitsOf(lead.id));
    const activities = dataset.messages.flatMap((m) => m.activities);
    expect(all).toHaveLength(activities.filter((a) => a.activity === 'page_visit').length);
    expect(new Set(all.map((visit) => visit.id)).size).toBe(all.length);
    for (const visit of all) {
      expect(new URL(visit.url).pathname).toBe(visit.path);
      expect(new URL(visit.url).hostname).toBe(visit.domain);
    }
    const lead = dataset.leads.find((l) => dataset.pageVisitsOf(l.id).length > 0)?.id ?? '';
    const path = `/lead/${lead}/page-history`;
    expect(
      call(dataset, 'listLeadPageHistory', { path, pathParams: { leadId: lead } }).body,
    ).toEqual(dataset.pageVisitsOf(lead));
    expect(
      call(dataset, 'listLeadPageHistory', {
        path,
        pathParams: { leadId: lead },
        query: { limit: 1 },
      }).body,
    ).toEqual(dataset.pageVisitsOf(lead).slice(0, 1));
  });

  it('switches the AI off for ai_off leads and test sessions alike; unknown → 404', () => {
    const off = dataset.leads.filter((lead) => lead.mostRecentFailureReason === 'ai_off');
    expect(off.length).toBeGreaterThan(0);
    for (const lead of [...dataset.leads, ...dataset.testSessionsOf(dataset.bots[0]?.id ?? '')]) {
      const { body } = call(dataset, 'getLeadAiToggle', { pathParams: { leadId: lead.id } });
      expect(body).toEqual({
        enabled: lead.mostRecentFailureReason !== 'ai_off',
        applicable: true,
        reason: null,
      });
    }
    for (const operationId of ['getLeadAiToggle', 'listLeadPageHistory']) {
      const answer = call(dataset, operationId, {
        path: '/lead/lead_DOESNOTEXIST/ai-toggle',
        pathParams: { leadId: 'lead_DOESNOTEXIST' },
      });
      expect(answer.status).toBe(404);
    }
  });

  it('counts what listMessages filters, past its 100-row cap', () => {
    const count = (query: Init['query']) => call(dataset, 'countMessages', { query }).body;
    const oldest = dataset.leads[0]?.id ?? '';
    expect(count({ leadId: oldest })).toBe(RECORDS);
    expect(messagesOf(dataset, { leadId: oldest })).toHaveLength(100);
    expect(count({})).toBe(dataset.messages.length);
    const window = { start: '2026-05-01T00:00:00Z', end: '2026-05-08T00:00:00Z' };
    expect(count(window)).toBe(
      dataset.messages.filter((m) => m.timestamp >= '2026-05-01' && m.timestamp < '2026-05-08')
        .length,
    );
    expect(count({ leadId: 'lead_DOESNOTEXIST' })).toBe(0);
  });

  it('gives bots and their source links the newer docs fields without changing the rest', () => {
    for (const bot of dataset.bots) {
      expect(bot.followUpStates).toEqual(
        bot.followUpSequences.length === 0
          ? []
          : [expect.objectContaining({ isDefault: true, sequences: bot.followUpSequences })],
      );
      for (const link of bot.sources) {
        const source = dataset.sources.find((s) => s.sourceId === link.id);
        const back = source?.bots.find((b) => b.id === bot.id);
        expect(back?.tagFilterConfig).toEqual(link.tagFilterConfig);
        expect(link.tagFilterConfig.groups[0]?.rules.map((rule) => rule.tagId)).toEqual(
          link.tags.map((tag) => tag.id),
        );
      }
    }
  });
});

describe('determinism', () => {
  const run = (seed: number) => {
    const dataset = createCloseBotDataset(options(seed, 40));
    const botId = dataset.bots[0]?.id as string;
    const leadId = dataset.leads[0]?.id as string;
    const answers = [
      call(dataset, 'listLeads', { query: { pageSize: 15, page: 1 } }),
      call(dataset, 'createTestSession', { method: 'POST', pathParams: { botId } }),
      call(dataset, 'listTestSessions', { pathParams: { botId } }),
      call(dataset, 'searchLeads', { method: 'POST', body: { ...noFilters, count: 10 } }),
      call(dataset, 'listMessages', { query: { leadId } }),
      call(dataset, 'listMessages', { query: { start: '2026-05-01T00:00:00Z' } }),
      call(dataset, 'listBots'),
      call(dataset, 'listSources', { query: { forceTokenRefresh: true } }),
      call(dataset, 'getLead', { pathParams: { leadId } }),
      call(dataset, 'getCurrentAgency'),
      call(dataset, 'listLeadPageHistory', { pathParams: { leadId } }),
      call(dataset, 'countMessages', { query: { start: '2026-05-01T00:00:00Z' } }),
    ];
    return JSON.stringify(answers);
  };

  it('gives identical answers for the same seed and different ones for another seed', () => {
    expect(run(11)).toBe(run(11));
    expect(run(12)).not.toBe(run(11));
  });

  it('serves an empty account when records is 0', () => {
    const dataset = createCloseBotDataset(options(3, 0));
    expect(call(dataset, 'listLeads').body).toEqual({
      total: 0,
      page: 0,
      pageSize: 20,
      results: null,
    });
    expect(dataset.bots).toHaveLength(3);
    expect(search(dataset, {})).toEqual({ leads: [], total: 0 });
    // Only the test sessions' messages remain.
    const rows = messagesOf(dataset, {});
    expect(rows.length).toBe(Math.min(dataset.messages.length, 100));
    expect(rows.every((m) => dataset.threadOf(m.leadId)?.testSession === true)).toBe(true);
  });
});

describe('round trip through the botbridge CloseBot client', () => {
  /** A fetch that routes to `respond()` like the server would, checking every answer. */
  function fetchFor(dataset: CloseBotDataset, log: string[]): typeof globalThis.fetch {
    const routes: Array<[string, RegExp, string, string[]]> = [
      ['GET', /^\/bot\/([^/]+)\/testSession$/, 'listTestSessions', ['botId']],
      ['POST', /^\/bot\/([^/]+)\/testSession$/, 'createTestSession', ['botId']],
      ['GET', /^\/lead$/, 'listLeads', []],
      ['POST', /^\/lead\/search$/, 'searchLeads', []],
      ['GET', /^\/lead\/([^/]+)$/, 'getLead', ['leadId']],
      ['GET', /^\/botMetric\/messages$/, 'listMessages', []],
      ['GET', /^\/bot$/, 'listBots', []],
      ['GET', /^\/bot\/([^/]+)$/, 'getBot', ['id']],
      ['GET', /^\/agency\/source$/, 'listSources', []],
      ['GET', /^\/agency\/source\/([^/]+)$/, 'getSource', ['id']],
    ];
    return async (input, init) => {
      const req = new Request(input, init);
      const url = new URL(req.url);
      for (const [method, pattern, operationId, names] of routes) {
        const match = pattern.exec(url.pathname);
        if (req.method !== method || !match) continue;
        const pathParams = Object.fromEntries(
          names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
        );
        const text = await req.text();
        const response = dataset.respond({
          operationId,
          method,
          path: url.pathname,
          pathParams,
          query: url.searchParams,
          headers: Object.fromEntries(req.headers),
          body: text === '' ? undefined : JSON.parse(text),
        });
        if (!response) throw new Error(`unrouted ${operationId}`);
        log.push(operationId);
        expect(responseIssues('closebot', operationId, response.status, response.body)).toEqual([]);
        return new Response(JSON.stringify(response.body), {
          status: response.status,
          headers: response.headers,
        });
      }
      throw new Error(`no route for ${req.method} ${url.pathname}`);
    };
  }
  const client = (dataset: CloseBotDataset, log: string[], extra = {}) =>
    createCloseBotClient({
      apiKey: 'test-key',
      baseUrl: 'http://closebot.test',
      fetch: fetchFor(dataset, log),
      retry: false,
      validateResponses: 'strict',
      validators: responseValidators,
      ...extra,
    });
  const collect = async <T>(items: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const item of items) out.push(item);
    return out;
  };

  it('reads every lead and conversation once, in listing order', async () => {
    const dataset = createCloseBotDataset(options());
    const log: string[] = [];
    const leads = await collect(client(dataset, log, { pageSize: 9 }).leads());
    expect(leads.map((l) => l.id)).toEqual(ids(dataset.leadsByActivity));
    expect(log.length).toBe(Math.ceil(RECORDS / 9));
    const source = dataset.sources[2]?.sourceId as string;
    const conversations = await collect(client(dataset, []).conversations({ sourceId: source }));
    expect(conversations.map((c) => c.id)).toEqual(
      ids(dataset.leadsByActivity.filter((l) => l.source.id === source)),
    );
  });

  it('reads every message of the oldest lead exactly once by window bisection', async () => {
    const dataset = createCloseBotDataset(options());
    const lead = dataset.leads[0] as CloseBotLeadRecord;
    for (const messagesPageSize of [7, 50, 100]) {
      const log: string[] = [];
      const got = await collect(client(dataset, log, { messagesPageSize }).messages(lead.id));
      expect(got.map((m) => m.id)).toEqual(dataset.messagesOf(lead.id).map((m) => m.messageId));
      expect(got.every((m) => m.conversationId === lead.id)).toBe(true);
      expect(log.length).toBeGreaterThan(1);
    }
  });

  it('reads test sessions in both answer shapes, sources one per page, and 404s', async () => {
    const dataset = createCloseBotDataset(options());
    const cb = client(dataset, []);
    for (const bot of dataset.bots) {
      const got = await collect(cb.testSessions({ botId: bot.id, maxCount: 1 }));
      expect(got.map((s) => s.id)).toEqual(ids(dataset.testSessionsOf(bot.id)));
    }
    const swept: string[] = [];
    for (let page = 0; ; page++) {
      const result = await cb.listSources({ page, pageSize: 1 });
      swept.push(...result.sources.map((s) => s.sourceId as string));
      if (result.sources.length < 1) break;
    }
    expect([...swept].sort()).toEqual(dataset.sources.map((s) => s.sourceId).sort());
    const lead = dataset.leads[1] as CloseBotLeadRecord;
    expect((await cb.getLead(lead.id)).raw).toEqual(lead);
    await expect(cb.getLead('lead_MISSING')).rejects.toMatchObject({ status: 404 });
    await expect(cb.getBot('bot_MISSING')).rejects.toMatchObject({ status: 404 });
  });
});
