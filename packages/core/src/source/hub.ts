import type { Conversation } from '../model/conversation.js';
import type { Lead } from '../model/lead.js';
import type { Message } from '../model/message.js';
import { resolveQuery } from './apply-query.js';
import type { SourceQuery } from './query.js';
import type { Source } from './source.js';

/** Several vendors' sources behind one loop. */
export interface Hub {
  /** The sources combined, in the order given to `createHub` (the order listings visit them). */
  readonly sources: readonly Source[];
  /** Leads of every source that has them, source by source; `limit` caps the total. */
  leads(query?: SourceQuery): AsyncIterable<Lead>;
  /** Conversations of every source that has them, source by source; `limit` caps the total. */
  conversations(query?: SourceQuery): AsyncIterable<Conversation>;
  /** Messages of a conversation, from the source of the conversation's vendor. */
  messages(
    conversation: Pick<Conversation, 'vendor' | 'id'>,
    query?: SourceQuery,
  ): AsyncIterable<Message>;
}

/**
 * Combines sources so that an integration pulls, say, all its leads from every vendor with one loop.
 * Sources that lack a resource are skipped for it; a failure of any source ends the loop with that
 * source's error (nothing is silently dropped).
 */
export function createHub(sources: readonly Source[]): Hub {
  const vendors = sources.map((s) => s.vendor);
  const duplicate = vendors.find((v, i) => vendors.indexOf(v) !== i);
  if (duplicate)
    throw new Error(`createHub: two sources for vendor "${duplicate}"; records would collide`);

  async function* across<T>(
    resource: 'leads' | 'conversations',
    query: SourceQuery | undefined,
    list: (source: Source, query: SourceQuery) => AsyncIterable<T>,
  ): AsyncGenerator<T, void, undefined> {
    const { limit } = resolveQuery('hub', resource, query);
    let left = limit;
    for (const source of sources) {
      if (left <= 0) return;
      if (source.capabilities[resource] === false) continue;
      const perSource =
        left === Number.POSITIVE_INFINITY ? { ...query } : { ...query, limit: left };
      for await (const record of list(source, perSource)) {
        yield record;
        left--;
      }
    }
  }

  return {
    sources,
    leads: (query) => across('leads', query, (s, q) => s.leads(q)),
    conversations: (query) => across('conversations', query, (s, q) => s.conversations(q)),
    messages(conversation, query) {
      const source = sources.find((s) => s.vendor === conversation.vendor);
      if (!source) throw new Error(`createHub: no source for vendor "${conversation.vendor}"`);
      return source.messages(conversation.id, query);
    },
  };
}
