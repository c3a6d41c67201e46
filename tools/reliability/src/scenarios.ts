import { createCloseBotClient } from '@botbridge/closebot';
import { createDataset, type Dataset } from '@botbridge/conformance/dataset';
import { targets } from '@botbridge/conformance/targets';
import { API_KEY as OPENCX_KEY } from '@botbridge/conformance/targets/opencx';
import { SERIAL_NUMBER } from '@botbridge/conformance/targets/smarterbot';
import { FIXTURE_TOKEN } from '@botbridge/conformance/targets/twin24';
import type { RetryOptions } from '@botbridge/core';
import { createOpenCxClient } from '@botbridge/opencx';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { ALL_HTTP_FAULTS, type FaultKind, type Handler, sendJson } from '@botbridge/testing';
import { createTwin24Client } from '@botbridge/twin24';

/** Options every client under test shares: fast backoff so thousands of faults take seconds. */
export interface ClientKnobs {
  retry: RetryOptions;
  timeoutMs: number;
}

/** One vendor's no-loss run: its vendor-shaped server, the faults it can suffer, and the read. */
export interface Scenario {
  vendor: string;
  /** The listing the run reads; the dataset holds `records` of it and nothing else. */
  resource: 'leads' | 'conversations';
  records: number;
  kinds: FaultKind[];
  /** The vendor-shaped server for `dataset` (the conformance fixture, at realistic page sizes). */
  handler(dataset: Dataset): Handler;
  /** Reads every record through the vendor client and returns their dataset keys in order. */
  read(baseUrl: string, knobs: ClientKnobs): Promise<string[]>;
  /** A client whose first request gets a permanent `status` from a vendor-shaped error body. */
  failingRead(baseUrl: string, knobs: ClientKnobs): Promise<unknown>;
}

const RECORDS = 10_000;
// 25 records a page: 400 requests per run, enough for a fifth of them to fail in every way.
const PAGE = 25;
const target = (vendor: string) => {
  const found = targets.find((t) => t.vendor === vendor);
  if (!found) throw new Error(`no conformance target for ${vendor}`);
  return found;
};

async function keys(
  vendor: string,
  resource: 'leads' | 'conversations',
  records: AsyncIterable<{ id: string; raw: unknown }>,
): Promise<string[]> {
  const keyOf = target(vendor).keyOf;
  const out: string[] = [];
  for await (const record of records) out.push(keyOf?.(resource, record) ?? record.id);
  return out;
}

// A fake Twin IAM in front of the chat fixture: it issues the fixture's token, which carries no
// `exp`, so every refresh in a run is caused by an injected "Token is expired.".
function twinAuth(inner: Handler): Handler {
  let issued = 0;
  return (req, res) => {
    if (req.url.startsWith('/auth/')) {
      issued++;
      return sendJson(res, 200, { token: FIXTURE_TOKEN, refreshToken: `refresh-${issued}` });
    }
    return inner(req, res);
  };
}

export const scenarios: Scenario[] = [
  {
    vendor: 'closebot',
    resource: 'leads',
    records: RECORDS,
    kinds: [...ALL_HTTP_FAULTS],
    handler: (dataset) => target('closebot').fixture.handler(dataset),
    read: (baseUrl, knobs) =>
      keys(
        'closebot',
        'leads',
        createCloseBotClient({ apiKey: 'k', baseUrl, pageSize: PAGE, ...knobs }).leads(),
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
    records: RECORDS,
    kinds: [...ALL_HTTP_FAULTS],
    handler: (dataset) => target('opencx').fixture.handler(dataset, { pageSize: PAGE }),
    // The documented 100 requests/minute would turn this run into twenty minutes; the limiter has
    // its own proof (core rate-limit tests).
    read: (baseUrl, knobs) =>
      keys(
        'opencx',
        'conversations',
        createOpenCxClient({
          apiKey: OPENCX_KEY,
          baseUrl,
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
    records: RECORDS,
    kinds: [...ALL_HTTP_FAULTS, 'token-expired', 'token-expired'],
    handler: (dataset) => twinAuth(target('twin24').fixture.handler(dataset)),
    read: (baseUrl, knobs) =>
      keys(
        'twin24',
        'conversations',
        createTwin24Client({
          credentials: { email: 'sync@example.com', password: 'pw' },
          baseUrl,
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
    records: RECORDS,
    kinds: [...ALL_HTTP_FAULTS, 'envelope-failure', 'envelope-failure'],
    handler: (dataset) => target('smarterbot').fixture.handler(dataset),
    // LeadList has no paging: the date window is the only bound, so a sync reads day by day
    // (417 requests for 10,000 hourly records).
    async read(baseUrl, knobs) {
      const client = createSmarterBotClient({
        apiKey: 'k',
        baseUrl,
        serialNumber: SERIAL,
        ...knobs,
      });
      const dataset = createDataset({ leads: RECORDS, conversations: 0, messages: 0 });
      const first = Date.parse(dataset.leads[0]?.createdAt ?? '');
      const last = Date.parse(dataset.leads.at(-1)?.createdAt ?? '');
      const out: string[] = [];
      for (let from = first; from <= last; from += DAY) {
        const window = {
          since: new Date(from).toISOString(),
          until: new Date(from + DAY).toISOString(),
        };
        out.push(...(await keys('smarterbot', 'leads', client.leads(window))));
      }
      return out;
    },
    failingRead: (baseUrl, knobs) =>
      createSmarterBotClient({ apiKey: 'k', baseUrl, serialNumber: SERIAL, ...knobs })
        .leads()
        [Symbol.asyncIterator]()
        .next(),
  },
];

const DAY = 24 * 3_600_000;
const SERIAL = SERIAL_NUMBER;
