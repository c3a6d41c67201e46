/**
 * Client CPU per request: what the client's own machinery (retries, timeouts, redirects, error
 * mapping, response checks) costs the calling process on top of a bare request. The server runs
 * in its own process, so `process.cpuUsage` of this process is the client's side only.
 */
import { createCloseBotClient, type paths } from '@botbridge/closebot';
import createClient from 'openapi-fetch';
import { API_KEY, type BenchContext, BOT_ID, urlOf } from '../context.js';
import { rawTestSessions } from '../raw.js';
import { cpuMicros, expectCount, type Summary, summarize } from '../stats.js';
import type { Row } from '../table.js';

/** Requests a variant sends before the next one takes its turn. */
const CHUNK = 25;

/**
 * CPU µs per request of each variant: in every round the variants take turns every `CHUNK`
 * requests until each has sent `requests`, so a change of load on the machine falls on all alike
 * even within a round. Each call of a variant sends one request and returns its record count,
 * which must be `expected`.
 */
async function cpuPerRequest<K extends string>(
  rounds: number,
  requests: number,
  expected: number,
  variants: Record<K, () => Promise<number>>,
): Promise<Record<K, Summary>> {
  const names = Object.keys(variants) as K[];
  const chunk = Math.min(CHUNK, requests);
  const turns = Math.ceil(requests / chunk);
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const micros = new Map<K, number>(names.map((name) => [name, 0]));
    for (let turn = 0; turn < turns; turn++) {
      for (const name of names) {
        const used = await cpuMicros(async () => {
          for (let i = 0; i < chunk; i++) expectCount(name, await variants[name](), expected);
        });
        micros.set(name, (micros.get(name) ?? 0) + used);
      }
    }
    for (const name of names) samples.get(name)?.push((micros.get(name) ?? 0) / (turns * chunk));
  }
  return Object.fromEntries(
    names.map((name) => [name, summarize(samples.get(name) ?? [])]),
  ) as Record<K, Summary>;
}

export async function cpuSection(context: BenchContext): Promise<Row[]> {
  const { cpuRequests: requests, requestPageSize: size } = context.sizes;
  const baseUrl = urlOf(context, 'main');
  const client = createCloseBotClient({ apiKey: API_KEY, baseUrl });
  const bare = createClient<paths>({ baseUrl, headers: { 'X-CB-KEY': API_KEY } });
  const query = { params: { query: { page: 0, pageSize: size } } };

  const variants = {
    getClient: async () => (await client.api.GET('/lead', query)).data?.results?.length ?? -1,
    getBare: async () => (await bare.GET('/lead', query)).data?.results?.length ?? -1,
    listClient: async () =>
      (await client.listTestSessions({ botId: BOT_ID, maxCount: size })).leads.length,
    listRaw: () => rawTestSessions(baseUrl, BOT_ID, size),
  };
  context.log(`cpu: warm-up, then ${context.options.rounds} rounds of ${requests} requests each`);
  await cpuPerRequest(1, requests, size, variants);
  const cpu = await cpuPerRequest(context.options.rounds, requests, size, variants);
  const get = cpu.getClient.median / cpu.getBare.median;
  const list = cpu.listClient.median / cpu.listRaw.median;
  return [
    {
      id: 'cpu.api-get',
      measure: `CPU µs per request, GET /lead (${size} leads): A \`closebot.api.GET\` vs B bare openapi-fetch`,
      a: cpu.getClient,
      b: cpu.getBare,
      ratio: get,
      ratioStyle: '×',
      goal: '≤ 1.15×',
      met: get <= 1.15,
    },
    {
      id: 'cpu.list-test-sessions',
      measure: `CPU µs per request, ${size} test sessions: A \`listTestSessions\` vs B \`fetch\` + \`JSON.parse\` + \`normalizeLead\``,
      a: cpu.listClient,
      b: cpu.listRaw,
      ratio: list,
      ratioStyle: '×',
      goal: '≤ 1.4×',
      met: list <= 1.4,
    },
  ];
}
