// The echoing server's toolkit: it answers in every vendor's error shape at once and puts every
// credential the client can know wherever a careless client could pick it up.

import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson, startLoopbackServer } from '@botbridge/testing';
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
    const sent = [req.headers.authorization, req.headers['x-cb-key']]
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.replace(/^Bearer\s+/i, ''));
    return [...new Set([...sent, ...this.held, ...this.issued])];
  }

  /** An error body in every vendor's shape at once, echoing the secrets everywhere. */
  errorBody(req: RecordedRequest, status: number): Record<string, unknown> {
    const all = this.heard(req).join(' | ');
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
    };
  }

  /** Response headers that echo the credentials, including the request-id headers errors keep. */
  echoHeaders(req: RecordedRequest): Record<string, string> {
    const all = this.heard(req).join(' ');
    return {
      'x-request-id': all,
      'x-correlation-id': all,
      'x-echo-credential': all,
      'www-authenticate': `Bearer realm="api", error="invalid_token", token="${all}"`,
      'set-cookie': `session=${all}; HttpOnly`,
    };
  }

  fail(req: RecordedRequest, res: ServerResponse, status: number, headers = {}): void {
    sendJson(res, status, this.errorBody(req, status), { ...this.echoHeaders(req), ...headers });
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
    sendJson(res, 200, { token, refreshToken });
  }
}

export function raw(res: ServerResponse, status: number, type: string, text: string, headers = {}) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** A port nothing listens on: a server's, after it closed. */
export async function refusedUrl(): Promise<string> {
  const server = await startLoopbackServer(() => undefined);
  await server.close();
  return server.url;
}
