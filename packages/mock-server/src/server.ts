import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FAULT_HEADER,
  type FaultKind,
  type FaultPlan,
  injectFault,
  parseFaultHeader,
} from './faults.js';
import type { Engine, EngineRequest, EngineResult } from './prism.js';
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
import type { MockVendor } from './vendors.js';

/** One request a mock served, as the request log keeps it. */
export interface RequestLogEntry {
  vendor: MockVendor;
  /** When the request arrived, ISO-8601. */
  time: string;
  method: string;
  /** The path as sent (base path included), with the query; secret-looking values redacted. */
  url: string;
  /** The operation it was routed to, if any. */
  operationId?: string;
  /** The status sent; `0` when a fault closed the connection without one. */
  status: number;
  /** The fault injected instead of the answer, if any. */
  fault?: FaultKind;
  /** How the request broke the spec (it was then refused with 400). */
  requestViolations: string[];
  /** How the answer broke the spec (an upstream's, in proxy mode; a bug in a dataset otherwise). */
  responseViolations: string[];
  /** Time to the end of the answer, in milliseconds. */
  durationMs: number;
}

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

const REFRAMED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection']);
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const SECRET_PARAM = /key|token|secret|password|signature|auth/i;

/** The URL as logged: values of secret-looking query parameters replaced by `***`. */
function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  let changed = false;
  for (const key of new Set(params.keys())) {
    if (SECRET_PARAM.test(key)) {
      params.set(key, '***');
      changed = true;
    }
  }
  return changed ? `${url.slice(0, at)}?${params.toString()}` : url;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`the request body is larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** `Prefer: code=404, example=empty` (RFC 7240; also accepts `;` between preferences). */
function parsePrefer(value: string | undefined): { code?: string; example?: string } {
  const prefer: { code?: string; example?: string } = {};
  for (const part of (value ?? '').split(/[,;]/)) {
    const [name = '', ...rest] = part.split('=');
    const key = name.trim().toLowerCase();
    const v = rest.join('=').trim().replace(/^"|"$/g, '');
    if (key === 'code' && v !== '') prefer.code = v;
    if (key === 'example' && v !== '') prefer.example = v;
  }
  return prefer;
}

function headerRecord(req: IncomingMessage): Record<string, string | undefined> {
  const record: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    record[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return record;
}

function serialize(body: unknown, contentType: string | undefined): string {
  if (body === undefined || body === null) return body === null ? 'null' : '';
  if (typeof body === 'string' && !/json/i.test(contentType ?? '')) return body;
  return JSON.stringify(body);
}

/**
 * The path to hand the engine: without the base path it starts with, when the rest routes to an
 * operation served under that base path; otherwise as sent (the root keeps working).
 */
function stripBasePath(engine: Engine, path: string, basePaths: readonly string[]): string {
  for (const base of basePaths) {
    if (!path.startsWith(`${base}/`)) continue;
    const rest = path.slice(base.length);
    // Any method: a wrong method under a right base path is a 405, not a 404.
    if (engine.route(undefined, rest)?.basePaths.includes(base)) return rest;
  }
  return path;
}

/**
 * Serves one vendor on its own port: validates and routes every request through the engine,
 * answers from it (or with a problem), injects faults and latency, and logs each request.
 * @throws Error naming the vendor, host:port and the system error code (e.g. `EADDRINUSE`) when
 *   the port cannot be bound.
 */
export async function startVendorServer(options: VendorServerOptions): Promise<VendorServer> {
  const { vendor, engine } = options;
  // Longest first, so `/api/v1` is preferred over `/api` if both exist.
  const basePaths = [...new Set(engine.operations.flatMap((op) => op.basePaths))].sort(
    (a, b) => b.length - a.length,
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
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
    const finish = () => {
      entry.status = res.headersSent ? res.statusCode : 0;
      entry.durationMs = Math.round((performance.now() - started) * 10) / 10;
      options.onRequest(entry);
    };

    if (url.pathname.startsWith('/__mock/')) {
      answerControl(url.pathname, method, res);
      return;
    }
    const path = stripBasePath(engine, url.pathname, basePaths);
    const send = async (
      status: number,
      headers: Record<string, string>,
      body: unknown,
    ): Promise<void> => {
      if (options.latencyMs > 0) await delay(options.latencyMs);
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
    };
    const sendProblem = (problem: Problem) =>
      send(problem.status, { 'content-type': PROBLEM_CONTENT_TYPE }, problem);

    let result: EngineResult;
    let forced: { kind: FaultKind; times: number } | undefined;
    let bodyText = '';
    try {
      const raw = await readBody(req);
      bodyText = raw.toString('utf8');
      const forcedHeader = req.headers[FAULT_HEADER];
      if (typeof forcedHeader === 'string') forced = parseFaultHeader(forcedHeader);
      const headers = headerRecord(req);
      const prefer = parsePrefer(headers.prefer);
      let body: unknown;
      if (raw.length > 0) {
        if (/json/i.test(headers['content-type'] ?? '')) {
          try {
            body = JSON.parse(bodyText);
          } catch {
            await sendProblem(badRequest(vendor, 'The request body is not valid JSON.'));
            return finish();
          }
        } else {
          body = bodyText;
        }
      }
      const request: EngineRequest = {
        method,
        path,
        query: url.searchParams,
        headers,
        body,
        ...(prefer.code !== undefined ? { preferCode: prefer.code } : {}),
        ...(prefer.example !== undefined ? { preferExample: prefer.example } : {}),
      };
      result = await engine.handle(request);
    } catch (error) {
      await sendProblem(badRequest(vendor, error instanceof Error ? error.message : String(error)));
      return finish();
    }

    switch (result.kind) {
      case 'no-route':
        await sendProblem(
          noRoute(vendor, method, url.pathname, result.reason, engine.operations, basePaths),
        );
        return finish();
      case 'engine-error':
        entry.operationId = result.operation.operationId;
        await sendProblem(
          options.mode === 'proxy'
            ? upstreamError(vendor, result.message, result.operation.operationId)
            : engineError(vendor, result.status, result.message, result.operation.operationId),
        );
        return finish();
      case 'undefined-preference':
        entry.operationId = result.operation.operationId;
        await sendProblem(
          undefinedPreference(vendor, result.operation, result.preference, result.value),
        );
        return finish();
      case 'unauthorized':
        entry.operationId = result.operation.operationId;
        await send(result.status, result.headers, result.body);
        return finish();
      case 'invalid':
        entry.operationId = result.operation.operationId;
        entry.requestViolations = result.violations.map(describeViolation);
        await sendProblem(invalidRequest(vendor, result.operation, result.violations));
        return finish();
      case 'answer':
        break;
    }
    entry.operationId = result.operation.operationId;
    entry.requestViolations.push(...result.requestViolations.map(describeViolation));
    entry.responseViolations = result.responseViolations.map(describeViolation);

    // Faults replace successful answers only: an error the client asked for stays that error.
    const fault =
      options.faults && result.status < 400
        ? options.faults.draw(
            `${method} ${rawUrl} ${bodyText}`,
            result.operation.operationId,
            forced,
            req.headers.authorization,
          )
        : undefined;
    if (fault) {
      entry.fault = fault;
      if (options.latencyMs > 0) await delay(options.latencyMs);
      await injectFault(fault, res, options.faults?.slowHeadersMs ?? 0);
      return finish();
    }
    const violations = [
      ...result.requestViolations.map((v) => ({ ...v, location: ['request', v.location, v.name] })),
      ...result.responseViolations.map((v) => ({
        ...v,
        location: ['response', v.location, v.name],
      })),
    ];
    // Prism's header for an exchange that broke the spec but was answered (validation off, a
    // proxied answer, a dataset bug), kept so tools that read it keep working.
    const flagged =
      violations.length > 0
        ? { ...result.headers, 'sl-violations': headerSafe(JSON.stringify(violations)) }
        : result.headers;
    await send(result.status, flagged, result.body);
    return finish();
  }

  function answerControl(path: string, method: string, res: ServerResponse): void {
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

  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        const problem = badRequest(vendor, `Internal mock error: ${String(error)}`);
        res.writeHead(500, { 'content-type': PROBLEM_CONTENT_TYPE });
        res.end(JSON.stringify({ ...problem, status: 500 }));
      } else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
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

/** A header value: printable ASCII only (anything else would make writeHead throw), bounded. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 8_000);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
