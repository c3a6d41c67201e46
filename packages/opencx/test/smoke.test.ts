import { describe, expect, it } from 'vitest';
import * as opencx from '../src/index.js';

describe('@botbridge/opencx public surface', () => {
  it('exports the client factory, normalizers and operation table', () => {
    expect(typeof opencx.createOpenCxClient).toBe('function');
    expect(typeof opencx.normalizeChatSession).toBe('function');
    expect(typeof opencx.normalizeHistoryItem).toBe('function');
    expect(typeof opencx.normalizeContactRecord).toBe('function');
    expect(opencx.CAPABILITIES.leads).toBe(false);
    expect(opencx.sessionStatusValues).toContain('open');
    expect(opencx.channelTypeValues).toContain('whatsapp');
    expect(typeof opencx.describeError).toBe('function');
    expect(opencx.OPENCX_BASE_URL).toBe('https://api.open.cx');
    expect(opencx.VENDOR).toBe('opencx');
    expect(opencx.operations.map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        'getChatSession',
        'listChatSessions',
        'listChatHistory',
        'filterChatSessions',
        'listContacts',
      ]),
    );
  });

  it('constructs against a dummy base URL without sending anything', () => {
    const client = opencx.createOpenCxClient({
      apiKey: 'ocx_live_dummy',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(typeof client.api.GET).toBe('function');
    expect(typeof client.getChatSession).toBe('function');
    expect(client.vendor).toBe('opencx');
    for (const method of ['conversations', 'conversation', 'messages', 'chatSessions'] as const) {
      expect(typeof client[method]).toBe('function');
    }
  });
});
