// The calls of Twin's IAM service the token lifecycle makes: log in with the user's credentials,
// and trade a refresh token for a new pair.
// https://wiki.twin-ai.com/scripts/use-cases/authorization-token
import { readTokenPair, type TokenIssuer, type TokenPair, type Twin24Credentials } from './auth.js';
import type { Twin24Context } from './context.js';
import { serviceUrlOf } from './services.js';

/** The login and refresh of `credentials`, for `createTokenLifecycle`. @internal */
export function createTokenIssuer(
  context: Twin24Context,
  credentials: Twin24Credentials,
): TokenIssuer {
  return {
    login: () => login(context, credentials),
    refresh: (accessToken, refreshToken) =>
      refresh(context, credentials, accessToken, refreshToken),
  };
}

async function login(context: Twin24Context, credentials: Twin24Credentials): Promise<TokenPair> {
  const body = await context.call('login', () =>
    context.api.POST('/auth/login', {
      baseUrl: serviceUrlOf(context.serviceUrls, 'login'),
      body: {
        email: credentials.email,
        password: credentials.password,
        ttl: credentials.ttlSeconds,
        companyId: credentials.companyId,
      },
    }),
  );
  return readTokenPair(body, 'login');
}

async function refresh(
  context: Twin24Context,
  credentials: Twin24Credentials,
  accessToken: string,
  refreshToken: string,
): Promise<TokenPair> {
  const body = await context.call('refreshToken', () =>
    context.api.POST('/auth/refresh', {
      baseUrl: serviceUrlOf(context.serviceUrls, 'refreshToken'),
      // Twin's own SDK sends the current token WITHOUT the `Bearer ` prefix on this call
      // only; no vendor page documents the header, so we do as the SDK does.
      // https://github.com/URALINNOVATSIYA/sdk-php/blob/4029828d12d9c5af736ed7476ab1835b65e12aae/src/Http/Authenticator.php
      headers: { Authorization: accessToken },
      body: { refreshToken, ttl: credentials.ttlSeconds },
    }),
  );
  return readTokenPair(body, 'refreshToken');
}
