const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Redirects one attempt follows before it gives up (the fetch standard allows 20). */
export const MAX_REDIRECTS = 5;
// Headers that describe a request body, dropped with the body when a redirect turns the request
// into a GET (the fetch standard's "request-body-header names").
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];

// Why a redirect response was not followed, for the error `createCall` raises from it.
const refusedRedirects = new WeakMap<Response, string>();

/**
 * Why the client did not follow this redirect response, or `undefined` when it is not one it
 * refused.
 * @internal
 */
export function redirectRefusal(response: Response): string | undefined {
  return refusedRedirects.get(response);
}

/**
 * One request of an attempt: the original one, then each redirect hop it follows. Updated in place
 * as the attempt moves from hop to hop; `headers` may be the caller's own, so they are replaced by
 * a copy, never changed.
 * @internal
 */
export interface Hop {
  url: string;
  method: string;
  headers: Headers;
  body: ArrayBuffer | undefined;
}

/**
 * Where an attempt stands in its redirects: the URL its first request was sent to (whose origin
 * alone redirects may lead to), the hops followed so far, and the caller's redirect mode.
 * @internal
 */
export interface RedirectRoute {
  from: string;
  hops: number;
  mode: RequestRedirect;
}

/**
 * Moves `hop` on to the URL a redirect response leads to. Returns `false` when the response is the
 * attempt's outcome instead: not a redirect, one the caller asked to get, or one the client refuses
 * (the reason is kept for `redirectRefusal`).
 * @internal
 */
export function followRedirect(response: Response, hop: Hop, route: RedirectRoute): boolean {
  if (!REDIRECT_STATUSES.has(response.status)) return false;
  // A caller who asked for the redirect itself (openapi-fetch `redirect: 'manual'`) gets it.
  if (route.mode === 'manual') return false;
  const location = response.headers.get('location');
  if (location === null) return false;
  const next = nextHop(location, hop.url, route);
  if (typeof next === 'string') {
    refusedRedirects.set(response, next);
    return false;
  }
  if (turnsIntoGet(response.status, hop.method)) {
    hop.method = 'GET';
    hop.body = undefined;
    hop.headers = new Headers(hop.headers);
    for (const name of BODY_HEADERS) hop.headers.delete(name);
  }
  hop.url = next.toString();
  return true;
}

/**
 * Whether a redirect continues as a GET without the body, as the fetch standard says: 303 (for
 * anything but GET and HEAD), and 301/302 after a POST. 307 and 308 keep the method and body.
 */
function turnsIntoGet(status: number, method: string): boolean {
  return (
    (status === 303 && method !== 'GET' && method !== 'HEAD') ||
    ((status === 301 || status === 302) && method === 'POST')
  );
}

/** The URL a redirect leads to, or why the client does not follow it. */
function nextHop(location: string, from: string, route: RedirectRoute): URL | string {
  const { hops, mode } = route;
  const origin = new URL(route.from).origin;
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    return 'redirected to a location that is not a URL, which the client does not follow.';
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    return 'redirected to a location that is not an http(s) URL, which the client does not follow.';
  }
  if (next.origin !== origin) {
    return `redirected to another origin (${next.origin}), which the client does not follow: credentials go only to the origin they were configured for (${origin}). If the API has moved there, point the client's base URL at it.`;
  }
  if (mode === 'error') return 'redirected, and the request asked not to follow redirects.';
  if (hops >= MAX_REDIRECTS) {
    return `redirected more than ${MAX_REDIRECTS} times, which the client does not follow further.`;
  }
  return next;
}
