import {
  type Conversation,
  collect,
  isVendorArgumentError,
  isVendorUnsupportedError,
  type Lead,
  type Message,
  type Source,
} from '@botbridge/core';
import { type LoopbackServer, startLoopbackServer } from '@botbridge/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataset, type DatasetItem } from '../src/dataset.js';
import type { ConformanceTarget } from '../src/target.js';
import { targets } from '../src/targets/index.js';

// One suite, every vendor: each `Source` against its Prism mock (shapes, capabilities) and against
// an in-process fixture server that serves a known dataset over several pages (paging, limit,
// since/until), which Prism's static examples cannot do.

type ListResource = 'leads' | 'conversations' | 'messages';
type AnyRecord = Lead | Conversation | Message;

const UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const TIMESTAMP_FIELDS = ['createdAt', 'updatedAt', 'lastMessageAt', 'closedAt'] as const;
const ENUMS: Record<string, readonly string[]> = {
  kind: ['lead', 'appointment'],
  status: ['open', 'closed', 'unknown'],
  sentiment: ['positive', 'neutral', 'negative'],
  role: ['contact', 'bot', 'agent', 'system'],
};

/** The model invariants every record of every vendor must hold. */
function expectModelInvariants(vendor: string, records: readonly AnyRecord[]) {
  const ids = new Set<string>();
  for (const record of records) {
    const where = `${vendor} record ${JSON.stringify(record.id)}`;
    expect(record.vendor, where).toBe(vendor);
    expect(typeof record.id === 'string' && record.id.trim() !== '', `${where}: non-empty id`).toBe(
      true,
    );
    expect(ids.has(record.id), `${where}: id unique within the run`).toBe(false);
    ids.add(record.id);
    expect(record.raw, `${where}: raw present`).toBeTypeOf('object');
    expect(record.raw, `${where}: raw present`).not.toBeNull();
    for (const field of TIMESTAMP_FIELDS) {
      const value = (record as unknown as Record<string, unknown>)[field];
      if (value !== undefined)
        expect(value, `${where}: ${field} is UTC ISO-8601 with ms`).toMatch(UTC_MS);
      if (value !== undefined) expect(new Date(value as string).toISOString()).toBe(value);
    }
    for (const [field, allowed] of Object.entries(ENUMS)) {
      const value = (record as unknown as Record<string, unknown>)[field];
      if (value !== undefined) expect(allowed, `${where}: ${field} in range`).toContain(value);
    }
    if ('tags' in record) expect(Array.isArray(record.tags)).toBe(true);
    if ('attachments' in record) expect(Array.isArray(record.attachments)).toBe(true);
    if ('fields' in record) {
      for (const v of Object.values(record.fields)) expect(typeof v).toBe('string');
    }
    if ('conversationId' in record && 'role' in record) expect(record.conversationId).not.toBe('');
  }
}

function list(
  source: Source,
  resource: ListResource,
  conversationId: string,
  query = {},
): AsyncIterable<AnyRecord> {
  if (resource === 'messages') return source.messages(conversationId, query);
  return resource === 'leads' ? source.leads(query) : source.conversations(query);
}

const mockUrls = inject('mockUrls');
const RESOURCES: ListResource[] = ['leads', 'conversations', 'messages'];

