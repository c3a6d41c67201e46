import type { Middleware } from 'openapi-fetch';

// JSON.parse reads every number into a float, and a float holds integers exactly only up to
// 2^53 − 1: SmarterBot's SessionIDs 9007199254740993 and 9007199254740992 would both become
// 9007199254740992, and one session's messages would be returned for the other. Node 20 has no
// JSON.parse source access (the reviver's `context.source`), so integers past that range are
// turned into strings of their exact digits in the body text, before it is parsed.

/** A JSON number token, read from a given position. */
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Marks a response whose body the client's transport already read with integers kept exact
 * (`BufferedResponse`): the middleware leaves it as it is.
 * @internal
 */
export const EXACT_INTEGERS: unique symbol = Symbol('botbridge.exactIntegers');

/** 2^53 − 1 has 16 digits: an integer with fewer can never be out of range. */
const LONG_DIGITS = /\d{16}/;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Whether the UTF-8 `bytes` hold 16 digits in a row (the `LONG_DIGITS` test, before decoding):
 * without such a run (nearly every body) there is no integer to quote. Any run of 16 covers one
 * byte in 16, so only those are probed, and the digits around a probe that lands on one: a
 * fraction of the characters a regular expression tests. A digit is one byte in UTF-8, and no
 * byte of a multi-byte character is one.
 * @internal
 */
export function hasLongDigitRun(bytes: Uint8Array): boolean {
  for (let i = 15; i < bytes.length; i += 16) {
    if (!isDigit(bytes[i] as number)) continue;
    let start = i;
    while (start > 0 && isDigit(bytes[start - 1] as number)) start--;
    let end = i;
    while (end + 1 < bytes.length && isDigit(bytes[end + 1] as number)) end++;
    if (end - start >= 15) return true;
    // The next run starts past `end + 1`, and still covers a probe 16 apart from `end`.
    i = end;
  }
  return false;
}

/**
 * `text` with every JSON integer outside ±(2^53 − 1) written as a string of its digits
 * (`{"SessionID":9007199254740993}` → `{"SessionID":"9007199254740993"}`). Strings, fractions and
 * exponents are left as they are (a fraction is a float by nature). Returns `text` itself when
 * there is nothing to change, or when the result would not be JSON (the body was not JSON: it is
 * kept exactly as received, e.g. for an error body).
 * @internal
 */
export function quoteUnsafeIntegers(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  const quoted = quoteIntegerTokens(text);
  if (quoted === text) return text;
  try {
    JSON.parse(quoted);
    return quoted;
  } catch {
    return text;
  }
}

/**
 * `quoteUnsafeIntegers` without the check that the result is JSON, for a caller that parses the
 * result anyway: it is JSON exactly when `text` was (quoting turns a number into a string in
 * the same place). Returns `text` itself when there is nothing to change.
 * @internal
 */
export function quoteIntegerTokens(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, past escaped characters.
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22)
        i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      continue;
    }
    if (c !== 0x2d && !isDigit(c)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) {
      i++;
      continue;
    }
    const [token, fraction, exponent] = match;
    if (fraction === undefined && exponent === undefined && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(copied, i)}"${token}"`;
      copied = i + token.length;
    }
    i += token.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Keeps integers past 2^53 − 1 exact in every response body (see `quoteUnsafeIntegers`): they
 * arrive as strings of their digits where the spec says integer, so two ids never collapse into
 * one. A response without such integers is passed on untouched, and so is one the client's
 * transport read (it keeps them exact as it decodes the body): what is left is a response another
 * middleware made up in its `onResponse`. The client runs it only when a caller's middleware runs
 * (see `createApiClient`): without one, every response is the transport's.
 * @internal
 */
export function exactIntegersMiddleware(): Middleware {
  return {
    onResponse({ response }) {
      // Checked first: asking a buffered response for its `body` would build a stream for nothing.
      if (EXACT_INTEGERS in response || response.body === null) return undefined;
      return quoteResponse(response);
    },
  };
}

/** `response` with its unsafe integers quoted, or `undefined` when it has none. */
async function quoteResponse(response: Response): Promise<Response | undefined> {
  const text = await response.clone().text();
  const quoted = quoteUnsafeIntegers(text);
  if (quoted === text) return undefined;
  const headers = new Headers(response.headers);
  // The body is now decoded text of another length.
  headers.delete('content-length');
  headers.delete('content-encoding');
  const rewritten = new Response(quoted, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  // A constructed Response has no URL; errors name the request by it.
  Object.defineProperty(rewritten, 'url', { value: response.url });
  Object.defineProperty(rewritten, 'redirected', { value: response.redirected });
  return rewritten;
}
