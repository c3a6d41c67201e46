/** The contact operation: `listContacts`. */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import { cursorPage, decodeCursor, encodeCursor, type Key } from './cursor.js';
import { INVALID_CURSOR } from './errors.js';
import type { ContactRow } from './records.js';
import type { OpenCxState } from './state.js';
import { bound, inWindow } from './time-window.js';

const contactKey = (row: ContactRow): Key => ({ t: row.createdMs, id: row.contact.id });

export function listContacts(state: OpenCxState, request: DatasetRequest): DatasetResponse {
  const { query } = request;
  const cursor = query.get('cursor');
  const after = cursor === null ? undefined : decodeCursor(cursor, 'contacts');
  if (cursor !== null && after === undefined) return INVALID_CURSOR;
  const createdAfter = bound(query, 'created_after');
  const createdBefore = bound(query, 'created_before');
  const updatedAfter = bound(query, 'updated_after');
  const updatedBefore = bound(query, 'updated_before');
  const matching = state.contactRows.filter(
    ({ createdMs, updatedMs }) =>
      inWindow(createdMs, createdAfter, createdBefore) &&
      inWindow(updatedMs, updatedAfter, updatedBefore),
  );
  const page = cursorPage(matching, contactKey, after, (key) => encodeCursor('contacts', key));
  return { status: 200, body: { items: page.items.map((row) => row.contact), next: page.next } };
}
