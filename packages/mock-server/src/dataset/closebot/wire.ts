/**
 * CloseBot's wire conventions shared by the operations: naive UTC timestamps, the 200 and 404
 * answers, how query and body parameters are read, and `page`/`pageSize` paging.
 */
import type { DatasetResponse } from '../types.js';

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `pageSize` of `/lead` and `/agency/source` when none is sent (both parameters' `default`). */
export const DEFAULT_PAGE_SIZE = 20;

/** Naive UTC with whole seconds, as CloseBot writes timestamps: `2026-07-22T00:49:17`. */
export const naive = (ms: number) => new Date(ms).toISOString().slice(0, 19);
/** Reads a naive timestamp as UTC. */
export const naiveToMs = (value: string) => Date.parse(`${value}Z`);

/** Ordinal string order (not locale-aware), so every machine sorts the same way. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One page of a `page`/`pageSize` listing. `results` is `null` when nothing matches at all (the
 * spec's `noLeads`/`noSources` examples) and `[]` past the last page (`emptyPage`).
 */
export function pageResults<T>(
  rows: readonly T[],
  page: number,
  pageSize: number,
): DeepMutable<T>[] | null {
  if (rows.length === 0) return null;
  return clone(rows.slice(page * pageSize, (page + 1) * pageSize));
}

/** A 200 JSON answer. */
export function ok(body: unknown): DatasetResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

/**
 * CloseBot's 404: ASP.NET problem details, shaped like the spec's `BotNotFound`, `LeadNotFound`
 * and `SourceNotFound` examples, with `instance` the request path.
 */
export function notFound(
  what: 'Bot' | 'Lead' | 'Source',
  id: string,
  path: string,
): DatasetResponse {
  return {
    status: 404,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
      title: 'Not Found',
      status: 404,
      detail: `${what} ${id} was not found.`,
      instance: path,
    },
  };
}

/** An integer query parameter, or `fallback` when absent (the server has validated its type). */
export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  return optionalInt(query.get(name)) ?? fallback;
}

/** An integer from a query string or a JSON value; `undefined` when absent, null or not one. */
export function optionalInt(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** A date-time query parameter in epoch milliseconds (naive values read as UTC). */
export function timeParam(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  const parsed = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? Date.parse(value) : naiveToMs(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** A list filter of the search body; `undefined` (no filter) for null, absent or empty lists. */
export function stringList(value: unknown): Set<string> | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return new Set(value.filter((item): item is string => typeof item === 'string'));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy with mutable types, so answers never share objects with the dataset's state. */
export function clone<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}

export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
