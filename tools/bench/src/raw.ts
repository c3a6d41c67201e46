/**
 * The raw variants: what a caller would write by hand against the same server, with `fetch`,
 * `JSON.parse` and the vendor package's exported normalizer, and nothing else (no retries, no
 * timeouts, no paging guards). The distance from these to the clients is the clients' overhead.
 */
import {
  type LeadDto,
  type LeadDtoPaginated,
  normalizeLead as normalizeCloseBotLead,
} from '@botbridge/closebot';
import { normalizeChatSession, type components as OpenCx } from '@botbridge/opencx';
import {
  type LeadListResponse,
  type LeadRecord,
  normalizeLead as normalizeSmarterBotLead,
} from '@botbridge/smarterbot';
import { API_KEY, SERIAL_NUMBER } from './context.js';

/** Keeps every normalized record observable, so no engine could skip the work. */
let sink = 0;
export function consume(record: { id: string }): void {
  sink = (sink + record.id.length) | 0;
}
export const sinkValue = () => sink;

async function getJson<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

const closeBotInit: RequestInit = { headers: { 'X-CB-KEY': API_KEY } };

/** One CloseBot GET /lead page, normalized; returns the records and the total. */
async function closeBotPage(
  base: string,
  page: number,
  pageSize: number,
): Promise<{ count: number; total: number }> {
  const body = await getJson<LeadDtoPaginated>(
    `${base}/lead?page=${page}&pageSize=${pageSize}`,
    closeBotInit,
  );
  const results = body.results ?? [];
  for (const dto of results) consume(normalizeCloseBotLead(dto));
  return { count: results.length, total: body.total };
}

/** Every CloseBot lead, one page after the other; returns how many. */
export async function rawCloseBotLeads(base: string, pageSize: number): Promise<number> {
  let count = 0;
  for (let page = 0; ; page++) {
    const answer = await closeBotPage(base, page, pageSize);
    count += answer.count;
    if ((page + 1) * pageSize >= answer.total || answer.count === 0) return count;
  }
}

/**
 * Every CloseBot lead with `depth` pages in flight: the first page tells the total, then the
 * following pages are requested `depth` at a time ahead of the one being read, and read in order.
 */
export async function rawCloseBotLeadsPipelined(
  base: string,
  pageSize: number,
  depth: number,
): Promise<number> {
  const first = await closeBotPage(base, 0, pageSize);
  const pages = Math.ceil(first.total / pageSize);
  let count = first.count;
  let next = 1;
  const inFlight: Promise<{ count: number }>[] = [];
  while (next < pages && inFlight.length < depth)
    inFlight.push(closeBotPage(base, next++, pageSize));
  while (inFlight.length > 0) {
    count += (await inFlight.shift())?.count ?? 0;
    if (next < pages) inFlight.push(closeBotPage(base, next++, pageSize));
  }
  return count;
}

/** One page of a bot's test sessions (GET /bot/{botId}/testSession), normalized. */
export async function rawTestSessions(base: string, botId: string, maxCount: number) {
  const body = await getJson<{ leads: LeadDto[]; total: number }>(
    `${base}/bot/${encodeURIComponent(botId)}/testSession?offset=0&maxCount=${maxCount}`,
    closeBotInit,
  );
  const leads = body.leads.map(normalizeCloseBotLead);
  for (const lead of leads) consume(lead);
  return leads.length;
}

/** Every OpenCX chat session, cursor after cursor; returns how many. */
export async function rawOpenCxSessions(base: string): Promise<number> {
  const init: RequestInit = { headers: { authorization: `Bearer ${API_KEY}` } };
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `?cursor=${encodeURIComponent(cursor)}`;
    const body: OpenCx['schemas']['ChatSessionList'] = await getJson(
      `${base}/chat/sessions${query}`,
      init,
    );
    for (const session of body.items) consume(normalizeChatSession(session, 'listChatSessions'));
    count += body.items.length;
    cursor = body.next ?? null;
  } while (cursor !== null);
  return count;
}

/** Every SmarterBot lead of the chatbot: one LeadList request; returns how many. */
export async function rawSmarterBotLeads(base: string): Promise<number> {
  const body = await getJson<LeadListResponse>(`${base}/chat/Chatbot/LeadList`, {
    method: 'POST',
    headers: { authorization: API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ serialNumber: SERIAL_NUMBER }),
  });
  const records = (body.Data ?? []) as LeadRecord[];
  for (const record of records) consume(normalizeSmarterBotLead(record));
  return records.length;
}
