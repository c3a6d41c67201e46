import { describe, expect, it } from 'vitest';
import * as closebot from '../src/index.js';

describe('@botbridge/closebot public surface', () => {
  it('exports the client factory, normalizers and operation table', () => {
    expect(typeof closebot.createCloseBotClient).toBe('function');
    expect(typeof closebot.normalizeLead).toBe('function');
    expect(typeof closebot.normalizeLeadConversation).toBe('function');
    expect(typeof closebot.normalizeMessage).toBe('function');
    expect(closebot.CAPABILITIES).toEqual({
      leads: { since: 'client', until: 'client' },
      conversations: { since: 'client', until: 'client' },
      conversation: true,
      messages: { since: 'server', until: 'server' },
    });
    expect(closebot.CLOSEBOT_BASE_URL).toBe('https://api.closebot.com');
    expect(closebot.operations.map((op) => op.operationId)).toContain('listTestSessions');
  });

  it('constructs against a dummy base URL without sending anything', () => {
    const client = closebot.createCloseBotClient({
      apiKey: 'cb_dummy_key',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(typeof client.api.GET).toBe('function');
    expect(typeof client.listTestSessions).toBe('function');
    expect(client.vendor).toBe('closebot');
    for (const method of ['leads', 'conversations', 'conversation', 'messages'] as const)
      expect(typeof client[method]).toBe('function');
  });
});
