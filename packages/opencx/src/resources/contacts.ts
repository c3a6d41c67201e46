/**
 * Contacts (`GET /contacts`, cursor-paged), outside `Source`: no other vendor lists contacts.
 * https://openchat.mintlify.app/api-reference/contacts/list
 */
import {
  type ArgumentChecks,
  argumentChecks,
  type CallOptions,
  checkPrefetch,
  type PrefetchOption,
} from '@botbridge/core';
import { checkCursor } from '../checks.js';
import type { OpenCxContext } from '../context.js';
import type { operations as OperationTypes } from '../generated/schema.js';
import { normalizeContactRecord, type OpenCxContactRecord } from '../normalize/contact.js';
import { readCursorPage } from '../normalize/envelope.js';
import { VENDOR } from '../normalize/vendor.js';
import { byId, paginateCursor } from '../pagination.js';

/** Filters of `GET /contacts`. Time bounds take a `Date` or an ISO-8601 string. */
export interface ContactFilters {
  /**
   * Only contacts created after this instant.
   * @default no lower bound
   */
  createdAfter?: string | Date;
  /**
   * Only contacts created before this instant.
   * @default no upper bound
   */
  createdBefore?: string | Date;
  /**
   * Only contacts last updated after this instant.
   * @default no lower bound
   */
  updatedAfter?: string | Date;
  /**
   * Only contacts last updated before this instant.
   * @default no upper bound
   */
  updatedBefore?: string | Date;
}

/** The filters and page of `listContacts` (GET /contacts). */
export interface ListContactsParams extends ContactFilters {
  /**
   * The `next` of the previous page, passed back unchanged (with the same filters).
   * @default the first page
   */
  cursor?: string;
}

/** One page of `listContacts`. */
export interface ContactPage {
  /** The contacts of this page. */
  contacts: OpenCxContactRecord[];
  /** Pass as `cursor` for the following page; `undefined` on the last page. */
  next: string | undefined;
}

/** The contact methods of `OpenCxClient`. */
export interface ContactsResource {
  /** One page of contacts. */
  listContacts(params?: ListContactsParams, options?: CallOptions): Promise<ContactPage>;
  /**
   * Every matching contact, page by page, the next page requested while the caller reads the
   * current one (`prefetch`, 1 by default, see `PrefetchOption`).
   */
  contacts(
    params?: ContactFilters & PrefetchOption,
    options?: CallOptions,
  ): AsyncIterable<OpenCxContactRecord>;
}

type ContactQuery = NonNullable<OperationTypes['listContacts']['parameters']['query']>;

/** One page of contacts. */
export async function listContacts(
  context: OpenCxContext,
  params: ListContactsParams = {},
  options: CallOptions = {},
): Promise<ContactPage> {
  const check = argumentChecks(VENDOR, 'listContacts');
  const query = checkContactFilters(check, params);
  query.cursor = checkCursor(check, params.cursor);
  return sendContacts(context, query, options);
}

/** Every matching contact, page by page, `prefetch` pages ahead. */
export function contacts(
  context: OpenCxContext,
  params: ContactFilters & PrefetchOption = {},
  options: CallOptions = {},
): AsyncIterable<OpenCxContactRecord> {
  const check = argumentChecks(VENDOR, 'contacts');
  const query = checkContactFilters(check, params);
  const prefetch = checkPrefetch(check, params.prefetch);
  const fetchPage = async (cursor: string | undefined, signal: AbortSignal) => {
    const page = await sendContacts(context, { ...query, cursor }, { ...options, signal });
    return { items: page.contacts, next: page.next };
  };
  return paginateCursor('listContacts', byId, fetchPage, { prefetch, signal: options.signal });
}

/** The filters of `GET /contacts`, checked (creation window, then update window), in snake_case. */
function checkContactFilters(check: ArgumentChecks, params: ContactFilters): ContactQuery {
  const [createdAfter, createdBefore] = check.window(
    ['createdAfter', params.createdAfter],
    ['createdBefore', params.createdBefore],
  );
  const [updatedAfter, updatedBefore] = check.window(
    ['updatedAfter', params.updatedAfter],
    ['updatedBefore', params.updatedBefore],
  );
  return {
    created_after: createdAfter,
    created_before: createdBefore,
    updated_after: updatedAfter,
    updated_before: updatedBefore,
  };
}

async function sendContacts(
  context: OpenCxContext,
  query: ContactQuery,
  options: CallOptions,
): Promise<ContactPage> {
  const body = await context.call('listContacts', () =>
    context.api.GET('/contacts', {
      params: { query },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const page = readCursorPage(body, 'listContacts');
  return { contacts: page.items.map((dto) => normalizeContactRecord(dto)), next: page.next };
}
