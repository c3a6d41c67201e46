import type { BenchServer } from './bench-server.js';
import type { Options } from './options.js';

/** Sizes every section derives from the options. */
export interface Sizes {
  /** Records per page of the paged listings (CloseBot's maximum, the client default). */
  pageSize: number;
  /** Records of the single-request answers of the CPU section. */
  requestPageSize: number;
  /** Sequential requests per CPU sample. */
  cpuRequests: number;
  /** Records of a full sync. */
  syncRecords: number;
  /** Records of the smaller dataset: warm-ups, the latency section, the smaller RSS run. */
  smallRecords: number;
  /** Records per normalizer sample. */
  normalizeRecords: number;
  /** A normalizer sample repeats its batch until it took about this long, in ms. */
  normalizeTargetMs: number;
  /** How long a started mock server settles before its memory is read, in ms. */
  mockSettleMs: number;
}

export interface BenchContext {
  options: Options;
  sizes: Sizes;
  /** The repository root. */
  root: string;
  /** Node flags that let a child run TypeScript the way this process does (tsx, conditions). */
  execArgv: readonly string[];
  /** The vendor-shaped server, when a section needs one. */
  server: BenchServer | undefined;
  /** Progress, on stderr (stdout carries the table). */
  log(message: string): void;
}

/** The credentials and names the clients send; the bench server accepts anything. */
export const API_KEY = 'bench-key';
export const BOT_ID = 'bot_7QH2KD9W0ZP4MX1C';
export const SERIAL_NUMBER = '7c1f0e2a9b4d4c5e8f60a1b2c3d4e5f6';

export function sizesFor(options: Options): Sizes {
  const pageSize = 100;
  return {
    pageSize,
    requestPageSize: 20,
    cpuRequests: options.smoke ? 5 : 500,
    syncRecords: options.records,
    smallRecords: Math.max(pageSize, Math.round(options.records / 10)),
    normalizeRecords: options.smoke ? 100 : Math.min(options.records, 10_000),
    normalizeTargetMs: options.smoke ? 1 : 200,
    mockSettleMs: options.smoke ? 100 : 1_000,
  };
}

/** The server a section needs; fails when the run did not start one. */
export function serverOf(context: BenchContext): BenchServer {
  if (!context.server) throw new Error('this section needs the bench server');
  return context.server;
}

/** The base URL of one listener of the server. */
export function urlOf(context: BenchContext, listener: 'main' | 'small' | 'slow'): string {
  const url = serverOf(context).urls[listener];
  if (!url) throw new Error(`the bench server has no listener "${listener}"`);
  return url;
}
