import { describe, expect, it } from 'vitest';
import * as twin24 from '../src/index.js';

describe('@botbridge/twin24 public surface', () => {
  it('exports the client factory, normalizers, field lists and operation table', () => {
    expect(typeof twin24.createTwin24Client).toBe('function');
    expect(typeof twin24.normalizeChatSession).toBe('function');
    expect(typeof twin24.readSearchResult).toBe('function');
    expect(typeof twin24.describeError).toBe('function');
    expect(twin24.VENDOR).toBe('twin24');
    expect(twin24.TWIN24_ANALYSE_URL).toBe('https://analyse.twin24.ai/api/v1');
    expect(twin24.DEFAULT_SESSION_FIELDS).toContain('id');
    for (const field of twin24.DEFAULT_SESSION_FIELDS) {
      expect(twin24.chatSessionFieldValues).toContain(field);
    }
    expect(twin24.operations.map((op) => op.operationId)).toContain('searchChatSessions');
  });

  it('constructs against a dummy base URL without sending anything', () => {
    const client = twin24.createTwin24Client({
      token: 'dummy.jwt.token',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(typeof client.api.GET).toBe('function');
    expect(typeof client.searchChatSessions).toBe('function');
    expect(typeof client.chatSessions).toBe('function');
  });
});
