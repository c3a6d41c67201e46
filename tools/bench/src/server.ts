/**
 * The vendor-shaped loopback server, run in its own process (`startBenchServer` spawns it) so that
 * serving costs no CPU of the process being measured. Every body is built once at start, as bytes:
 * answering a request is a lookup and a write, the same for every variant measured.
 *
 * Routes (the vendors' paths and envelopes):
 * - CloseBot `GET /lead?page&pageSize`: `{ total, page, pageSize, results }`, 0-based pages of
 *   `pageSize` (the first page also at `requestPageSize`);
 * - CloseBot `GET /bot/{botId}/testSession`: `{ leads, total }` of `requestPageSize` sessions;
 * - OpenCX `GET /chat/sessions?cursor`: `{ items, next }` pages of `pageSize`;
 * - SmarterBot `POST /chat/Chatbot/LeadList`: one envelope with every record;
 * - `GET /__bench/stats`: requests served and the most in flight at once since the last call.
 *
 * Usage: `server.ts <config JSON>`; prints one line `{"ports":{…}}` once listening, and exits when
 * its stdin closes (the parent ended), on SIGTERM, or after `lifetimeMs`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  closeBotLeadPage,
  closeBotTestSessions,
  openCxPageOf,
  openCxSessionPage,
  smarterBotLeadList,
} from './fixtures.js';

export interface ListenerConfig {
  /** The dataset's size: records behind each listing. */
  records: number;
  /** Added before every answer, in ms. */
  latencyMs: number;
}

export interface ServerConfig {
  /** One port each, by name. Listeners with the same `records` share their bodies. */
  listeners: Record<string, ListenerConfig>;
  /** Records per page of GET /lead and GET /chat/sessions. */
  pageSize: number;
  /** Records of the single-request answers (the first /lead page at this size, test sessions). */
  requestPageSize: number;
  /** The server ends itself after this long, whatever happens to its parent. */
  lifetimeMs: number;
}

/** Every body of one dataset, serialized. */
interface Bodies {
  records: number;
  leadPages: Buffer[];
  firstLeadPage: Buffer;
  testSessions: Buffer;
  sessionPages: Buffer[];
  leadList: Buffer;
}

interface Counters {
  requests: number;
  inFlight: number;
  maxInFlight: number;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function buildBodies(records: number, config: ServerConfig): Bodies {
  const pages = Math.max(1, Math.ceil(records / config.pageSize));
  const leadPages: Buffer[] = [];
  const sessionPages: Buffer[] = [];
  for (let page = 0; page < pages; page++) {
    leadPages.push(json(closeBotLeadPage(records, config.pageSize, page)));
    sessionPages.push(json(openCxSessionPage(records, config.pageSize, page)));
  }
  return {
    records,
    leadPages,
    firstLeadPage: json(closeBotLeadPage(records, config.requestPageSize, 0)),
    testSessions: json(closeBotTestSessions(config.requestPageSize)),
    sessionPages,
    leadList: json(smarterBotLeadList(records)),
  };
}

/** The body for a GET /lead query, or an error message. */
function leadPage(url: URL, bodies: Bodies, config: ServerConfig): Buffer | string {
  const page = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('pageSize') ?? 20);
  if (size === config.requestPageSize && page === 0) return bodies.firstLeadPage;
  if (size !== config.pageSize) return `pageSize must be ${config.pageSize}`;
  // Past the end: an empty page echoing the one asked for, as CloseBot answers.
  return bodies.leadPages[page] ?? json(closeBotLeadPage(bodies.records, size, page));
}

function sessionPage(url: URL, bodies: Bodies): Buffer | string {
  const cursor = url.searchParams.get('cursor');
  const page = cursor === null ? 0 : openCxPageOf(cursor);
  const body = page === undefined ? undefined : bodies.sessionPages[page];
  return body ?? 'unknown cursor';
}

/** The answer to one request: the bytes to send, or an error message (sent as a 400). */
function route(req: IncomingMessage, bodies: Bodies, config: ServerConfig): Buffer | string {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'GET' && url.pathname === '/lead') return leadPage(url, bodies, config);
  if (req.method === 'GET' && /^\/bot\/[^/]+\/testSession$/.test(url.pathname)) {
    return bodies.testSessions;
  }
  if (req.method === 'GET' && url.pathname === '/chat/sessions') return sessionPage(url, bodies);
  if (req.method === 'POST' && url.pathname === '/chat/Chatbot/LeadList') return bodies.leadList;
  return `no route for ${req.method} ${url.pathname}`;
}

function send(res: ServerResponse, answer: Buffer | string): void {
  const ok = typeof answer !== 'string';
  const body = ok ? answer : json({ message: `bench server: ${answer}` });
  res.writeHead(ok ? 200 : 400, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
  });
  res.end(body);
}

function handle(
  req: IncomingMessage,
  res: ServerResponse,
  listener: ListenerConfig & { bodies: Bodies; counters: Counters },
  config: ServerConfig,
): void {
  const { counters } = listener;
  if (req.url?.startsWith('/__bench/stats')) {
    send(res, json(counters));
    Object.assign(counters, { requests: 0, maxInFlight: counters.inFlight });
    return;
  }
  counters.requests++;
  counters.inFlight++;
  counters.maxInFlight = Math.max(counters.maxInFlight, counters.inFlight);
  res.once('close', () => counters.inFlight--);
  // The request body (LeadList's filters) is read to its end and not looked at: every chatbot
  // and window gets the listener's whole dataset.
  req.resume();
  req.once('end', () => {
    const answer = route(req, listener.bodies, config);
    if (listener.latencyMs > 0) setTimeout(() => send(res, answer), listener.latencyMs);
    else send(res, answer);
  });
}

async function listen(
  listener: ListenerConfig & { bodies: Bodies; counters: Counters },
  config: ServerConfig,
): Promise<number> {
  const server = createServer((req, res) => handle(req, res, listener, config));
  // Idle connections stay open: a sync that normalizes for seconds between two requests must not
  // find its pooled connection closed under it (undici does not retry a POST on such a socket).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '') as ServerConfig;
  setTimeout(() => process.exit(0), config.lifetimeMs).unref();
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
  process.once('SIGTERM', () => process.exit(0));
  const datasets = new Map<number, Bodies>();
  const ports: Record<string, number> = {};
  for (const [name, listener] of Object.entries(config.listeners)) {
    let bodies = datasets.get(listener.records);
    if (!bodies) {
      bodies = buildBodies(listener.records, config);
      datasets.set(listener.records, bodies);
    }
    const counters = { requests: 0, inFlight: 0, maxInFlight: 0 };
    ports[name] = await listen({ ...listener, bodies, counters }, config);
  }
  process.stdout.write(`${JSON.stringify({ ports })}\n`);
}

await main();
