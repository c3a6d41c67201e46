// Type-level tests, checked by the `typecheck` target (tsc), not run by vitest: the generated
// `paths` must flow into the typed client and the normalized methods.
import { expectTypeOf } from 'vitest';
import { type CloseBotLead, createCloseBotClient, type LeadDto } from '../src/index.js';

const client = createCloseBotClient({ apiKey: 'k' });

async function typedClient() {
  const { data } = await client.api.GET('/bot/{botId}/testSession', {
    params: { path: { botId: 'b' }, query: { offset: 0, maxCount: 10 } },
  });
  expectTypeOf(data).toEqualTypeOf<
    { leads?: LeadDto[] | null; total: number } | LeadDto[] | undefined
  >();
  // @ts-expect-error: botId is a required path parameter
  await client.api.GET('/bot/{botId}/testSession', { params: { path: {} } });
  const path = { botId: 'b' };
  // @ts-expect-error: maxCount is a number, not a string
  await client.api.GET('/bot/{botId}/testSession', { params: { path, query: { maxCount: '10' } } });
  // @ts-expect-error: the spec has no such path
  await client.api.GET('/bot/{botId}/sessions');
}

async function normalized() {
  const page = await client.listTestSessions({ botId: 'b' });
  expectTypeOf(page.leads).toEqualTypeOf<CloseBotLead[]>();
  expectTypeOf(page.leads[0]?.raw).toEqualTypeOf<LeadDto | undefined>();
  expectTypeOf(page.total).toEqualTypeOf<number | undefined>();
  for await (const lead of client.testSessions({ botId: 'b' })) {
    expectTypeOf(lead.kind).toEqualTypeOf<'lead' | 'appointment'>();
  }
  // @ts-expect-error: offset is managed by the iterator
  client.testSessions({ botId: 'b', offset: 5 });
}

void typedClient;
void normalized;
