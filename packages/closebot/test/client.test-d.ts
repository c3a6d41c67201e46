// Type-level tests, checked by the `typecheck` target (tsc), not run by vitest: the generated
// `paths` must flow into the typed client and the normalized methods.
import type { Conversation, Identity, Lead, Message, Source } from '@botbridge/core';
import { expectTypeOf } from 'vitest';
import {
  type AgencyDto,
  type BotDto,
  type BotMetricMessage,
  CAPABILITIES,
  type CloseBotConversation,
  type CloseBotIdentity,
  type CloseBotLead,
  type CloseBotMessage,
  createCloseBotClient,
  type LeadAiToggleDto,
  type LeadDto,
  type LeadPageVisitDto,
  type SourceDto,
  type TestSession,
} from '../src/index.js';

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

async function source() {
  // The client is a core Source, and CloseBot lacks none of its resources.
  expectTypeOf(client).toExtend<Source>();
  expectTypeOf(CAPABILITIES.leads.since).toEqualTypeOf<'client'>();
  expectTypeOf(CAPABILITIES.messages.until).toEqualTypeOf<'server'>();
  expectTypeOf(CAPABILITIES.conversation).toEqualTypeOf<true>();

  for await (const lead of client.leads({ since: '2026-01-01', sourceId: 'src_1' })) {
    expectTypeOf(lead).toEqualTypeOf<CloseBotLead>();
    expectTypeOf(lead).toExtend<Lead>();
  }
  for await (const conversation of client.conversations({ limit: 5, sourceId: 'src_1' })) {
    expectTypeOf(conversation).toEqualTypeOf<CloseBotConversation>();
    expectTypeOf(conversation).toExtend<Conversation>();
    expectTypeOf(conversation.raw).toEqualTypeOf<LeadDto>();
  }
  expectTypeOf(await client.conversation('lead_1')).toEqualTypeOf<CloseBotConversation>();
  for await (const message of client.messages('lead_1', { until: new Date() })) {
    expectTypeOf(message).toEqualTypeOf<CloseBotMessage>();
    expectTypeOf(message).toExtend<Message>();
    expectTypeOf(message.raw).toEqualTypeOf<BotMetricMessage>();
    expectTypeOf(message.role).toEqualTypeOf<'contact' | 'bot' | 'agent' | 'system'>();
  }
  // @ts-expect-error: sourceId is a string
  client.leads({ sourceId: 5 });
  // @ts-expect-error: messages takes no vendor filters
  client.messages('lead_1', { sourceId: 'src_1' });
}

async function typedMethods() {
  const page = await client.listLeads({ page: 0, pageSize: 50, sourceId: 'src_1' });
  expectTypeOf(page).toEqualTypeOf<{
    leads: CloseBotLead[];
    total: number;
    page: number;
    pageSize: number;
  }>();
  expectTypeOf(await client.getLead('l', { includeExternal: true })).toEqualTypeOf<CloseBotLead>();
  expectTypeOf((await client.searchLeads({ botIds: ['b'] })).leads).toEqualTypeOf<CloseBotLead[]>();
  expectTypeOf(await client.listMessages({ leadId: 'l' })).toEqualTypeOf<CloseBotMessage[]>();
  expectTypeOf(await client.listBots()).toEqualTypeOf<BotDto[]>();
  expectTypeOf(await client.getBot('b')).toEqualTypeOf<BotDto>();
  expectTypeOf((await client.listSources({ order: '-name' })).sources).toEqualTypeOf<SourceDto[]>();
  expectTypeOf(await client.getSource('s')).toEqualTypeOf<SourceDto>();
  expectTypeOf(await client.createTestSession('b')).toEqualTypeOf<TestSession>();
  // @ts-expect-error: forceTokenRefresh rewrites CRM credentials, so the read method does not offer it
  await client.listSources({ forceTokenRefresh: true });
  // @ts-expect-error: the list filters are arrays of ids
  await client.searchLeads({ sourceIds: 'src_1' });
}

async function issue13Reads() {
  // The credential check resolves to core's Identity over the raw agency.
  const me = await client.whoami();
  expectTypeOf(me).toEqualTypeOf<CloseBotIdentity>();
  expectTypeOf(me).toEqualTypeOf<Identity<AgencyDto>>();
  expectTypeOf(me.raw.members).toEqualTypeOf<
    | Array<{
        accountId?: string | null;
        role?: string | null;
        authId?: string | null;
        name?: string | null;
        email?: string | null;
        status?: string | null;
      }>
    | null
    | undefined
  >();
  expectTypeOf(await client.listLeadPageHistory('l', { limit: 5 })).toEqualTypeOf<
    LeadPageVisitDto[]
  >();
  expectTypeOf(await client.getLeadAiToggle('l')).toEqualTypeOf<LeadAiToggleDto>();
  expectTypeOf(
    await client.countMessages({ sourceId: 's', start: new Date() }),
  ).toEqualTypeOf<number>();
  // @ts-expect-error: the count has no row cap to set
  await client.countMessages({ maxCount: 10 });

  // The fields of the current docs pages are typed, not only in `raw`.
  const bot = await client.getBot('b');
  expectTypeOf(bot.followUpStates).toEqualTypeOf<
    | Array<{
        id?: number;
        name?: string | null;
        isDefault?: boolean;
        sequences?: Array<{ order?: number; duration?: number; unit?: string | null }> | null;
        repeatFinal?: boolean;
        extraPrompt?: string | null;
        order?: number;
      }>
    | null
    | undefined
  >();
  const link = bot.sources?.[0];
  expectTypeOf(link?.tagFilterConfig?.groups?.[0]?.rules?.[0]?.condition).toEqualTypeOf<
    string | null | undefined
  >();
  expectTypeOf(link?.flowVariableValues).toEqualTypeOf<
    { [key: string]: unknown } | null | undefined
  >();
  const source = await client.getSource('s');
  expectTypeOf(source.bots?.[0]?.tagFilterConfig?.operator).toEqualTypeOf<
    string | null | undefined
  >();

  // The literal path has its own type in the typed client: the catalogue or its JSON text.
  const { data } = await client.api.GET('/bot/nodeDescriptors');
  expectTypeOf(data).toExtend<string | { atomicNodes?: unknown[] | null } | undefined>();
}

void typedClient;
void normalized;
void source;
void typedMethods;
void issue13Reads;
