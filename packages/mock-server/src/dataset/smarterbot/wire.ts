/**
 * SmarterBot's wire conventions shared by the operations: the `{Data, Version, Success, Code,
 * Message}` envelope, timestamps with microseconds and an offset, and how a request body is read.
 */
import type { DatasetRequest, DatasetResponse } from '../types.js';

export const MINUTE = 60_000;

const VERSION = '1.0.0';

export function ok(Data: unknown): DatasetResponse {
  return { status: 200, body: { Data, Version: VERSION, Success: true, Code: 200, Message: '' } };
}

/**
 * A failure as the spec's shared error responses define it: the envelope with `Success: false`,
 * `Data: null` and `Code` equal to the HTTP status (components.responses).
 */
export function failure(status: number, Message: string): DatasetResponse {
  return { status, body: { Data: null, Version: VERSION, Success: false, Code: status, Message } };
}

/** Minutes east of UTC of an offset such as `-08:00`, `+05:30` or `Z`. */
function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/**
 * An instant in epoch microseconds written the vendor's way: local wall time in `offset`, six
 * fractional digits, then the offset (`2025-02-03T10:04:11.123456-08:00`).
 */
export function vendorTime(micros: number, offset: string): string {
  const millis = Math.floor(micros / 1000);
  const local = new Date(millis + offsetMinutes(offset) * MINUTE).toISOString();
  return `${local.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}${offset}`;
}

/** The UTC instant with milliseconds, as `toUtcTimestamp` of botbridge core reads vendorTime. */
export function utcIso(micros: number): string {
  return new Date(Math.floor(micros / 1000)).toISOString();
}

/** The body of a request as an object, or `undefined` when it is not one. */
export function bodyOf(request: DatasetRequest): Record<string, unknown> | undefined {
  const { body } = request;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day filter value: `undefined` when absent, `null` when present but not `YYYY-MM-DD`. */
export function dayOf(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' && DAY.test(value) ? value : null;
}
