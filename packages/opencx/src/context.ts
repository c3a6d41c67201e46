import type { ApiClient, Call } from '@botbridge/core';
import type { paths } from './generated/schema.js';

/**
 * What every OpenCX resource function receives from `createOpenCxClient`: the typed client and the
 * shared `call` (retries, error mapping, optional response validation). OpenCX needs no other
 * per-client setting: the cursor listings take no page size, and the filter search's page size is
 * a parameter of each call.
 * @internal
 */
export interface OpenCxContext {
  readonly api: ApiClient<paths>;
  readonly call: Call;
}
