// The echoing server's toolkit: it answers in every vendor's error shape at once and puts every
// credential the client can know, in every encoding of encodings.ts, wherever a careless client
// could pick it up. Its error bodies also carry the keys that change a prototype when a copy is
// made by assignment (`__proto__`, `constructor`, `prototype`).

import type { ServerResponse } from 'node:http';
import { type RecordedRequest, startLoopbackServer } from '@botbridge/testing';
import { echoes, headerSafe } from './encodings.js';
import { SECRETS } from './planted.js';

/** What the server of one scenario knows and can do. */
export class Kit {
  readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Tokens the fake IAM has handed the client so far. */
  readonly issued: string[] = [];
  logins = 0;
  refreshes = 0;

  /**
   * @param held the credentials the client was created with
   * @param offSpec a success body that breaks the vendor spec (for the validation paths)
   */
  constructor(
    readonly held: readonly string[],
    readonly offSpec: unknown,
  ) {}

  /**
   * Every credential the client can know at this point: those it was created with, the tokens
   * issued to it, and whatever the request carries (auth headers, a login body).
   */
  heard(req: RecordedRequest): string[] {
    return [...new Set([...this.sentInHeaders(req), ...this.held, ...this.issued])];
  }

  /** The credentials the request carries in its headers. */
  sentInHeaders(req: RecordedRequest): string[] {
    return [req.headers.authorization, req.headers['x-cb-key']]
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.replace(/^Bearer\s+/i, ''));
  }

  /** Every credential the client can know, in every encoding the server echoes it in. */
  echoed(req: RecordedRequest): string[] {
    return this.heard(req).flatMap(echoes);
  }

  /** An error body in every vendor's shape at once, echoing the secrets everywhere. */
  errorBody(req: RecordedRequest, status: number): Record<string, unknown> {
    const all = this.echoed(req).join(' | ');
    return {
      // OpenCX `{ statusCode, message, error }`, CloseBot problem documents, Twin `error`/`details`
      statusCode: status,
      message: `bad key ${all}`,
      error: `rejected ${all}`,
      title: `Unauthorized: ${all}`,
      detail: `the key ${all} is unknown`,
      details: { hint: { text: `try ${all}` }, seen: [all, { again: all }] },
      // SmarterBot's envelope
      Success: false,
      Code: status,
      Message: `bad key ${all}`,
      Data: null,
      Version: '1.0.0',
      // credential-named fields, and everything the request carried
      token: all,
      refreshToken: all,
      apiKey: all,
      password: all,
      echo: { url: req.url, headers: req.headers, body: req.body },
      // Keys that set a prototype when assigned; a copy must keep them as plain data. (A computed
      // key makes `__proto__` an own property here, as JSON.parse does on the client's side.)
      ['__proto__']: { isAdmin: true, note: all },
      constructor: { prototype: { isAdmin: true } },
      prototype: { isAdmin: true },
    };
  }

  /**
   * Response headers that echo the credentials, including the request-id headers errors keep. The
   * one an error keeps (`x-request-id`) carries every encoding of what the request sent and what
   * the client was created with; the rest carry every credential as heard. (All of it at once
   * would pass the 16 KiB a client accepts in headers.)
   */
  echoHeaders(req: RecordedRequest): Record<string, string> {
    const heard = this.heard(req).map(headerSafe).join(' ');
    const sent = [...new Set([...this.sentInHeaders(req), ...this.held])];
    return {
      'x-request-id': sent.flatMap(echoes).map(headerSafe).join(' '),
      'x-correlation-id': heard,
      'x-echo-credential': heard,
      'www-authenticate': `Bearer realm="api", error="invalid_token", token="${heard}"`,
      'set-cookie': `session=${heard}; HttpOnly`,
    };
  }

  /** A redirect target that carries the credential in the path and query, as URLs encode it. */
  echoLocation(req: RecordedRequest): string {
    const secret = this.heard(req)[0] ?? '';
    const form = new URLSearchParams({ k: secret }).toString().slice(2);
    const lower = encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
    const twice = encodeURIComponent(encodeURIComponent(secret));
    const b64 = Buffer.from(`user:${secret}`).toString('base64url');
    return `/echo/${encodeURIComponent(secret)}/${twice}?token=${form}&key=${lower}&note=${lower}&next=${twice}&b=${b64}`;
  }

  fail(req: RecordedRequest, res: ServerResponse, status: number, headers = {}): void {
    json(res, status, this.errorBody(req, status), { ...this.echoHeaders(req), ...headers });
  }

  /** Answers later (for timeouts); cancelled when the scenario ends. */
  later(ms: number, answer: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      answer();
    }, ms);
    this.timers.add(timer);
  }

  /** Twin's IAM when it works: login and refresh each issue a planted token pair. */
  issueTokens(req: RecordedRequest, res: ServerResponse): void {
    if (req.url.endsWith('/auth/login')) {
      this.logins++;
      this.issue(res, SECRETS.twinAccess1, SECRETS.twinRefresh1);
    } else {
      this.refreshes++;
      this.issue(res, SECRETS.twinAccess2, SECRETS.twinRefresh2);
    }
  }

  issue(res: ServerResponse, token: string, refreshToken: string): void {
    this.issued.push(token, refreshToken);
    json(res, 200, { token, refreshToken });
  }
}

/**
 * Answers with `text` as UTF-8. The body goes out as bytes: Node writes the headers together with
 * a string body in the body's encoding, which would send header text as UTF-8 rather than as the
 * Latin-1 bytes `headerSafe` chose.
 */
export function raw(res: ServerResponse, status: number, type: string, text: string, headers = {}) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'content-type': type,
    'content-length': String(body.length),
    ...headers,
  });
  res.end(body);
}

/** Answers with a JSON body (see `raw` for why not `sendJson`). */
export function json(res: ServerResponse, status: number, body: unknown, headers = {}) {
  raw(res, status, 'application/json', JSON.stringify(body), headers);
}

/** A port nothing listens on: a server's, after it closed. */
export async function refusedUrl(): Promise<string> {
  const server = await startLoopbackServer(() => undefined);
  await server.close();
  return server.url;
}
