/** The IAM's `getCurrentUser` (GET /users/me): the user an access token acts for. */
import type { DatasetResponse } from '../types.js';
import { json } from './errors.js';
import type { TwinState } from './state.js';

/** 32-bit FNV-1a, so that one email always gets the same user id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The user behind a token of ours: the mock has no user store, so the user is made from the email
 * that logged in (the token's subject). The id is stable per email and above the operators' ids
 * (90000–90399), so it never names one of them; the company is the dataset's, the one every
 * session belongs to; the name comes from the email's local part (`alice.nguyen` → Alice Nguyen).
 * Settings are empty and sent as `[]`, the way Twin's PHP backend encodes an empty map (spec
 * `CurrentUser.settings`).
 */
export function currentUser(state: TwinState, email: string): DatasetResponse {
  const [first = '', ...rest] = (email.split('@')[0] ?? '')
    .split(/[._+-]+/)
    .filter((part) => part !== '')
    .map(capitalized);
  return json(200, {
    id: 100_000 + (hash(email) % 900_000),
    companyId: state.companyId,
    firstName: first,
    lastName: rest.join(' '),
    middleName: '',
    email,
    phone: null,
    roles: [{ name: 'OPERATOR', company_id: state.companyId }],
    settings: [],
    avatar: null,
  });
}
