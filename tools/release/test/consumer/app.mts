// The consumer test's app: every published package, as a user's project imports them. The test
// compiles it as an ES module (app.mts) and, copied, as CommonJS (app.cts), runs both, and compares
// what they print. It starts the four mocks on free ports with a seeded dataset of 12 records.
import { createCloseBotClient } from '@botbridge/closebot';
import { responseValidators as closeBotValidators } from '@botbridge/closebot/validators';
import { type Conversation, collect, createHub, isVendorError, type Lead } from '@botbridge/core';
import { startMockServers } from '@botbridge/mock-server';
import { createOpenCxClient } from '@botbridge/opencx';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { createTwin24Client } from '@botbridge/twin24';

async function main(): Promise<void> {
  const mocks = await startMockServers({
    vendors: ['closebot', 'opencx', 'twin24', 'smarterbot'],
    ports: { closebot: 0, opencx: 0, twin24: 0, smarterbot: 0 },
    dataset: { records: 12 },
  });
  try {
    const closebot = createCloseBotClient({
      apiKey: 'k',
      baseUrl: mocks.urls.closebot,
      validateResponses: 'strict',
      validators: closeBotValidators,
    });
    const opencx = createOpenCxClient({ apiKey: 'k', baseUrl: mocks.urls.opencx });
    const twin = createTwin24Client({
      credentials: { email: 'dev@example.com', password: 'p' },
      baseUrl: mocks.urls.twin24,
    });
    const smarterbot = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: mocks.urls.smarterbot,
      // The dataset's first chatbot holds sessions and leads.
      serialNumber: mocks.datasets.smarterbot?.chatbots[0]?.serialNumber ?? '',
    });
    const hub = createHub([closebot, opencx, twin, smarterbot]);
    const leads: Lead[] = await collect(hub.leads());
    const conversations: Conversation[] = await collect(hub.conversations());
    for (const [kind, records] of [
      ['leads', leads],
      ['conversations', conversations],
    ] as const) {
      for (const vendor of ['closebot', 'opencx', 'twin24', 'smarterbot'] as const) {
        const ids = records.filter((record) => record.vendor === vendor).map((record) => record.id);
        console.log(`${vendor} ${kind} ${ids.length} distinct ${new Set(ids).size}`);
      }
    }
    // A typed raw field and a typed path of the generated client.
    const first = await collect(closebot.leads({ limit: 1 }));
    console.log(`closebot raw ${typeof first[0]?.raw.name}`);
    const { data } = await opencx.api.GET('/chat/sessions', { params: { query: {} } });
    console.log(`opencx api ${Array.isArray(data?.items)}`);
    try {
      await opencx.conversation('00000000-0000-4000-8000-000000000000');
    } catch (error) {
      console.log(`missing ${isVendorError(error) ? error.name : 'untyped'}`);
    }
  } finally {
    await mocks.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
