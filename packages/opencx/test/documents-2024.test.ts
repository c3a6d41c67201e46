import { readFileSync } from 'node:fs';
import { collect } from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { handoffIntegrationTypeKnownValues } from '../src/generated/schema.js';
import {
  type ChatHistoryItem,
  type ChatSession,
  createOpenCxClient,
  normalizeChatSession,
  normalizeHistoryItem,
} from '../src/index.js';
import { responseValidators } from '../src/validators.js';

// What OpenCX's own 2024 OpenAPI document allows and the newest docs do not show: null session and
// history times, sessions without `ai_closure_type`/`sentiment`, `human_agent_id` on agent events
// and `integration` on handoffs. Each fixture is in that document's shape, passes the generated
// validator, and normalizes without loss.
// https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json

const read = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
const session = (name: string) => read<ChatSession>(`chat-session.${name}`);
const historyItem = (name: string) => read<ChatHistoryItem>(`history-item.${name}`);

const SESSION = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

/** The issues the generated validator finds in a 200 answer of `operation`. */
function issuesOf(operation: 'getChatSession' | 'listChatHistory', body: unknown): string[] {
  const validate = responseValidators[operation]?.['200'];
  if (validate === undefined) throw new Error(`no 200 validator for ${operation}`);
  return validate(body);
}

describe('sessions with null times (2024 document)', () => {
  it('chat-session.null-updated-at-2024: valid; updatedAt takes the creation time', () => {
    const given = session('null-updated-at-2024');
    expect(issuesOf('getChatSession', given)).toEqual([]);
    const { raw, ...rest } = normalizeChatSession(given);
    expect(rest).toEqual({
      vendor: 'opencx',
      id: SESSION,
      status: 'closed',
      vendorStatus: 'closed_unresolved',
      channel: 'email',
      contact: {
        id: '2b3c4d5e-6f7a-4b8c-9d0e-f1a2b3c4d5e6',
        name: 'Noor Haddad',
        email: 'noor.haddad@example.com',
      },
      assigneeId: '4187',
      createdAt: '2026-04-02T10:00:00.000Z',
      updatedAt: '2026-04-02T10:00:00.000Z',
      language: 'en',
      handedOff: true,
      tags: [],
    });
    expect(raw).toBe(given);
  });

  it('chat-session.null-created-at-2024: valid; no createdAt rather than an invalid one', () => {
    const given = session('null-created-at-2024');
    expect(issuesOf('getChatSession', given)).toEqual([]);
    const conversation = normalizeChatSession(given);
    expect(conversation).not.toHaveProperty('createdAt');
    expect(conversation.updatedAt).toBe('2026-04-03T11:30:00.000Z');
    expect(conversation.id).toBe('c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f');
  });

  it('a string or an integer assignee_id passes and reads as the same string', () => {
    const given = session('null-updated-at-2024');
    for (const assignee_id of ['555', 555]) {
      expect(issuesOf('getChatSession', { ...given, assignee_id })).toEqual([]);
      expect(normalizeChatSession({ ...given, assignee_id }).assigneeId).toBe('555');
    }
  });
});

describe('agent and handoff events (2024 document)', () => {
  it.each([
    [
      'human-agent-comment-2024: the comment is the agent’s, with the agent id',
      'human-agent-comment-2024',
      {
        role: 'agent',
        vendorRole: 'human_agent_comment',
        authorId: '4187',
        text: 'Refund approved by the billing lead; issuing it now.',
        createdAt: '2026-02-27T16:52:40.000Z',
      },
    ],
    [
      'human-agent-joined-2024: a system event naming the agent, no createdAt for a null time',
      'human-agent-joined-2024',
      { role: 'system', vendorRole: 'human_agent_joined', authorId: '5023' },
    ],
    [
      'handoff-integration-2024: a system event naming the helpdesk',
      'handoff-integration-2024',
      {
        role: 'system',
        vendorRole: 'handoff',
        handoffIntegration: 'zendesk',
        createdAt: '2026-02-27T16:44:12.000Z',
      },
    ],
    [
      'handoff-unknown-integration: a helpdesk the document does not list is kept as sent',
      'handoff-unknown-integration',
      {
        role: 'system',
        vendorRole: 'handoff',
        handoffIntegration: 'freshdesk',
        createdAt: '2026-02-27T16:44:12.000Z',
      },
    ],
    [
      'handoff: the helpdesk in `context` (inferred newest placement) is read too',
      'handoff',
      {
        role: 'system',
        vendorRole: 'ai',
        handoffIntegration: 'zendesk',
        createdAt: '2026-02-27T16:44:12.000Z',
      },
    ],
  ])('history-item.%s', (_name, fixture, want) => {
    const given = historyItem(fixture);
    expect(issuesOf('listChatHistory', { items: [given], next: null })).toEqual([]);
    const { id, raw, ...rest } = normalizeHistoryItem(given, SESSION);
    expect(rest).toEqual({ vendor: 'opencx', conversationId: SESSION, attachments: [], ...want });
    expect(id).toMatch(/^opencx_message_[0-9a-f]{32}$/);
    expect(raw).toBe(given);
  });

  it('lists the handoff integration types the document names; the type stays an open string', () => {
    expect(handoffIntegrationTypeKnownValues).toEqual(['zendesk']);
    const item = historyItem('handoff-integration-2024');
    const withType = (type: unknown) => ({
      items: [{ ...item, event: { ...item.event, integration: { type } } }],
      next: null,
    });
    expect(issuesOf('listChatHistory', withType('intercom'))).toEqual([]);
    expect(issuesOf('listChatHistory', withType(7))).not.toEqual([]);
  });
});

describe('time windows over sessions with null times, strictly validated', () => {
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function serve(body: unknown) {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, body));
    return createOpenCxClient({
      apiKey: 'ocx_live_windows',
      baseUrl: server.url,
      retry: false,
      rateLimit: false,
      validateResponses: 'strict',
      validators: responseValidators,
    });
  }

  const page = {
    items: [session('null-updated-at-2024'), session('null-created-at-2024')],
    next: null,
  };

  it('an updated-window sync keeps both; a null updated_at reads as the creation time', async () => {
    const client = await serve(page);
    const since = '2026-04-01T00:00:00Z';
    const synced = await collect(client.conversations({ since, updatedAfter: since }));
    expect(synced.map((c) => [c.id, c.updatedAt])).toEqual([
      [SESSION, '2026-04-02T10:00:00.000Z'],
      ['c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f', '2026-04-03T11:30:00.000Z'],
    ]);
    // The bounds went to OpenCX as the spec names them.
    const query = new URL(server?.requests[0]?.url ?? '', 'http://x').searchParams;
    expect(query.get('updated_after')).toBe('2026-04-01T00:00:00.000Z');
    expect(query.get('created_after')).toBe('2026-03-31T23:59:59.999Z');
  });

  it('a since window compares updatedAt when created_at is null (core recordTime)', async () => {
    const client = await serve(page);
    const late = await collect(client.conversations({ since: '2026-04-03T00:00:00Z' }));
    expect(late.map((c) => c.id)).toEqual(['c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f']);
  });

  it('a history item with a null time is listed, and only matches an unbounded window', async () => {
    const items = [historyItem('handoff-integration-2024'), historyItem('human-agent-joined-2024')];
    const client = await serve({ items, next: null });
    expect(await collect(client.messages(SESSION))).toHaveLength(2);
    const bounded = await collect(client.messages(SESSION, { since: '2026-01-01T00:00:00Z' }));
    expect(bounded.map((m) => m.vendorRole)).toEqual(['handoff']);
  });
});
