import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collect, isVendorWebhookError } from '@botbridge/core';
import { createOpenCxClient, parseOpenCxWebhook } from '@botbridge/opencx';
import { createSmarterBotClient, parseSmarterBotWebhook } from '@botbridge/smarterbot';
import { createTwin24Client, parseTwin24Callback } from '@botbridge/twin24';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MockServers,
  type SentWebhook,
  startMockServers,
  WEBHOOK_EVENTS,
  type WebhookEvent,
  type WebhookVendor,
} from '../src/index.js';

// The whole round trip: the mocks (dataset mode) deliver each vendor's events to a local
// `node:http` receiver that reads them with the vendor package's own parse function, and the
// records the receiver gets are compared with what the vendor client's REST reads return for the
// same dataset records from the same mocks. An integration that learns of a record by webhook and
// later reads it over REST must see one record, not two.

const SECRET = 'sign-key-for-the-e2e-test';
const TOKEN = 'callback-token-for-the-e2e-test';
/** Records per event besides the default one: enough variety, bounded work. */
const PER_EVENT = 3;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  /** What the parse function returned, or the error it threw. */
  parsed?: unknown;
  error?: unknown;
}

let mocks: MockServers<'opencx' | 'smarterbot' | 'twin24'>;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

/** Reads the raw body and hands it to the vendor's parse function, as a real receiver does. */
function startReceiver(): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = request.url ?? '';
      const entry: Received = { path, headers: request.headers };
      const parse = async () => {
        if (path === '/opencx') return parseOpenCxWebhook(body, request.headers);
        if (path === '/smarterbot/leads' || path === '/smarterbot/conversations') {
          return parseSmarterBotWebhook(body, request.headers, {
            secret: SECRET,
            kind: path.endsWith('leads') ? 'leads' : 'conversations',
          });
        }
        if (path === '/twin24')
          return parseTwin24Callback(body, request.headers, { callbackData: TOKEN });
        throw new Error(`no receiver at ${path}`);
      };
      parse().then(
        (parsed) => {
          entry.parsed = parsed;
          received.push(entry);
          response.writeHead(200).end('ok');
        },
        (error: unknown) => {
          entry.error = error;
          received.push(entry);
          response.writeHead(isVendorWebhookError(error) ? 400 : 500).end('refused');
        },
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  mocks = await startMockServers({
    vendors: ['opencx', 'smarterbot', 'twin24'],
    ports: { opencx: 0, smarterbot: 0, twin24: 0 },
    // 120 records: enough that SmarterBot's day batches hold several records.
    dataset: { seed: 5, records: 120 },
  });
  receiver = await startReceiver();
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await mocks?.stop();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

/** Delivers and returns what the receiver made of it (it must have parsed it). */
async function deliver<V extends WebhookVendor>(
  vendor: V,
  event: WebhookEvent<V>,
  path: string,
  options: { record?: string | number; secret?: string; callbackData?: string },
): Promise<{ sent: SentWebhook; parsed: unknown }> {
  const before = received.length;
  const sent = await mocks.sendWebhook(vendor, event, { to: `${receiverUrl}${path}`, ...options });
  expect(received).toHaveLength(before + 1);
  const entry = received[before] as Received;
  expect(entry.error).toBeUndefined();
  expect(sent.status).toBe(200);
  return { sent, parsed: entry.parsed };
}

/**
 * The default record and up to `PER_EVENT` others the event fits: records it does not fit are
 * refused before anything is sent (a TypeError starting `record:`).
 */
async function deliverSeveral<V extends WebhookVendor>(
  vendor: V,
  event: WebhookEvent<V>,
  path: string,
  ids: ReadonlyArray<string | number>,
  options: { secret?: string; callbackData?: string } = {},
): Promise<Array<{ sent: SentWebhook; parsed: unknown }>> {
  const results = [await deliver(vendor, event, path, options)];
  for (const record of ids) {
    if (results.length > PER_EVENT) break;
    if (String(record) === results[0]?.sent.subject.id) continue;
    const before = received.length;
    try {
      results.push(await deliver(vendor, event, path, { ...options, record }));
    } catch (error) {
      if (!(error instanceof TypeError && /^record: /.test(error.message))) throw error;
      expect(received).toHaveLength(before);
    }
  }
  return results;
}

describe('OpenCX events, received by parseOpenCxWebhook, match the REST reads', () => {
  const client = () =>
    createOpenCxClient({
      apiKey: 'k',
      baseUrl: mocks.baseUrls.opencx,
      rateLimit: false,
      retry: false,
    });
  const sessionIds = () => [...(mocks.datasets.opencx?.sessions ?? [])].reverse().map((s) => s.id);

  it('conversation.started: id, channel, contact and start as getChatSession reads them', async () => {
    const results = await deliverSeveral('opencx', 'conversation.started', '/opencx', sessionIds());
    expect(results.length).toBeGreaterThan(1);
    for (const { sent, parsed } of results) {
      const event = parsed as Awaited<ReturnType<typeof parseOpenCxWebhook>>;
      if (event.type !== 'conversation.started') throw new Error(`got ${event.type}`);
      const rest = await client().conversation(sent.subject.id);
      const { conversation } = event;
      expect(conversation.id).toBe(rest.id);
      expect(conversation.contact).toEqual(rest.contact);
      expect(conversation.createdAt).toBe(rest.createdAt);
      // The webhook page says `phone` where REST says `phone_voice`.
      expect(conversation.channel).toBe(rest.channel === 'phone_voice' ? 'phone' : rest.channel);
      // The first message is the contact's first message of the REST history.
      const history = await collect(client().messages(rest.id));
      const first = history.find((m) => m.role === 'contact');
      expect((event.raw.data as { first_message?: string }).first_message).toBe(first?.text);
    }
  });

  it('conversation.closed: the closed conversation as the REST read has it', async () => {
    const results = await deliverSeveral('opencx', 'conversation.closed', '/opencx', sessionIds());
    expect(results.length).toBeGreaterThan(1);
    for (const { sent, parsed } of results) {
      const event = parsed as Awaited<ReturnType<typeof parseOpenCxWebhook>>;
      if (event.type !== 'conversation.closed') throw new Error(`got ${event.type}`);
      expect(event.conversations).toHaveLength(1);
      const rest = await client().conversation(sent.subject.id);
      const { conversation } = event;
      expect(conversation.id).toBe(rest.id);
      expect(rest.status).toBe('closed');
      expect(conversation.status).toBe(rest.status);
      expect(conversation.contact).toEqual(rest.contact);
      expect(conversation.sentiment).toBe(rest.sentiment);
      expect(conversation.vendorSentiment).toBe(rest.vendorSentiment);
      expect(conversation.language).toBe(rest.language);
      // The event's time is the session's last change, its close.
      expect(conversation.closedAt).toBe(rest.updatedAt);
      const history = await collect(client().messages(rest.id));
      const messages = history.filter(
        (m) => (m.raw as { event: { type: string } }).event.type === 'message',
      );
      expect(conversation.messageCount).toBe(messages.length);
      expect(conversation.summary).toBe(rest.raw.handoff?.summary);
    }
  });

  it('conversation.handoff_to_human: the handed-off conversation as the REST read has it', async () => {
    const results = await deliverSeveral(
      'opencx',
      'conversation.handoff_to_human',
      '/opencx',
      sessionIds(),
    );
    expect(results.length).toBeGreaterThan(1);
    for (const { sent, parsed } of results) {
      const event = parsed as Awaited<ReturnType<typeof parseOpenCxWebhook>>;
      if (event.type !== 'conversation.handoff_to_human') throw new Error(`got ${event.type}`);
      const rest = await client().conversation(sent.subject.id);
      const { conversation } = event;
      expect(conversation.id).toBe(rest.id);
      expect(rest.handedOff).toBe(true);
      expect(conversation.handedOff).toBe(true);
      expect(conversation.sentiment).toBe(rest.sentiment);
      expect(conversation.language).toBe(rest.language);
      expect(conversation.summary).toBe(rest.raw.handoff?.summary);
      // Counted up to the handoff item of the REST history.
      const history = await collect(client().messages(rest.id));
      const handoffAt = history.findIndex(
        (m) => (m.raw as { event: { type: string } }).event.type === 'handoff',
      );
      expect(handoffAt).toBeGreaterThan(0);
      expect(conversation.occurredAt).toBe(history[handoffAt]?.createdAt);
    }
  });

  it('conversation.third_party_agent_response: the reply is the agent message of the REST history', async () => {
    const results = await deliverSeveral(
      'opencx',
      'conversation.third_party_agent_response',
      '/opencx',
      sessionIds(),
    );
    for (const { sent, parsed } of results) {
      const event = parsed as Awaited<ReturnType<typeof parseOpenCxWebhook>>;
      if (event.type !== 'conversation.third_party_agent_response')
        throw new Error(`got ${event.type}`);
      const rest = await client().conversation(sent.subject.id);
      expect(event.data.conversation_id).toBe(rest.id);
      expect(event.data.customer_id).toBe(rest.contact?.id);
      expect(event.data.third_party_name).toBe(rest.raw.ticketing_system?.name);
      const history = await collect(client().messages(rest.id));
      const reply = history.filter((m) => m.role === 'agent').at(-1);
      expect(event.data.response).toBe(reply?.text);
      expect(event.data.timestamp).toBe(reply?.createdAt);
    }
  });

  it.each(
    WEBHOOK_EVENTS.opencx.filter(
      (e) =>
        ![
          'conversation.started',
          'conversation.closed',
          'conversation.handoff_to_human',
          'conversation.third_party_agent_response',
        ].includes(e),
    ),
  )('%s (no documented payload): the event names a session the REST read finds', async (name) => {
    const { sent, parsed } = await deliver('opencx', name, '/opencx', {});
    const event = parsed as Awaited<ReturnType<typeof parseOpenCxWebhook>>;
    expect(event.type).toBe(name);
    if (!('data' in event) || event.type === 'conversation.third_party_agent_response')
      throw new Error('no data');
    expect(event.organizationId).toBe(
      (sent.payload as { organization_id: string }).organization_id,
    );
    if (name.startsWith('workflow.')) {
      expect(Object.keys(event.data)).toEqual(['timestamp']);
      return;
    }
    const id = event.data.conversation_id ?? event.data.session_id;
    expect(id).toBe(sent.subject.id);
    expect((await client().conversation(String(id))).id).toBe(id);
  });
});

describe('SmarterBot batches, received by parseSmarterBotWebhook, match the REST reads', () => {
  const client = () =>
    createSmarterBotClient({ apiKey: 'k', baseUrl: mocks.baseUrls.smarterbot, retry: false });
  /** SessionIDs whose batch is largest first: the leads' (or sessions') busiest chatbot days. */
  const busiest = (kind: 'leads' | 'conversations') => {
    const dataset = mocks.datasets.smarterbot;
    const records = (kind === 'leads' ? dataset?.leads : dataset?.sessions) ?? [];
    const size = new Map<string, number>();
    const key = (r: { serialNumber: string; day: string }) => `${r.serialNumber} ${r.day}`;
    for (const r of records) size.set(key(r), (size.get(key(r)) ?? 0) + 1);
    return [...records]
      .sort((a, b) => (size.get(key(b)) ?? 0) - (size.get(key(a)) ?? 0))
      .map((r) => r.record.SessionID);
  };

  it('leads: the batch is what LeadList returns for the chatbot and day, ids and all', async () => {
    const results = await deliverSeveral(
      'smarterbot',
      'leads',
      '/smarterbot/leads',
      busiest('leads'),
      {
        secret: SECRET,
      },
    );
    expect(results.length).toBeGreaterThan(1);
    // At least one batch of several leads, so that their order is compared too.
    expect(
      Math.max(...results.map(({ sent }) => (sent.payload as unknown[]).length)),
    ).toBeGreaterThan(1);
    for (const { sent, parsed } of results) {
      const event = parsed as Awaited<ReturnType<typeof parseSmarterBotWebhook>>;
      if (event.type !== 'leads') throw new Error(`got ${event.type}`);
      const { serialNumber = '', day = '' } = sent.subject;
      const rest = await client().listLeads({ serialNumber, startTime: day, endTime: day });
      expect(rest.length).toBeGreaterThan(0);
      expect(event.leads).toEqual(rest);
    }
  });

  it('conversations: the batch is what ChatContentHistory returns, conversations and messages', async () => {
    const results = await deliverSeveral(
      'smarterbot',
      'conversations',
      '/smarterbot/conversations',
      busiest('conversations'),
      { secret: SECRET },
    );
    expect(results.length).toBeGreaterThan(1);
    expect(
      Math.max(...results.map(({ sent }) => (sent.payload as unknown[]).length)),
    ).toBeGreaterThan(1);
    for (const { sent, parsed } of results) {
      const event = parsed as Awaited<ReturnType<typeof parseSmarterBotWebhook>>;
      if (event.type !== 'conversations') throw new Error(`got ${event.type}`);
      const { serialNumber = '', day = '' } = sent.subject;
      const rest = await client().getChatHistory({ serialNumber, startTime: day, endTime: day });
      expect(rest.map((s) => s.conversation.id)).toContain(sent.subject.id);
      // The receiver is not told the serial number here, so `botId` is the one difference.
      expect(event.conversations).toEqual(
        rest.map(({ conversation: { botId: _botId, ...rest } }) => rest),
      );
      expect(event.messages).toEqual(rest.flatMap((s) => s.messages));
    }
  });
});

describe('Twin bot answers, received by parseTwin24Callback, match the REST reads', () => {
  const client = () =>
    createTwin24Client({
      credentials: { email: 'dev@example.com', password: 'pw' },
      baseUrl: mocks.baseUrls.twin24,
      retry: false,
    });

  it("bot-answer: the messages are the session's last bot turn as listSessionMessages reads it", async () => {
    const ids = [...(mocks.datasets.twin24?.sessions ?? [])].reverse().map((s) => s.id);
    const results = await deliverSeveral('twin24', 'bot-answer', '/twin24', ids, {
      callbackData: TOKEN,
    });
    expect(results.length).toBeGreaterThan(1);
    for (const { sent, parsed } of results) {
      const event = parsed as Awaited<ReturnType<typeof parseTwin24Callback>>;
      if (event.type !== 'bot-answer') throw new Error(`got ${event.type}`);
      expect(event.dialogId).toBe(sent.subject.id);
      expect((await client().conversation(event.dialogId)).id).toBe(event.dialogId);
      const history = await collect(client().messages(event.dialogId));
      // The trailing run of bot messages.
      let end = history.length - 1;
      while (end >= 0 && history[end]?.role !== 'bot') end--;
      let start = end;
      while (start > 0 && history[start - 1]?.role === 'bot') start--;
      const turn = history.slice(start, end + 1);
      expect(turn.length).toBeGreaterThan(0);
      const fields = (m: {
        conversationId: string;
        role: string;
        text?: string;
        attachments: unknown[];
      }) => ({
        conversationId: m.conversationId,
        role: m.role,
        text: m.text,
        attachments: m.attachments,
      });
      expect(event.messages.map(fields)).toEqual(turn.map(fields));
      expect(event.botId).toBe((turn[0]?.raw as { authorId?: string } | undefined)?.authorId);
    }
  });
});
