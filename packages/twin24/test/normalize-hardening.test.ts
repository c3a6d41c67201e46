import { readFileSync } from 'node:fs';
import { collect, isVendorNormalizationError } from '@botbridge/core';
import { expectOwnData, type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatMessage,
  type ChatSession,
  type ChatSessionSearchItem,
  createTwin24Client,
  normalizeChatSession,
  normalizeMessage,
  normalizeSession,
} from '../src/index.js';
import { jwt } from './jwt.js';

// Issue #8 for Twin: years below 100, derived ids that changed with the record, `__proto__` keys,
// and integer ids past 2^53 (Twin's IAM user ids and messenger client ids are integers). Behaviour
// on real HTTP on 127.0.0.1.

const read = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
const token = jwt({ sub: 'user', exp: 4_102_444_800 });
const context = { conversationId: '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61', position: 0 };

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
  return createTwin24Client({ token, baseUrl: server.url });
}
const query = (i = 0) => new URL(server?.requests[i]?.url ?? '', 'http://x').searchParams;

describe('years below 100 (kind 7)', () => {
  it('keeps years below 100 as written in sessions, search items and messages', () => {
    const session = read<ChatSession>('session.typical');
    expect(normalizeSession({ ...session, startedAt: '0001-01-01T00:00:00+00:00' }).createdAt).toBe(
      '0001-01-01T00:00:00.000Z',
    );
    const item = read<ChatSessionSearchItem>('chat-session.typical');
    expect(normalizeChatSession({ ...item, closedAt: '0050-03-12T10:15:04+03:00' }).closedAt).toBe(
      '0050-03-12T07:15:04.000Z',
    );
    const message = read<ChatMessage>('message.typical');
    expect(
      normalizeMessage({ ...message, createdAt: '0099-01-01T00:00:00Z' }, context).createdAt,
    ).toBe('0099-01-01T00:00:00.000Z');
  });

  it('conversations({ since: "0050-…" }) sends from in the year 50, not 1950', async () => {
    const client = await serveText('{"count":0,"items":[]}');
    await collect(
      client.conversations({ since: '0050-01-01T00:00:00', until: new Date('0099-06-01') }),
    );
    expect(query().get('from')).toBe('0050-01-01T00:00:00.000Z');
    expect(query().get('to')).toBe('0099-06-01T00:00:00.000Z');
  });

  it('listSessionMessages and searchChatSessions send their windows in the years written', async () => {
    const client = await serveText('{"count":0,"items":[]}');
    await client.listSessionMessages(context.conversationId, {
      from: new Date('0001-01-01T00:00:00Z'),
    });
    await client.searchChatSessions({ to: '0075-05-05' });
    expect(query(0).get('from')).toBe('0001-01-01T00:00:00.000Z');
    expect(query(1).get('to')).toBe('0075-05-05T00:00:00.000Z');
  });
});

describe('derived session ids (kind 8)', () => {
  it('a chat-service session without id listed before and after it changes keeps its id', async () => {
    const { id: _id, ...session } = read<ChatSession>('session.typical');
    const later = {
      ...session,
      status: 'ACTIVE',
      operatorId: '1',
      operators: [],
      unreadClientMessageCount: 3,
      lastMessageCreatedAt: '2026-03-12T11:00:00+03:00',
      tags: 'vip',
      name: 'Alice N.',
    };
    const first = await serveText(JSON.stringify({ count: 1, items: [session] }));
    const [before] = await collect(first.conversations());
    await server?.close();
    const second = await serveText(JSON.stringify({ count: 1, items: [later] }));
    const [after] = await collect(second.conversations());
    expect(after?.vendorStatus).toBe('ACTIVE');
    expect(after?.id).toBe(before?.id);
  });
});

describe('__proto__ keys in vendor data (kind 12)', () => {
  it('nothing in a normalized session or message inherits from vendor data', () => {
    const session = JSON.parse(
      JSON.stringify(read<ChatSession>('session.typical')).replace(
        '"operators":[',
        '"operators":[{"__proto__":{"id":1}},',
      ),
    ) as ChatSession;
    expectOwnData(normalizeSession(session));
    const message = JSON.parse(
      JSON.stringify(read<ChatMessage>('message.typical')).replace(
        '"attachments":[{',
        '"attachments":[{"__proto__":{"url":"https://evil.example"}},{',
      ),
    ) as ChatMessage;
    const normalized = normalizeMessage(message, context);
    expect(normalized.attachments.map((a) => a.url)).toEqual([
      'https://files.example.com/chats/48213/8b9c0d1e.pdf',
    ]);
    expectOwnData(normalized);
  });
});

describe('integer ids past 2^53 (kind 13)', () => {
  it('client and IAM user ids one apart past 2^53 stay two ids through the client', async () => {
    const client = await serveText(
      '{"count":2,"items":[{"id":"s1","clientId":9007199254740993,"userId":9007199254740995},{"id":"s2","clientId":9007199254740992,"userId":9007199254740994}]}',
    );
    const page = await client.searchChatSessions();
    expect(page.conversations.map((c) => c.contact?.id)).toEqual([
      '9007199254740993',
      '9007199254740992',
    ]);
    expect(page.conversations.map((c) => c.assigneeId)).toEqual([
      '9007199254740995',
      '9007199254740994',
    ]);
  });

  it('sessions without id whose client ids differ past 2^53 get two derived ids', async () => {
    const startedAt = '"startedAt":"2026-03-12T10:15:04+03:00"';
    const client = await serveText(
      `{"count":2,"items":[{"clientId":9007199254740993,${startedAt}},{"clientId":9007199254740992,${startedAt}}]}`,
    );
    const page = await client.listSessions();
    const [a, b] = page.conversations.map((c) => c.id);
    expect(a).not.toBe(b);
  });

  it.each<[string, () => unknown]>([
    [
      'clientId of a search item',
      () => normalizeChatSession({ id: 's', clientId: 2 ** 53 + 2 } as never),
    ],
    ['userId of a search item', () => normalizeChatSession({ id: 's', userId: 2 ** 53 } as never)],
    ['clientId of a session', () => normalizeSession({ id: 's', clientId: 2 ** 60 } as never)],
    ['authorId of a message', () => normalizeMessage({ authorId: 2 ** 53 } as never, context)],
  ])('a rounded numeric %s read elsewhere is a normalization error', (_name, run) => {
    let error: unknown;
    try {
      run();
    } catch (caught) {
      error = caught;
    }
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'twin24' });
  });
});
