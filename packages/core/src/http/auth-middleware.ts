import type { Middleware } from 'openapi-fetch';

/**
 * Puts credentials on a request that middleware sees. `apply` receives the request headers and
 * sets the vendor's scheme (an API-key header, `Bearer <token>`, ...); it may be async to fetch or
 * refresh a token. The client runs it first whenever a caller's middleware runs, so that this one
 * sees the credentials as they go out; a call no middleware sees gets them from the transport
 * instead (see `createApiClient`).
 */
export function authMiddleware(apply: (headers: Headers) => void | Promise<void>): Middleware {
  return {
    async onRequest({ request }) {
      await apply(request.headers);
      return request;
    },
  };
}
