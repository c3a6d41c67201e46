import { type ChatHistoryItem, type ChatSession, createOpenCxClient } from '@botbridge/opencx';
import { type Handler, sendJson } from '@botbridge/testing';
import type { Dataset, DatasetItem } from '../dataset.js';
import type { ConformanceTarget } from '../target.js';

export const API_KEY = 'ocx_live_conformance_key';
/** Small pages so that every listing of the dataset takes several requests. */
const SESSION_PAGE_SIZE = 5;
const HISTORY_PAGE_SIZE = 6;

/**
 * OpenCX session ids are UUIDs and the client refuses anything else, so fixture ids are UUIDs
 * derived from the dataset key: its UTF-8 bytes in hex, zero-padded to 128 bits. That is
 * deterministic and reversible (`keyFromUuid`), with no lookup table.
 */
export function uuidFromKey(key: string): string {
  const hex = Buffer.from(key, 'utf8').toString('hex');
  if (hex.length > 32) throw new Error(`dataset key ${key} is too long for a UUID`);
  const h = hex.padEnd(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The dataset key a fixture UUID was derived from. */
export function keyFromUuid(id: string): string {
  return Buffer.from(id.replaceAll('-', ''), 'hex').toString('utf8').replace(/\0+$/, '');
}

// An opaque cursor as OpenCX sends one: here, base64url of the offset into the filtered list.
const encodeCursor = (offset: number) =>
  Buffer.from(JSON.stringify({ offset })).toString('base64url');
function decodeCursor(cursor: string | null): number | undefined {
  if (cursor === null) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      offset?: unknown;
    };
    return Number.isSafeInteger(offset) && (offset as number) >= 0 ? (offset as number) : undefined;
  } catch {
    return undefined;
  }
}

function session(item: DatasetItem): ChatSession {
  return {
    id: uuidFromKey(item.key),
    status: item.index % 3 === 0 ? 'closed_resolved' : 'open',
    ai_closure_type: item.index % 3 === 0 ? 'resolved' : null,
    sentiment: null,
    channel: { type: 'web' },
    created_at: item.createdAt,
    updated_at: item.createdAt,
  };
}

const SENDERS = ['contact', 'ai', 'human_agent'] as const;

function historyItem(item: DatasetItem): ChatHistoryItem {
  // Every tenth item is a session event rather than a message: the history mixes both.
  if (item.index % 10 === 9) {
    return {
      id: uuidFromKey(item.key),
      created_at: item.createdAt,
      event: {
        type: 'human_agent_joined',
        sender: { type: 'human_agent', name: 'Priya Raman' },
        attachments: [],
        context: {},
      },
    };
  }
  return {
    id: uuidFromKey(item.key),
    created_at: item.createdAt,
    event: {
      type: 'message',
      sender: { type: SENDERS[item.index % 3], name: null },
      content: { type: 'text', text: `Message ${item.index}` },
      attachments: [],
      context: {},
    },
  };
}

/** One cursor page of `items`, as OpenCX's list endpoints answer. */
function cursorPage<T>(items: readonly T[], cursor: string | null, size: number) {
  const offset = decodeCursor(cursor);
  if (offset === undefined) return undefined;
  const end = offset + size;
  return { items: items.slice(offset, end), next: end < items.length ? encodeCursor(end) : null };
}

const error = (status: number, message: string, reason: string) => ({
  statusCode: status,
  message,
  error: reason,
});

/**
 * Serves the dataset like OpenCX: sessions on `GET /chat/sessions` in cursor pages of 5 honouring
 * `created_after` / `created_before` (read literally as strict bounds, since OpenCX does not say),
 * one session on `GET /chat/sessions/{id}`, and the fixture conversation's history on
 * `GET /chat/sessions/{id}/history` in cursor pages of 6.
 */
function handler(dataset: Dataset, options: { pageSize?: number } = {}): Handler {
  const sessions = dataset.conversations.map(session);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const historyOf = new Map([
    [uuidFromKey(dataset.conversationKey), dataset.messages.map(historyItem)],
  ]);
  return (req, res) => {
    if (req.headers.authorization !== `Bearer ${API_KEY}`) {
      return sendJson(res, 401, error(401, 'Unauthorized', 'Unauthorized'));
    }
    const url = new URL(req.url, 'http://fixture');
    const cursor = url.searchParams.get('cursor');
    const badCursor = () => sendJson(res, 400, error(400, 'invalid cursor', 'Bad Request'));
    if (req.method === 'GET' && url.pathname === '/chat/sessions') {
      const after = url.searchParams.get('created_after');
      const before = url.searchParams.get('created_before');
      const matching = sessions.filter(
        (s) =>
          (after === null || Date.parse(s.created_at) > Date.parse(after)) &&
          (before === null || Date.parse(s.created_at) < Date.parse(before)),
      );
      const page = cursorPage(matching, cursor, options.pageSize ?? SESSION_PAGE_SIZE);
      return page ? sendJson(res, 200, page) : badCursor();
    }
    const match = /^\/chat\/sessions\/([^/]+)(\/history)?$/.exec(url.pathname);
    const found = match?.[1] ? byId.get(match[1]) : undefined;
    if (req.method === 'GET' && found) {
      if (!match?.[2]) return sendJson(res, 200, found);
      const page = cursorPage(historyOf.get(found.id) ?? [], cursor, HISTORY_PAGE_SIZE);
      return page ? sendJson(res, 200, page) : badCursor();
    }
    return sendJson(res, 404, error(404, 'Chat session not found', 'Not Found'));
  };
}

export const opencx: ConformanceTarget = {
  vendor: 'opencx',
  mockSource: (baseUrl) => createOpenCxClient({ apiKey: API_KEY, baseUrl, retry: false }),
  // The id of the spec's examples; Prism answers any UUID.
  mockConversationId: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
  fixture: {
    handler,
    source: (baseUrl) => createOpenCxClient({ apiKey: API_KEY, baseUrl, retry: false }),
    conversationId: (dataset) => uuidFromKey(dataset.conversationKey),
    paged: ['conversations', 'messages'],
  },
  keyOf: (_resource, record) => keyFromUuid(record.id),
};
