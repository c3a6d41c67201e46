import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Engine, EngineResult } from './engine.js';
import { type FaultPlan, injectFault } from './faults.js';
import {
  badRequest,
  describeViolation,
  engineError,
  invalidRequest,
  noRoute,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  undefinedPreference,
  upstreamError,
} from './problem.js';
import { type ReadRequest, readRequest, stripBasePath } from './read-request.js';
import { type RequestLogEntry, redactUrl } from './request-log.js';
import type { MockVendor } from './vendors.js';

export interface VendorServerOptions {
  vendor: MockVendor;
  engine: Engine;
  host: string;
  port: number;
  /** Added before every answer, in milliseconds. */
  latencyMs: number;
  faults?: FaultPlan;
  mode: 'examples' | 'dataset' | 'proxy';
  onRequest(entry: RequestLogEntry): void;
  /** Recent log entries, for `GET /__mock/requests`. */
  recentRequests(): readonly RequestLogEntry[];
  /** Forgets this vendor's entries of the log. */
  clearRequests(): void;
}

export interface VendorServer {
  url: string;
  close(): Promise<void>;
}

/** What every request to one vendor's server shares. */
interface ServerContext {
  options: VendorServerOptions;
  /** The base paths of the engine's operations, longest first. */
  basePaths: string[];
}

/** One request being served, and the log entry it fills in. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** When it arrived, from `performance.now()`. */
  started: number;
  method: string;
  /** The URL as sent. */
  rawUrl: string;
  url: URL;
  entry: RequestLogEntry;
}

/** What the engine made of a request, with what a fault draw needs of the request. */
interface Handled extends Omit<ReadRequest, 'request'> {
  result: EngineResult;
}

type Answer = Extract<EngineResult, { kind: 'answer' }>;

const REFRAMED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection']);

function serialize(body: unknown, contentType: string | undefined): string {
  if (body === undefined || body === null) return body === null ? 'null' : '';
  if (typeof body === 'string' && !/json/i.test(contentType ?? '')) return body;
  return JSON.stringify(body);
}

/**
 * Serves one vendor on its own port: validates and routes every request through the engine,
 * answers from it (or with a problem), injects faults and latency, and logs each request.
 * @throws Error naming the vendor, host:port and the system error code (e.g. `EADDRINUSE`) when
 *   the port cannot be bound.
 */
export async function startVendorServer(options: VendorServerOptions): Promise<VendorServer> {
  const context: ServerContext = {
    options,
    // Longest first, so `/api/v1` is preferred over `/api` if both exist.
    basePaths: [...new Set(options.engine.operations.flatMap((op) => op.basePaths))].sort(
      (a, b) => b.length - a.length,
    ),
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    handle(context, req, res).catch((error: unknown) => answerCrash(options.vendor, res, error));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await listen(server, options);
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Binds the server, rejecting with the vendor, host:port and the system error code. */
function listen(server: Server, options: VendorServerOptions): Promise<void> {
  const { vendor } = options;
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          `${vendor} mock cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}${error.code === 'EADDRINUSE' ? ' (the port is in use; pick another with --port or ports)' : ''}`,
          { cause: error },
        ),
      );
    };
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** A request whose handling threw: a 500 problem if nothing was sent yet, else a cut connection. */
function answerCrash(vendor: MockVendor, res: ServerResponse, error: unknown): void {
  if (!res.headersSent) {
    const problem = badRequest(vendor, `Internal mock error: ${String(error)}`);
    res.writeHead(500, { 'content-type': PROBLEM_CONTENT_TYPE });
    res.end(JSON.stringify({ ...problem, status: 500 }));
  } else res.destroy();
}

async function handle(
  context: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const exchange = openExchange(context.options.vendor, req, res);
  if (exchange.url.pathname.startsWith('/__mock/')) {
    answerControl(context.options, exchange.url.pathname, exchange.method, res);
    return;
  }
  const handled = await runEngine(context, exchange);
  if (handled) await respond(context, exchange, handled);
  finish(context.options, exchange);
}

function openExchange(vendor: MockVendor, req: IncomingMessage, res: ServerResponse): Exchange {
  const started = performance.now();
  const rawUrl = req.url ?? '/';
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(rawUrl, 'http://mock.invalid');
  const entry: RequestLogEntry = {
    vendor,
    time: new Date().toISOString(),
    method,
    url: redactUrl(rawUrl),
    status: 0,
    requestViolations: [],
    responseViolations: [],
    durationMs: 0,
  };
  return { req, res, started, method, rawUrl, url, entry };
}

/** Completes the exchange's log entry and hands it to the log. */
function finish(options: VendorServerOptions, { res, started, entry }: Exchange): void {
  entry.status = res.headersSent ? res.statusCode : 0;
  entry.durationMs = Math.round((performance.now() - started) * 10) / 10;
  options.onRequest(entry);
}

/**
 * Reads the request and runs it through the engine; `undefined` once a 400 problem has been sent
 * instead (a body too large or not valid JSON, a malformed fault header).
 */
async function runEngine(context: ServerContext, exchange: Exchange): Promise<Handled | undefined> {
  const { options } = context;
  const { req, res } = exchange;
  const path = stripBasePath(options.engine, exchange.url.pathname, context.basePaths);
  try {
    const read = await readRequest(req, exchange.method, path, exchange.url.searchParams);
    if (!read) {
      await sendProblem(
        context,
        res,
        badRequest(options.vendor, 'The request body is not valid JSON.'),
      );
      return undefined;
    }
    const { request, forced, bodyText } = read;
    return { result: await options.engine.handle(request), forced, bodyText };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await sendProblem(context, res, badRequest(options.vendor, message));
    return undefined;
  }
}

