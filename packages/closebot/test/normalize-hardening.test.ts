import { readFileSync } from 'node:fs';
import { collect, isVendorNormalizationError } from '@botbridge/core';
import { expectOwnData, type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type BotMetricMessage,
  createCloseBotClient,
  type LeadDto,
  normalizeLead,
  normalizeLeadConversation,
  normalizeMessage,
} from '../src/index.js';

// Issue #8 for CloseBot: years below 100, derived ids that changed with the record, `__proto__`
// field keys, and integer ids past 2^53. Behaviour on real HTTP on 127.0.0.1.

const fixture = <T = LeadDto>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves `body` (JSON text, sent as is) to every request. */
async function serveText(body: string) {
  server = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  return createCloseBotClient({ apiKey: 'cb_secret_key', baseUrl: server.url });
}

describe('years below 100 (kind 7)', () => {
  it(".NET's DateTime.MinValue is no date: no updatedAt, no lastMessageAt", () => {
    const dto = { ...fixture('lead.typical'), lastMessageTime: '0001-01-01T00:00:00' };
    expect(normalizeLead(dto)).not.toHaveProperty('updatedAt');
    expect(normalizeLeadConversation(dto)).not.toHaveProperty('lastMessageAt');
    const message = {
      ...fixture<BotMetricMessage>('message.typical'),
      timestamp: '0001-01-01T00:00:00',
    };
    expect(normalizeMessage(message)).not.toHaveProperty('createdAt');
  });

  it('keeps any other year below 100 as written, never 19xx', () => {
    const dto = { ...fixture('lead.typical'), lastMessageTime: '0050-07-22T00:49:17' };
    expect(normalizeLead(dto).updatedAt).toBe('0050-07-22T00:49:17.000Z');
    const message = {
      ...fixture<BotMetricMessage>('message.typical'),
      timestamp: '0099-01-01T00:00:01',
    };
    expect(normalizeMessage(message).createdAt).toBe('0099-01-01T00:00:01.000Z');
  });

  it('leads({ since: "0050-…" }) keeps a lead of 1949 (since is the year 50, not 1950)', async () => {
    const old = { ...fixture('lead.typical'), lastMessageTime: '1949-06-01T00:00:00' };
    const client = await serveText(
      JSON.stringify({ total: 1, page: 0, pageSize: 100, results: [old] }),
    );
    const leads = await collect(client.leads({ since: '0050-01-01T00:00:00' }));
    expect(leads.map((lead) => lead.updatedAt)).toEqual(['1949-06-01T00:00:00.000Z']);
  });

  it('listMessages sends a start in the year 50 as the year 50', async () => {
    const client = await serveText('[]');
    await client.listMessages({
      start: '0050-01-01T00:00:00',
      end: new Date('0099-01-01T00:00:00Z'),
    });
    const query = new URL(server?.requests[0]?.url ?? '', 'http://x').searchParams;
    expect(query.get('start')).toBe('0050-01-01T00:00:00.000Z');
    expect(query.get('end')).toBe('0099-01-01T00:00:00.000Z');
  });

  it('messages() over a window that ends before 1970 asks nothing (CloseBot has no such messages)', async () => {
    const client = await serveText('[]');
    const messages = await collect(
      client.messages('L1', { since: '0050-01-01T00:00:00', until: '0060-01-01T00:00:00' }),
    );
    expect(messages).toEqual([]);
    expect(server?.requests).toHaveLength(0);
  });

  it('messages() from the year 50 starts its windows at the Unix epoch', async () => {
    const client = await serveText('[]');
    await collect(
      client.messages('L1', { since: '0050-01-01T00:00:00', until: '1970-01-02T00:00:00Z' }),
    );
    const starts = (server?.requests ?? []).map((r) =>
      new URL(r.url, 'http://x').searchParams.get('start'),
    );
    expect(starts).toEqual(['1970-01-01T00:00:00.000Z']);
  });
});

