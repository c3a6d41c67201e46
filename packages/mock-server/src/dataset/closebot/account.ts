/** The agency behind the key: `getCurrentAgency` (`/agency/current`), the credential check. */
import type { DatasetResponse } from '../types.js';
import type { CloseBotState } from './state.js';
import { clone, ok } from './wire.js';

/**
 * The dataset's one agency: the `agencyId` of every source, its users the accounts with access to
 * them. The key itself is checked before this runs (a request without `X-CB-KEY` gets the spec's
 * 401); like the real API, any key is the agency's.
 */
export function getCurrentAgency(state: CloseBotState): DatasetResponse {
  return ok(clone(state.agency));
}
