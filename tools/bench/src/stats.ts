/** The samples of one variant and their median, min and max. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2 === 1
        ? (sorted[middle] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    samples: [...samples],
  };
}

/**
 * A full garbage collection, when node runs with `--expose-gc` (the bench does): each sample then
 * starts from a clean heap and pays for its own garbage, not for what the previous one left.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs every variant once per round, in turn (A, B, A, B, …), so that a change of load on the
 * machine during the run falls on all of them alike; the ratios of their medians are what counts.
 */
export async function interleave<K extends string>(
  rounds: number,
  variants: Record<K, () => Promise<number>>,
): Promise<Record<K, Summary>> {
  const names = Object.keys(variants) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      collectGarbage();
      samples.get(name)?.push(await variants[name]());
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, summarize(samples.get(name) ?? [])]),
  ) as Record<K, Summary>;
}

/** CPU time (user + system) this process spent in `work`, in µs. */
export async function cpuMicros(work: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/** Wall time of `work`, in ms. */
export async function wallMs(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Fails the run when a variant did not do the work it is timed for. */
export function expectCount(what: string, got: number, expected: number): void {
  if (got !== expected) throw new Error(`${what}: expected ${expected} records, got ${got}`);
}
