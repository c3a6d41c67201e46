// Type-level tests, checked by the `typecheck` target (tsc), not run by vitest: the spec's enum of
// selectable fields reaches both the typed client and the normalized methods.
import { expectTypeOf } from 'vitest';
import { type ChatSessionField, createTwin24Client, type TwinConversation } from '../src/index.js';

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

void typed;
