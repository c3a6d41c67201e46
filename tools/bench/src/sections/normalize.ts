/**
 * Normalizer throughput against `JSON.parse` of the same records, in records per second: the
 * parse is the floor every client pays, so the ratio says how much the normalizer adds on top
 * (0.5 = the normalizer takes twice as long as the parse). In this process, no server involved.
 */
import { normalizeLead as normalizeCloseBotLead } from '@botbridge/closebot';
import { normalizeChatSession } from '@botbridge/opencx';
import { normalizeLead as normalizeSmarterBotLead, readLeadList } from '@botbridge/smarterbot';
import type { BenchContext } from '../context.js';
import { closeBotLeadPage, openCxSessionPage, smarterBotLeadList } from '../fixtures.js';
import { consume } from '../raw.js';
import { interleave } from '../stats.js';
import type { Row } from '../table.js';

interface Subject {
  name: 'closebot' | 'opencx' | 'smarterbot';
  normalizer: string;
  /** The records as the vendor sends them: one body's text. */
  text: string;
  /** Parses the body and returns its records. */
  parse(text: string): unknown[];
  /** Normalizes parsed records (the body, for SmarterBot's envelope). */
  normalize(parsed: unknown): void;
}

function subjects(records: number): Subject[] {
  return [
    {
      name: 'closebot',
      normalizer: '`normalizeLead`',
      text: JSON.stringify(closeBotLeadPage(records, records, 0)),
      parse: (text) => JSON.parse(text).results,
      normalize: (parsed) => {
        for (const dto of (parsed as { results: never[] }).results)
          consume(normalizeCloseBotLead(dto));
      },
    },
    {
      name: 'opencx',
      normalizer: '`normalizeChatSession`',
      text: JSON.stringify(openCxSessionPage(records, records, 0)),
      parse: (text) => JSON.parse(text).items,
      normalize: (parsed) => {
        for (const session of (parsed as { items: never[] }).items) {
          consume(normalizeChatSession(session, 'listChatSessions'));
        }
      },
    },
    {
      name: 'smarterbot',
      normalizer: '`normalizeLead` over a parsed LeadList',
      text: JSON.stringify(smarterBotLeadList(records)),
      parse: (text) => JSON.parse(text).Data,
      normalize: (parsed) => {
        for (const record of readLeadList(parsed as never))
          consume(normalizeSmarterBotLead(record));
      },
    },
  ];
}

/** How often `work` must run for one sample to take about `targetMs`. */
function repetitions(work: () => void, targetMs: number): number {
  // The first runs warm the code up; the last one is timed.
  work();
  work();
  const start = performance.now();
  work();
  const once = Math.max(performance.now() - start, 0.01);
  return Math.max(1, Math.ceil(targetMs / once));
}

/** Thousands of records per second of `work` over `records` records, repeated `reps` times. */
function throughput(records: number, reps: number, work: () => void) {
  return async () => {
    const start = performance.now();
    for (let i = 0; i < reps; i++) work();
    return (records * reps) / (performance.now() - start);
  };
}

export async function normalizeSection(context: BenchContext): Promise<Row[]> {
  const { normalizeRecords: records, normalizeTargetMs: targetMs } = context.sizes;
  const rows: Row[] = [];
  for (const subject of subjects(records)) {
    context.log(`normalize: ${subject.name}, ${records} records per batch`);
    const parsed = JSON.parse(subject.text);
    if (subject.parse(subject.text).length !== records) throw new Error(`${subject.name}: batch`);
    const parse = () => void subject.parse(subject.text);
    const normalize = () => subject.normalize(parsed);
    const rates = await interleave(context.options.rounds, {
      normalize: throughput(records, repetitions(normalize, targetMs), normalize),
      parse: throughput(records, repetitions(parse, targetMs), parse),
    });
    const ratio = rates.normalize.median / rates.parse.median;
    rows.push({
      id: `normalize.${subject.name}`,
      measure: `thousand records/s: A ${subject.name} ${subject.normalizer} vs B \`JSON.parse\` of the same records`,
      a: rates.normalize,
      b: rates.parse,
      ratio,
      ratioStyle: 'plain',
      goal: '≥ 0.5',
      met: ratio >= 0.5,
    });
  }
  return rows;
}
