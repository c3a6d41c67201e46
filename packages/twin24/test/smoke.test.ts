import { describe, expect, it } from 'vitest';
import * as twin24 from '../src/index.js';

describe('@botbridge/twin24 public surface', () => {
  it('exports the client factory, normalizers, field lists and operation table', () => {
    expect(typeof twin24.createTwin24Client).toBe('function');
    expect(typeof twin24.normalizeChatSession).toBe('function');
    expect(typeof twin24.normalizeSession).toBe('function');
    expect(typeof twin24.normalizeMessage).toBe('function');
    expect(typeof twin24.normalizeIdentity).toBe('function');
    expect(typeof twin24.readSearchResult).toBe('function');
    expect(typeof twin24.readListPage).toBe('function');
    expect(typeof twin24.describeError).toBe('function');
    expect(twin24.VENDOR).toBe('twin24');
    expect(twin24.TWIN24_ANALYSE_URL).toBe('https://analyse.twin24.ai/api/v1');
    expect(twin24.DEFAULT_SESSION_FIELDS).toContain('id');
    for (const field of twin24.DEFAULT_SESSION_FIELDS) {
      expect(twin24.chatSessionFieldValues).toContain(field);
    }
    expect(twin24.operations.map((op) => op.operationId)).toEqual([
      'searchChatSessions',
      'login',
      'refreshToken',
      'getCurrentUser',
      'listSessions',
      'getSession',
      'listSessionMessages',
    ]);
    expect(twin24.CAPABILITIES).toEqual({
      leads: false,
      conversations: { since: 'server', until: 'server' },
      conversation: true,
      messages: { since: 'server', until: 'server' },
    });
  });

  it('names the same production hosts as the spec’s per-path servers', () => {
    const server = (id: string) => twin24.operations.find((op) => op.operationId === id)?.server;
    expect(server('searchChatSessions')).toBe(twin24.TWIN24_ANALYSE_URL);
    expect(server('login')).toBe(twin24.TWIN24_IAM_URL);
    expect(server('refreshToken')).toBe(twin24.TWIN24_IAM_URL);
    expect(server('getCurrentUser')).toBe(twin24.TWIN24_IAM_URL);
    for (const id of ['listSessions', 'getSession', 'listSessionMessages']) {
      expect(server(id)).toBe(twin24.TWIN24_CHAT_URL);
    }
  });

  it('constructs against a dummy base URL without sending anything', () => {
    const client = twin24.createTwin24Client({
      token: 'dummy.jwt.token',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(typeof client.api.GET).toBe('function');
    expect(typeof client.searchChatSessions).toBe('function');
    expect(typeof client.chatSessions).toBe('function');
    expect(client.vendor).toBe('twin24');
    expect(client.capabilities).toBe(twin24.CAPABILITIES);
  });

  it('constructs with credentials without logging in', () => {
    let sent = 0;
    const client = twin24.createTwin24Client({
      credentials: { email: 'a@example.com', password: 'secret-password' },
      fetch: async () => {
        sent++;
        return new Response('{}');
      },
    });
    expect(typeof client.conversations).toBe('function');
    expect(sent).toBe(0);
  });
});
