import {
  type Conversation,
  collect,
  isVendorArgumentError,
  isVendorUnsupportedError,
  type Lead,
  type Message,
  type Source,
} from '@botbridge/core';
import { type MockServers, startMockServers } from '@botbridge/mock-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  ConformanceTarget,
  DatasetExpectations,
  ExpectedRecord,
  ListResource,
} from '../src/target.js';
import { targets } from '../src/targets/index.js';

// One suite, every vendor, each `Source` against the vendor's mock (@botbridge/mock-server) run
// from the same spec the client is generated from:
// - in examples mode (started by the global setup): the spec's examples prove the shapes and
//   that each resource works exactly when it is claimed in `capabilities`;
// - in dataset mode (started here): a seeded dataset served through the spec's real operations,
//   whose records the suite knows (`mocks.datasets`), proves paging (every record once, over
//   several requests), `limit`, `since`/`until` and `conversation(id)`. The clients check every
//   answer against the spec (`validateResponses: 'strict'`) and the mock checks every request and
//   answer, so at the end each vendor's request log must show no violation on either side.
// Requests are counted in the mock's request log, never in a wrapper of ours.

type AnyRecord = Lead | Conversation | Message;

const UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const TIMESTAMP_FIELDS = ['createdAt', 'updatedAt', 'lastMessageAt', 'closedAt'] as const;
const ENUMS: Record<string, readonly string[]> = {
  kind: ['lead', 'appointment'],
  status: ['open', 'closed', 'unknown'],
  sentiment: ['positive', 'neutral', 'negative'],
  role: ['contact', 'bot', 'agent', 'system'],
};

/**
 * The dataset mode's seed and size. With these, every listing a vendor pages spans several requests
 * at the targets' page sizes (OpenCX's server pages of 20 included), with a partial last page, and
 * the longest conversation holds `records` messages.
 */
const DATASET = { seed: 7, records: 45 };

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

/** Keys in a canonical order, repeats kept: equal lists mean no record lost and none duplicated. */
const sorted = (keys: readonly string[]) => [...keys].sort();

/** The keys of the expected records whose time lies in `[since, until)` (core's `inWindow`). */
function keysIn(items: readonly ExpectedRecord[], since?: string, until?: string): string[] {
  return items
    .filter(
      ({ time }) =>
        time !== undefined &&
        (since === undefined || time >= since) &&
        (until === undefined || time < until),
    )
    .map((item) => item.key);
}

const examplesUrls = inject('botbridgeMocks').baseUrls;
const RESOURCES: ListResource[] = ['leads', 'conversations', 'messages'];

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMockServers({
    ports: Object.fromEntries(targets.map((target) => [target.vendor, 0])),
    dataset: DATASET,
  });
});
afterAll(() => mocks?.stop());

