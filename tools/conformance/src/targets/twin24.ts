import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson } from '@botbridge/testing';
import { createTwin24Client } from '@botbridge/twin24';
import type { Dataset, DatasetItem } from '../dataset.js';
import type { ConformanceTarget } from '../target.js';

// Twin pages its chat-service lists by `limit`/`offset` with a total `count`, and filters them with
// `from`/`to`. The fixture server does the same: sessions (compared on `startedAt`) in pages of 6,
// messages (compared on `createdAt`) in pages of 7, with `to` inclusive, so the client's own
// re-check of `until` (exclusive) is what makes the window exact.

export const FIXTURE_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb25mb3JtYW5jZSJ9.c29uZm9ybWFuY2U';
const PAGE_SIZES = { conversations: 6, messages: 7 };

/** A session as the chat service sends it; times with a +03:00 offset as in Twin's examples. */
function session(item: DatasetItem) {
  return {
    id: item.key,
    chatId: '7c1e9a34-52b8-4f0d-8e6a-93b2c4d5e6f7',
    name: `Client ${item.index}`,
    status: item.index % 3 === 0 ? 'CLOSED' : 'ACTIVE',
    messengerType: item.index % 2 === 0 ? 'TELEGRAM' : 'WHATSAPP',
    startedAt: withOffset(item.createdAt),
    operatorId: item.index % 4 === 0 ? '90412' : null,
    clientId: String(1_200_000 + item.index),
    tags: item.index % 5 === 0 ? 'vip,delivery' : '',
  };
}

function message(item: DatasetItem, sessionId: string) {
  const authors = ['client', 'bot', 'operator', 'system'];
  return {
    id: item.key,
    sessionId,
    authorType: authors[item.index % authors.length],
    type: 'text',
    body: `Message ${item.index}`,
    attachments: [],
    createdAt: withOffset(item.createdAt),
  };
}

/** `2026-01-05T02:00:00.000Z` → `2026-01-05T05:00:00+03:00` (the same instant). */
function withOffset(utc: string): string {
  const shifted = new Date(Date.parse(utc) + 3 * 3_600_000).toISOString().slice(0, 19);
  return `${shifted}+03:00`;
}

function page(
  res: ServerResponse,
  query: URLSearchParams,
  items: readonly DatasetItem[],
  toRecord: (item: DatasetItem) => unknown,
) {
  const from = query.get('from');
  const to = query.get('to');
  const matching = items.filter(
    (item) =>
      (from === null || item.createdAt >= new Date(from).toISOString()) &&
      (to === null || item.createdAt <= new Date(to).toISOString()),
  );
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 10);
  sendJson(res, 200, {
    count: matching.length,
    items: matching.slice(offset, offset + limit).map(toRecord),
  });
}

function handler(dataset: Dataset) {
  return (req: RecordedRequest, res: ServerResponse) => {
    if (req.headers.authorization !== `Bearer ${FIXTURE_TOKEN}`) {
      sendJson(res, 401, { error: 'User is not authenticated.' });
      return;
    }
    const url = new URL(req.url, 'http://fixture');
    const path = url.pathname.replace(/^\/api\/v1/, '');
    if (path === '/sessions') {
      page(res, url.searchParams, dataset.conversations, session);
      return;
    }
    const messages = /^\/sessions\/([^/]+)\/messages$/.exec(path);
    if (messages) {
      const id = decodeURIComponent(messages[1] ?? '');
      const items = id === dataset.conversationKey ? dataset.messages : [];
      page(res, url.searchParams, items, (item) => message(item, id));
      return;
    }
    const one = /^\/sessions\/([^/]+)$/.exec(path);
    const found =
      one && dataset.conversations.find((c) => c.key === decodeURIComponent(one[1] ?? ''));
    if (found) {
      sendJson(res, 200, session(found));
      return;
    }
    sendJson(res, 404, { error: 'Session not found.' });
  };
}

export const twin24: ConformanceTarget = {
  vendor: 'twin24',
  // Against Prism the client logs in and refreshes like in production: the spec's example tokens
  // expired long ago, so the first call logs in, refreshes once, and uses the refreshed token.
  mockSource: (baseUrl) =>
    createTwin24Client({
      baseUrl,
      credentials: { email: 'alice.nguyen@example.com', password: 'correct-horse-battery-staple' },
      retry: false,
    }),
  // The session of Prism's examples (GET /sessions/{id} answers any id with them).
  mockConversationId: '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61',
  fixture: {
    handler,
    source: (baseUrl) =>
      createTwin24Client({
        baseUrl: `${baseUrl}/api/v1`,
        token: FIXTURE_TOKEN,
        pageSize: PAGE_SIZES,
        retry: false,
      }),
    conversationId: (dataset) => dataset.conversationKey,
    paged: ['conversations', 'messages'],
  },
};
