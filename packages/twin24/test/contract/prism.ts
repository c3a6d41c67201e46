// Helpers of the Twin contract tests (not a test file itself).

/**
 * A request transform that adds Prism's `Prefer` header to the requests of one path only, so that
 * a test picks the answer of, say, the login while every other call gets Prism's default.
 */
export function preferOn(pathSuffix: string, prefer: string) {
  return (request: Request): Request => {
    if (!new URL(request.url).pathname.endsWith(pathSuffix)) return request;
    const headers = new Headers(request.headers);
    headers.set('Prefer', prefer);
    return new Request(request, { headers });
  };
}

/** Wraps a fetch to note each request's path and `Authorization` header, in order. */
export function noteAuthorization(fetchImpl: typeof fetch) {
  const notes: Array<{ path: string; authorization: string | null }> = [];
  const wrapped = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    notes.push({
      path: new URL(request.url).pathname,
      authorization: request.headers.get('authorization'),
    });
    return fetchImpl(request);
  };
  return { fetch: wrapped as typeof fetch, notes };
}

/** The credentials of the spec's login examples. */
export const credentials = {
  email: 'alice.nguyen@example.com',
  password: 'correct-horse-battery-staple',
  ttlSeconds: 3600,
};

/** 2026-03-12T08:00:00Z: the `iat` of the spec's example tokens, when all of them are valid. */
export const EXAMPLES_ISSUED_AT = Date.parse('2026-03-12T08:00:00Z');