describe('derived lead ids (kind 8)', () => {
  const withoutId = (): LeadDto => {
    const { id: _id, ...rest } = fixture('lead.typical');
    return rest;
  };
  /** The same lead read later: everything that moves with the conversation has moved. */
  const updated = (dto: LeadDto): LeadDto => ({
    ...dto,
    lastMessageTime: '2026-07-23T09:00:00',
    lastMessage: 'See you Tuesday!',
    lastMessageDirection: 'from_bot',
    lastMessageBotId: 'bot_OTHER',
    mostRecentFailureReason: 'ai_off',
    starred: !dto.starred,
    unread: !dto.unread,
    wontRespondUntil: '2026-07-30T00:00:00',
    tags: ['booked'],
    fields: [{ field: 'goal', value: 'Endurance' }],
    instances: [],
  });

  it('a lead without id keeps its id after an update (from contactId and source)', () => {
    const dto = withoutId();
    const id = normalizeLead(dto).id;
    expect(id).toMatch(/^closebot_lead_[0-9a-f]{32}$/);
    expect(normalizeLead(updated(dto)).id).toBe(id);
    expect(normalizeLeadConversation(updated(dto)).id).toBe(id);
    // A rename keeps it too: the CRM contact is what identifies the lead.
    expect(normalizeLead({ ...dto, name: 'Dana E.' }).id).toBe(id);
    // Another contact, or the same contact in another source, is another lead.
    expect(normalizeLead({ ...dto, contactId: 'crm-contact-1' }).id).not.toBe(id);
    expect(normalizeLead({ ...dto, source: { id: 'src_OTHER' } }).id).not.toBe(id);
  });

  it('a lead without id or contactId (a test session) keeps its id after an update', () => {
    const dto = fixture('lead.missing-id');
    const id = normalizeLead(dto).id;
    expect(normalizeLead(updated(dto)).id).toBe(id);
  });

  it('a message without id keeps its id when the lead around it changes', () => {
    const { messageId: _id, ...message } = fixture<BotMetricMessage>('message.typical');
    const id = normalizeMessage(message).id;
    const later = { ...message, activities: [], botId: 'bot_1', personaId: 'p1', channel: 'Email' };
    expect(normalizeMessage(later).id).toBe(id);
  });
});

describe('__proto__ keys in lead fields (kind 12)', () => {
  const protoLead = () =>
    JSON.parse(
      JSON.stringify(fixture('lead.typical')).replace(
        '"fields":[',
        '"fields":[{"field":"__proto__","value":"kept"},{"field":"constructor","value":"c"},{"field":"toString","value":"t"},',
      ),
    ) as LeadDto;

  it('keeps a field named __proto__ as an ordinary own entry', () => {
    const lead = normalizeLead(protoLead());
    expect(Object.keys(lead.fields)).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'email',
      'phone',
      'goal',
    ]);
    expect(Object.getOwnPropertyDescriptor(lead.fields, '__proto__')?.value).toBe('kept');
    expect(lead.fields.constructor).toBe('c');
    expect(Object.getPrototypeOf(lead.fields)).toBe(Object.prototype);
    expectOwnData(lead);
    expectOwnData(normalizeLeadConversation(protoLead()));
  });

  it('keeps it through the client too', async () => {
    const client = await serveText(JSON.stringify(protoLead()));
    const lead = await client.getLead('lead_9F3KQ2M7XW1T');
    expect(Object.hasOwn(lead.fields, '__proto__')).toBe(true);
    expect(Object.entries(lead.fields)[0]).toEqual(['__proto__', 'kept']);
    expectOwnData(lead);
  });
});

describe('integer ids past 2^53 (kind 13)', () => {
  it('two leads whose numeric ids differ past 2^53 keep two ids through the client', async () => {
    const client = await serveText(
      '{"total":2,"page":0,"pageSize":100,"results":[{"id":9007199254740993,"contactId":9007199254740995},{"id":9007199254740992}]}',
    );
    const page = await client.listLeads();
    expect(page.leads.map((lead) => lead.id)).toEqual(['9007199254740993', '9007199254740992']);
    expect(page.leads[0]?.contact.id).toBe('9007199254740995');
  });

  it.each<[string, Partial<LeadDto> | Partial<BotMetricMessage>]>([
    ['id', { id: 2 ** 53 + 2 } as never],
    ['contactId', { contactId: 2 ** 53 } as never],
  ])(
    'a rounded numeric %s read elsewhere is a normalization error, not a shared id',
    (_field, patch) => {
      let error: unknown;
      try {
        normalizeLead({ ...fixture('lead.typical'), ...patch } as LeadDto);
      } catch (caught) {
        error = caught;
      }
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'closebot', operation: 'normalizeLead' });
    },
  );

  it('a rounded numeric messageId is a normalization error', () => {
    const message = {
      ...fixture<BotMetricMessage>('message.typical'),
      messageId: 2 ** 60,
    } as never;
    expect(() => normalizeMessage(message)).toThrow(/beyond 2\^53/);
  });
});
