import { createCloseBotClient } from '@botbridge/closebot';
import type { RetryOptions } from '@botbridge/core';
import type {
  FaultKind,
  FaultOptions,
  MockDatasets,
  MockServers,
  MockVendor,
} from '@botbridge/mock-server';
import { HTTP_FAULT_KINDS } from '@botbridge/mock-server';
import { createOpenCxClient } from '@botbridge/opencx';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { createTwin24Client } from '@botbridge/twin24';

/** Options every client under test shares: fast backoff so hundreds of faults take seconds. */
export interface ClientKnobs {
  retry: RetryOptions;
  timeoutMs: number;
}

/**
 * One vendor's no-loss run: the mock's seeded dataset, the faults its plan injects into the data
 * operations, and the sync that reads the dataset's records through the vendor client.
 */
export interface Scenario {
  vendor: MockVendor;
  /** What the run reads: the listing of the dataset's top-level records. */
  resource: 'leads' | 'conversations';
  /** Every kind of fault the run injects; each one must occur. */
  kinds: readonly FaultKind[];
  /**
   * The mock's fault plan without its seed: about a fifth of the data requests fail, spread over
   * `kinds`, and only `operations` (the listing the run reads) are faulted, never a login.
   */
  faults: Pick<FaultOptions, 'rate' | 'kinds' | 'rates' | 'operations'>;
  /** The key of every record the dataset holds (a full read returns exactly these). */
  expected(datasets: MockDatasets): string[];
  /** Reads every record through the vendor client and returns their keys in the order read. */
  read(mocks: MockServers, knobs: ClientKnobs): Promise<string[]>;
  /** A client whose first request gets a permanent error from the server at `baseUrl`. */
  failingRead(baseUrl: string, knobs: ClientKnobs): Promise<unknown>;
}

/**
 * The data each vendor pages through (`dataset.records` of the mock) in `npm test`: 4,000 records.
 * With the suite's seeds every kind of fault in each plan still occurs on the 200 to 460 requests
 * of a run. The full run, 10,000 records as in a year of a busy account and the figures
 * docs/reliability.md quotes, is `NO_LOSS_RECORDS=10000 npx vitest run --project reliability`.
 */
export const DEFAULT_RECORDS = 4_000;

/**
 * The records per vendor of this run: `NO_LOSS_RECORDS` of `env` when set and not empty,
 * otherwise `DEFAULT_RECORDS`.
 * @param env - the environment to read, `process.env` by default.
 * @throws Error when `NO_LOSS_RECORDS` is not a positive integer.
 */
export function noLossRecords(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.NO_LOSS_RECORDS;
  if (value === undefined || value === '') return DEFAULT_RECORDS;
  const records = Number(value);
  if (!Number.isSafeInteger(records) || records < 1) {
    throw new Error(`NO_LOSS_RECORDS must be a positive integer, got "${value}"`);
  }
  return records;
}

// 25 records a page where the client chooses (CloseBot, Twin): 400 requests for 10,000 records,
// enough for a fifth of them to fail in every way. OpenCX's cursor pages are the server's choice
// (the mock's 20), so its run takes 500. SmarterBot's day windows take about 360 whatever the size.
const PAGE = 25;
const RATE = 0.2;
const DAY = 86_400_000;

/**
 * A fifth of the answers fail: over the ten HTTP kinds evenly, or with a vendor's own kind at twice
 * the weight of each HTTP kind (1/6 of the faults), so its path is exercised often enough to count.
 */
function plan(operation: string, own?: FaultKind): Scenario['faults'] {
  if (!own) return { rate: RATE, kinds: HTTP_FAULT_KINDS, operations: [operation] };
  const share = RATE / (HTTP_FAULT_KINDS.length + 2);
  return {
    rate: share * HTTP_FAULT_KINDS.length,
    kinds: HTTP_FAULT_KINDS,
    rates: { [own]: 2 * share },
    operations: [operation],
  };
}

const url = (mocks: MockServers, vendor: MockVendor): string => {
  const found = mocks.baseUrls[vendor];
  if (!found) throw new Error(`the mock of ${vendor} is not running`);
  return found;
};

function need<T>(value: T | undefined, vendor: MockVendor): T {
  if (value === undefined) throw new Error(`the mock of ${vendor} serves no dataset`);
  return value;
}

async function ids(records: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const record of records) out.push(record.id);
  return out;
}

/** A SmarterBot lead's key: its chatbot and `CreateTime`, which the dataset keeps distinct. */
const smarterBotKey = (serialNumber: string, createTime: string) => `${serialNumber} ${createTime}`;

