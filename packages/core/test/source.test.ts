import { describe, expect, it } from 'vitest';
import {
  applyQuery,
  type Capabilities,
  type Conversation,
  collect,
  createHub,
  inWindow,
  isVendorArgumentError,
  isVendorUnsupportedError,
  type Lead,
  type Message,
  resolveQuery,
  type Source,
  type SourceQuery,
  unsupported,
} from '../src/index.js';

const lead = (vendor: string, id: string, createdAt?: string): Lead => ({
  vendor,
  id,
  kind: 'lead',
  contact: {},
  tags: [],
  fields: {},
  raw: {},
  ...(createdAt ? { createdAt } : {}),
});

async function* counted<T>(items: T[], pulls: { n: number }) {
  for (const item of items) {
    pulls.n++;
    yield item;
  }
}

describe('resolveQuery', () => {
  it('normalizes bounds to UTC and defaults the limit', () => {
    expect(
      resolveQuery('v', 'leads', {
        since: '2026-01-01T02:00:00+02:00',
        until: new Date('2026-02-01T00:00:00Z'),
      }),
    ).toEqual({
      since: '2026-01-01T00:00:00.000Z',
      until: '2026-02-01T00:00:00.000Z',
      limit: Number.POSITIVE_INFINITY,
      signal: undefined,
    });
  });

  it.each<[string, SourceQuery, string]>([
    ['malformed since', { since: 'last week' }, 'since'],
    ['invalid Date', { until: new Date('nope') }, 'until'],
    ['reversed window', { since: '2026-02-01', until: '2026-01-01' }, 'since'],
    ['negative limit', { limit: -1 }, 'limit'],
    ['fractional limit', { limit: 1.5 }, 'limit'],
  ])('rejects a %s naming the parameter', (_name, query, parameter) => {
    try {
      resolveQuery('acme', 'leads', query);
      expect.unreachable();
    } catch (error) {
      expect(isVendorArgumentError(error)).toBe(true);
      expect(error).toMatchObject({ parameter, vendor: 'acme', operation: 'leads' });
    }
  });

  it('rejects a bound the resource cannot apply', () => {
    const capability = { since: 'none', until: 'client' } as const;
    expect(() => resolveQuery('acme', 'messages', { since: '2026-01-01' }, capability)).toThrow(
      /`since` must be absent/,
    );
    expect(resolveQuery('acme', 'messages', { until: '2026-01-01' }, capability).until).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });
});

describe('inWindow', () => {
  const q = { since: '2026-01-01T00:00:00.000Z', until: '2026-01-02T00:00:00.000Z' };
  it.each<[string, string | undefined, typeof q | { since: undefined; until: undefined }, boolean]>(
    [
      ['at since (inclusive)', '2026-01-01T00:00:00.000Z', q, true],
      ['just before until', '2026-01-01T23:59:59.999Z', q, true],
      ['at until (exclusive)', '2026-01-02T00:00:00.000Z', q, false],
      ['before since', '2025-12-31T23:59:59.999Z', q, false],
      ['undated with bounds', undefined, q, false],
      ['undated without bounds', undefined, { since: undefined, until: undefined }, true],
    ],
  )('%s', (_name, time, query, want) => expect(inWindow(time, query)).toBe(want));
});

describe('applyQuery', () => {
  it('filters by window and stops pulling once the limit is reached', async () => {
    const pulls = { n: 0 };
    const records = [
      lead('v', 'a', '2026-01-01T00:00:00.000Z'),
      lead('v', 'b', '2025-01-01T00:00:00.000Z'),
      lead('v', 'c', '2026-01-03T00:00:00.000Z'),
      lead('v', 'd', '2026-01-04T00:00:00.000Z'),
      lead('v', 'e', '2026-01-05T00:00:00.000Z'),
    ];
    const out = await collect(
      applyQuery(
        counted(records, pulls),
        resolveQuery('v', 'leads', { since: '2026-01-01', limit: 2 }),
      ),
    );
    expect(out.map((r) => r.id)).toEqual(['a', 'c']);
    expect(pulls.n).toBe(3);
  });

  it('limit 0 pulls nothing', async () => {
    const pulls = { n: 0 };
    expect(
      await collect(
        applyQuery(counted([lead('v', 'a')], pulls), resolveQuery('v', 'leads', { limit: 0 })),
      ),
    ).toEqual([]);
    expect(pulls.n).toBe(0);
  });
});

