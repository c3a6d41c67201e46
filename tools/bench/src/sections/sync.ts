/**
 * Full sync: every record of a large account through the client's `Source` listing, against a raw
 * loop at the same page size that runs the same normalizer. Wall time; ratio = raw ÷ client, so
 * 1.0 means the client costs nothing over the hand-written loop.
 */
import { createCloseBotClient } from '@botbridge/closebot';
import { createOpenCxClient } from '@botbridge/opencx';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { API_KEY, type BenchContext, SERIAL_NUMBER, urlOf } from '../context.js';
import { consume, rawCloseBotLeads, rawOpenCxSessions, rawSmarterBotLeads } from '../raw.js';
import { expectCount, interleave, summarize, wallMs } from '../stats.js';
import { formatNumber, type Row } from '../table.js';

/** Counts the records of a listing, consuming each like a caller would. */
export async function drain(records: AsyncIterable<{ id: string }>): Promise<number> {
  let count = 0;
  for await (const record of records) {
    consume(record);
    count++;
  }
  return count;
}

/** A sync of one vendor: its client listing and its raw loop, each returning the records read. */
interface Vendor {
  name: 'closebot' | 'opencx' | 'smarterbot';
  listing: string;
  client(baseUrl: string): Promise<number>;
  raw(baseUrl: string): Promise<number>;
}

function vendors(pageSize: number): Vendor[] {
  return [
    {
      name: 'closebot',
      listing: '`leads()`',
      client: (baseUrl) =>
        drain(createCloseBotClient({ apiKey: API_KEY, baseUrl, pageSize }).leads()),
      raw: (baseUrl) => rawCloseBotLeads(baseUrl, pageSize),
    },
    {
      name: 'opencx',
      listing: '`conversations()`',
      // The documented 100 requests per minute would make this a wait of ten minutes, not a
      // measure of the client: the limiter is off, as in the reliability runs.
      client: (baseUrl) =>
        drain(createOpenCxClient({ apiKey: API_KEY, baseUrl, rateLimit: false }).conversations()),
      raw: (baseUrl) => rawOpenCxSessions(baseUrl),
    },
    {
      name: 'smarterbot',
      listing: '`leads()`',
      client: (baseUrl) =>
        drain(
          createSmarterBotClient({ apiKey: API_KEY, baseUrl, serialNumber: SERIAL_NUMBER }).leads(),
        ),
      raw: (baseUrl) => rawSmarterBotLeads(baseUrl),
    },
  ];
}

/**
 * Wall ms of `read`, which must deliver `expected` records; the CPU ms this process spent on it
 * goes to `cpu`.
 */
function timed(what: string, expected: number, read: () => Promise<number>, cpu: number[] = []) {
  return async () => {
    const start = process.cpuUsage();
    const ms = await wallMs(async () => {
      expectCount(what, await read(), expected);
    });
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
    return ms;
  };
}

export async function syncSection(context: BenchContext): Promise<Row[]> {
  const { syncRecords, smallRecords, pageSize } = context.sizes;
  const main = urlOf(context, 'main');
  const small = urlOf(context, 'small');
  const rows: Row[] = [];
  for (const vendor of vendors(pageSize)) {
    context.log(`sync: ${vendor.name}, ${syncRecords} records, ${context.options.rounds} rounds`);
    // Warm-up on the smaller dataset: the code paths are hot before the first sample.
    await interleave(1, {
      client: timed(`${vendor.name} client`, smallRecords, () => vendor.client(small)),
      raw: timed(`${vendor.name} raw`, smallRecords, () => vendor.raw(small)),
    });
    const cpu = { client: [] as number[], raw: [] as number[] };
    const sync = await interleave(context.options.rounds, {
      client: timed(`${vendor.name} client`, syncRecords, () => vendor.client(main), cpu.client),
      raw: timed(`${vendor.name} raw`, syncRecords, () => vendor.raw(main), cpu.raw),
    });
    const ratio = sync.raw.median / sync.client.median;
    // The same ratio over this process's CPU time: steadier than wall time on a busy machine.
    const cpuRatio = summarize(cpu.raw).median / summarize(cpu.client).median;
    rows.push({
      id: `sync.${vendor.name}`,
      measure: `full sync of ${syncRecords} records, ms: A ${vendor.name} ${vendor.listing} vs B raw loop (fetch + JSON.parse + the package's normalizer)`,
      a: sync.client,
      b: sync.raw,
      ratio,
      ratioStyle: 'plain',
      note: `(CPU ${formatNumber(cpuRatio)})`,
      goal: '≥ 0.9 (raw ÷ client)',
      met: ratio >= 0.9,
    });
  }
  return rows;
}
