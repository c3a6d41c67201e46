// Type-level tests, checked by the `typecheck` target (tsc), not run by vitest: the spec's enum of
// selectable fields reaches both the typed client and the normalized methods, the client is a core
// `Source`, and the resource Twin lacks cannot be called.
import type { Conversation, Identity, Message, Source } from '@botbridge/core';
import { expectTypeOf } from 'vitest';
import type { components } from '../src/generated/schema.js';
import {
  type ChatMessage,
  type ChatSession,
  type ChatSessionField,
  type CurrentUser,
  createTwin24Client,
  type Twin24Client,
  type Twin24Identity,
  type TwinConversation,
  type TwinMessage,
  type TwinSessionConversation,
} from '../src/index.js';

const client = createTwin24Client({ token: 't' });

async function typed() {
  await client.api.GET('/search/chat/sessions', {
    params: { query: { fields: ['id', 'status'], limit: 10 } },
  });
  // @ts-expect-error: `fields` is required by the spec
  await client.api.GET('/search/chat/sessions', { params: { query: { limit: 10 } } });
  // @ts-expect-error: not one of the 66 selectable field names
  await client.api.GET('/search/chat/sessions', { params: { query: { fields: ['idd'] } } });
  // @ts-expect-error: unknown field names are caught by the normalized method's types too
  await client.searchChatSessions({ fields: ['sessionName'] });
  expectTypeOf<'finisheAt'>().not.toMatchTypeOf<ChatSessionField>();
  expectTypeOf<'closedAt'>().toMatchTypeOf<ChatSessionField>();
  for await (const session of client.chatSessions({ fields: ['closedAt'] })) {
    expectTypeOf(session).toEqualTypeOf<TwinConversation>();
    expectTypeOf(session.status).toEqualTypeOf<'open' | 'closed' | 'unknown'>();
  }
}

async function chatService() {
  const page = await client.listSessions({ limit: 10, markedAsSpam: false });
  expectTypeOf(page.conversations).toEqualTypeOf<TwinSessionConversation[]>();
  expectTypeOf(page.count).toEqualTypeOf<number | undefined>();
  const session = await client.getSession('s');
  expectTypeOf(session.raw).toEqualTypeOf<ChatSession>();
  const messages = await client.listSessionMessages('s', { sort: '-createdAt' });
  expectTypeOf(messages.messages).toEqualTypeOf<TwinMessage[]>();
  expectTypeOf(messages.messages[0]?.raw).toEqualTypeOf<ChatMessage | undefined>();
  // @ts-expect-error: the iterators page by themselves, so they take no offset
  client.sessions({ offset: 10 });
  // @ts-expect-error: booleans stay booleans
  await client.listSessions({ clientBanned: 'no' });
  await client.api.GET('/sessions/{sessionId}', {
    baseUrl: client.serviceUrls.chat,
    params: { path: { sessionId: 's' } },
  });
}

async function source() {
  const asSource: Source = client;
  void asSource;
  expectTypeOf(client.vendor).toEqualTypeOf<'twin24'>();
  expectTypeOf(client.capabilities.leads).toEqualTypeOf<false>();
  // @ts-expect-error: Twin has no leads, so the client's own type does not let you call it
  client.leads();
  for await (const conversation of client.conversations({ since: new Date(), status: 'ACTIVE' })) {
    expectTypeOf(conversation).toEqualTypeOf<TwinSessionConversation>();
    expectTypeOf(conversation).toMatchTypeOf<Conversation>();
  }
  // @ts-expect-error: not a Twin session filter
  client.conversations({ botId: 'b' });
  for await (const message of client.messages('s', { until: '2026-01-01', companyId: 1 })) {
    expectTypeOf(message).toEqualTypeOf<TwinMessage>();
    expectTypeOf(message).toMatchTypeOf<Message>();
    expectTypeOf(message.role).toEqualTypeOf<'contact' | 'bot' | 'agent' | 'system'>();
  }
  expectTypeOf(await client.conversation('s')).toEqualTypeOf<TwinSessionConversation>();
}

function credentials() {
  createTwin24Client({ credentials: { email: 'a@example.com', password: 'p', ttlSeconds: 3600 } });
  // @ts-expect-error: a token and credentials at once
  createTwin24Client({ token: 't', credentials: { email: 'a@example.com', password: 'p' } });
  // @ts-expect-error: neither a token nor credentials
  createTwin24Client({ baseUrl: 'http://127.0.0.1:4012' });
  // @ts-expect-error: a password is required
  createTwin24Client({ credentials: { email: 'a@example.com' } });
  // @ts-expect-error: only the three Twin services
  createTwin24Client({ token: 't', serviceUrls: { bot: 'https://bot.twin24.ai/api/v1' } });
  expectTypeOf<Twin24Client['leads']>().toEqualTypeOf<never>();
}

async function whoami() {
  const identity = await client.whoami({ signal: AbortSignal.timeout(5000) });
  expectTypeOf(identity).toEqualTypeOf<Twin24Identity>();
  expectTypeOf(identity).toEqualTypeOf<Identity<CurrentUser>>();
  expectTypeOf(identity.raw.id).toEqualTypeOf<number>();
  // The open-string `fields` of the session list: the known names, or any other string.
  await client.api.GET('/sessions', {
    baseUrl: client.serviceUrls.chat,
    params: { query: { fields: ['operators', 'aFieldTwinAddsLater'], markedAsSpam: '1' } },
  });
  // @ts-expect-error: a flag is true/false or the SDK's '1'/'0', nothing else
  await client.api.GET('/sessions', { params: { query: { markedAsSpam: 'yes' } } });
  expectTypeOf<ChatSession['operators']>().toEqualTypeOf<
    components['schemas']['SessionOperator'][] | string | null | undefined
  >();
}

void typed;
void whoami;
void chatService;
void source;
void credentials;
