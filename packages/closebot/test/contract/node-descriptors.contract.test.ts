import { mockUrl } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKey, contractClient, example, expectNoViolations } from './harness.js';

const { client, recorder } = contractClient();

describe('GET /bot/nodeDescriptors (getNodeDescriptors) against Prism', () => {
  it.each(['object', 'jsonText'])('the typed api reads the %s example', async (name) => {
    const { data, error } = await client.api.GET('/bot/nodeDescriptors', example(name));
    expect(error).toBeUndefined();
    const catalogue = typeof data === 'string' ? JSON.parse(data) : data;
    expect(catalogue.atomicNodes[0].className).toBe('SendMessageNode');
  });

  it('the mock routes the literal path to its own operation, not to getBot', async () => {
    const response = await fetch(`${mockUrl('closebot')}/bot/nodeDescriptors`, {
      headers: { 'X-CB-KEY': apiKey },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    // getBot's examples are bots (with an `id`); the catalogue has lists of node types instead.
    expect(body).toHaveProperty('atomicNodes');
    expect(body).not.toHaveProperty('id');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
