// Type-level tests, checked by the `typecheck` target (tsc), not run by vitest: the generated
// `paths` and enums flow into the typed client and the normalized methods, and the `Source` side
// yields botbridge records while the resource OpenCX lacks cannot be called.
import type {
  CallOptions,
  Contact,
  Conversation,
  Identity,
  Message,
  MessageRole,
  Source,
} from '@botbridge/core';
import { expectTypeOf } from 'vitest';
import {
  type ChatHistoryItem,
  type ChatSession,
  type ContactDto,
  createOpenCxClient,
  type OpenCxClient,
  type OpenCxContactRecord,
  type OpenCxConversation,
  type OpenCxMessage,
  type Organization,
  type SessionStatus,
  sessionStatusValues,
} from '../src/index.js';

const client = createOpenCxClient({ apiKey: 'k' });
const SESSION = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

async function typedClient() {
  const { data } = await client.api.GET('/chat/sessions', {
    params: { query: { status: 'open', channel_type: 'whatsapp', handed_off: true } },
  });
  expectTypeOf(data?.items).toEqualTypeOf<ChatSession[] | undefined>();
  expectTypeOf(data?.next).toEqualTypeOf<string | null | undefined>();
  // @ts-expect-error: not one of the spec's session statuses
  await client.api.GET('/chat/sessions', { params: { query: { status: 'closed' } } });
  // @ts-expect-error: handed_off is a boolean
  await client.api.GET('/chat/sessions', { params: { query: { handed_off: 'true' } } });
  // @ts-expect-error: filterChatSessions is a POST with a body
  await client.api.GET('/chat/sessions/filter');
}

async function normalized() {
  expectTypeOf(sessionStatusValues).toEqualTypeOf<readonly SessionStatus[]>();
  const page = await client.listChatSessions({ status: 'closed_resolved', handedOff: false });
  expectTypeOf(page.conversations).toEqualTypeOf<OpenCxConversation[]>();
  expectTypeOf(page.next).toEqualTypeOf<string | undefined>();
  // The next cursor goes straight back in.
  await client.listChatSessions({ cursor: page.next });
  // @ts-expect-error: not a status OpenCX knows
  await client.listChatSessions({ status: 'closed' });
  // @ts-expect-error: not a channel OpenCX knows
  client.chatSessions({ channelType: 'telegram' });
  // @ts-expect-error: the iterator manages the cursor itself
  client.chatSessions({ cursor: 'c1' });

  const history = await client.listChatHistory(SESSION);
  expectTypeOf(history.messages).toEqualTypeOf<OpenCxMessage[]>();
  expectTypeOf(history.messages[0]?.raw).toEqualTypeOf<ChatHistoryItem | undefined>();

  const filtered = await client.filterChatSessions({ sortBy: 'created_at', limit: 50 });
  expectTypeOf(filtered.hasNext).toEqualTypeOf<boolean>();
  // @ts-expect-error: sortBy is last_message_at or created_at
  await client.filterChatSessions({ sortBy: 'updated_at' });
  // @ts-expect-error: the iterator manages the page itself
  client.filteredChatSessions({ page: 2 });

  for await (const contact of client.contacts({ updatedAfter: new Date() })) {
    expectTypeOf(contact).toEqualTypeOf<OpenCxContactRecord>();
    expectTypeOf(contact).toMatchTypeOf<Contact>();
    expectTypeOf(contact.raw).toEqualTypeOf<ContactDto>();
  }
}

async function source() {
  expectTypeOf(client).toMatchTypeOf<Source>();
  expectTypeOf(client.capabilities.leads).toEqualTypeOf<false>();
  // @ts-expect-error: OpenCX has no leads, so the method is not callable
  client.leads();
  const typed: OpenCxClient = client;
  // @ts-expect-error: the same on the declared client type
  typed.leads({ limit: 1 });

  for await (const conversation of client.conversations({ since: new Date(), status: 'open' })) {
    expectTypeOf(conversation).toEqualTypeOf<OpenCxConversation>();
    expectTypeOf(conversation).toMatchTypeOf<Conversation>();
    expectTypeOf(conversation.raw).toEqualTypeOf<ChatSession>();
  }
  // @ts-expect-error: since/until already bound the creation time
  client.conversations({ createdAfter: '2026-01-01' });
  expectTypeOf(await client.conversation(SESSION)).toEqualTypeOf<OpenCxConversation>();
  for await (const message of client.messages(SESSION, { until: '2026-01-01', limit: 10 })) {
    expectTypeOf(message).toEqualTypeOf<OpenCxMessage>();
    expectTypeOf(message).toMatchTypeOf<Message>();
    expectTypeOf(message.role).toEqualTypeOf<MessageRole>();
    // The agent and helpdesk OpenCX's agent and handoff events name, beside core's fields.
    expectTypeOf(message.authorId).toEqualTypeOf<string | undefined>();
    expectTypeOf(message.handoffIntegration).toEqualTypeOf<string | undefined>();
  }
}

async function credentialCheck() {
  expectTypeOf(client.whoami).toEqualTypeOf<
    (options?: CallOptions) => Promise<Identity<Organization>>
  >();
  const identity = await client.whoami({ signal: AbortSignal.timeout(5_000) });
  expectTypeOf(identity.name).toEqualTypeOf<string | undefined>();
  expectTypeOf(identity.raw.created_at).toEqualTypeOf<string | null>();
  // The spec's open-string pattern: the known helpdesk, or any other string.
  type HandoffType = NonNullable<NonNullable<ChatHistoryItem['event']>['integration']>['type'];
  expectTypeOf<'zendesk'>().toMatchTypeOf<HandoffType>();
  expectTypeOf<'freshdesk'>().toMatchTypeOf<HandoffType>();
  // Null times from the 2024 document are part of the types.
  expectTypeOf<ChatSession['updated_at']>().toEqualTypeOf<string | null>();
  expectTypeOf<ChatHistoryItem['created_at']>().toEqualTypeOf<string | null>();
}

void typedClient;
void normalized;
void source;
void credentialCheck;
