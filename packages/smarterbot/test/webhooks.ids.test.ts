import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  createSmarterBotClient,
  normalizeChatSession,
  normalizeLead,
  parseSmarterBotWebhook,
} from '../src/index.js';

// An integration that receives a record by webhook and later reads it over REST must see one
// record, not two: the webhook's leads, conversations and messages carry the ids the REST client
// gives the same records. The REST side here is the real client over loopback HTTP, answering with
// the very text the webhook delivers (inside the envelope), so both parse the same bytes.

const SECRET = 'k3y-CHARLIE-0c9d8e7f';
const T = 1_738_648_800;
const now = () => T * 1000;
const sign = (text: string) => ({
  'X-Webhook-Signature': `t=${T},v1=${createHmac('sha256', SECRET).update(`${T}.${text}`).digest('hex')}`,
});

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
const spec = parse(
  readFileSync(new URL('../../../specs/smarterbot/openapi.yaml', import.meta.url), 'utf8'),
);
const restExample = (path: string, name: string): unknown[] =>
  spec.paths[path].post.responses['200'].content['application/json'].examples[name].value.Data;

const LEAD_RECORDS: unknown[] = [
  ...restExample('/chat/Chatbot/LeadList', 'leadsAndAppointments'),
  ...restExample('/chat/Chatbot/LeadList', 'nullFields'),
  ...restExample('/chat/Chatbot/LeadList', 'utcTimestamps'),
  ...[
    'lead.typical',
    'lead.appointment',
    'lead.all-nulls',
    'lead.missing-fields',
    'lead.odd-formats',
    'lead.unknown-type',
    'lead.unparseable-time',
  ].map(fixture),
];
const SESSION_RECORDS: unknown[] = [
  ...restExample('/chat/Chatbot/ChatContentHistory', 'twoSessions'),
  ...restExample('/chat/Chatbot/ChatContentHistory', 'nullMessages'),
  ...[
    'conversation.typical',
    'conversation.nulls',
    'conversation.odd-formats',
    'conversation.missing-id',
  ].map(fixture),
];
// Past 2^53 − 1: JSON text only, as the vendor would write it (JSON.stringify cannot).
const BIG_LEAD =
  '{"Type":"Lead","Name":"Big","Email":"big@example.com","CreateTime":"2025-02-03T10:04:11.123456-08:00","SessionID":9007199254740993}';
const BIG_SESSION =
  '{"SessionID":9007199254740993,"CreateTime":"2025-02-03T10:02:47.518204-08:00","Messages":[{"Type":"User","Content":"hi"}]}';

const leadsText = `[${[...LEAD_RECORDS.map((r) => JSON.stringify(r)), BIG_LEAD].join(',')}]`;
const sessionsText = `[${[...SESSION_RECORDS.map((r) => JSON.stringify(r)), BIG_SESSION].join(',')}]`;

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A REST client whose LeadList and ChatContentHistory answer `Data` = the given JSON text. */
async function restClient(dataText: string) {
  server = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"Data":${dataText},"Version":"1.0.0","Success":true,"Code":200,"Message":""}`);
  });
  return createSmarterBotClient({ apiKey: 'k', baseUrl: server.url, serialNumber: 'sn1' });
}

describe('webhook records have the REST ids', () => {
  it('leads: the same ids (and records) as listLeads and normalizeLead', async () => {
    const event = await parseSmarterBotWebhook(leadsText, sign(leadsText), { secret: SECRET, now });
    if (event.type !== 'leads') throw new Error(event.type);
    const client = await restClient(leadsText);
    const rest = await client.listLeads({ serialNumber: 'sn1' });

    expect(event.leads).toHaveLength(LEAD_RECORDS.length + 1);
    expect(event.leads.map((lead) => lead.id)).toEqual(rest.map((lead) => lead.id));
    expect(event.leads).toEqual(rest);
    // The same through the exported normalizer, record by record.
    expect(event.leads.slice(0, -1).map((lead) => lead.id)).toEqual(
      LEAD_RECORDS.map((record) => normalizeLead(record as never).id),
    );
    // Ids are not all alike, so the checks above compare distinct values (a spec example and a
    // fixture share SessionID and CreateTime, hence their id, by design).
    expect(new Set(event.leads.map((lead) => lead.id)).size).toBeGreaterThan(8);
    expect(event.leads.at(-1)?.conversationId).toBe('9007199254740993');
  });

  it('conversations and messages: the same ids as getChatHistory and normalizeChatSession', async () => {
    const event = await parseSmarterBotWebhook(sessionsText, sign(sessionsText), {
      secret: SECRET,
      now,
      serialNumber: 'sn1',
    });
    if (event.type !== 'conversations') throw new Error(event.type);
    const client = await restClient(sessionsText);
    const rest = await client.getChatHistory({ serialNumber: 'sn1' });

    expect(event.conversations).toEqual(rest.map((session) => session.conversation));
    expect(event.messages).toEqual(rest.flatMap((session) => session.messages));
    expect(event.conversations.map((c) => c.id)).toEqual(
      rest.map((session) => session.conversation.id),
    );
    expect(event.messages.map((m) => m.id)).toEqual(
      rest.flatMap((session) => session.messages.map((m) => m.id)),
    );
    const local = SESSION_RECORDS.map((record) => normalizeChatSession(record as never, 'sn1'));
    expect(event.conversations.slice(0, -1).map((c) => c.id)).toEqual(
      local.map((session) => session.conversation.id),
    );
    expect(event.messages.length).toBeGreaterThan(5);
    expect(event.conversations.at(-1)?.id).toBe('9007199254740993');
  });

  it('a lead and its conversation share the SessionID join, as in REST', async () => {
    const leads = '[{"Type":"Lead","SessionID":40211,"CreateTime":"2025-02-03T10:04:11Z"}]';
    const chats = '[{"SessionID":40211,"CreateTime":"2025-02-03T10:02:47Z","Messages":[]}]';
    const a = await parseSmarterBotWebhook(leads, sign(leads), { secret: SECRET, now });
    const b = await parseSmarterBotWebhook(chats, sign(chats), { secret: SECRET, now });
    if (a.type !== 'leads' || b.type !== 'conversations') throw new Error(`${a.type} ${b.type}`);
    expect(a.leads[0]?.conversationId).toBe(b.conversations[0]?.id);
  });

  it('the envelope form gives the same records as the bare array', async () => {
    const enveloped = `{"Data":${leadsText},"Version":"1.0.0","Success":true,"Code":200}`;
    const bare = await parseSmarterBotWebhook(leadsText, sign(leadsText), { secret: SECRET, now });
    const wrapped = await parseSmarterBotWebhook(enveloped, sign(enveloped), {
      secret: SECRET,
      now,
    });
    if (bare.type !== 'leads' || wrapped.type !== 'leads') throw new Error('not leads');
    expect(wrapped.leads).toEqual(bare.leads);
  });
});
