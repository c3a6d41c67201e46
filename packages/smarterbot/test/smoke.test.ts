import { describe, expect, it } from 'vitest';
import * as smarterbot from '../src/index.js';

describe('@botbridge/smarterbot public surface', () => {
  it('exports the client factory, normalizers, envelope check and operation table', () => {
    expect(typeof smarterbot.createSmarterBotClient).toBe('function');
    expect(typeof smarterbot.normalizeLead).toBe('function');
    expect(typeof smarterbot.readLeadList).toBe('function');
    expect(typeof smarterbot.checkEnvelope).toBe('function');
    expect(typeof smarterbot.describeError).toBe('function');
    expect(smarterbot.VENDOR).toBe('smarterbot');
    expect(smarterbot.SMARTERBOT_BASE_URL).toBe('https://usapi.hottask.com');
    expect(smarterbot.operations.map((op) => op.operationId)).toContain('listLeads');
  });

  it('constructs against a dummy base URL without sending anything', () => {
    const client = smarterbot.createSmarterBotClient({
      apiKey: 'sb_dummy_key',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(typeof client.api.POST).toBe('function');
    expect(typeof client.listLeads).toBe('function');
    expect(typeof client.leads).toBe('function');
  });
});