/** Answers with what the engine decided: a problem, the spec's 401, or the answer itself. */
async function respond(
  context: ServerContext,
  exchange: Exchange,
  handled: Handled,
): Promise<void> {
  const { options, basePaths } = context;
  const { vendor } = options;
  const { res, entry } = exchange;
  const { result } = handled;
  switch (result.kind) {
    case 'no-route':
      return sendProblem(
        context,
        res,
        noRoute(
          vendor,
          exchange.method,
          exchange.url.pathname,
          result.reason,
          options.engine.operations,
          basePaths,
        ),
      );
    case 'engine-error':
      entry.operationId = result.operation.operationId;
      return sendProblem(
        context,
        res,
        options.mode === 'proxy'
          ? upstreamError(vendor, result.message, result.operation.operationId)
          : engineError(vendor, result.status, result.message, result.operation.operationId),
      );
    case 'undefined-preference':
      entry.operationId = result.operation.operationId;
      return sendProblem(
        context,
        res,
        undefinedPreference(vendor, result.operation, result.preference, result.value),
      );
    case 'unauthorized':
      entry.operationId = result.operation.operationId;
      return send(context, res, result.status, result.headers, result.body);
    case 'invalid':
      entry.operationId = result.operation.operationId;
      entry.requestViolations = result.violations.map(describeViolation);
      return sendProblem(context, res, invalidRequest(vendor, result.operation, result.violations));
    case 'answer':
      return sendAnswer(context, exchange, result, handled);
  }
}

/** Sends an answer of the engine, or the fault drawn to replace it. */
async function sendAnswer(
  context: ServerContext,
  exchange: Exchange,
  result: Answer,
  handled: Handled,
): Promise<void> {
  const { options } = context;
  const { req, res, entry } = exchange;
  entry.operationId = result.operation.operationId;
  entry.requestViolations.push(...result.requestViolations.map(describeViolation));
  entry.responseViolations = result.responseViolations.map(describeViolation);

  // Faults replace successful answers only: an error the client asked for stays that error.
  const fault =
    options.faults && result.status < 400
      ? options.faults.draw(
          `${exchange.method} ${exchange.rawUrl} ${handled.bodyText}`,
          result.operation.operationId,
          handled.forced,
          req.headers.authorization,
        )
      : undefined;
  if (fault) {
    entry.fault = fault;
    if (options.latencyMs > 0) await delay(options.latencyMs);
    await injectFault(fault, res, options.faults?.slowHeadersMs ?? 0);
    return;
  }
  await send(context, res, result.status, flagViolations(result), result.body);
}

/**
 * The answer's headers, with Prism's header for an exchange that broke the spec but was answered
 * (validation off, a proxied answer, a dataset bug), kept so tools that read it keep working.
 */
function flagViolations(result: Answer): Record<string, string> {
  const violations = [
    ...result.requestViolations.map((v) => ({ ...v, location: ['request', v.location, v.name] })),
    ...result.responseViolations.map((v) => ({
      ...v,
      location: ['response', v.location, v.name],
    })),
  ];
  return violations.length > 0
    ? { ...result.headers, 'sl-violations': headerSafe(JSON.stringify(violations)) }
    : result.headers;
}

/** Writes an answer after the configured latency, unless the client has gone. */
async function send(
  context: ServerContext,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): Promise<void> {
  const { latencyMs } = context.options;
  if (latencyMs > 0) await delay(latencyMs);
  if (res.destroyed) return;
  const contentType = headers['content-type'];
  const text = serialize(body, contentType);
  // The body is serialized here, so the framing and encoding headers of its source (an
  // upstream's gzip, say) no longer describe it.
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([name]) => !REFRAMED.has(name.toLowerCase())),
  );
  res.writeHead(status, { ...kept, 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function sendProblem(context: ServerContext, res: ServerResponse, problem: Problem): Promise<void> {
  return send(context, res, problem.status, { 'content-type': PROBLEM_CONTENT_TYPE }, problem);
}

/** The `/__mock/*` control endpoints: health, and reading or clearing the request log. */
function answerControl(
  options: VendorServerOptions,
  path: string,
  method: string,
  res: ServerResponse,
): void {
  const { vendor } = options;
  const reply = (status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(text);
  };
  if (path === '/__mock/health' && method === 'GET') {
    reply(200, { status: 'ok', vendor, mode: options.mode });
  } else if (path === '/__mock/requests' && method === 'GET') {
    reply(200, { requests: options.recentRequests().filter((e) => e.vendor === vendor) });
  } else if (path === '/__mock/requests' && method === 'DELETE') {
    options.clearRequests();
    reply(200, { cleared: true });
  } else {
    reply(404, {
      type: 'urn:botbridge:mock:no-route',
      title: 'Unknown control endpoint',
      status: 404,
      detail:
        'Control endpoints: GET /__mock/health, GET /__mock/requests, DELETE /__mock/requests.',
      vendor,
    });
  }
}

/** A header value: printable ASCII only (anything else would make writeHead throw), bounded. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 8_000);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
