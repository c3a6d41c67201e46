import { cleanString, compact, type Identity } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { expectObject, idOf, VENDOR } from './vendor.js';

/**
 * The IAM user an access token acts for (GET /users/me on the IAM service). No vendor page
 * documents it; the fields follow the vendor PHP SDK's user entity.
 * https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/IAM/V1/Response/Entity/User/UserData.php
 */
export type CurrentUser = components['schemas']['CurrentUser'];

/** Who a Twin client's credentials act for; `raw` is the IAM's `CurrentUser`. */
export type Twin24Identity = Identity<CurrentUser>;

/**
 * Maps the IAM's current user to a botbridge `Identity`: `accountId` is the user's IAM id, `name`
 * the user's first and last name, or the email when the answer names nobody. Pure; throws
 * `VendorNormalizationError` for an answer that is not an object, or an id no number can hold.
 */
export function normalizeIdentity(user: CurrentUser, operation = 'getCurrentUser'): Twin24Identity {
  expectObject(user, operation, 'the current user object');
  // First name then last name, as the vendor's examples write people; the middle name
  // (patronymic) is left out of a display name and stays in `raw`.
  const fullName = [cleanString(user.firstName), cleanString(user.lastName)]
    .filter((part) => part !== undefined)
    .join(' ');
  return compact({
    vendor: VENDOR,
    accountId: idOf(user.id, 'id', operation),
    name: fullName === '' ? cleanString(user.email) : fullName,
    raw: user,
  });
}
