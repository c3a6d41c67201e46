import type { Middleware } from 'openapi-fetch';

/**
 * Puts credentials on every request. `apply` receives the request headers and sets the vendor's
 * scheme (an API-key header, `Bearer <token>`, ...); it may be async to fetch or refresh a token.
 */
export function authMiddleware(apply: (headers: Headers) => void | Promise<void>): Middleware {
  return {
    async onRequest({ request }) {
      await apply(request.headers);
      return request;
    },
  };
}