/** A made-up serial number (32 hex digits, the vendor's shape) for the permanent-error reads. */
const SOME_SERIAL = '0123456789abcdef0123456789abcdef';

export const scenarios: Scenario[] = [
  {
    vendor: 'closebot',
    resource: 'leads',
    kinds: HTTP_FAULT_KINDS,
    faults: plan('listLeads'),
    expected: (d) => need(d.closebot, 'closebot').leads.map((lead) => lead.id),
    read: (mocks, knobs) =>
      ids(
        createCloseBotClient({
          apiKey: 'k',
          baseUrl: url(mocks, 'closebot'),
          pageSize: PAGE,
          ...knobs,
        }).leads(),
      ),
    failingRead: (baseUrl, knobs) =>
      createCloseBotClient({ apiKey: 'k', baseUrl, ...knobs })
        .leads()
        [Symbol.asyncIterator]()
        .next(),
  },
  {
    vendor: 'opencx',
    resource: 'conversations',
    kinds: HTTP_FAULT_KINDS,
    faults: plan('listChatSessions'),
    expected: (d) => need(d.opencx, 'opencx').sessions.map((session) => session.id),
    // The documented 100 requests/minute would turn this run into five minutes; the limiter has
    // its own proof (core rate-limit tests).
    read: (mocks, knobs) =>
      ids(
        createOpenCxClient({
          apiKey: 'k',
          baseUrl: url(mocks, 'opencx'),
          rateLimit: false,
          ...knobs,
        }).conversations(),
      ),
    failingRead: (baseUrl, knobs) =>
      createOpenCxClient({ apiKey: 'k', baseUrl, rateLimit: false, ...knobs })
        .conversations()
        [Symbol.asyncIterator]()
        .next(),
  },
  {
    vendor: 'twin24',
    resource: 'conversations',
    kinds: [...HTTP_FAULT_KINDS, 'token-expired'],
    faults: plan('listSessions', 'token-expired'),
    expected: (d) => need(d.twin24, 'twin24').sessions.map((session) => session.id),
    // Logs in like production: the mock issues real tokens (valid for an hour, far longer than
    // the run), so every refresh in the run answers an injected "Token is expired.".
    read: (mocks, knobs) =>
      ids(
        createTwin24Client({
          credentials: { email: 'sync@example.com', password: 'pw' },
          baseUrl: url(mocks, 'twin24'),
          pageSize: PAGE,
          ...knobs,
        }).conversations(),
      ),
    failingRead: (baseUrl, knobs) =>
      createTwin24Client({ token: 't', baseUrl, ...knobs })
        .conversations()
        [Symbol.asyncIterator]()
        .next(),
  },
  {
    vendor: 'smarterbot',
    resource: 'leads',
    kinds: [...HTTP_FAULT_KINDS, 'envelope-failure'],
    faults: plan('listLeads', 'envelope-failure'),
    expected: (d) =>
      need(d.smarterbot, 'smarterbot').leads.map((lead) =>
        smarterBotKey(lead.serialNumber, lead.record.CreateTime),
      ),
    // LeadList has no paging: each call returns everything in its window of whole UTC days, and
    // `leads({ since, until })` sends one request for the days covering [since, until). So a sync
    // reads every chatbot it knows day by day: 4 chatbots × the ~91 days the dataset spans.
    async read(mocks, knobs) {
      const dataset = need(mocks.datasets.smarterbot, 'smarterbot');
      const client = createSmarterBotClient({
        apiKey: 'k',
        baseUrl: url(mocks, 'smarterbot'),
        ...knobs,
      });
      const first = Date.parse(dataset.leads[0]?.createdAt ?? '');
      const last = Date.parse(dataset.leads.at(-1)?.createdAt ?? '');
      const out: string[] = [];
      for (const { serialNumber } of dataset.chatbots) {
        for (let from = first - (first % DAY); from <= last; from += DAY) {
          const window = {
            serialNumber,
            since: new Date(from).toISOString(),
            until: new Date(from + DAY).toISOString(),
          };
          for await (const lead of client.leads(window)) {
            out.push(smarterBotKey(serialNumber, String(lead.raw.CreateTime)));
          }
        }
      }
      return out;
    },
    failingRead: (baseUrl, knobs) =>
      createSmarterBotClient({ apiKey: 'k', baseUrl, serialNumber: SOME_SERIAL, ...knobs })
        .leads()
        [Symbol.asyncIterator]()
        .next(),
  },
];
