// Turning an HTTP request into what the engine takes: the body read and parsed, the headers, the
// `Prefer` preferences, the path without the vendor's base path, and the fault header.
import type { IncomingMessage } from 'node:http';
import type { Engine, EngineRequest } from './engine.js';
import { FAULT_HEADER, type FaultKind, parseFaultHeader } from './faults.js';

/** A request read off the wire, as the engine and the fault plan take it. */
export interface ReadRequest {
  request: EngineRequest;
  /** The fault the request's fault header forces, if any. */
  forced: { kind: FaultKind; times: number } | undefined;
  /** The body as sent (UTF-8), part of the key of the fault draw. */
  bodyText: string;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** What `parseBody` returns for a JSON body that does not parse. */
const INVALID_JSON = Symbol('invalid JSON');

/**
 * Reads a request's body and headers into what the engine takes.
 * @param path the path to hand the engine (see `stripBasePath`).
 * @returns `undefined` when its JSON body does not parse.
 * @throws Error for a body over 10 MiB or a malformed fault header.
 */
export async function readRequest(
  req: IncomingMessage,
  method: string,
  path: string,
  query: URLSearchParams,
): Promise<ReadRequest | undefined> {
  const raw = await readBody(req);
  const bodyText = raw.toString('utf8');
  const forcedHeader = req.headers[FAULT_HEADER];
  const forced = typeof forcedHeader === 'string' ? parseFaultHeader(forcedHeader) : undefined;
  const headers = headerRecord(req);
  const prefer = parsePrefer(headers.prefer);
  const body = parseBody(raw, bodyText, headers['content-type']);
  if (body === INVALID_JSON) return undefined;
  const request: EngineRequest = {
    method,
    path,
    query,
    headers,
    body,
    ...(prefer.code !== undefined ? { preferCode: prefer.code } : {}),
    ...(prefer.example !== undefined ? { preferExample: prefer.example } : {}),
  };
  return { request, forced, bodyText };
}

/**
 * The path to hand the engine: without the base path it starts with, when the rest routes to an
 * operation served under that base path; otherwise as sent (the root keeps working).
 */
export function stripBasePath(engine: Engine, path: string, basePaths: readonly string[]): string {
  for (const base of basePaths) {
    if (!path.startsWith(`${base}/`)) continue;
    const rest = path.slice(base.length);
    // Any method: a wrong method under a right base path is a 405, not a 404.
    if (engine.route(undefined, rest)?.basePaths.includes(base)) return rest;
  }
  return path;
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

/** The body as the engine takes it: parsed JSON, text for other media types, none when empty. */
function parseBody(raw: Buffer, text: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (!/json/i.test(contentType ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID_JSON;
  }
}
