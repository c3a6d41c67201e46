import {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  createApiClient,
  createCall,
  requireCredential,
  VendorArgumentError,
} from '@botbridge/core';
import { describeError } from './errors.js';
import { operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { normalizeChatSession, type OpenCxConversation, VENDOR } from './normalize.js';

/** OpenCX's production API (the only documented host). https://docs.open.cx/api-reference */
export const OPENCX_BASE_URL = 'https://api.open.cx';

// Session ids are UUIDs; the docs' pattern also admits the nil and max UUIDs, so any hex digits
// are accepted in every group (no version or variant check).
// https://docs.open.cx/api-reference/chat-sessions/get
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OpenCxClientOptions extends ClientOptions {
  /**
   * API key from the OpenCX dashboard (Settings → Access), sent as `Authorization: Bearer <key>`.
   * Reading sessions needs a full-access key or the `chat-sessions:read` scope.
   * https://docs.open.cx/api-reference/authentication
   */
  apiKey: string;
}

export interface OpenCxClient {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  /** One chat session by its id (a UUID), normalized to a conversation. */
  getChatSession(sessionId: string, options?: CallOptions): Promise<OpenCxConversation>;
}

/** Creates an OpenCX client. Throws `VendorArgumentError` for a missing key or a bad option. */
export function createOpenCxClient(options: OpenCxClientOptions): OpenCxClient {
  const apiKey = requireCredential(options.apiKey, {
    vendor: VENDOR,
    operation: 'createOpenCxClient',
    parameter: 'apiKey',
    expected: 'a non-empty OpenCX API key',
  });
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? OPENCX_BASE_URL,
    operations,
    authenticate: (headers) => headers.set('Authorization', `Bearer ${apiKey}`),
  });
  const call = createCall({
    vendor: VENDOR,
    operations,
    secrets: () => [apiKey],
    describe: describeError,
  });

  return {
    api,
    async getChatSession(sessionId, callOptions = {}) {
      if (typeof sessionId !== 'string' || !UUID.test(sessionId)) {
        throw new VendorArgumentError({
          vendor: VENDOR,
          operation: 'getChatSession',
          parameter: 'sessionId',
          expected: 'a session UUID (8-4-4-4-12 hex digits)',
        });
      }
      const body = await call('getChatSession', () =>
        api.GET('/chat/sessions/{session_id}', {
          params: { path: { session_id: sessionId } },
          signal: callOptions.signal,
          headers: callOptions.headers,
        }),
      );
      return normalizeChatSession(body);
    },
  };
}
