/** Cursor paging of the listings (sessions, history, contacts): a keyset walk in creation order. */
import { iso } from './records.js';

/**
 * Items per page of the cursor listings (sessions, history, contacts). OpenCX neither documents the
 * size nor offers a page-size parameter (spec: `listChatSessions`, "Paging (cursor)"), so this
 * is our choice: small enough that a modest dataset spans several pages.
 */
export const OPENCX_CURSOR_PAGE_SIZE = 20;

/** A position in a listing: the sort time and the id of the last item served. */
export interface Key {
  t: number;
  id: string;
}

export const compareKeys = (a: Key, b: Key) =>
  a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export type CursorKind = 'chat_sessions' | 'history' | 'contacts';

/**
 * Cursors are opaque to clients; like the ones in the spec's examples they are base64url JSON of
 * the last item served (its id and time), which makes paging a keyset walk: stable across pages
 * and deterministic. The kind (and for history, the session) is part of the cursor, so a cursor of
 * one listing passed to another is rejected instead of silently skipping records.
 */
export function encodeCursor(kind: CursorKind, key: Key, sessionId?: string): string {
  const payload =
    kind === 'history'
      ? { kind, session_id: sessionId, id: key.id, created_at: iso(key.t) }
      : { kind, id: key.id, created_at: iso(key.t) };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The position a cursor stands for, or `undefined` for anything we did not issue. */
export function decodeCursor(raw: string, kind: CursorKind, sessionId?: string): Key | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, created_at } = parsed as Record<string, unknown>;
  if (typeof id !== 'string' || typeof created_at !== 'string') return undefined;
  const t = Date.parse(created_at);
  if (!Number.isFinite(t)) return undefined;
  const key = { t, id };
  // Re-encoding must give back the very same text: this refuses extra or missing fields, another
  // kind or session, and non-canonical times in one check.
  return encodeCursor(kind, key, sessionId) === raw ? key : undefined;
}

/** One cursor page of `rows` (sorted by `keyOf`), after the position `after`. */
export function cursorPage<T>(
  rows: readonly T[],
  keyOf: (row: T) => Key,
  after: Key | undefined,
  encode: (key: Key) => string,
): { items: T[]; next: string | null } {
  const start =
    after === undefined ? 0 : rows.findIndex((row) => compareKeys(keyOf(row), after) > 0);
  if (start < 0) return { items: [], next: null };
  const items = rows.slice(start, start + OPENCX_CURSOR_PAGE_SIZE);
  const last = items[items.length - 1];
  // `next` is null on the last page, including a full one: we know it is the last (spec: "next is
  // null on the last page, which is the only end signal").
  const more = start + items.length < rows.length;
  return { items, next: more && last !== undefined ? encode(keyOf(last)) : null };
}