describe.each(targets.map((target) => [target.vendor, target] as [string, ConformanceTarget]))(
  '%s',
  (vendor, target) => {
    const capabilities = target.mockSource('http://127.0.0.1:9').capabilities;

    describe('against its Prism mock', () => {
      const source = () => target.mockSource(mockUrls[vendor] ?? '');

      for (const resource of RESOURCES) {
        if (capabilities[resource]) {
          it(`${resource}: claimed, works, and every record satisfies the model`, async () => {
            const records = await collect(list(source(), resource, target.mockConversationId));
            expect(records.length).toBeGreaterThan(0);
            expectModelInvariants(vendor, records);
          });
        } else {
          it(`${resource}: not claimed, so calling it throws VendorUnsupportedError`, () => {
            let error: unknown;
            try {
              list(source(), resource, target.mockConversationId);
            } catch (e) {
              error = e;
            }
            expect(isVendorUnsupportedError(error)).toBe(true);
            expect(error).toMatchObject({ vendor, operation: resource });
          });
        }
      }

      if (capabilities.conversation) {
        it('conversation(id): claimed, works, and satisfies the model', async () => {
          const conversation = await source().conversation(target.mockConversationId);
          expectModelInvariants(vendor, [conversation]);
        });
      } else {
        it('conversation(id): not claimed, so calling it throws VendorUnsupportedError', () => {
          expect(() => source().conversation(target.mockConversationId)).toThrow(
            /has no conversation/,
          );
        });
      }
    });

    describe('against a multi-page fixture server', () => {
      const dataset = createDataset();
      let server: LoopbackServer;
      let source: Source;
      beforeAll(async () => {
        server = await startLoopbackServer(target.fixture.handler(dataset));
        source = target.fixture.source(server.url);
      });
      afterAll(() => server.close());

      const keyOf = (resource: ListResource, record: AnyRecord) =>
        target.keyOf?.(resource, record) ?? record.id;
      const expected = (resource: ListResource): DatasetItem[] => dataset[resource];
      const conversationId = () => target.fixture.conversationId(dataset);

      async function run(resource: ListResource, query = {}) {
        const before = server.requests.length;
        const records = await collect(list(source, resource, conversationId(), query));
        return {
          records,
          keys: records.map((r) => keyOf(resource, r)),
          requests: server.requests.length - before,
        };
      }

      for (const resource of RESOURCES.filter((r) => capabilities[r])) {
        it(`${resource}: pages through everything with no duplicate and no gap`, async () => {
          const { records, keys, requests } = await run(resource);
          expectModelInvariants(vendor, records);
          expect(new Set(keys).size).toBe(keys.length);
          expect([...keys].sort()).toEqual(
            expected(resource)
              .map((i) => i.key)
              .sort(),
          );
          if (target.fixture.paged.includes(resource)) expect(requests).toBeGreaterThan(1);
        });

        it(`${resource}: limit caps the records and stops paging early`, async () => {
          const full = await run(resource);
          const limited = await run(resource, { limit: 5 });
          expect(limited.keys).toEqual(full.keys.slice(0, 5));
          expect(limited.requests).toBeLessThanOrEqual(full.requests);
          if (full.requests > 1) expect(limited.requests).toBeLessThan(full.requests);
          expect((await run(resource, { limit: 0 })).keys).toEqual([]);
        });

        it(`${resource}: since/until select exactly the records in [since, until), whoever filters`, async () => {
          const items = expected(resource);
          const capability = capabilities[resource];
          if (capability && (capability.since === 'none' || capability.until === 'none')) {
            // The vendor's records carry no time: the bound is refused before anything is sent.
            // Sources check their query when the method is called, so the error may come synchronously.
            const before = server.requests.length;
            const attempt = async () =>
              collect(list(source, resource, conversationId(), { since: items[5]?.createdAt }));
            await expect(attempt()).rejects.toSatisfy(isVendorArgumentError);
            await expect(attempt()).rejects.toMatchObject({ parameter: 'since' });
            expect(server.requests.length).toBe(before);
            return;
          }
          const since = items[5]?.createdAt ?? '';
          const until = items[12]?.createdAt ?? '';
          const { keys } = await run(resource, { since, until });
          expect([...keys].sort()).toEqual(
            items
              .slice(5, 12)
              .map((i) => i.key)
              .sort(),
          );
          const onlySince = await run(resource, { since: items[20]?.createdAt });
          expect([...onlySince.keys].sort()).toEqual(
            items
              .slice(20)
              .map((i) => i.key)
              .sort(),
          );
        });
      }
    });
  },
);

it('runs against every registered vendor', () => {
  expect(targets.map((t) => t.vendor).sort()).toEqual([
    'closebot',
    'opencx',
    'smarterbot',
    'twin24',
  ]);
});
