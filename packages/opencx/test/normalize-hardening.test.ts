import { readFileSync } from 'node:fs';
import { collect, isVendorNormalizationError } from '@botbridge/core';
import { expectOwnData, type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatHistoryItem,
  type ChatSession,
  createOpenCxClient,
  normalizeChatSession,
  normalizeContactRecord,
  normalizeHistoryItem,
} from '../src/index.js';

// Issue #8 for OpenCX: years below 100, derived ids that changed with the record, `__proto__` keys,
// and integer ids past 2^53. Behaviour on real HTTP on 127.0.0.1.

const read = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
const SESSION = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves `body` (JSON text, sent as is) to every request. */
async function serveText(body: string) {
  server = await startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  return createOpenCxClient({ apiKey: 'ocx_secret_key', baseUrl: server.url });
}
const query = (i = 0) => new URL(server?.requests[i]?.url ?? '', 'http://x').searchParams;

describe('years below 100 (kind 7)', () => {
  it('keeps a session created in the year 1 or 50 in that year, never 19xx', () => {
    const typical = read<ChatSession>('chat-session.typical');
    expect(normalizeChatSession({ ...typical, created_at: '0001-01-01T00:00:00Z' }).createdAt).toBe(
      '0001-01-01T00:00:00.000Z',
    );
    expect(normalizeChatSession({ ...typical, updated_at: '0050-01-01T00:00:00Z' }).updatedAt).toBe(
      '0050-01-01T00:00:00.000Z',
    );
    const item = read<ChatHistoryItem>('history-item.missing-id');
    expect(
      normalizeHistoryItem({ ...item, created_at: '0099-12-31T23:59:59Z' }, SESSION).createdAt,
    ).toBe('0099-12-31T23:59:59.000Z');
  });

  it('conversations({ since: "0050-…" }) sends created_after in the year 49, not 1949', async () => {
    const client = await serveText('{"items":[],"next":null}');
    await collect(
      client.conversations({ since: '0050-01-01T00:00:00', until: new Date('0099-01-01') }),
    );
    expect(query().get('created_after')).toBe('0049-12-31T23:59:59.999Z');
    expect(query().get('created_before')).toBe('0099-01-01T00:00:00.000Z');
  });

  it('a since at the very start of the year 0 is sent as is, with its four-digit year', async () => {
    const client = await serveText('{"items":[],"next":null}');
    await collect(client.conversations({ since: '0000-01-01T00:00:00Z' }));
    expect(query().get('created_after')).toBe('0000-01-01T00:00:00.000Z');
  });

  it('listChatSessions and listContacts send their bounds in the years written', async () => {
    const client = await serveText('{"items":[],"next":null}');
    await client.listChatSessions({ updatedAfter: '0001-01-01T00:00:00' });
    await client.listContacts({ createdBefore: new Date('0075-05-05T00:00:00Z') });
    expect(query(0).get('updated_after')).toBe('0001-01-01T00:00:00.000Z');
    expect(query(1).get('created_before')).toBe('0075-05-05T00:00:00.000Z');
  });
});

describe('derived ids (kind 8)', () => {
  it('a history item keeps its id when its sender is renamed', () => {
    const given = read<ChatHistoryItem>('history-item.missing-id');
    const id = normalizeHistoryItem(given, SESSION).id;
    const renamed = {
      ...given,
      event: { ...given.event, sender: { type: 'contact', name: 'Maria O.' } },
    } as ChatHistoryItem;
    expect(normalizeHistoryItem(renamed, SESSION).id).toBe(id);
  });

  it('a session without id or created_at falls back on its ticket number, which does not change', () => {
    const { id: _id, created_at: _created, ...rest } = read<ChatSession>('chat-session.typical');
    const given = rest as ChatSession;
    const id = normalizeChatSession(given).id;
    const updated = { ...given, status: 'closed_resolved', updated_at: '2026-03-15T00:00:00Z' };
    expect(normalizeChatSession(updated as ChatSession).id).toBe(id);
    expect(normalizeChatSession({ ...given, ticket_number: 4522 }).id).not.toBe(id);
  });

  it('sessions without id listed twice, before and after they change, keep their ids', async () => {
    const { id: _id, ...session } = read<ChatSession>('chat-session.typical');
    const later = { ...session, status: 'closed_unresolved', updated_at: '2026-03-15T00:00:00Z' };
    const client = await serveText(JSON.stringify({ items: [session], next: null }));
    const [before] = await collect(client.chatSessions());
    await server?.close();
    const again = await serveText(JSON.stringify({ items: [later], next: null }));
    const [after] = await collect(again.chatSessions());
    expect(after?.vendorStatus).toBe('closed_unresolved');
    expect(after?.id).toBe(before?.id);
  });
});

describe('__proto__ keys in vendor data (kind 12)', () => {
  it('nothing in a normalized session or contact inherits from vendor data', () => {
    const text = JSON.stringify(read<ChatSession>('chat-session.typical')).replace(
      '"contact":{',
      '"contact":{"__proto__":{"name":"inherited","id":"x"},',
    );
    const session = normalizeChatSession(JSON.parse(text) as ChatSession);
    expect(session.contact?.name).toBe('Maria Okafor');
    expectOwnData(session);
    const contact = normalizeContactRecord(
      JSON.parse('{"__proto__":{"email":"inherited@example.com"},"id":"c1"}'),
    );
    expect(contact).toEqual({ id: 'c1', raw: expect.anything() });
    expectOwnData(contact);
  });
});

describe('integer ids past 2^53 (kind 13)', () => {
  it('assignee ids one apart past 2^53 stay two ids through the client', async () => {
    const typical = JSON.stringify(read<ChatSession>('chat-session.typical'));
    const a = typical.replace('"assignee_id":"4187"', '"assignee_id":9007199254740993');
    const b = typical.replace('"assignee_id":"4187"', '"assignee_id":9007199254740992');
    const client = await serveText(`{"items":[${a},${b}],"next":null}`);
    const sessions = await collect(client.chatSessions());
    expect(sessions.map((s) => s.assigneeId)).toEqual(['9007199254740993', '9007199254740992']);
  });

  it('a rounded numeric assignee_id read elsewhere is a normalization error', () => {
    const session = { ...read<ChatSession>('chat-session.typical'), assignee_id: 2 ** 53 + 2 };
    let error: unknown;
    try {
      normalizeChatSession(session);
    } catch (caught) {
      error = caught;
    }
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'opencx', operation: 'getChatSession' });
    expect((error as Error).message).toContain('`assignee_id`');
  });
});
