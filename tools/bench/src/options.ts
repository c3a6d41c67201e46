import { parseArgs } from 'node:util';

/** The sections of the bench, in the order they run and print. */
export const SECTIONS = ['cpu', 'sync', 'latency', 'normalize', 'rss', 'bundle', 'mock'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Options {
  /** Tiny sizes, one round, goals not judged: proves every row still prints (`npm test`). */
  smoke: boolean;
  /** Records of a full sync and of the larger RSS run. */
  records: number;
  /** Samples per variant. */
  rounds: number;
  /** The sections to run. */
  only: readonly Section[];
  /** Server latency of the latency section, in ms. */
  latencyMs: number;
  /** Measure the TypeScript sources (through tsx) instead of the built `dist`. */
  source: boolean;
  /** Build every package with nx before measuring (not with `source`). */
  build: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]
  --smoke             tiny sizes, 1 round, every row printed, no goal judged (uses the sources)
  --records <n>       records of a full sync and of the larger RSS run (default 100000)
  --rounds <n>        samples per variant, taken in turn A, B, A, B, … (default 5)
  --only <sections>   comma-separated, from: ${SECTIONS.join(', ')}
  --latency <ms>      server latency of the latency section (default 20)
  --source            measure the TypeScript sources through tsx instead of the built dist
  --no-build          do not run \`nx run-many -t build\` first`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new Error(`${name} expects an integer ≥ 1, got "${value}"`);
  }
  return number;
}

export function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      smoke: { type: 'boolean', default: false },
      records: { type: 'string' },
      rounds: { type: 'string' },
      only: { type: 'string' },
      latency: { type: 'string' },
      source: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const only = (values.only?.split(',') ?? [...SECTIONS]).map((name) => name.trim());
  for (const name of only) {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      throw new Error(`--only: unknown section "${name}" (sections: ${SECTIONS.join(', ')})`);
    }
  }
  const smoke = values.smoke;
  const source = smoke || values.source;
  return {
    smoke,
    records: positive('--records', values.records, smoke ? 300 : 100_000),
    rounds: positive('--rounds', values.rounds, smoke ? 1 : 5),
    only: only as Section[],
    latencyMs: positive('--latency', values.latency, 20),
    source,
    build: !source && !values['no-build'],
  };
}
