/**
 * Latency: with every answer delayed (20 ms by default) and the total known up front (CloseBot
 * leads: offset paging with `total`), a listing that waits for each page before asking for the
 * next spends its time waiting. B keeps 4 pages in flight; A is the client's `leads()`, given
 * `prefetch: 4`. Whether the listing acted on it is read from the server, which counts the
 * requests it had in flight at once: the row says "(no prefetch)" when there was never more than
 * one.
 */
import { type CloseBotClient, createCloseBotClient } from '@botbridge/closebot';
import { isVendorArgumentError, type SourceQuery } from '@botbridge/core';
import { API_KEY, type BenchContext, serverOf, urlOf } from '../context.js';
import { rawCloseBotLeadsPipelined } from '../raw.js';
import { expectCount, interleave, wallMs } from '../stats.js';
import type { Row } from '../table.js';
import { drain } from './sync.js';

const DEPTH = 4;

/**
 * The listing's query asking for `DEPTH` pages ahead. `SourceQuery` may not declare `prefetch`
 * yet: a listing that does not know it ignores it (the server's count then shows it), and one that
 * refuses it (`VendorArgumentError`) is asked without it.
 */
const PREFETCH: SourceQuery & { prefetch: number } = { prefetch: DEPTH };

function leads(client: CloseBotClient) {
  try {
    return client.leads(PREFETCH);
  } catch (error) {
    if (isVendorArgumentError(error)) return client.leads();
    throw error;
  }
}

export async function latencySection(context: BenchContext): Promise<Row[]> {
  const { smallRecords: records, pageSize } = context.sizes;
  const slow = urlOf(context, 'slow');
  const server = serverOf(context);
  const client = createCloseBotClient({ apiKey: API_KEY, baseUrl: slow, pageSize });
  const variants = {
    client: () =>
      wallMs(async () => expectCount('client leads()', await drain(leads(client)), records)),
    raw: () =>
      wallMs(async () =>
        expectCount(
          'raw pipelined',
          await rawCloseBotLeadsPipelined(slow, pageSize, DEPTH),
          records,
        ),
      ),
  };
  context.log(`latency: ${context.options.latencyMs} ms per answer, ${records} records`);
  await server.stats('slow');
  await variants.client();
  const { maxInFlight } = await server.stats('slow');
  const prefetching = maxInFlight > 1;
  await variants.raw();
  const timed = await interleave(context.options.rounds, variants);
  const ratio = timed.client.median / timed.raw.median;
  return [
    {
      id: 'latency.closebot',
      measure: `sync of ${records} leads at ${context.options.latencyMs} ms latency, ms: A closebot \`leads({ prefetch: ${DEPTH} })\` vs B raw loop with ${DEPTH} pages in flight`,
      a: timed.client,
      b: timed.raw,
      ratio,
      ratioStyle: '×',
      note: prefetching ? `(prefetch: up to ${maxInFlight} in flight)` : '(no prefetch)',
      goal: '≤ 1.3× with prefetch',
      met: prefetching && ratio <= 1.3,
    },
  ];
}
