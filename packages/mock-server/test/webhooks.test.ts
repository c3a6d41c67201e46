import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isVendorWebhookError } from '@botbridge/core';
import { parseSmarterBotWebhook } from '@botbridge/smarterbot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWebhook,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  deliverWebhook,
  type MockServers,
  SMARTERBOT_SIGNATURE_HEADER,
  sendWebhook,
  startMockServers,
} from '../src/index.js';
import { webhookDataset } from '../src/webhooks/send.js';

// The programmatic sender: what it builds (body, headers, SmarterBot's signature), what it refuses
// before sending anything, and how it reports each outcome of the one delivery attempt, against
// a local receiver on loopback.

interface Hit {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver whose answer depends on the path; it records every request. */
let receiver: Server;
let base: string;
const hits: Hit[] = [];

function startReceiver(): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      hits.push({
        method: request.method ?? '',
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (path === '/silent') return; // never answers: the sender's timeout ends it
      if (path === '/fail') return void response.writeHead(500).end('receiver broke');
      if (path === '/moved') {
        return void response.writeHead(302, { location: `${base}/elsewhere` }).end();
      }
      if (path === '/long') return void response.writeHead(200).end('x'.repeat(10_000));
      response.writeHead(path === '/accepted' ? 202 : 200).end('ok');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let datasetMocks: MockServers<'opencx' | 'twin24'>;
let examplesMocks: MockServers<'smarterbot'>;

beforeAll(async () => {
  receiver = await startReceiver();
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  [datasetMocks, examplesMocks] = await Promise.all([
    startMockServers({
      vendors: ['opencx', 'twin24'],
      ports: { opencx: 0, twin24: 0 },
      dataset: { seed: 9, records: 30 },
    }),
    startMockServers({ vendors: ['smarterbot'], ports: { smarterbot: 0 } }),
  ]);
});

afterAll(async () => {
  await Promise.all([datasetMocks?.stop(), examplesMocks?.stop()]);
  receiver?.closeAllConnections();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

/** Runs `act` and returns how many requests the receiver got meanwhile. */
async function hitsDuring(act: () => Promise<unknown>): Promise<number> {
  const before = hits.length;
  await act();
  return hits.length - before;
}

describe('buildWebhook', () => {
  const opencx = webhookDataset('opencx', 2, 25);
  const smarterbot = webhookDataset('smarterbot', 2, 25);
  const twin24 = webhookDataset('twin24', 2, 25);

  it('builds the compact JSON body and the headers, the same for the same dataset', () => {
    const built = buildWebhook('opencx', 'conversation.started', opencx);
    expect(built.body).toBe(JSON.stringify(built.payload));
    expect(built.headers).toEqual({
      'content-type': 'application/json',
      'user-agent': 'botbridge-mock',
    });
    expect(buildWebhook('opencx', 'conversation.started', webhookDataset('opencx', 2, 25))).toEqual(
      built,
    );
    // The default is the newest session the event fits; its id is the subject and in the payload.
    const payload = built.payload as { event: string; data: { conversation_id: string } };
    expect(payload.event).toBe('conversation.started');
    expect(payload.data.conversation_id).toBe(built.subject.id);
    expect(opencx.opencx?.sessions.map((s) => s.id)).toContain(built.subject.id);
  });

  it('signs SmarterBot deliveries: t=<unix s>,v1=<hex HMAC-SHA256 of "<t>.<body>">', async () => {
    const now = () => 1_780_000_000_500;
    const built = buildWebhook('smarterbot', 'leads', smarterbot, { secret: 'k3y', now });
    const header = built.headers[SMARTERBOT_SIGNATURE_HEADER.toLowerCase()];
    const expected = createHmac('sha256', 'k3y').update(`1780000000.${built.body}`).digest('hex');
    expect(header).toBe(`t=1780000000,v1=${expected}`);
    // The vendor package's receiver accepts it with the key, and refuses it with another.
    const event = await parseSmarterBotWebhook(built.body, built.headers, { secret: 'k3y', now });
    expect(event.type).toBe('leads');
    const refused = await parseSmarterBotWebhook(built.body, built.headers, {
      secret: 'other',
      now,
    }).catch((e: unknown) => e);
    expect(isVendorWebhookError(refused) && refused.reason).toBe('signature');
  });

  it('echoes Twin callbackData, and leaves it out when none is given', () => {
    const withToken = buildWebhook('twin24', 'bot-answer', twin24, { callbackData: 'tok-1' });
    expect((withToken.payload as { callbackData?: string }).callbackData).toBe('tok-1');
    const without = buildWebhook('twin24', 'bot-answer', twin24);
    expect(without.payload).not.toHaveProperty('callbackData');
    expect((without.payload as { dialogId: string }).dialogId).toBe(without.subject.id);
  });

  it('describes the record it is given, or refuses one the event cannot describe', () => {
    const sessions = opencx.opencx?.sessions ?? [];
    const open = sessions.find((s) => s.status === 'open');
    const closed = sessions.find((s) => s.status !== 'open');
    if (!open || !closed) throw new Error('the dataset lacks an open or a closed session');
    const built = buildWebhook('opencx', 'conversation.closed', opencx, { record: closed.id });
    expect(built.subject.id).toBe(closed.id);
    expect(() =>
      buildWebhook('opencx', 'conversation.closed', opencx, { record: open.id }),
    ).toThrow(/^record: conversation\.closed describes a closed session/);
    // UUIDs compare case-insensitively, as the REST reads do.
    expect(
      buildWebhook('opencx', 'conversation.closed', opencx, { record: closed.id.toUpperCase() })
        .subject.id,
    ).toBe(closed.id);
    const session = smarterbot.smarterbot?.sessions[3];
    const batch = buildWebhook('smarterbot', 'conversations', smarterbot, {
      secret: 'k',
      record: session?.record.SessionID,
    });
    expect(batch.subject).toEqual({
      id: String(session?.record.SessionID),
      serialNumber: session?.serialNumber,
      day: session?.day,
    });
    expect(batch.payload).toContainEqual(session?.record);
  });

  it.each([
    ['closebot', 'lead.created', {}, /closebot documents no webhook events/],
    [
      'hubspot',
      'x',
      {},
      /unknown webhook vendor "hubspot"; vendors with events: opencx, smarterbot, twin24/,
    ],
    [
      'opencx',
      'conversation.deleted',
      {},
      /unknown opencx event "conversation.deleted"; known: conversation.started/,
    ],
    ['smarterbot', 'leads', {}, /a secret is required/],
    ['smarterbot', 'leads', { secret: '' }, /a secret is required/],
    ['opencx', 'conversation.started', { secret: 's' }, /opencx documents no webhook signature/],
    ['twin24', 'bot-answer', { secret: 's' }, /twin24 documents no webhook signature/],
    ['smarterbot', 'leads', { secret: 's', callbackData: 't' }, /applies to twin24 only/],
    [
      'opencx',
      'conversation.started',
      { record: 'nope' },
      /^record: no OpenCX session has the id "nope"/,
    ],
    ['twin24', 'bot-answer', { record: 'nope' }, /^record: no Twin session has the id "nope"/],
    [
      'smarterbot',
      'leads',
      { secret: 's', record: 'abc' },
      /^record: a SmarterBot record is a SessionID/,
    ],
    [
      'smarterbot',
      'conversations',
      { secret: 's', record: 1 },
      /^record: no SmarterBot session has the SessionID 1$/,
    ],
  ] as const)('refuses %s %s %j with a TypeError', (vendor, event, options, message) => {
    const datasets = { ...opencx, ...smarterbot, ...twin24 };
    expect(() => buildWebhook(vendor, event, datasets, options)).toThrow(TypeError);
    expect(() => buildWebhook(vendor, event, datasets, options)).toThrow(message);
  });
});

describe('mocks.sendWebhook', () => {
  it('dataset mode: POSTs the event about a served record and reports the answer', async () => {
    const sent = await datasetMocks.sendWebhook('opencx', 'conversation.closed', {
      to: `${base}/accepted`,
    });
    const hit = hits.at(-1) as Hit;
    expect(hit).toMatchObject({ method: 'POST', path: '/accepted', body: sent.body });
    expect(hit.headers['content-type']).toBe('application/json');
    expect(sent).toMatchObject({ status: 202, ok: true, response: 'ok', url: `${base}/accepted` });
    expect(sent.durationMs).toBeGreaterThanOrEqual(0);
    const session = datasetMocks.datasets.opencx?.sessions.find((s) => s.id === sent.subject.id);
    expect(session?.status).not.toBe('open');
    // The same mock serves that session over REST.
    const rest = await fetch(`${datasetMocks.baseUrls.opencx}/chat/sessions/${sent.subject.id}`, {
      headers: { Authorization: 'Bearer k' },
    });
    expect(((await rest.json()) as { id: string }).id).toBe(sent.subject.id);
  });

  it('examples mode: the event describes the default dataset (seed 1, 50 records)', async () => {
    const fromMocks = await examplesMocks.sendWebhook('smarterbot', 'conversations', {
      to: `${base}/ok`,
      secret: 's',
    });
    const standalone = await sendWebhook('smarterbot', 'conversations', {
      to: `${base}/ok`,
      secret: 's',
    });
    expect(fromMocks.payload).toEqual(standalone.payload);
    const defaults = webhookDataset('smarterbot', 1, 50).smarterbot;
    expect(fromMocks.subject.serialNumber).toBe(defaults?.sessions.at(-1)?.serialNumber);
  });

  it('standalone sendWebhook with the same dataset settings sends what the mocks send', async () => {
    const fromMocks = await datasetMocks.sendWebhook('twin24', 'bot-answer', {
      to: `${base}/ok`,
      callbackData: 'tok',
    });
    const standalone = await sendWebhook('twin24', 'bot-answer', {
      to: `${base}/ok`,
      callbackData: 'tok',
      dataset: { seed: 9, records: 30 },
    });
    expect(standalone.body).toBe(fromMocks.body);
  });

  it('a non-2xx answer resolves with ok false and is not retried', async () => {
    let sent: Awaited<ReturnType<MockServers['sendWebhook']>> | undefined;
    const count = await hitsDuring(async () => {
      sent = await datasetMocks.sendWebhook('opencx', 'csat.requested', { to: `${base}/fail` });
    });
    expect(count).toBe(1);
    expect(sent).toMatchObject({ status: 500, ok: false, response: 'receiver broke' });
  });

  it('does not follow a redirect: its 3xx is the status', async () => {
    let status = 0;
    const count = await hitsDuring(async () => {
      status = (await datasetMocks.sendWebhook('opencx', 'csat.requested', { to: `${base}/moved` }))
        .status;
    });
    expect(status).toBe(302);
    expect(count).toBe(1);
  });

  it('keeps the first 4096 characters of the answer', async () => {
    const sent = await datasetMocks.sendWebhook('opencx', 'csat.requested', { to: `${base}/long` });
    expect(sent.response).toBe('x'.repeat(4096));
  });

  it('gives up after timeoutMs with an Error naming the URL, after one attempt', async () => {
    let error: unknown;
    const count = await hitsDuring(async () => {
      error = await datasetMocks
        .sendWebhook('opencx', 'conversation.started', { to: `${base}/silent`, timeoutMs: 1000 })
        .catch((e: unknown) => e);
    });
    expect(count).toBe(1);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      `opencx conversation.started: could not deliver to ${base}/silent: no answer within 1000 ms`,
    );
    expect(DEFAULT_WEBHOOK_TIMEOUT_MS).toBe(10_000);
  });

  it('reports an unreachable receiver as an Error with the cause', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await datasetMocks
      .sendWebhook('twin24', 'bot-answer', { to: `http://127.0.0.1:${port}/hook` })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `twin24 bot-answer: could not deliver to http://127.0.0.1:${port}/hook: ECONNREFUSED`,
    );
    expect((error as Error).cause).toBeDefined();
  });

  it.each([
    [
      'closebot',
      'lead.created',
      { to: 'http://127.0.0.1:1/x' },
      /closebot documents no webhook events/,
    ],
    ['opencx', 'nope', { to: 'http://127.0.0.1:1/x' }, /unknown opencx event "nope"/],
    [
      'opencx',
      'conversation.started',
      { to: 'ftp://127.0.0.1/x' },
      /http\(s\) URL, got the scheme "ftp:"/,
    ],
    [
      'opencx',
      'conversation.started',
      { to: '/relative' },
      /absolute http\(s\) URL, got "\/relative"/,
    ],
    [
      'opencx',
      'conversation.started',
      { to: 'BASE/ok', timeoutMs: 0 },
      /timeoutMs must be a positive integer/,
    ],
    [
      'opencx',
      'conversation.started',
      { to: 'BASE/ok', callbackData: 'x' },
      /applies to twin24 only/,
    ],
    [
      'smarterbot',
      'leads',
      { to: 'BASE/ok', secret: 's' },
      /smarterbot is not among the started mocks/,
    ],
  ] as const)(
    'refuses %s %s %j before sending anything',
    async (vendor, event, options, message) => {
      const to = options.to.replace('BASE', base);
      let error: unknown;
      const count = await hitsDuring(async () => {
        error = await datasetMocks
          // Untyped on purpose: these are the calls the types would refuse (JavaScript callers).
          .sendWebhook(vendor as 'opencx', event as 'csat.requested', { ...options, to })
          .catch((e: unknown) => e);
      });
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(message);
      expect(count).toBe(0);
    },
  );

  it('never puts the secret or the callback token in an error', async () => {
    const secret = 'S3CRET-sign-key-9f2';
    const token = 'TOKEN-callback-77a';
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const attempts = [
      sendWebhook('smarterbot', 'leads', { to: 'ftp://x/', secret }),
      sendWebhook('smarterbot', 'leads', { to: `http://127.0.0.1:${port}/`, secret }),
      sendWebhook('smarterbot', 'leads', { to: `${base}/silent`, secret, timeoutMs: 200 }),
      sendWebhook('smarterbot', 'leads', { to: `${base}/ok`, secret, record: 'x' }),
      sendWebhook('opencx', 'conversation.started', { to: `${base}/ok`, secret }),
      sendWebhook('opencx', 'conversation.started', { to: `${base}/ok`, callbackData: token }),
      sendWebhook('twin24', 'bot-answer', { to: `http://127.0.0.1:${port}/`, callbackData: token }),
    ];
    const errors = await Promise.all(attempts.map((attempt) => attempt.catch((e: unknown) => e)));
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      let link: unknown = error;
      for (let depth = 0; depth < 5 && link !== undefined; depth++) {
        for (const text of [String(link), (link as Error).message, JSON.stringify(link)]) {
          expect(text).not.toContain(secret);
          expect(text).not.toContain(token);
        }
        link = (link as { cause?: unknown }).cause;
      }
    }
  });

  it('standalone sendWebhook refuses a bad dataset size before sending anything', async () => {
    let error: unknown;
    const count = await hitsDuring(async () => {
      error = await sendWebhook('opencx', 'conversation.started', {
        to: `${base}/ok`,
        dataset: { records: -1 },
      }).catch((e: unknown) => e);
    });
    expect((error as Error).message).toBe('dataset.records must be a non-negative integer, got -1');
    expect(count).toBe(0);
  });

  it('deliverWebhook sends exactly the built bytes and headers', async () => {
    const built = buildWebhook('smarterbot', 'leads', webhookDataset('smarterbot', 4, 20), {
      secret: 'k',
    });
    const sent = await deliverWebhook(built, `${base}/ok`);
    const hit = hits.at(-1) as Hit;
    expect(hit.body).toBe(built.body);
    for (const [name, value] of Object.entries(built.headers))
      expect(hit.headers[name]).toBe(value);
    expect(sent.body).toBe(built.body);
  });
});
