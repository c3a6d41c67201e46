/**
 * Peak memory of a SmarterBot `leads()` sync, which gets every record in one response: the peak
 * resident set of a fresh process syncing the full dataset against one syncing a tenth of it. A
 * client that holds one copy of the body and normalizes as it yields grows by the body; one that
 * keeps several copies and the whole normalized array grows by several times that.
 */
import { fileURLToPath } from 'node:url';
import { awaitLine, exited, spawnNode } from '../children.js';
import { API_KEY, type BenchContext, SERIAL_NUMBER, urlOf } from '../context.js';
import { expectCount, interleave } from '../stats.js';
import type { Row } from '../table.js';

const CHILD = fileURLToPath(new URL('../rss-child.mjs', import.meta.url));

/** Peak RSS in MiB of one sync of `records` leads from `baseUrl`, in a fresh process. */
async function peakMiB(context: BenchContext, baseUrl: string, records: number): Promise<number> {
  // Against `dist` the child is plain node; against the sources it needs tsx to load them.
  const execArgv = context.options.source ? context.execArgv : [];
  const child = spawnNode(CHILD, [baseUrl, API_KEY, SERIAL_NUMBER], execArgv);
  const result = await awaitLine(
    child,
    (line) => {
      try {
        return JSON.parse(line) as { count: number; peakMiB: number };
      } catch {
        return undefined;
      }
    },
    300_000,
    'the RSS child',
  );
  await exited(child);
  expectCount('smarterbot leads() in a fresh process', result.count, records);
  return result.peakMiB;
}

export async function rssSection(context: BenchContext): Promise<Row[]> {
  const { syncRecords: large, smallRecords: small } = context.sizes;
  context.log(`rss: ${large} vs ${small} records, each in a fresh process`);
  const peaks = await interleave(context.options.rounds, {
    large: () => peakMiB(context, urlOf(context, 'main'), large),
    small: () => peakMiB(context, urlOf(context, 'small'), small),
  });
  const ratio = peaks.large.median / peaks.small.median;
  return [
    {
      id: 'rss.smarterbot',
      measure: `peak RSS of a fresh process, MiB: A smarterbot \`leads()\` of ${large} records vs B of ${small}`,
      a: peaks.large,
      b: peaks.small,
      ratio,
      ratioStyle: '×',
      goal: '≤ 1.5×',
      met: ratio <= 1.5,
    },
  ];
}
