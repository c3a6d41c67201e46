import type { ArgumentChecks } from '@botbridge/core';

// Session ids are UUIDs; the docs' pattern also admits the nil and max UUIDs, so any hex digits
// are accepted in every group (no version or variant check).
// https://docs.open.cx/api-reference/chat-sessions/get
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A session id, which goes into the URL path: a UUID. @internal */
export function checkSessionId(check: ArgumentChecks, parameter: string, value: unknown): string {
  return check.id(parameter, value, {
    pattern: UUID,
    expected: 'a session UUID (8-4-4-4-12 hex digits)',
  });
}

/**
 * The `next` of a previous page, passed back as `cursor`. The spec requires a non-empty cursor; an
 * empty one would restart the listing from page one.
 * @internal
 */
export function checkCursor(check: ArgumentChecks, cursor: unknown): string | undefined {
  if (cursor === undefined) return undefined;
  if (typeof cursor !== 'string' || cursor === '') {
    check.fail('cursor', 'the non-empty `next` of a previous page');
  }
  return cursor;
}