function fakeSource(
  vendor: string,
  capabilities: Capabilities,
  leads: Lead[],
): Source & { pulled: string[] } {
  const pulled: string[] = [];
  return {
    vendor,
    capabilities,
    pulled,
    leads: capabilities.leads
      ? (query?: SourceQuery) =>
          applyQuery(
            (async function* () {
              for (const l of leads) {
                pulled.push(l.id);
                yield l;
              }
            })(),
            resolveQuery(vendor, 'leads', query),
          )
      : unsupported(vendor, 'leads'),
    conversations: unsupported(vendor, 'conversations'),
    conversation: unsupported(vendor, 'conversation'),
    whoami: async () => ({ vendor, raw: {} }),
    messages: (conversationId: string) =>
      (async function* () {
        yield {
          vendor,
          id: `${conversationId}-m1`,
          conversationId,
          role: 'bot',
          attachments: [],
          raw: {},
        } satisfies Message;
      })(),
  };
}

const list = { since: 'client', until: 'client' } as const;

describe('createHub', () => {
  const a = () =>
    fakeSource('a', { leads: list, conversations: false, conversation: false, messages: list }, [
      lead('a', 'a1'),
      lead('a', 'a2'),
    ]);
  const b = () =>
    fakeSource(
      'b',
      { leads: false, conversations: false, conversation: false, messages: list },
      [],
    );
  const c = () =>
    fakeSource('c', { leads: list, conversations: false, conversation: false, messages: list }, [
      lead('c', 'c1'),
      lead('c', 'c2'),
    ]);

  it('pulls every source that has the resource, one loop, skipping those that lack it', async () => {
    const hub = createHub([a(), b(), c()]);
    expect((await collect(hub.leads())).map((l) => `${l.vendor}:${l.id}`)).toEqual([
      'a:a1',
      'a:a2',
      'c:c1',
      'c:c2',
    ]);
    expect(await collect(hub.conversations())).toEqual([]);
  });

  it('applies limit to the total and stops pulling', async () => {
    const sa = a();
    const sc = c();
    const hub = createHub([sa, sc]);
    expect((await collect(hub.leads({ limit: 3 }))).map((l) => l.id)).toEqual(['a1', 'a2', 'c1']);
    expect(sc.pulled).toEqual(['c1']);
  });

  it('routes messages to the source of the conversation vendor', async () => {
    const hub = createHub([a(), c()]);
    const messages = await collect(hub.messages({ vendor: 'c', id: 'conv' }));
    expect(messages.map((m) => `${m.vendor}:${m.id}`)).toEqual(['c:conv-m1']);
  });

  it('refuses two sources of the same vendor', () => {
    expect(() => createHub([a(), a()])).toThrow(/two sources for vendor "a"/);
  });
});

describe('unsupported', () => {
  it('throws a typed error naming vendor and operation', () => {
    const source = fakeSource(
      'b',
      { leads: false, conversations: false, conversation: false, messages: false },
      [],
    );
    const call = () => (source.leads as unknown as () => unknown)();
    expect(call).toThrow(/b has no leads/);
    try {
      call();
    } catch (error) {
      expect(isVendorUnsupportedError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'b', operation: 'leads' });
    }
  });
});

// Type-level: a conversation from a listing is a Conversation.
const _typeCheck = async (s: Source) => {
  for await (const conv of s.conversations()) conv satisfies Conversation;
};
void _typeCheck;
