/**
 * The messages of leads and test sessions: `listMessages` (`/botMetric/messages`) and
 * `countMessages` (`/botMetric/messageCount`).
 */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import type { CloseBotMessageRecord } from './records.js';
import type { CloseBotState, MessageEntry } from './state.js';
import { clone, ok, optionalInt, timeParam } from './wire.js';

/**
 * Rows one `/botMetric/messages` answer holds at most, whatever `maxCount` asks: the cap the spec
 * reports as observed ("about 100"), also the answer size when `maxCount` is absent (no default is
 * documented).
 */
export const CLOSEBOT_MESSAGES_CAP = 100;

export function listMessages(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const maxCount = Math.min(
    optionalInt(request.query.get('maxCount')) ?? CLOSEBOT_MESSAGES_CAP,
    CLOSEBOT_MESSAGES_CAP,
  );
  // Newest first, and truncation keeps the newest rows: the spec's paging advice (move `end`
  // back to the oldest timestamp received) presumes exactly that.
  const rows: CloseBotMessageRecord[] = [];
  for (const entry of matching(state, request.query)) {
    if (rows.length >= maxCount) break;
    rows.push(entry.record);
  }
  return ok(clone(rows));
}

/**
 * `/botMetric/messageCount`: how many messages the same filters as `listMessages` match, without
 * its cap (the answer is one number).
 */
export function countMessages(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  let count = 0;
  for (const _ of matching(state, request.query)) count++;
  return ok(count);
}

/** The messages a query's `leadId`, `sourceId`, `start` and `end` select, newest first. */
function* matching(state: CloseBotState, query: URLSearchParams): Generator<MessageEntry> {
  const leadId = query.get('leadId');
  const sourceId = query.get('sourceId');
  // Whether the bounds are inclusive is undocumented; we use a half-open window [start, end),
  // so adjacent windows tile time without a message appearing in both. An end before the start
  // yields nothing, as observed on a sibling endpoint (the `end` parameter).
  const start = timeParam(query, 'start');
  const end = timeParam(query, 'end');
  const pool = leadId === null ? state.entries : (state.messagesByLead.get(leadId) ?? []);
  for (let k = pool.length - 1; k >= 0; k--) {
    const entry = pool[k] as MessageEntry;
    if (start !== undefined && entry.at < start) continue;
    if (end !== undefined && entry.at >= end) continue;
    if (sourceId !== null && entry.record.sourceId !== sourceId) continue;
    yield entry;
  }
}