describe.each(targets.map((target) => [target.vendor, target] as [string, ConformanceTarget]))(
  '%s',
  (vendor, target) => {
    const capabilities = target.mockSource('http://127.0.0.1:9').capabilities;

    describe('against its mock in examples mode', () => {
      const source = () => target.mockSource(examplesUrls[target.vendor] ?? '');

      it('whoami(): says who the credentials act for', async () => {
        const identity = await source().whoami();
        expect(identity.vendor).toBe(vendor);
        expect(identity.raw).toBeDefined();
        // Every vendor names the account by an id, a name, or both.
        expect(identity.accountId ?? identity.name).toEqual(expect.any(String));
      });

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

    describe('against its mock in dataset mode', () => {
      let source: Source;
      let expected: DatasetExpectations;
      beforeAll(() => {
        source = target.dataset.source(mocks.baseUrls[target.vendor] ?? '', mocks.datasets);
        expected = target.dataset.expected(mocks.datasets);
      });

      const keyOf = (resource: ListResource, record: AnyRecord) =>
        target.keyOf?.(resource, record) ?? record.id;
      const log = () => mocks.requests(target.vendor);
      /** Requests the mock has logged so far for the operation behind `resource`. */
      const listingRequests = (resource: ListResource) =>
        log().filter((entry) => entry.operationId === target.dataset.operations[resource]).length;
      const items = (resource: ListResource): ExpectedRecord[] => {
        const records = expected.records[resource];
        if (records === undefined) throw new Error(`${vendor}: no expected ${resource}`);
        return records;
      };

      async function run(resource: ListResource, query = {}) {
        const before = listingRequests(resource);
        const records = await collect(list(source, resource, expected.conversationId, query));
        return {
          records,
          keys: records.map((r) => keyOf(resource, r)),
          requests: listingRequests(resource) - before,
        };
      }

      it('whoami(): says who the credentials act for, from the mock', async () => {
        const before = log().length;
        const identity = await source.whoami();
        expect(identity.vendor).toBe(vendor);
        expect(identity.accountId ?? identity.name).toEqual(expect.any(String));
        expect(log().length).toBeGreaterThan(before);
      });

      for (const resource of RESOURCES.filter((r) => capabilities[r])) {
        const paged = target.dataset.paged.includes(resource);

        it(`${resource}: ${paged ? 'pages' : 'reads'} through everything with no duplicate and no gap`, async () => {
          const { records, keys, requests } = await run(resource);
          expectModelInvariants(vendor, records);
          expect(sorted(keys)).toEqual(sorted(items(resource).map((i) => i.key)));
          if (paged) expect(requests).toBeGreaterThan(1);
          else expect(requests).toBe(1);
        });

        it(`${resource}: limit caps the records and stops paging early`, async () => {
          const full = await run(resource);
          expect(full.keys.length).toBeGreaterThan(5);
          const limited = await run(resource, { limit: 5 });
          expect(limited.keys).toEqual(full.keys.slice(0, 5));
          expect(limited.requests).toBeLessThanOrEqual(full.requests);
          if (full.requests > 1) expect(limited.requests).toBeLessThan(full.requests);
          const none = await run(resource, { limit: 0 });
          expect(none.keys).toEqual([]);
          expect(none.requests).toBe(0);
        });

        it(`${resource}: since/until select exactly the records in [since, until), whoever filters`, async () => {
          const capability = capabilities[resource];
          if (capability && (capability.since === 'none' || capability.until === 'none')) {
            // The vendor's records carry no time: the bound is refused before anything is sent.
            // Sources check their query when the method is called, so the error may come synchronously.
            const before = log().length;
            const attempt = async () =>
              collect(
                list(source, resource, expected.conversationId, { since: '2026-03-01T00:00:00Z' }),
              );
            await expect(attempt()).rejects.toSatisfy(isVendorArgumentError);
            await expect(attempt()).rejects.toMatchObject({ parameter: 'since' });
            expect(log().length).toBe(before);
            return;
          }
          // Bounds at records' own instants, so that both edges are exercised: the record at
          // `since` is in, the one at `until` is out.
          const times = items(resource)
            .flatMap((i) => (i.time === undefined ? [] : [i.time]))
            .sort();
          expect(times.length).toBeGreaterThanOrEqual(8);
          const at = (share: number) => times[Math.floor(times.length * share)] as string;
          const windows: Array<{ since?: string; until?: string }> = [
            { since: at(1 / 4), until: at(3 / 4) },
            { since: at(1 / 2) },
            { until: at(1 / 3) },
          ];
          const full = paged ? (await run(resource)).requests : 0;
          for (const window of windows) {
            const where = JSON.stringify(window);
            const want = keysIn(items(resource), window.since, window.until);
            // A window that selects nothing or everything could not tell a broken filter apart.
            expect(want.length, where).toBeGreaterThan(0);
            expect(want.length, where).toBeLessThan(times.length);
            const { keys, requests } = await run(resource, window);
            expect(sorted(keys), where).toEqual(sorted(want));
            // A bound the vendor applies must spare pages, which is what makes incremental
            // syncs cheap; a client that dropped it and filtered everything itself would not.
            const serverSide =
              (window.since !== undefined && capability && capability.since === 'server') ||
              (window.until !== undefined && capability && capability.until === 'server');
            if (paged && serverSide) expect(requests, where).toBeLessThan(full);
          }
        });
      }

      if (capabilities.conversation && capabilities.conversations) {
        it('conversation(id) of every listed conversation equals the listed record', async () => {
          const listed = await collect(source.conversations());
          expect(listed.length).toBeGreaterThan(1);
          for (const conversation of listed) {
            expect(await source.conversation(conversation.id)).toEqual(conversation);
          }
        });
      }

      it('every request and every answer kept to the spec', () => {
        const entries = log();
        expect(entries.length).toBeGreaterThan(0);
        const broken = entries.filter(
          (e) => e.requestViolations.length > 0 || e.responseViolations.length > 0,
        );
        expect(broken).toEqual([]);
        // No fault is injected and the suite asks only for what exists: nothing may fail.
        expect(entries.filter((e) => e.status < 200 || e.status >= 300)).toEqual([]);
        const perOperation = new Map<string, number>();
        for (const e of entries) {
          const operation = e.operationId ?? '(unrouted)';
          perOperation.set(operation, (perOperation.get(operation) ?? 0) + 1);
        }
        const sizes = RESOURCES.flatMap((r) => {
          const records = expected.records[r];
          return records ? [`${r} ${records.length}`] : [];
        });
        console.info(
          `${vendor} dataset mode: expected ${sizes.join(', ')}; ${entries.length} requests (${[
            ...perOperation,
          ]
            .map(([operation, n]) => `${operation} ${n}`)
            .join(', ')}), none breaking the spec`,
        );
      });
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
