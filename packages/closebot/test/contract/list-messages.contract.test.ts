import { collect } from '@botbridge/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();
const leadId = 'lead_9F3KQ2M7XW1T';

describe('GET /botMetric/messages (listMessages) against Prism', () => {
  it.each(['conversation', 'empty', 'nulls'])('normalizes the %s example', async (name) => {
    const messages = await client.listMessages(
      {
        leadId,
        start: '2026-07-21T00:00:00Z',
        end: new Date('2026-07-23T00:00:00Z'),
        maxCount: 100,
      },
      example(name),
    );
    for (const message of messages) {
      expect(message).toMatchObject({ vendor: 'closebot' });
      expect(['contact', 'bot']).toContain(message.role);
      expect(message.id).not.toBe('');
      expect(message.conversationId).not.toBe('');
      expect(message.attachments).toBeInstanceOf(Array);
    }
    if (name === 'empty') expect(messages).toEqual([]);
    if (name === 'nulls') expect(messages[0]?.conversationId).toBe(leadId);
  });

  it('messages() reads the conversation window by window, in time order', async () => {
    const messages = await collect(client.messages(leadId, { since: '2026-07-01T00:00:00Z' }));
    expect(messages.length).toBeGreaterThan(0);
    const times = messages.map((m) => m.createdAt ?? '');
    expect(times).toEqual([...times].sort());
  });

  it.each([401, 429, 500, 504])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.listMessages({ leadId }, status(code)), code, 'listMessages');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
