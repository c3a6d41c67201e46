import type { ApiClient, Call } from '@botbridge/core';
import type { paths } from './generated/schema.js';
import type { ServiceUrls } from './services.js';

/**
 * What every Twin resource function receives: the typed client (carrying the token lifecycle),
 * the call that unwraps its answers into records or typed errors, and the resolved options.
 * Built by `createTwin24Client`.
 * @internal
 */
export interface Twin24Context {
  readonly api: ApiClient<paths>;
  readonly call: Call;
  /** Where each service's requests go. */
  readonly serviceUrls: ServiceUrls;
  /** Records per request of the paging listings (`sessions`, `sessionMessages`, the `Source`). */
  readonly pageSizes: { readonly conversations: number; readonly messages: number };
}
