import type { ChildProcess } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSmarterBotWebhook } from '@botbridge/smarterbot';
import { parseTwin24Callback } from '@botbridge/twin24';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebhook } from '../src/index.js';
import { webhookDataset } from '../src/webhooks/send.js';
import { runCli } from './support/cli.js';

// `botbridge-mock webhook` as users run it: a real child process delivering to a receiver on
// loopback. Each test posts to its own path, so the tests run side by side.

const children: ChildProcess[] = [];

interface Hit {
  headers: IncomingHttpHeaders;
  body: string;
}

let receiver: Server;
let base: string;
const hits = new Map<string, Hit[]>();

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const list = hits.get(path) ?? [];
      list.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      hits.set(path, list);
      if (path.startsWith('/silent')) return;
      response
        .writeHead(path.startsWith('/fail') ? 401 : 200)
        .end(path.startsWith('/fail') ? 'bad signature' : 'ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const run = (args: string[]) => runCli(args, children);

describe.concurrent('botbridge-mock webhook', () => {
  it('--help lists the webhook command and its options', async () => {
    const result = await run(['webhook', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('botbridge-mock webhook <vendor> <event> --to <url>');
    for (const flag of ['--to', '--secret', '--callback-data', '--record', '--timeout'])
      expect(result.stdout).toContain(flag);
    expect(result.stdout).toContain('conversation.started');
    expect(result.stdout).toContain('bot-answer');
  });

  it('delivers an OpenCX event of the default dataset and exits 0', async () => {
    const result = await run([
      'webhook',
      'opencx',
      'conversation.started',
      '--to',
      `${base}/opencx`,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = buildWebhook(
      'opencx',
      'conversation.started',
      webhookDataset('opencx', 1, 50),
    );
    expect(result.stdout).toBe(
      `POST ${base}/opencx opencx conversation.started (session ${expected.subject.id}) -> 200 in ${/in ([\d.]+)ms/.exec(result.stdout)?.[1]}ms\n`,
    );
    expect(hits.get('/opencx')?.map((h) => h.body)).toEqual([expected.body]);
  });

  it('--dataset --seed --records --record choose the record; SmarterBot is signed with --secret', async () => {
    const dataset = webhookDataset('smarterbot', 3, 20);
    const session = dataset.smarterbot?.sessions[5];
    const result = await run([
      'webhook',
      'smarterbot',
      'conversations',
      '--to',
      `${base}/smarterbot`,
      '--secret',
      'sign-key',
      '--dataset',
      '--seed',
      '3',
      '--records',
      '20',
      '--record',
      String(session?.record.SessionID),
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `smarterbot conversations \\(chatbot ${session?.serialNumber}, day ${session?.day}, \\d+ records?\\) -> 200`,
      ),
    );
    const [hit] = hits.get('/smarterbot') ?? [];
    if (!hit) throw new Error('nothing received');
    const event = await parseSmarterBotWebhook(hit.body, hit.headers, { secret: 'sign-key' });
    if (event.type !== 'conversations') throw new Error(`got ${event.type}`);
    expect(event.conversations.map((c) => c.id)).toContain(String(session?.record.SessionID));
  });

  it('delivers a Twin bot answer echoing --callback-data', async () => {
    const result = await run([
      'webhook',
      'twin24',
      'bot-answer',
      '--to',
      `${base}/twin24`,
      '--callback-data',
      'tok-42',
    ]);
    expect(result.status).toBe(0);
    const [hit] = hits.get('/twin24') ?? [];
    if (!hit) throw new Error('nothing received');
    const event = await parseTwin24Callback(hit.body, hit.headers, { callbackData: 'tok-42' });
    expect(event.type).toBe('bot-answer');
  });

  it('exits 1 when the receiver answers other than 2xx, naming the status and its answer', async () => {
    const result = await run(['webhook', 'opencx', 'csat.requested', '--to', `${base}/fail-1`]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/-> 401 in/);
    expect(result.stderr).toBe(
      'botbridge-mock: the receiver answered 401, not 2xx: bad signature\n',
    );
    expect(hits.get('/fail-1')).toHaveLength(1);
  });

  it('exits 1 when the receiver does not answer within --timeout', async () => {
    const result = await run([
      'webhook',
      'opencx',
      'conversation.closed',
      '--to',
      `${base}/silent`,
      '--timeout',
      '300',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `botbridge-mock: opencx conversation.closed: could not deliver to ${base}/silent: no answer within 300 ms`,
    );
    expect(result.stderr).not.toContain('Usage:');
    // One attempt at most: on a loaded machine the timeout can end it before the request is out.
    expect((hits.get('/silent') ?? []).length).toBeLessThanOrEqual(1);
  });

  it('exits 1 when nothing listens at --to', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await run([
      'webhook',
      'twin24',
      'bot-answer',
      '--to',
      `http://127.0.0.1:${port}/x`,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('could not deliver');
    expect(result.stderr).toContain('ECONNREFUSED');
  });

  // The error messages themselves are tested on the programmatic API (webhooks.test.ts); here, that
  // each kind of usage error exits 2 with the usage and sends nothing.
  it.each([
    [['webhook', 'closebot', 'lead.created', '--to', 'BASE/u1'], /closebot documents no webhook/],
    [['webhook', 'hubspot', 'x', '--to', 'BASE/u2'], /unknown webhook vendor "hubspot"/],
    [
      ['webhook', 'opencx', 'deleted', '--to', 'BASE/u3'],
      /unknown opencx event "deleted"; known: /,
    ],
    [['webhook', 'opencx'], /webhook expects a vendor and an event/],
    [['webhook', 'opencx', 'conversation.started'], /webhook needs --to <url>/],
    [['webhook', 'smarterbot', 'leads', '--to', 'BASE/u5'], /a secret is required/],
    [['webhook', 'opencx', 'csat.requested', '--to', 'BASE/u8', '--seed', '2'], /need --dataset/],
    [
      ['webhook', 'opencx', 'csat.requested', '--to', 'BASE/u9', '--record', 'x'],
      /record: no OpenCX session has the id "x"/,
    ],
    [
      ['webhook', 'twin24', 'bot-answer', '--to', 'BASE/u10', '--timeout', 'soon'],
      /--timeout expects/,
    ],
  ])('%j exits 2 with the reason and the usage, sending nothing', async (args, reason) => {
    const withBase = args.map((a) => a.replace('BASE', base));
    const result = await run(withBase);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain('Usage: botbridge-mock');
    expect(result.stdout).toBe('');
    const path = withBase.find((a) => a.startsWith(base))?.slice(base.length);
    if (path) expect(hits.get(path)).toBeUndefined();
  });
});
