// Type-level tests, checked by the `typecheck` target (tsc), not run by vitest: the generated
// `paths` flow into the typed client, and the client is a core `Source` whose missing resource
// cannot be called.
import type { Conversation, Identity, Lead, Message, Source } from '@botbridge/core';
import { expectTypeOf } from 'vitest';
import {
  type ChatMessageRecord,
  type ChatSessionRecord,
  createSmarterBotClient,
  type LeadRecord,
  type MessageCountResponse,
  type SmarterBotConversation,
  type SmarterBotIdentity,
  type SmarterBotLead,
  type SmarterBotMessage,
  type SmarterBotSession,
} from '../src/index.js';

const client = createSmarterBotClient({ apiKey: 'k', serialNumber: 'sn' });

async function typedClient() {
  const { data } = await client.api.POST('/chat/Chatbot/ChatContentHistory', {
    body: { SerialNumber: 'sn', StartTime: '2026-01-01' },
  });
  expectTypeOf(data?.Data).toEqualTypeOf<ChatSessionRecord[] | null | undefined>();
  // @ts-expect-error: the history body is PascalCase (`SerialNumber`), unlike LeadList's
  await client.api.POST('/chat/Chatbot/ChatContentHistory', { body: { serialNumber: 'sn' } });
  const count = await client.api.POST('/chat/Chatbot/GetMessageCountByChatbot', {
    body: { SerialNumber: 'sn' },
  });
  expectTypeOf(count.data?.Data).toEqualTypeOf<number | null | undefined>();
}

async function normalized() {
  expectTypeOf(await client.getChatHistory({ serialNumber: 'sn' })).toEqualTypeOf<
    SmarterBotSession[]
  >();
  expectTypeOf(await client.getMessageCount({ serialNumber: 'sn' })).toEqualTypeOf<number>();
  // @ts-expect-error: the typed methods name their chatbot
  await client.getChatHistory({ startTime: '2026-01-01' });
  const identity = await client.whoami({ signal: AbortSignal.timeout(5000) });
  expectTypeOf(identity).toEqualTypeOf<SmarterBotIdentity>();
  expectTypeOf(identity).toExtend<Identity<MessageCountResponse>>();
  expectTypeOf(identity.accountId).toEqualTypeOf<string | undefined>();
}

function openValues() {
  // Open strings: the known values (`Lead` | `Appointment`, `AI` | `User`) or any other string.
  // openapi-typescript writes `"Lead" | "Appointment" | string`, which TypeScript reads as string.
  expectTypeOf<NonNullable<LeadRecord['Type']>>().toEqualTypeOf<string>();
  expectTypeOf<NonNullable<ChatMessageRecord['Type']>>().toEqualTypeOf<string>();
  const custom: LeadRecord = { Type: 'Callback' };
  void custom;
}

async function source() {
  client satisfies Source;
  for await (const lead of client.leads({ since: '2026-01-01', sessionId: 4 })) {
    expectTypeOf(lead).toEqualTypeOf<SmarterBotLead>();
    expectTypeOf(lead.raw).toEqualTypeOf<LeadRecord>();
    expectTypeOf(lead).toExtend<Lead>();
  }
  for await (const conversation of client.conversations({ serialNumber: 'other' })) {
    expectTypeOf(conversation).toEqualTypeOf<SmarterBotConversation>();
    expectTypeOf(conversation.raw).toEqualTypeOf<ChatSessionRecord>();
    expectTypeOf(conversation).toExtend<Conversation>();
  }
  for await (const message of client.messages('40211', { limit: 10 })) {
    expectTypeOf(message).toEqualTypeOf<SmarterBotMessage>();
    expectTypeOf(message.raw).toEqualTypeOf<ChatMessageRecord>();
    expectTypeOf(message).toExtend<Message>();
  }
  // The pre-Source call shape still compiles: listLeads parameters and call options.
  client.leads({ serialNumber: 'sn', startTime: '2026-01-01', endTime: new Date() }, {});
  // @ts-expect-error: SmarterBot cannot fetch one conversation (capabilities.conversation: false)
  await client.conversation('40211');
  expectTypeOf(client.capabilities.conversation).toEqualTypeOf<false>();
  expectTypeOf(client.capabilities.messages.since).toEqualTypeOf<'none'>();
  // @ts-expect-error: the chatbot filter is a string
  client.conversations({ serialNumber: 42 });
}

void typedClient;
void normalized;
void source;
void openValues;
