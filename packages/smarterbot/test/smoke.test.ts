import { describe, expect, it } from 'vitest';
import * as smarterbot from '../src/index.js';

describe('@botbridge/smarterbot public surface', () => {
  it('exports the client factory, normalizers, envelope check and operation table', () => {
    expect(typeof smarterbot.createSmarterBotClient).toBe('function');
    expect(typeof smarterbot.normalizeLead).toBe('function');
    expect(typeof smarterbot.readLeadList).toBe('function');
    expect(typeof smarterbot.normalizeConversation).toBe('function');
    expect(typeof smarterbot.normalizeMessage).toBe('function');
    expect(typeof smarterbot.normalizeChatSession).toBe('function');
    expect(typeof smarterbot.conversationIdOf).toBe('function');
    expect(typeof smarterbot.readChatHistory).toBe('function');
    expect(typeof smarterbot.readMessageCount).toBe('function');
    expect(smarterbot.CAPABILITIES).toEqual({
      leads: { since: 'server', until: 'server' },
      conversations: { since: 'server', until: 'server' },
      conversation: false,
      messages: { since: 'none', until: 'none' },
    });
    expect(typeof smarterbot.checkEnvelope).toBe('function');
    expect(typeof smarterbot.describeError).toBe('function');
    expect(smarterbot.VENDOR).toBe('smarterbot');
    expect(smarterbot.SMARTERBOT_BASE_URL).toBe('https://usapi.hottask.com');
    expect(smarterbot.operations.map((op) => op.operationId)).toEqual([
      'listLeads',
      'getChatHistory',
      'getMessageCount',
    ]);
  });

  it('constructs against a dummy base URL without sending anything', () => {
    const client = smarterbot.createSmarterBotClient({
      apiKey: 'sb_dummy_key',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(typeof client.api.POST).toBe('function');
    expect(typeof client.listLeads).toBe('function');
    expect(typeof client.leads).toBe('function');
    expect(typeof client.getChatHistory).toBe('function');
    expect(typeof client.getMessageCount).toBe('function');
    expect(typeof client.conversations).toBe('function');
    expect(typeof client.messages).toBe('function');
    expect(client.vendor).toBe('smarterbot');
  });
});
